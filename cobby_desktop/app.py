"""Entry point: `cobby-desktop` starts the GUI; a sub-command runs headless."""

from __future__ import annotations

import sys

from cobby_desktop.cli import run_command


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    # A bare word or a "--long" option is for the command line (an unknown one is
    # a usage error, not the GUI); Qt's single-dash options such as
    # "-platform offscreen" go to the GUI.
    if args and (not args[0].startswith("-") or args[0].startswith("--") or args[0] == "-V"
                 or args[0] == "-h"):
        return run_command(args)
    from cobby_desktop.platform_check import check_gui_start

    problem = check_gui_start(args)
    if problem is not None:  # else Qt aborts with a misleading message
        if sys.stderr is not None:
            from cobby_desktop import i18n

            i18n.install(i18n.choose())
            print(i18n.render(problem), file=sys.stderr)
        return 1
    from cobby_desktop.ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
