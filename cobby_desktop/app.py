"""Entry point: `cobby-desktop` starts the GUI; a sub-command runs headless."""

from __future__ import annotations

import sys

from cobby_desktop.cli import COMMANDS, run_command


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and (args[0] in COMMANDS or args[0] in ("--version", "-V", "--help", "-h")):
        return run_command(args)
    from cobby_desktop.ui.application import run_gui

    return run_gui(args)


if __name__ == "__main__":
    raise SystemExit(main())
