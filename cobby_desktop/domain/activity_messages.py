"""What the activity log says, as catalogue codes: each entry is stored as a
code with its parameters and rendered in the merchant's language when shown.
Entries written before this existed keep their stored English text.

The English source texts are what the log stored as prose before, so the
stored fallback text (column `detail`) reads the same as it always did.
"""

from __future__ import annotations

from collections.abc import Sequence

from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, entry, message

entry("activity.basic_auth_stored", QT_TRANSLATE_NOOP(
    "Activity", "basic-auth user name and password stored for the shop"))
entry("activity.certificate_trusted", QT_TRANSLATE_NOOP(
    "Activity", "trusted exactly one certificate for the shop (SHA-256 {sha256}, issued to "
    "{subject}, valid until {until})"))
entry("activity.certificate_trusted_in_setup", QT_TRANSLATE_NOOP(
    "Activity", "trusted exactly one certificate for the shop (SHA-256 {sha256})"))
entry("activity.secret_in_setup", QT_TRANSLATE_NOOP("Activity", "{field} (setup wizard)"))
entry("activity.shop_added_in_setup", QT_TRANSLATE_NOOP(
    "Activity", "shop added in the setup wizard"))
entry("activity.secret_fields", QT_TRANSLATE_NOOP("Activity", "{fields}"))
entry("activity.new_key_copied", QT_TRANSLATE_NOOP("Activity", "api_key (new, rotation)"))
entry("activity.new_value_copied", QT_TRANSLATE_NOOP("Activity", "{field} (new, for the portal)"))
entry("activity.shop_changed", QT_TRANSLATE_NOOP("Activity", "shop details changed"))
entry("activity.shop_changed_pin_removed", QT_TRANSLATE_NOOP(
    "Activity", "shop details changed; certificate exception removed"))
entry("activity.kdbx_exported", QT_TRANSLATE_NOOP(
    "Activity", "%n shops and their keys exported to a KeePass file.", None, 1), count="shops")
entry("activity.kdbx_imported", QT_TRANSLATE_NOOP("Activity", "Imported from a KeePass file."))
entry("activity.kdbx_updated", QT_TRANSLATE_NOOP("Activity", "Updated from a KeePass file."))
entry("activity.saved_from_cli", QT_TRANSLATE_NOOP(
    "Activity", "saved from the command line after a passing check"))
entry("activity.csv_exported", QT_TRANSLATE_NOOP(
    "Activity", "activity log as CSV, %n entries", None, 1), count="entries")
entry("activity.rotation_drafted", QT_TRANSLATE_NOOP(
    "Activity", "new credential drafted for rotation"))
entry("activity.rotation_tested", QT_TRANSLATE_NOOP(
    "Activity", "rotation, new credential: {summary}"))
entry("activity.rotation_replaced", QT_TRANSLATE_NOOP(
    "Activity", "replaced by credential {credential}"))
entry("activity.rotation_stopped", QT_TRANSLATE_NOOP(
    "Activity", "rotation stopped; the old credential stays active"))
entry("activity.revoked_unverified", QT_TRANSLATE_NOOP("Activity", "revoked offline (unverified)"))
entry("activity.revoked_verified", QT_TRANSLATE_NOOP("Activity", "revoked; the shop rejects it"))
entry("activity.revoked", QT_TRANSLATE_NOOP("Activity", "revoked"))
entry("activity.workspace_created", QT_TRANSLATE_NOOP("Activity", "Workspace created."))
entry("activity.workspace_created_with_key", QT_TRANSLATE_NOOP(
    "Activity", "Workspace created with its license key."))
entry("activity.workspace_renamed", QT_TRANSLATE_NOOP("Activity", "Workspace renamed."))
entry("activity.workspace_deleted", QT_TRANSLATE_NOOP("Activity", "Workspace “{name}” deleted."))
entry("activity.license_key_stored", QT_TRANSLATE_NOOP("Activity", "License key stored."))
entry("activity.license_key_removed", QT_TRANSLATE_NOOP("Activity", "License key removed."))
# A recorded check: its outcome, the check's summary and its finding codes.
entry("activity.tested.ok", QT_TRANSLATE_NOOP("Activity", "ok"))
entry("activity.tested.ok.summary", QT_TRANSLATE_NOOP("Activity", "ok: {summary}"))
entry("activity.tested.ok.codes", QT_TRANSLATE_NOOP("Activity", "ok ({codes})"))
entry("activity.tested.ok.summary_codes", QT_TRANSLATE_NOOP(
    "Activity", "ok: {summary} ({codes})"))
entry("activity.tested.notice", QT_TRANSLATE_NOOP("Activity", "notice"))
entry("activity.tested.notice.summary", QT_TRANSLATE_NOOP("Activity", "notice: {summary}"))
entry("activity.tested.notice.codes", QT_TRANSLATE_NOOP("Activity", "notice ({codes})"))
entry("activity.tested.notice.summary_codes", QT_TRANSLATE_NOOP(
    "Activity", "notice: {summary} ({codes})"))
entry("activity.tested.failed", QT_TRANSLATE_NOOP("Activity", "failed"))
entry("activity.tested.failed.summary", QT_TRANSLATE_NOOP("Activity", "failed: {summary}"))
entry("activity.tested.failed.codes", QT_TRANSLATE_NOOP("Activity", "failed ({codes})"))
entry("activity.tested.failed.summary_codes", QT_TRANSLATE_NOOP(
    "Activity", "failed: {summary} ({codes})"))


# The same line without its outcome, for windows that show the outcome as a badge.
entry("activity.tested_rest.summary", QT_TRANSLATE_NOOP("Activity", "{summary}"))
entry("activity.tested_rest.codes", QT_TRANSLATE_NOOP("Activity", "({codes})"))
entry("activity.tested_rest.summary_codes", QT_TRANSLATE_NOOP("Activity", "{summary} ({codes})"))


def tested_parts(said: Message) -> tuple[str, Message | None] | None:
    """A recorded check's line as its outcome ("ok", "notice", "failed") and
    the rest (summary, codes) as a message of its own; None for other lines."""
    parts = said.code.split(".")
    if len(parts) < 3 or parts[:2] != ["activity", "tested"]:
        return None
    rest = f"activity.tested_rest.{parts[3]}" if len(parts) > 3 else None
    return parts[2], (message(rest, **said.params) if rest else None)


def tested(outcome: str, summary: str, codes: Sequence[str]) -> Message:
    """The log line of a recorded check."""
    variant = ".summary" if summary else ""
    if codes:
        variant = f"{variant}_codes" if summary else ".codes"
    return message(f"activity.tested.{outcome}{variant}", summary=summary,
                   codes=", ".join(codes))
