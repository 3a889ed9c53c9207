"""Typed results shared by the protocol adapters, the diagnosis and the UI.

Adapters create these in one place; the GUI and the CLI only render them.
Nothing here may hold a secret in clear text: the shop's license key is kept
as a `Secret` so it can be compared with the workspace's key and never shown.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from cobby_desktop.messages import QT_TRANSLATE_NOOP, Message, Source, english, entry, message
from cobby_desktop.net.http import NetFailure
from cobby_desktop.secret import Secret

PLACEHOLDER_LICENSE_KEY = "cobby license key"


class LicenseState(enum.StrEnum):
    PLACEHOLDER = "placeholder"  # cobby's service has not reached the shop yet
    SET = "set"
    MISSING = "missing"  # the probe answered without a license key


@dataclass(frozen=True)
class Evidence:
    """One request's worth of facts for the support report (never a secret)."""

    endpoint: str
    method: str = ""  # HTTP method or RPC method, e.g. "POST login"
    http_status: int | None = None
    fault_code: str | None = None
    fault_text: str | None = None
    net_failure: NetFailure | None = None
    note: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "endpoint": self.endpoint,
            "method": self.method,
            "http_status": self.http_status,
            "fault_code": self.fault_code,
            "fault_text": self.fault_text,
            "net_failure": self.net_failure.value if self.net_failure else None,
            "note": self.note,
        }


@dataclass(frozen=True)
class CobbyInfo:
    """What the cobby probe (`cobby_core_setup.export` / `GET /V1/cobby/setup`) said."""

    cobby_version: str | None
    magento_version: str | None
    cobby_active: bool | None
    license_key: Secret | None = field(default=None, repr=False)

    @property
    def license_state(self) -> LicenseState:
        if self.license_key is None or not self.license_key.reveal():
            return LicenseState.MISSING
        if self.license_key.reveal().strip() == PLACEHOLDER_LICENSE_KEY:
            return LicenseState.PLACEHOLDER
        return LicenseState.SET

    def license_matches(self, workspace_key: Secret | str | None) -> bool:
        if workspace_key is None or self.license_key is None:
            return False
        expected = workspace_key.reveal() if isinstance(workspace_key, Secret) else workspace_key
        return self.license_key.reveal().strip() == expected.strip()

    @classmethod
    def from_export(cls, row: dict[str, Any]) -> CobbyInfo:
        """Build from one row of the probe's answer (same shape on M1 and M2)."""
        key = row.get("license_key")
        active = row.get("cobby_active")
        if isinstance(active, str):
            active = active.strip().lower() in ("1", "true", "yes")
        return cls(
            cobby_version=str(row["cobby_version"]) if row.get("cobby_version") else None,
            magento_version=str(row["magento_version"]) if row.get("magento_version") else None,
            cobby_active=bool(active) if active is not None else None,
            license_key=Secret(str(key)) if key is not None else None,
        )


# The fields a field problem names, as the forms and Magento's admin call them
# (the Magento 2 values keep the admin's English names in every language).
FIELD_NAMES: dict[str, Source] = {
    "api_user": entry("field.api_user", QT_TRANSLATE_NOOP("Fields", "API user name")),
    "api_key": entry("field.api_key", QT_TRANSLATE_NOOP("Fields", "API key")),
    "consumer_key": entry("field.consumer_key", QT_TRANSLATE_NOOP("Fields", "Consumer Key")),
    "consumer_secret": entry(
        "field.consumer_secret", QT_TRANSLATE_NOOP("Fields", "Consumer Secret")),
    "access_token": entry("field.access_token", QT_TRANSLATE_NOOP("Fields", "Access Token")),
    "access_token_secret": entry(
        "field.access_token_secret", QT_TRANSLATE_NOOP("Fields", "Access Token Secret")),
    "license_key": entry("field.license_key", QT_TRANSLATE_NOOP("Fields", "License key")),
}

# Characters that do not belong in a value, named as the subject of a sentence
# ("The first character of the API key is {char}.").
CHARACTER_NAMES: dict[str, Source] = {
    "space": entry("char.space", QT_TRANSLATE_NOOP("Fields", "a space")),
    "tab": entry("char.tab", QT_TRANSLATE_NOOP("Fields", "a tab")),
    "line_break": entry("char.line_break", QT_TRANSLATE_NOOP("Fields", "a line break")),
    "nbsp": entry("char.nbsp", QT_TRANSLATE_NOOP("Fields", "a non-breaking space")),
    "narrow_nbsp": entry(
        "char.narrow_nbsp", QT_TRANSLATE_NOOP("Fields", "a narrow non-breaking space")),
    "figure_space": entry("char.figure_space", QT_TRANSLATE_NOOP("Fields", "a figure space")),
    "zero_width_space": entry(
        "char.zero_width_space", QT_TRANSLATE_NOOP("Fields", "a zero-width space")),
    "zero_width_non_joiner": entry(
        "char.zero_width_non_joiner", QT_TRANSLATE_NOOP("Fields", "a zero-width non-joiner")),
    "zero_width_joiner": entry(
        "char.zero_width_joiner", QT_TRANSLATE_NOOP("Fields", "a zero-width joiner")),
    "word_joiner": entry("char.word_joiner", QT_TRANSLATE_NOOP("Fields", "a word joiner")),
    "byte_order_mark": entry("char.byte_order_mark", QT_TRANSLATE_NOOP(
        "Fields", "a byte order mark (zero-width no-break space)")),
    "soft_hyphen": entry("char.soft_hyphen", QT_TRANSLATE_NOOP("Fields", "a soft hyphen")),
    "zero_width": entry(
        "char.zero_width", QT_TRANSLATE_NOOP("Fields", "an invisible zero-width character")),
    "other_space": entry("char.other_space", QT_TRANSLATE_NOOP("Fields", "a space character")),
    "control": entry("char.control", QT_TRANSLATE_NOOP("Fields", "a control character")),
}


def field_name(field: str) -> Message:
    """The field's name as a message parameter, shown in the reader's language."""
    return message(f"field.{field}")


def character_name(kind: str) -> Message:
    """A character kind (CHARACTER_NAMES) as a message parameter."""
    return message(f"char.{kind}")


@dataclass(frozen=True)
class FieldProblem:
    """Something wrong with a typed or pasted value, found before any request.

    `field` is the field's stable name ("api_key", "access_token_secret",
    "license_key": FIELD_NAMES); `code` is stable ("whitespace", "invisible",
    "format", "length", "wrong_field", "weak", "empty"); `said` is the catalogue
    message that names the field and the exact problem (its parameters never
    hold the value itself), rendered where shown with `i18n.explain`.
    """

    field: str
    code: str
    said: Message

    @property
    def message(self) -> str:
        """The English sentence, for logs only (show `i18n.explain(problem)`)."""
        return english(self.said)


class M1Verdict(enum.StrEnum):
    OK = "ok"
    CREDENTIALS_REJECTED = "credentials_rejected"
    COBBY_PERMISSION_MISSING = "cobby_permission_missing"
    COBBY_EXTENSION_MISSING = "cobby_extension_missing"
    LEGACY_CONNECTOR = "legacy_connector"  # cobby 1.x (Mash2_Cobby) answers instead
    API_UNREACHABLE = "api_unreachable"
    SHOP_ERROR = "shop_error"
    KEY_FORMAT_INVALID = "key_format_invalid"  # found before anything was sent


@dataclass(frozen=True)
class M1Result:
    verdict: M1Verdict
    endpoint: str | None = None  # the API URL that answered, e.g. https://shop/api/cobby/json
    protocol: str | None = None  # "jsonrpc", "xmlrpc" or "soap"
    cobby: CobbyInfo | None = None
    evidence: tuple[Evidence, ...] = ()
    field_problems: tuple[FieldProblem, ...] = ()
    net_failure: NetFailure | None = None
    redirect_to: str | None = None  # a redirect that was reported, not followed
    html_answer: bool = False  # an HTML page came back where the API was expected
    requests: int = 0
    seconds: float = 0.0
    # /api/cobby/json did not answer, so the verdict came from XML-RPC or SOAP:
    # cobby's service cannot reach the shop until that route is unblocked.
    cobby_route_blocked: bool = False

    @property
    def ok(self) -> bool:
        return self.verdict is M1Verdict.OK


class M2Verdict(enum.StrEnum):
    OK = "ok"
    SIGNATURE_INVALID = "signature_invalid"
    AUTH_HEADER_STRIPPED = "auth_header_stripped"
    COBBY_PERMISSION_MISSING = "cobby_permission_missing"
    COBBY_EXTENSION_MISSING = "cobby_extension_missing"
    LEGACY_CONNECTOR = "legacy_connector"  # cobby 1.x (Mash2_Cobby): no /V1/cobby/setup
    TOKEN_FORMAT_INVALID = "token_format_invalid"
    TOKEN_UNKNOWN = "token_unknown"  # "Specified token does not exist"
    CONSUMER_UNKNOWN = "consumer_unknown"  # "A consumer having the specified key ..."
    STORE_CODE_UNKNOWN = "store_code_unknown"  # every route under the code is unknown
    CLOCK_SKEW = "clock_skew"
    API_UNREACHABLE = "api_unreachable"
    SHOP_ERROR = "shop_error"


@dataclass(frozen=True)
class M2Result:
    verdict: M2Verdict
    base_url: str | None = None  # e.g. https://shop/index.php/rest/default
    store_code: str | None = None
    cobby: CobbyInfo | None = None
    magento_version: str | None = None  # from /magento_version, e.g. "2.4"
    magento_edition: str | None = None  # e.g. "Community"
    clock_skew_seconds: float | None = None  # shop clock minus local clock
    evidence: tuple[Evidence, ...] = ()
    field_problems: tuple[FieldProblem, ...] = ()
    net_failure: NetFailure | None = None
    redirect_to: str | None = None
    html_answer: bool = False
    requests: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.verdict is M2Verdict.OK
