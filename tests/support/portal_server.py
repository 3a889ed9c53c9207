"""A loopback server implementing the portal API contract (docs/portal-api.md).

It keeps accounts and workspaces in memory, checks bearer tokens, validates
saved shop connections like a careful portal would, and moves a saved
connection from `pending` to `active` after a few status reads. Tests can
queue faults (`fail_next`, `html_next`), expire tokens, and hook `on_save` to
make a shop simulator's license key change, as cobby's service would.
"""

from __future__ import annotations

import json
import re
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

PREFIX = "/api/v1/"
_TOKEN_32 = re.compile(r"^[0-9a-z]{32}$")


@dataclass
class WorkspaceRecord:
    id: str
    name: str
    license_key: str
    owner: str
    connection: dict | None = None
    status: str = "not_configured"
    status_reads: int = 0

    @property
    def shop_url(self) -> str | None:
        return self.connection["shop_url"] if self.connection else None


@dataclass
class Fault:
    status: int
    code: str | None
    message: str = "Injected fault."
    retry_after: int | None = None
    html: bool = False


@dataclass
class PortalServer:
    accounts: dict[str, str] = field(default_factory=dict)  # e-mail -> password
    activate_after: int = 2  # sync-status reads after a save until "active"
    on_save: Callable[[WorkspaceRecord], None] | None = None

    def __post_init__(self) -> None:
        self.workspaces: dict[str, WorkspaceRecord] = {}
        self.tokens: dict[str, str] = {}  # token -> e-mail
        self.faults: list[Fault] = []
        self.log: list[tuple[str, str, bool]] = []  # method, path, had a bearer token
        self.bodies: list[bytes] = []
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None

    # -- test controls --

    def add_workspace(self, ws_id: str, name: str, license_key: str, owner: str) -> WorkspaceRecord:
        rec = WorkspaceRecord(ws_id, name, license_key, owner)
        self.workspaces[ws_id] = rec
        return rec

    def fail_next(self, status: int, code: str | None, message: str = "Injected fault.",
                  retry_after: int | None = None) -> None:
        self.faults.append(Fault(status, code, message, retry_after))

    def html_next(self, status: int = 200) -> None:
        self.faults.append(Fault(status, None, html=True))

    def expire_tokens(self) -> None:
        self.tokens.clear()

    @property
    def url(self) -> str:
        assert self._httpd is not None
        return f"http://127.0.0.1:{self._httpd.server_address[1]}{PREFIX}"

    def start(self) -> PortalServer:
        server = self

        class Handler(_Handler):
            portal = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> PortalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- the contract --

    def handle(self, method: str, path: str, auth: str | None, body: bytes):
        """Returns (status, json-able body or None, extra headers, html text or None)."""
        with self._lock:
            self.log.append((method, path, bool(auth)))
            self.bodies.append(body)
            if self.faults:
                f = self.faults.pop(0)
                if f.html:
                    return f.status, None, {}, "<!doctype html><html><body>Sign in</body></html>"
                headers = {"Retry-After": str(f.retry_after)} if f.retry_after else {}
                err = {"code": f.code, "message": f.message, "field": None}
                return f.status, {"error": err}, headers, None
            return self._route(method, path, auth, body)

    def _route(self, method: str, path: str, auth: str | None, body: bytes):
        if not path.startswith(PREFIX):
            return _err(404, "not_found", "No such API path.")
        parts = [unquote(p) for p in path[len(PREFIX):].split("/") if p]
        data = None
        if method in ("POST", "PUT"):
            try:
                data = json.loads(body or b"")
            except ValueError:
                return _err(400, "bad_request", "The request body is not JSON.")
            if not isinstance(data, dict):
                return _err(400, "bad_request", "The request body must be an object.")
        if parts == ["auth", "sign-in"] and method == "POST":
            return self._sign_in(data)
        email = self._account(auth)
        if email is None:
            return _err(401, "unauthorized", "Please sign in again.")
        if parts == ["workspaces"] and method == "GET":
            items = [
                {"id": w.id, "name": w.name, "shop_url": w.shop_url, "status": w.status}
                for w in self.workspaces.values()
                if w.owner == email
            ]
            return 200, {"workspaces": items}, {}, None
        if len(parts) != 3 or parts[0] != "workspaces":
            return _err(404, "not_found", "No such API path.")
        ws = self.workspaces.get(parts[1])
        if ws is None:
            return _err(404, "not_found", "No such workspace.")
        if ws.owner != email:
            return _err(403, "forbidden", "This account may not use this workspace.")
        if parts[2] == "license-key" and method == "GET":
            return 200, {"license_key": ws.license_key}, {}, None
        if parts[2] == "sync-status" and method == "GET":
            if ws.status == "pending":
                ws.status_reads += 1
                if ws.status_reads >= self.activate_after:
                    ws.status = "active"
            body = {"status": ws.status, "message": "", "updated_at": "2026-11-26T14:03:00Z"}
            return 200, body, {}, None
        if parts[2] == "shop-connection" and method == "PUT":
            return self._save(ws, data)
        return _err(404, "not_found", "No such API path.")

    def _sign_in(self, data):
        email, password = data.get("email"), data.get("password")
        if not isinstance(email, str) or not isinstance(password, str):
            return _err(400, "bad_request", "E-mail and password are required.")
        if self.accounts.get(email) != password:
            return _err(401, "invalid_credentials", "E-mail or password is wrong.")
        token = secrets.token_urlsafe(24)
        self.tokens[token] = email
        account = {"email": email, "name": email.split("@")[0].title()}
        body = {"access_token": token, "token_type": "Bearer", "expires_in": 3600,
                "account": account}
        return 200, body, {}, None

    def _account(self, auth: str | None) -> str | None:
        if not auth or not auth.startswith("Bearer "):
            return None
        return self.tokens.get(auth[len("Bearer "):])

    def _save(self, ws: WorkspaceRecord, data: dict):
        magento = data.get("magento")
        shop_url = data.get("shop_url")
        if not isinstance(shop_url, str) or not re.match(r"^https?://[^/\s]+/(\S*/)?$", shop_url):
            message = "The shop URL must start with https:// and end with /."
            return _err(422, "invalid_field", message, "shop_url")
        if magento == 1:
            needed = ("api_user", "api_key")
        elif magento == 2:
            needed = ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
        else:
            return _err(400, "bad_request", "magento must be 1 or 2.")
        for name in needed:
            value = data.get(name)
            if not isinstance(value, str) or not value or value != value.strip():
                message = f"The value {name} is missing or has spaces."
                return _err(422, "invalid_field", message, name)
            if magento == 2 and not _TOKEN_32.match(value):
                return _err(422, "invalid_field", f"The value {name} must be 32 characters.", name)
        for other in self.workspaces.values():
            if other is not ws and other.shop_url == shop_url:
                return _err(409, "conflict", "This shop is connected to another workspace.")
        new = {"magento": magento, "shop_url": shop_url, **{n: data[n] for n in needed}}
        if ws.connection != new:
            ws.connection = new
            ws.status, ws.status_reads = "pending", 0
            if self.on_save is not None:
                self.on_save(ws)
        return 200, {"status": ws.status, "message": "cobby is connecting to your shop."}, {}, None


def _err(status: int, code: str, message: str, fld: str | None = None):
    return status, {"error": {"code": code, "message": message, "field": fld}}, {}, None


class _Handler(BaseHTTPRequestHandler):
    portal: PortalServer
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # keep test output clean (and secret-free)
        pass

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, data, headers, html = self.portal.handle(
            self.command, urlsplit(self.path).path, self.headers.get("Authorization"), body
        )
        if html is not None:
            raw, ctype = html.encode(), "text/html; charset=utf-8"
        else:
            raw, ctype = json.dumps(data).encode(), "application/json"
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(raw)))
        for k, v in headers.items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(raw)

    do_GET = _serve  # noqa: N815 (http.server's naming)
    do_POST = _serve  # noqa: N815
    do_PUT = _serve  # noqa: N815
