"""Typed results shared by the protocol adapters, the diagnosis and the UI.

Adapters create these in one place; the GUI and the CLI only render them.
Nothing here may hold a secret in clear text: the shop's license key is kept
as a `Secret` so it can be compared with the workspace's key and never shown.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any

from cobby_desktop.messages import Message
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


@dataclass(frozen=True)
class FieldProblem:
    """Something wrong with a typed or pasted value, found before any request.

    `field` is the merchant's name for it ("API key", "Access Token Secret");
    `code` is stable ("whitespace", "invisible", "format", "length",
    "wrong_field", "weak", "empty"); `message` is one plain sentence that names
    the field and the exact problem, and never repeats the value itself.
    """

    field: str
    code: str
    message: str  # English, for logs and callers not converted yet
    said: Message | None = None  # the catalogue code and parameters, rendered where shown


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


def characters(count: int) -> str:
    """"1 character", "7 characters": for the field problems' messages."""
    return f"{count} character" if count == 1 else f"{count} characters"
