"""`cobby-desktop check`: the connection diagnosis on the command line.

Secrets come only from environment variables, never from arguments, so they
stay out of shell history and process lists. Exit 0: the connection works;
1: a finding stops it; 2: usage error (or the inventory/keychain is unusable).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from cobby_desktop import i18n
from cobby_desktop.domain.diagnosis import (
    CheckInput,
    DiagnosisReport,
    diagnose,
)
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, ParamValue, entry, message
from cobby_desktop.net.http import HttpPolicy
from cobby_desktop.secret import Secret

if TYPE_CHECKING:
    from cobby_desktop.domain.model import Shop
    from cobby_desktop.services.checks import ShopResult
    from cobby_desktop.services.context import AppContext
    from cobby_desktop.services.setup import SaveOutcome

entry("cli.check.not_checked", QT_TRANSLATE_NOOP("Cli", "Not checked: {reason}"))
entry("cli.check.saved", QT_TRANSLATE_NOOP(
    "Cli", "Saved as '{label}'; secrets are in the keychain."))
entry("cli.check.not_saved", QT_TRANSLATE_NOOP(
    "Cli", "Not saved: fix the problem above and run the check again."))
entry("cli.check.progress.unread", QT_TRANSLATE_NOOP(
    "Cli", "[{done}/{total}] {shop}: not checked: the keychain could not be read"))
entry("cli.check.progress.works", QT_TRANSLATE_NOOP("Cli", "[{done}/{total}] {shop}: works"))
entry("cli.check.progress.works_codes", QT_TRANSLATE_NOOP(
    "Cli", "[{done}/{total}] {shop}: works ({codes})"))
entry("cli.check.progress.attention", QT_TRANSLATE_NOOP(
    "Cli", "[{done}/{total}] {shop}: needs attention ({codes})"))


def _progress_text(done: int, total: int, shop: str, result: object) -> str:
    """One line per finished shop of check --all (codes stay codes)."""
    where: dict[str, ParamValue] = {"done": done, "total": total, "shop": shop}
    if not isinstance(result, DiagnosisReport):
        return i18n.render(message("cli.check.progress.unread", **where))
    codes = ", ".join(result.codes)
    if not result.ok:
        return i18n.render(message("cli.check.progress.attention", codes=codes, **where))
    code = "cli.check.progress.works_codes" if codes else "cli.check.progress.works"
    return i18n.render(message(code, codes=codes, **where))

M1_ENV = {"api_key": "COBBY_API_KEY"}
M2_ENV = {
    "consumer_key": "COBBY_CONSUMER_KEY",
    "consumer_secret": "COBBY_CONSUMER_SECRET",
    "access_token": "COBBY_ACCESS_TOKEN",
    "access_token_secret": "COBBY_ACCESS_TOKEN_SECRET",
}
ENV_HELP = entry("cli.check.env_help", QT_TRANSLATE_NOOP(
    "Cli",
    "Secrets are read from environment variables only: COBBY_API_KEY (Magento 1); "
    "COBBY_CONSUMER_KEY, COBBY_CONSUMER_SECRET, COBBY_ACCESS_TOKEN, COBBY_ACCESS_TOKEN_SECRET "
    "(Magento 2); COBBY_BASIC_AUTH_USER and COBBY_BASIC_AUTH_PASSWORD for a password-protected "
    "shop; COBBY_LICENSE_KEY (optional) to compare with the shop's license key."))

# What a wrong call is told (exit 2); {env_help} is the text above.
entry("cli.check.usage.timeout", QT_TRANSLATE_NOOP(
    "Cli", "--timeout must be a positive number of seconds."))
entry("cli.check.usage.ca_file", QT_TRANSLATE_NOOP("Cli", "The CA file {path} does not exist."))
entry("cli.check.usage.both_versions", QT_TRANSLATE_NOOP(
    "Cli", "Both Magento 1 and Magento 2 secrets are set: add --magento 1 or 2."))
entry("cli.check.usage.no_secret", QT_TRANSLATE_NOOP("Cli", "No API secret found. {env_help}"))
entry("cli.check.usage.m1_key", QT_TRANSLATE_NOOP(
    "Cli", "Set COBBY_API_KEY for a Magento 1 shop."))
entry("cli.check.usage.m2_missing", QT_TRANSLATE_NOOP(
    "Cli", "Magento 2 needs all four values; missing: {names}."))
entry("cli.check.usage.m1_user", QT_TRANSLATE_NOOP(
    "Cli", "Magento 1 needs --user with the API user name."))
entry("cli.check.usage.basic_auth", QT_TRANSLATE_NOOP(
    "Cli", "Set both COBBY_BASIC_AUTH_USER and COBBY_BASIC_AUTH_PASSWORD, or neither."))
entry("cli.check.usage.empty_inventory", QT_TRANSLATE_NOOP(
    "Cli", "The inventory holds no shops yet. Add one with --save or in the app."))
entry("cli.check.usage.unknown_shop", QT_TRANSLATE_NOOP(
    "Cli", "No stored shop is labelled '{label}'. Run cobby-desktop list to see the labels."))
entry("cli.check.usage.save_label", QT_TRANSLATE_NOOP("Cli", "Give --save a label."))
entry("cli.check.usage.label_taken", QT_TRANSLATE_NOOP(
    "Cli", "A shop labelled '{label}' already exists. Choose another label with --save."))
entry("cli.check.usage.secret_argument", QT_TRANSLATE_NOOP(
    "Cli", "Secrets are not accepted as arguments. {env_help}"))
entry("cli.check.usage.target", QT_TRANSLATE_NOOP("Cli", "Give --url URL, --shop LABEL or --all."))
entry("cli.check.usage.save_url", QT_TRANSLATE_NOOP("Cli", "--save works with --url only."))


SECRET_FLAGS = (
    "--api-key", "--key", "--password", "--license-key", "--consumer-key", "--consumer-secret",
    "--access-token", "--access-token-secret", "--basic-auth-password",
)


class UsageError(Exception):
    """A wrong call (exit 2): `said` is the catalogue message shown."""

    def __init__(self, said: Message) -> None:
        super().__init__(said.code)
        self.said = said


def _usage(code: str, **params: ParamValue) -> UsageError:
    if code in ("no_secret", "secret_argument"):
        params["env_help"] = message("cli.check.env_help")
    return UsageError(message(f"cli.check.usage.{code}", **params))


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = i18n.text(ENV_HELP)
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--url", help=i18n.translate("Cli", "the shop's address"))
    target.add_argument("--shop", metavar="LABEL",
                        help=i18n.translate("Cli", "a shop stored in the inventory"))
    target.add_argument("--all", action="store_true",
                        help=i18n.translate("Cli", "check every stored shop"))
    parser.add_argument("--user",
                        help=i18n.translate("Cli",
                            "Magento 1 API user name (Magento 2: integration name)"))
    parser.add_argument("--magento", type=int, choices=(1, 2),
                        help=i18n.translate("Cli", "skip detection"))
    parser.add_argument("--store-code",
                        help=i18n.translate("Cli", "Magento 2 store view code (default: default)"))
    parser.add_argument("--json", action="store_true",
                        help=i18n.translate("Cli", "print one JSON object"))
    parser.add_argument("--save", metavar="LABEL",
                        help=i18n.translate("Cli", "store shop and credential if it works"))
    parser.add_argument("--timeout", type=float, default=None, metavar="SECONDS",
                        help=i18n.translate("Cli", "time for the whole check (default 90)"))
    parser.add_argument("--ca-file",
                        help=i18n.translate("Cli", "extra trusted CA certificates (PEM)"))
    parser.add_argument("--jobs", type=int, default=4, metavar="N",
                        help=i18n.translate(
                            "Cli", "with --all: how many shops to check at a time (default 4)"))
    # Caught here so argparse never echoes a pasted secret as an "unrecognized argument".
    parser.add_argument(*SECRET_FLAGS, dest="secret_flag", nargs="?", const="",
                        help=argparse.SUPPRESS)


def _env(name: str) -> Secret | None:
    value = os.environ.get(name)
    return Secret(value) if value else None


def _policy(args: argparse.Namespace, base: HttpPolicy) -> HttpPolicy:
    """The context's policy with this command's --timeout and --ca-file."""
    kw: dict[str, object] = {}
    if args.timeout is not None:
        if args.timeout <= 0:
            raise _usage("timeout")
        # The whole check's budget; no single request may wait longer either.
        defaults = HttpPolicy()
        kw.update(
            total_seconds=args.timeout,
            connect_timeout=min(defaults.connect_timeout, args.timeout),
            read_timeout=min(defaults.read_timeout, args.timeout),
        )
    if args.ca_file:
        if not os.path.isfile(args.ca_file):
            raise _usage("ca_file", path=args.ca_file)
        kw["ca_file"] = args.ca_file
    return dataclasses.replace(base, **kw)  # type: ignore[arg-type]


def _input_from_env(args: argparse.Namespace, policy: HttpPolicy) -> CheckInput:
    m1 = {k: s for k, n in M1_ENV.items() if (s := _env(n))}
    m2 = {k: s for k, n in M2_ENV.items() if (s := _env(n))}
    major = args.magento
    if major is None:
        if m1 and m2:
            raise _usage("both_versions")
        major = 1 if m1 else 2 if m2 else None
    if major is None:
        raise _usage("no_secret")
    secrets = m1 if major == 1 else m2
    if major == 1 and not secrets:
        raise _usage("m1_key")
    if major == 2 and len(secrets) < len(M2_ENV):
        missing = ", ".join(n for k, n in M2_ENV.items() if k not in secrets)
        raise _usage("m2_missing", names=missing)
    if major == 1 and not args.user:
        raise _usage("m1_user")
    basic_user = os.environ.get("COBBY_BASIC_AUTH_USER")
    basic_pw = _env("COBBY_BASIC_AUTH_PASSWORD")
    if bool(basic_user) != bool(basic_pw):
        raise _usage("basic_auth")
    return CheckInput(
        url=args.url,
        magento=major,
        api_user=args.user or "",
        secrets=secrets,
        workspace_license_key=_env("COBBY_LICENSE_KEY"),
        basic_auth=(basic_user, basic_pw) if basic_user and basic_pw else None,
        store_code=args.store_code,
        policy=policy,
    )


def _print(report: DiagnosisReport, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.to_json(i18n.text), indent=2))
    else:
        print(report.to_text(i18n.text), end="")


def _save(
    context: AppContext, label: str, inp: CheckInput, report: DiagnosisReport
) -> SaveOutcome:
    """Store the passing shop and its credential (the one save, services.setup)."""
    from cobby_desktop.services import setup
    from cobby_desktop.services.setup_state import WizardState

    state = WizardState(
        url=report.url_used or inp.url,
        magento=report.magento_major or inp.magento or 2,
        api_user=inp.api_user,
        secrets=dict(inp.secrets),
        basic_auth_user=inp.basic_auth[0] if inp.basic_auth else "",
        basic_auth_password=inp.basic_auth[1] if inp.basic_auth else None,
        shop_name=label,
        store_code=inp.store_code,
    )
    outcome = setup.save(
        context.open_inventory, context.vault, state, report=report,
        saved_from=setup.SavedFrom.COMMAND_LINE,
    )  # fmt: skip
    return outcome


def _progress_line(shops: Sequence[Shop]) -> Callable[[int, int, ShopResult], None]:
    """One line per finished shop on stderr (stdout stays the report, so --json
    can be piped)."""

    def show(finished: int, index: int, result: ShopResult) -> None:
        print(_progress_text(finished, len(shops), shops[index].display_name, result),
              file=sys.stderr, flush=True)

    return show


def _run_stored(args: argparse.Namespace, context: AppContext, policy: HttpPolicy) -> int:
    from cobby_desktop.domain.vault import VaultError
    from cobby_desktop.services.checks import NotChecked, check_stored_shops

    with context.open_inventory() as inv:
        if args.all:
            shops = inv.shops()
            if not shops:
                raise _usage("empty_inventory")
        else:
            shop = inv.shop_by_label(args.shop)
            if shop is None:
                raise _usage("unknown_shop", label=args.shop)
            shops = [shop]
        results = check_stored_shops(
            inv, context.vault, shops, policy, max(1, min(args.jobs, 16)),
            _progress_line(shops) if args.all else None,
        )  # fmt: skip
    first = results[0]
    if not args.all and isinstance(first, NotChecked):  # one shop: the keychain's own words
        raise VaultError("unreadable", first.said or first.message)
    pairs = list(zip(shops, results, strict=True))
    if args.all and args.json:
        print(json.dumps([
            {"label": s.display_name, **r.to_json(i18n.text)} if not isinstance(r, NotChecked)
            else {"label": s.display_name, "ok": False, "error": i18n.explain(r)}
            for s, r in pairs
        ], indent=2))
    else:
        for shop, result in pairs:
            if args.all and not args.json:
                print(f"== {shop.display_name}")
            if isinstance(result, NotChecked):
                print(i18n.render(message("cli.check.not_checked", reason=i18n.explain(result))))
            else:
                _print(result, args.json)
    return 0 if all(not isinstance(r, NotChecked) and r.ok for r in results) else 1


def _free_save_label(context: AppContext, label: str) -> str:
    """--save's label, cleaned; a usage error when it is empty or taken."""
    from cobby_desktop.domain.labels import LabelError, clean_label

    try:
        label = clean_label(label)
    except LabelError as exc:
        raise UsageError(exc.said) from None
    if not label:
        raise _usage("save_label")
    # A friendly early word; the database decides when the shop is saved.
    with context.open_inventory() as inv:
        if inv.shop_by_label(label) is not None:
            raise _usage("label_taken", label=label)
    return label


def _save_if_passed(
    context: AppContext, label: str, inp: CheckInput, report: DiagnosisReport
) -> int:
    if not report.ok:
        print(i18n.render(message("cli.check.not_saved")), file=sys.stderr)
        return 1
    outcome = _save(context, label, inp, report)
    if outcome.error:
        print(f"cobby-desktop check: {i18n.explain(outcome)}", file=sys.stderr)
        return 1
    print(i18n.render(message("cli.check.saved", label=label)), file=sys.stderr)
    return 0


def run(args: argparse.Namespace, context: AppContext) -> int:
    from cobby_desktop.domain.store import InventoryError
    from cobby_desktop.domain.vault import VaultError

    try:
        if args.secret_flag is not None:
            raise _usage("secret_argument")
        if not (args.url or args.shop or args.all):
            raise _usage("target")
        if args.save and not args.url:
            raise _usage("save_url")
        policy = _policy(args, context.policy)
        if not args.url:
            return _run_stored(args, context, policy)
        inp = _input_from_env(args, policy)
        if args.save:
            args.save = _free_save_label(context, args.save)
        report = diagnose(inp)
        _print(report, args.json)
        if args.save:
            return _save_if_passed(context, args.save, inp, report)
        return 0 if report.ok else 1
    except UsageError as exc:
        print(f"cobby-desktop check: {i18n.render(exc.said)}", file=sys.stderr)
        return 2
    except (InventoryError, VaultError) as exc:
        # Not a usage error: the command was right, the inventory or keychain refused.
        print(f"cobby-desktop check: {i18n.explain(exc)}", file=sys.stderr)
        return 1
