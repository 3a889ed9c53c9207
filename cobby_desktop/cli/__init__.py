"""Headless sub-commands. Each lives in its own module with
`add_arguments(parser)` and `run(args, context) -> int` (0 ok, 1 a finding,
2 usage). The context (services.context) is built once per invocation: the
vault the merchant chose, the inventory and the network policy."""

from __future__ import annotations

import argparse
import codecs
import importlib
import re
import sys
from typing import Any, NoReturn

from cobby_desktop import __version__, i18n
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Source, entry, message

# command name -> (module, one-line help)
COMMANDS: dict[str, tuple[str, Source]] = {
    "self-test": ("selftest", QT_TRANSLATE_NOOP("Cli", "check this installation headless")),
    "check": ("check", QT_TRANSLATE_NOOP("Cli", "test a shop's connection to cobby")),
    "list": ("listing", QT_TRANSLATE_NOOP("Cli", "print the inventory without secrets")),
    "audit": (
        "audit", QT_TRANSLATE_NOOP("Cli", "print security findings for the stored inventory")
    ),
    "export": (
        "kdbx_export",
        QT_TRANSLATE_NOOP("Cli", "write shops and their keys to a KeePass (.kdbx) file"),
    ),
    "import": (
        "kdbx_import",
        QT_TRANSLATE_NOOP("Cli", "read shops and their keys from a KeePass (.kdbx) file"),
    ),
    "purge": (
        "purge",
        QT_TRANSLATE_NOOP(
            "Cli", "remove every stored key and password (used by the uninstaller)"
        ),
    ),
}


entry(
    "cli.command_unavailable",
    QT_TRANSLATE_NOOP("Cli", "cobby-desktop: '{command}' is not available in this build."),
)


# argparse's own words (it asks gettext for them): the help's frame in the
# chosen language. Error texts stay as argparse writes them, since _Parser.error
# recognises them to avoid echoing a pasted secret.
_ARGPARSE: dict[str, Source] = {
    "usage: ": QT_TRANSLATE_NOOP("argparse", "usage: "),
    "positional arguments": QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    "options": QT_TRANSLATE_NOOP("argparse", "options"),
    "show this help message and exit": QT_TRANSLATE_NOOP(
        "argparse", "show this help message and exit"
    ),
    "show program's version number and exit": QT_TRANSLATE_NOOP(
        "argparse", "show program's version number and exit"
    ),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP(
        "argparse", "the following arguments are required: %s"
    ),
    "expected one argument": QT_TRANSLATE_NOOP("argparse", "expected one argument"),
}


def _argparse_text(text: str) -> str:
    source = _ARGPARSE.get(text)
    return i18n.text(source) if source is not None else text


argparse._ = _argparse_text  # type: ignore[attr-defined]


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # No abbreviations: "--ac=SECRET" must not become --access-token's value,
        # nor "ambiguous option: --ac=SECRET could match ..." on the screen.
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:  # usage errors exit 2 with one clear line
        self.print_usage(sys.stderr)
        print(f"{self.prog}: {_usage_error(message)}", file=sys.stderr)
        raise SystemExit(2)


entry("cli.usage.unrecognized", QT_TRANSLATE_NOOP(
    "Cli", "unrecognized arguments (not repeated here in case they hold a secret)"))
entry("cli.usage.invalid_choice", QT_TRANSLATE_NOOP(
    "Cli", "argument {argument}: invalid choice (not repeated here); choose from {choices}"))
entry("cli.usage.invalid_value", QT_TRANSLATE_NOOP(
    "Cli", "argument {argument}: invalid value (not repeated here)"))
_CHOICE = re.compile(
    r"argument (?P<argument>[^:]+): invalid choice: .*\(choose from (?P<choices>.*)\)", re.S
)
_VALUE = re.compile(r"argument (?P<argument>[^:]+): invalid [\w ]*value: ", re.S)


def _usage_error(text: str) -> str:
    """argparse's complaint in the reader's language, never echoing a stray or
    invalid value back: a pasted key is a likely one."""
    if text.startswith(("unrecognized arguments", "ambiguous option")):
        return i18n.render(message("cli.usage.unrecognized"))
    if found := _CHOICE.match(text):
        return i18n.render(message("cli.usage.invalid_choice", **found.groupdict()))
    if found := _VALUE.match(text):
        return i18n.render(message("cli.usage.invalid_value", argument=found["argument"]))
    return re.sub(r"(--?[\w-]+)=\S+", r"\1=…", text)  # option=value, anywhere


def _add_language(parser: argparse.ArgumentParser, default: object = None) -> None:
    """--lang before or after the sub-command (run_command reads it first)."""
    parser.add_argument(
        "--lang",
        choices=i18n.LANGUAGES,
        default=default,
        help=i18n.translate(
            "Cli", "language of the output (default: LC_ALL, LC_MESSAGES or LANG)"
        ),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="cobby-desktop",
        description=i18n.translate("Cli", "Connect a Magento shop to cobby."),
    )
    # Python 3.11's version action writes its help without asking gettext.
    parser.add_argument(
        "--version", "-V", action="version", version=f"cobby-desktop {__version__}",
        help=_argparse_text("show program's version number and exit"),
    )
    _add_language(parser)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=i18n.text(help_text))
        _add_language(p, default=argparse.SUPPRESS)
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


_ESCAPES = "cobby-desktop-u-escape"


def _u_escape(error: UnicodeError) -> tuple[str, int]:
    """Writes what the output cannot encode as \\uXXXX (UTF-16 units): readable in
    text and, inside a string, still valid JSON for `list --json` and friends."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    units = error.object[error.start:error.end].encode("utf-16-be")
    escaped = "".join(f"\\u{int.from_bytes(units[i:i + 2], 'big'):04x}"
                      for i in range(0, len(units), 2))
    return escaped, error.end


codecs.register_error(_ESCAPES, _u_escape)


def _escape_what_the_output_cannot_show() -> None:
    """A pipe on Windows takes the ANSI code page (Windows-1252 on a German
    system), which cannot encode every user or shop name (say C:\\Users\\Łukasz):
    such characters are escaped instead of ending the command with
    UnicodeEncodeError. (A console window takes Unicode; a windowed build has
    no streams at all.)"""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors=_ESCAPES)


def _language_argument(argv: list[str]) -> str | None:
    """--lang before the parser exists: the help texts are in that language too."""
    for number, arg in enumerate(argv):
        if arg == "--lang" and number + 1 < len(argv):
            return argv[number + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
    return None


def run_command(argv: list[str]) -> int:
    _escape_what_the_output_cannot_show()
    i18n.install(i18n.choose(_language_argument(argv)))
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    runner = getattr(args, "_run", None)
    if runner is None:
        print(i18n.render(message("cli.command_unavailable", command=args.command)),
              file=sys.stderr)
        return 2
    from cobby_desktop.services.context import cli_context

    return int(runner(args, cli_context()))
