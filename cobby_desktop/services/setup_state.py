"""What the merchant has chosen and typed so far, independent of any widget.

The pages read from and write into one `WizardState`; drafts and the final
save are made from it. Secrets stay `Secret` all the way to the keychain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from cobby_desktop.domain.audit import is_admin_like
from cobby_desktop.domain.model import CredentialKind
from cobby_desktop.secret import Secret

M1_FIELDS = CredentialKind.M1_API_KEY.secret_fields
M2_FIELDS = CredentialKind.M2_INTEGRATION.secret_fields
SUGGESTED_M1_USER = "cobby_api"
SUGGESTED_M2_NAME = "cobby"


@dataclass
class WizardState:
    workspace_id: int | None = None
    new_workspace_name: str = ""
    license_key: Secret | None = None  # only for a workspace created here
    url: str = ""  # normalised shop URL
    shop_name: str = ""  # what the inventory calls the shop ("" = suggested_shop_name)
    admin_url: str = ""
    admin_login: str = ""  # the merchant's own admin login; only to warn, never stored
    magento: int | None = None
    have_credentials: bool = False
    api_user: str = ""
    secrets: dict[str, Secret] = field(default_factory=dict)
    generated_key: Secret | None = None  # the M1 key this wizard proposed
    # The password prompt in front of the shop (HTTP basic auth), if any; the
    # password goes to the keychain on save, the user name with the shop.
    basic_auth_user: str = ""
    basic_auth_password: Secret | None = None
    # The one certificate the merchant chose to trust for this shop (pinning).
    pinned_cert_pem: str | None = None
    pinned_cert_sha256: str | None = None
    shop_id: int | None = None
    credential_id: int | None = None
    saved_active: bool = False
    # A Magento 2 store view code (the command line's --store-code).
    store_code: str | None = None

    @property
    def kind(self) -> CredentialKind | None:
        if self.magento == 1:
            return CredentialKind.M1_API_KEY
        if self.magento == 2:
            return CredentialKind.M2_INTEGRATION
        return None

    def wanted_secrets(self) -> dict[str, Secret]:
        """Only the secrets of the chosen Magento version, non-empty ones."""
        kind = self.kind
        if kind is None:
            return {}
        return {k: v for k, v in self.secrets.items() if k in kind.secret_fields and v}

    @property
    def basic_auth(self) -> tuple[str, Secret] | None:
        if self.basic_auth_user and self.basic_auth_password:
            return (self.basic_auth_user, self.basic_auth_password)
        return None


def suggested_shop_name(url: str) -> str:
    """A name for a shop nobody named yet: its host without "www.", with the
    port and folder when there are any, so two shops on one host differ."""
    raw = url.strip()
    if not raw:
        return ""
    parts = urlsplit(raw if "://" in raw else "https://" + raw)
    host = parts.hostname or ""
    if host.startswith("www."):
        host = host[4:]
    try:
        port = parts.port
    except ValueError:
        port = None
    name = f"{host}:{port}" if port else host
    path = parts.path.strip("/")
    return f"{name}/{path}" if path and name else name or raw


# One rule for the wizard's warning and the audit's finding.
looks_admin_like = is_admin_like


def admin_base(admin_url: str, magento: int | None) -> str | None:
    """The admin area's base from whatever admin address the merchant pasted
    (often a dashboard URL with a secret key in it)."""
    raw = admin_url.strip()
    if not raw:
        return None
    if "://" not in raw:
        raw = "https://" + raw
    parts = urlsplit(raw)
    if not parts.netloc:
        return None
    path = parts.path
    for marker in ("/key/", "/dashboard"):
        cut = path.find(marker)
        if cut >= 0:
            path = path[:cut]
    path = path.rstrip("/")
    segments = [s for s in path.split("/") if s]
    # Magento 2 admin pages live under <area>/admin/...; keep only the area. But
    # in index.php/admin the "admin" is the area itself.
    if (
        magento == 2
        and len(segments) >= 2
        and segments[-1] == "admin"
        and segments[-2] != "index.php"
    ):
        segments = segments[:-1]
    path = "/" + "/".join(segments) if segments else ""
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def admin_page(admin_url: str, magento: int | None, page: str) -> str | None:
    """The admin page for `page` ("roles", "users" or "integration"), if the
    admin address is known."""
    base = admin_base(admin_url, magento)
    if base is None:
        return None
    suffix = {
        "roles": "/api_role/",
        "users": "/api_user/",
        "integration": "/admin/integration/new/",
    }[page]
    return base + suffix
