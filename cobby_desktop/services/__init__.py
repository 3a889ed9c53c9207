"""Application services: the workflows the GUI and the CLI share, as plain
typed functions with no Qt (they run headless, in the CLI and in tests)."""
