"""Client for the portal API contract in `docs/portal-api.md`.

cobby publishes no portal API; this contract is cobby Desktop's own and is
used only when the merchant configures a portal API address. The guided
portal step in the browser stays the default.

Every method returns a `PortalAnswer`: either a typed value or a
`PortalProblem` with a kind and a plain sentence. Nothing raises for network
or server trouble, so the UI never interprets exceptions or raw JSON.
"""

from __future__ import annotations

import abc
import enum
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Generic, TypeVar
from urllib.parse import quote, urljoin, urlsplit

import httpx

from cobby_desktop.domain.model import MagentoMajor
from cobby_desktop.net.http import (
    HttpPolicy,
    HttpSession,
    NetError,
    NetFailure,
    Reply,
    is_loopback_url,
)
from cobby_desktop.portal.connection_fields import ConnectionField, payload
from cobby_desktop.secret import Secret

T = TypeVar("T")

MAX_ANSWER_BYTES = 1024 * 1024


def address_problem(address: str) -> str | None:
    """Why `address` cannot be a portal API base URL, or None when it can.

    The same rule the client applies before every request (https, or http
    only to this computer), plus what would make a stored address unsafe or
    ambiguous: a user name or password in it, a query or a fragment.
    """
    text = address.strip()
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises for a port that is not a number
    except ValueError:
        parts = None
    if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
        return "Enter the full portal API address, starting with https://."
    if parts.scheme != "https" and not is_loopback_url(text):
        return (
            "The portal API address must start with https://. Plain http:// is only "
            "accepted for a service on this computer."
        )
    if parts.username is not None or parts.password is not None:
        return (
            "Leave the user name and password out of the address: the app asks for them "
            "when it signs in."
        )
    if parts.query or parts.fragment:
        return "Enter the address without a ? or # part."
    return None


class PortalFailure(enum.StrEnum):
    INVALID_CREDENTIALS = "invalid_credentials"  # sign-in refused
    SIGNED_OUT = "signed_out"  # no token, or the portal no longer accepts it
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"  # the shop is connected to another workspace
    INVALID_FIELD = "invalid_field"  # `field` names the refused value
    RATE_LIMITED = "rate_limited"
    SERVER_ERROR = "server_error"
    BAD_REQUEST = "bad_request"  # the portal says the app sent nonsense
    NOT_AN_API = "not_an_api"  # HTML, non-JSON or an answer of the wrong shape
    REDIRECTED = "redirected"
    INSECURE_ADDRESS = "insecure_address"  # http:// to a non-loopback address
    UNREACHABLE = "unreachable"
    TLS = "tls"
    CANCELLED = "cancelled"


_MESSAGES: dict[PortalFailure, str] = {
    PortalFailure.INVALID_CREDENTIALS: (
        "The portal did not accept this e-mail address and password. Check both and sign in "
        "again."
    ),
    PortalFailure.SIGNED_OUT: "Your portal session has ended. Please sign in again.",
    PortalFailure.FORBIDDEN: (
        "Your portal account may not use this workspace. Ask the workspace's owner for access."
    ),
    PortalFailure.NOT_FOUND: (
        "The portal does not know this workspace any more. Sign out and sign in again "
        "to reload the list of workspaces."
    ),
    PortalFailure.CONFLICT: (
        "This shop is already connected to another workspace in the portal. Choose that "
        "workspace, or disconnect the shop there first."
    ),
    PortalFailure.INVALID_FIELD: "The portal refused one of the values. Check it and save again.",
    PortalFailure.RATE_LIMITED: "The portal asks to slow down. Please wait a moment and try again.",
    PortalFailure.SERVER_ERROR: "The portal had a problem. Please try again in a few minutes.",
    PortalFailure.BAD_REQUEST: (
        "The portal did not understand the app's request. Please report this to cobby Desktop "
        "support."
    ),
    PortalFailure.NOT_AN_API: (
        "The portal API address answers, but not like the portal API. Check the address in "
        "Preferences."
    ),
    PortalFailure.REDIRECTED: (
        "The portal API address points elsewhere. Check the address in Preferences."
    ),
    PortalFailure.INSECURE_ADDRESS: (
        "The portal API address must start with https://. Correct it in Preferences."
    ),
    PortalFailure.UNREACHABLE: (
        "The portal API cannot be reached. Check your internet connection and the address in "
        "Preferences."
    ),
    PortalFailure.TLS: (
        "The portal API's certificate is not trusted on this computer, so nothing was sent. "
        "Check the address, or ask your IT team whether a proxy intercepts HTTPS."
    ),
    PortalFailure.CANCELLED: "Cancelled.",
}

_CODE_TO_FAILURE = {
    "invalid_credentials": PortalFailure.INVALID_CREDENTIALS,
    "unauthorized": PortalFailure.SIGNED_OUT,
    "forbidden": PortalFailure.FORBIDDEN,
    "not_found": PortalFailure.NOT_FOUND,
    "conflict": PortalFailure.CONFLICT,
    "invalid_field": PortalFailure.INVALID_FIELD,
    "rate_limited": PortalFailure.RATE_LIMITED,
    "bad_request": PortalFailure.BAD_REQUEST,
    "server_error": PortalFailure.SERVER_ERROR,
}

_STATUS_TO_FAILURE = {
    400: PortalFailure.BAD_REQUEST,
    401: PortalFailure.SIGNED_OUT,
    403: PortalFailure.FORBIDDEN,
    404: PortalFailure.NOT_FOUND,
    409: PortalFailure.CONFLICT,
    422: PortalFailure.INVALID_FIELD,
    429: PortalFailure.RATE_LIMITED,
}

# Server messages are shown only for these kinds, where they carry specifics.
_SERVER_WORDS = {PortalFailure.INVALID_FIELD, PortalFailure.CONFLICT, PortalFailure.FORBIDDEN}


@dataclass(frozen=True)
class PortalProblem:
    kind: PortalFailure
    message: str
    http_status: int | None = None
    field: str | None = None  # a connection field id for INVALID_FIELD
    retry_after: float | None = None  # seconds, for RATE_LIMITED
    net_failure: NetFailure | None = None


@dataclass(frozen=True)
class PortalAnswer(Generic[T]):
    value: T | None = None
    problem: PortalProblem | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None


class SyncState(enum.StrEnum):
    NOT_CONFIGURED = "not_configured"
    PENDING = "pending"
    ACTIVE = "active"
    ERROR = "error"

    @classmethod
    def parse(cls, value: object) -> SyncState:
        try:
            return cls(str(value))
        except ValueError:
            return cls.PENDING  # the contract: unknown states count as pending


@dataclass(frozen=True)
class SyncStatus:
    state: SyncState
    message: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class PortalAccount:
    email: str
    name: str = ""


@dataclass(frozen=True)
class PortalWorkspace:
    id: str
    name: str
    shop_url: str | None
    state: SyncState


class PortalClient(abc.ABC):
    """What the app needs from a portal API. One implementation speaks HTTP;
    tests and future portals can provide others."""

    @property
    @abc.abstractmethod
    def signed_in(self) -> bool: ...

    @abc.abstractmethod
    def sign_in(self, email: str, password: Secret) -> PortalAnswer[PortalAccount]: ...

    @abc.abstractmethod
    def sign_out(self) -> None:
        """Forget the session token (the portal keeps no state for it)."""

    @abc.abstractmethod
    def list_workspaces(self) -> PortalAnswer[tuple[PortalWorkspace, ...]]: ...

    @abc.abstractmethod
    def license_key(self, workspace_id: str) -> PortalAnswer[Secret]: ...

    @abc.abstractmethod
    def save_shop_connection(
        self, workspace_id: str, magento: MagentoMajor, fields: Sequence[ConnectionField]
    ) -> PortalAnswer[SyncStatus]: ...

    @abc.abstractmethod
    def sync_status(self, workspace_id: str) -> PortalAnswer[SyncStatus]: ...


def _problem(kind: PortalFailure, **kw) -> PortalAnswer:
    return PortalAnswer(problem=PortalProblem(kind=kind, message=_MESSAGES[kind], **kw))


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _sync_status(data: object) -> SyncStatus | None:
    if not isinstance(data, dict) or "status" not in data:
        return None
    message = data.get("message")
    return SyncStatus(
        state=SyncState.parse(data["status"]),
        message=message if isinstance(message, str) else "",
        updated_at=_parse_time(data.get("updated_at")),
    )


class _ShapeError(Exception):
    """The portal answered JSON of the wrong shape."""


class HttpPortalClient(PortalClient):
    """The contract over HTTPS, on the app's one HTTP stack."""

    def __init__(
        self,
        base_url: str,
        *,
        policy: HttpPolicy | None = None,
        cancel: threading.Event | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.strip().rstrip("/") + "/"
        policy = policy or HttpPolicy(read_timeout=20.0)
        policy = replace(
            policy, max_response_bytes=min(policy.max_response_bytes, MAX_ANSWER_BYTES),
            total_seconds=None,  # a signed-in session lives long; each request has timeouts
        )
        self._session = HttpSession(policy=policy, cancel=cancel, transport=transport)
        self._token: Secret | None = None

    def __repr__(self) -> str:
        return f"HttpPortalClient({self.base_url!r}, signed_in={self.signed_in})"

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> HttpPortalClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def use_cancel(self, cancel: threading.Event | None) -> None:
        """The cancel flag for the next calls: a signed-in client outlives the
        background job that runs each step, and each job has its own flag."""
        self._session.cancel = cancel

    @property
    def requests_sent(self) -> int:
        return self._session.requests_sent

    @property
    def signed_in(self) -> bool:
        return self._token is not None

    def sign_out(self) -> None:
        self._token = None

    # -- the five operations --

    def sign_in(self, email: str, password: Secret) -> PortalAnswer[PortalAccount]:
        self._token = None
        body = {"email": email.strip(), "password": password.reveal()}
        answer = self._call("POST", "auth/sign-in", body, secrets=(password,), auth=False)
        if not answer.ok:
            if answer.problem and answer.problem.kind is PortalFailure.SIGNED_OUT:
                return _problem(PortalFailure.INVALID_CREDENTIALS, http_status=401)
            return answer
        data = answer.value
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            return _problem(PortalFailure.NOT_AN_API)
        self._token = Secret(token)
        account = data.get("account") if isinstance(data.get("account"), dict) else {}
        return PortalAnswer(
            value=PortalAccount(
                email=str(account.get("email") or email.strip()),
                name=str(account.get("name") or ""),
            )
        )

    def list_workspaces(self) -> PortalAnswer[tuple[PortalWorkspace, ...]]:
        answer = self._call("GET", "workspaces")
        if not answer.ok:
            return answer
        try:
            items = answer.value["workspaces"]
            if not isinstance(items, list):
                raise _ShapeError
            result = tuple(
                PortalWorkspace(
                    id=str(item["id"]),
                    name=str(item.get("name") or ""),
                    shop_url=item.get("shop_url") or None,
                    state=SyncState.parse(item.get("status", SyncState.NOT_CONFIGURED)),
                )
                for item in items
            )
        except (KeyError, TypeError, _ShapeError):
            return _problem(PortalFailure.NOT_AN_API)
        return PortalAnswer(value=result)

    def license_key(self, workspace_id: str) -> PortalAnswer[Secret]:
        answer = self._call("GET", f"workspaces/{quote(workspace_id, safe='')}/license-key")
        if not answer.ok:
            return answer
        key = answer.value.get("license_key") if isinstance(answer.value, dict) else None
        if not isinstance(key, str) or not key.strip():
            return _problem(PortalFailure.NOT_AN_API)
        return PortalAnswer(value=Secret(key.strip()))

    def save_shop_connection(
        self, workspace_id: str, magento: MagentoMajor, fields: Sequence[ConnectionField]
    ) -> PortalAnswer[SyncStatus]:
        body: dict[str, object] = {"magento": int(magento), **payload(fields)}
        secrets = tuple(f.value for f in fields if isinstance(f.value, Secret))
        answer = self._call(
            "PUT",
            f"workspaces/{quote(workspace_id, safe='')}/shop-connection",
            body,
            secrets=secrets,
            field_ids={f.id for f in fields},
        )
        if not answer.ok:
            return answer
        status = _sync_status(answer.value)
        return PortalAnswer(value=status) if status else _problem(PortalFailure.NOT_AN_API)

    def sync_status(self, workspace_id: str) -> PortalAnswer[SyncStatus]:
        answer = self._call("GET", f"workspaces/{quote(workspace_id, safe='')}/sync-status")
        if not answer.ok:
            return answer
        status = _sync_status(answer.value)
        return PortalAnswer(value=status) if status else _problem(PortalFailure.NOT_AN_API)

    # -- plumbing --

    def _call(
        self,
        method: str,
        path: str,
        body: dict | None = None,
        *,
        secrets: tuple[Secret, ...] = (),
        auth: bool = True,
        field_ids: set[str] | None = None,
    ) -> PortalAnswer:
        url = urljoin(self.base_url, path)
        if urlsplit(url).scheme != "https" and not is_loopback_url(url):
            return _problem(PortalFailure.INSECURE_ADDRESS)
        headers = {"Accept": "application/json"}
        if auth:
            if self._token is None:
                return _problem(PortalFailure.SIGNED_OUT)
            headers["Authorization"] = f"Bearer {self._token.reveal()}"
        content = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            content = json.dumps(body).encode("utf-8")
        try:
            reply = self._session.request(method, url, headers=headers, content=content)
        except NetError as exc:
            return _problem(_net_kind(exc.kind), net_failure=exc.kind)
        return self._interpret(reply, secrets, field_ids or set())

    def _interpret(
        self, reply: Reply, secrets: tuple[Secret, ...], field_ids: set[str]
    ) -> PortalAnswer:
        if reply.is_redirect:
            return _problem(PortalFailure.REDIRECTED, http_status=reply.status)
        data = None
        if reply.content_type == "application/json" or reply.content_type.endswith("+json"):
            try:
                data = json.loads(reply.body)
            except ValueError:
                data = None
        if 200 <= reply.status < 300:
            if not isinstance(data, dict):
                return _problem(PortalFailure.NOT_AN_API, http_status=reply.status)
            return PortalAnswer(value=data)
        error = data.get("error") if isinstance(data, dict) else None
        code = error.get("code") if isinstance(error, dict) else None
        if reply.status >= 500:
            kind = PortalFailure.SERVER_ERROR
        elif code in _CODE_TO_FAILURE:
            kind = _CODE_TO_FAILURE[code]
        elif reply.status in _STATUS_TO_FAILURE and error is not None:
            kind = _STATUS_TO_FAILURE[reply.status]
        else:
            # A 4xx without the contract's error body: a proxy or web server answered.
            return _problem(PortalFailure.NOT_AN_API, http_status=reply.status)
        if kind is PortalFailure.SIGNED_OUT:
            self._token = None
        message = _MESSAGES[kind]
        server_text = error.get("message") if isinstance(error, dict) else None
        if kind in _SERVER_WORDS and isinstance(server_text, str) and server_text.strip():
            message = _scrub(server_text.strip(), secrets, self._token) or message
        field = error.get("field") if isinstance(error, dict) else None
        return PortalAnswer(
            problem=PortalProblem(
                kind=kind,
                message=message,
                http_status=reply.status,
                field=field if isinstance(field, str) and field in field_ids else None,
                retry_after=_retry_after(reply) if kind is PortalFailure.RATE_LIMITED else None,
            )
        )


def _scrub(text: str, secrets: tuple[Secret, ...], token: Secret | None) -> str | None:
    """The server's sentence, unless it repeats a secret we sent (then None),
    cut to a sane length."""
    for s in (*secrets, token):
        if s is not None and s.reveal() and s.reveal() in text:
            return None
    return text[:300]


def _retry_after(reply: Reply) -> float | None:
    raw = reply.headers.get("retry-after")
    try:
        return max(0.0, float(raw)) if raw else None
    except ValueError:
        return None


def _net_kind(kind: NetFailure) -> PortalFailure:
    if kind is NetFailure.CANCELLED:
        return PortalFailure.CANCELLED
    if kind.value.startswith("tls") or kind is NetFailure.PIN_MISMATCH:
        return PortalFailure.TLS
    if kind is NetFailure.TOO_LARGE:
        return PortalFailure.NOT_AN_API
    return PortalFailure.UNREACHABLE
