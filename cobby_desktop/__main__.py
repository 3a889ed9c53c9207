from cobby_desktop.app import main

raise SystemExit(main())
