"""Headless sub-commands. Each lives in its own module with
`add_arguments(parser)` and `run(args) -> int` (0 ok, 1 a finding, 2 usage)."""

from __future__ import annotations

import argparse
import importlib
import re
import sys

from cobby_desktop import __version__

# command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, str]] = {
    "self-test": ("selftest", "check this installation headless"),
    "check": ("check", "test a shop's connection to cobby"),
    "list": ("listing", "print the inventory without secrets"),
    "audit": ("audit", "print security findings for the stored inventory"),
    "export": ("kdbx_export", "write shops and their keys to a KeePass (.kdbx) file"),
    "import": ("kdbx_import", "read shops and their keys from a KeePass (.kdbx) file"),
    "purge": ("purge", "remove every stored key and password (used by the uninstaller)"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors exit 2 with one clear line
        # Never echo a stray or invalid value back: a pasted key is a likely one.
        if message.startswith("unrecognized arguments"):
            message = "unrecognized arguments (not repeated here in case they hold a secret)"
        message = re.sub(
            r"(invalid [\w ]*value|invalid choice): '[^']*'",
            r"\1 (not repeated here)",
            message,
        )
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="cobby-desktop", description="Connect a Magento shop to cobby.")
    parser.add_argument("--version", "-V", action="version", version=f"cobby-desktop {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text)
        try:
            mod = importlib.import_module(f"cobby_desktop.cli.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"cobby_desktop.cli.{module}":
                raise
            p.set_defaults(_run=None)
            continue
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def run_command(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    runner = getattr(args, "_run", None)
    if runner is None:
        print(f"cobby-desktop: '{args.command}' is not available in this build.", file=sys.stderr)
        return 2
    return int(runner(args))
