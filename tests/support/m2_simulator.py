"""A loopback Magento 2 REST API for tests.

It verifies OAuth 1.0a signatures with authlib (the client signs with oauthlib),
rebuilding the base string the way Magento does: scheme + "://" + Host header +
raw request URI. Answers use Magento's exact JSON error bodies and statuses.

Scenarios are keyword options, e.g. `M2Simulator(bearer_allowed=True)`,
`M2Simulator(cobby_resource=False)`, `M2Simulator(strip_auth=True)`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit
from urllib.request import parse_http_list, parse_keqv_list

from authlib.common.urls import url_decode
from authlib.oauth1.rfc5849.signature import construct_base_string
from authlib.oauth1.rfc5849.util import escape, unescape

from cobby_desktop.magento2.tokens import M2Tokens
from tests.support import magento_pages as pages

PLACEHOLDER = "cobby license key"
CONSUMER_ID = 7
MSG_NO_ROUTE = "Request does not match any route."
MSG_NOT_AUTHORIZED = "The consumer isn't authorized to access %resources."
MSG_SIGNATURE = "The signature is invalid. Verify and try again."
MSG_NONCE = "The nonce is already being used by the consumer with ID %1"
MSG_METHOD = "Signature method %1 is not supported"
# Magento wraps its timestamp error (more than 600 s ahead) into this one.
MSG_NONCE_INVALID = "An error occurred validating the nonce"
MSG_CONSUMER = "A consumer having the specified key does not exist"
MSG_TOKEN = "Specified token does not exist"
MSG_TOKEN_LENGTH = "The token length is invalid. Check the length and try again."
MSG_INTERNAL = "Internal Error. Details are available in Magento log file. Report ID: webapi-{}"

# route -> ACL resource ("anonymous" needs no user)
ROUTES = {
    "cobby/setup": "Cobby_Connector::cobby",
    "cobby/queue/max": "Cobby_Connector::cobby",
    "cobby/debug": "Cobby_Connector::cobby",
    "directory/currency": "anonymous",
    "store/storeConfigs": "Magento_Backend::store",
}

FIREWALL_PAGE = (
    b"<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head>"
    b"<body><h1>Sorry, you have been blocked</h1></body></html>"
)
NOT_FOUND_PAGE = b"<html><head><title>404 Not Found</title></head><body>nginx</body></html>"
BASIC_PAGE = b"<html><body><h1>401 Authorization Required</h1></body></html>"


def _hmac_sha256(base_string: str, consumer_secret: str, token_secret: str) -> str:
    # authlib ships no HMAC-SHA256 signer; the key and encoding follow RFC 5849 3.4.2.
    key = f"{escape(consumer_secret)}&{escape(token_secret)}"
    digest = hmac.new(key.encode(), base_string.encode(), hashlib.sha256).digest()
    return binascii.b2a_base64(digest)[:-1].decode()


@dataclass
class Logged:
    method: str
    path: str
    auth: str  # "oauth", "bearer", "basic", "none" (never the header's value)
    status: int
    message: str | None = None


@dataclass
class M2Simulator:
    bearer_allowed: bool = False
    cobby_installed: bool = True
    cobby_resource: bool = True
    strip_auth: bool = False  # the web server drops the Authorization header
    rewrites: bool = True  # False: only /index.php/rest/... works
    store_codes: tuple[str, ...] = ("default",)
    signed_scheme: str | None = None  # e.g. "https": a TLS proxy in front, Magento sees https
    clock_offset: float = 0.0  # the shop's clock minus the real clock
    firewall: bool = False
    basic_auth: bool = False
    basic_auth_scope: str = "shop"  # "rest": only /rest/ asks for the password
    basic_auth_login: tuple[str, str] | None = None  # the user name and password it takes
    outage: str | None = None  # "maintenance" (maintenance.flag) or "broken" (DB down)
    connector_module: str = "Cobby_Connector"  # "Mash2_Cobby": cobby 1.x, no /V1/cobby/setup
    cobby_active: bool = True  # the connector's own switch (cobby/settings/active)
    redirect_to: str | None = None
    server_error: bool = False
    magento_version: str | None = "Magento/2.4 (Community)"
    license_key: str = PLACEHOLDER
    cobby_version: str = "3.2.1"
    delay: float = 0.0
    nonce_conflicts: int = 0  # the next N signed requests hit "nonce already used"
    values: dict[str, str] = field(
        default_factory=lambda: {
            name: secrets.token_hex(16)
            for name in ("consumer_key", "consumer_secret", "access_token", "access_token_secret")
        }
    )
    requests: list[Logged] = field(default_factory=list)
    probes: int = 0

    def __post_init__(self) -> None:
        self._nonces: set[tuple[str, str]] = set()
        self._lock = threading.Lock()
        self._key_change: tuple[int, str] | None = None
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- control ----------------------------------------------------------------

    @property
    def tokens(self) -> M2Tokens:
        return M2Tokens.from_mapping(self.values)

    @property
    def url(self) -> str:
        assert self._server is not None, "start the simulator first"
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def change_license_key_after(self, probes: int, new_key: str) -> None:
        """From the (probes+1)-th successful cobby probe on, answer `new_key`:
        as if cobby's service had saved the connection."""
        self._key_change = (probes, new_key)

    def count(self, method: str = "GET", path_part: str = "") -> int:
        return sum(1 for r in self.requests if r.method == method and path_part in r.path)

    def __enter__(self) -> M2Simulator:
        sim = self

        class Handler(_Handler):
            simulator = sim

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def now(self) -> float:
        return time.time() + self.clock_offset

    # -- Magento's behaviour ------------------------------------------------------

    def _nonce_refused(self, consumer_key: str, nonce: str) -> bool:
        """A nonce seen before (or a simulated conflict); stored before the
        signature is checked, as Magento does."""
        with self._lock:
            if (consumer_key, nonce) in self._nonces:
                return True
            self._nonces.add((consumer_key, nonce))
            if self.nonce_conflicts > 0:
                self.nonce_conflicts -= 1
                return True
        return False

    def _signature_valid(self, method, raw_uri, headers, params, oauth) -> bool:  # noqa: ANN001
        host = headers.get("Host", "").lower()
        scheme = self.signed_scheme or "http"
        query = urlsplit(raw_uri).query
        try:
            query_params = url_decode(query) if query else []
        except ValueError:
            return False
        oauth_params = [(k, v) for k, v in params if k not in ("oauth_signature", "realm")]
        base = construct_base_string(
            method, f"{scheme}://{host}{raw_uri}", query_params + oauth_params
        )
        expected = _hmac_sha256(
            base, self.values["consumer_secret"], self.values["access_token_secret"]
        )
        return hmac.compare_digest(expected, oauth.get("oauth_signature", ""))

    def authenticate(self, method: str, raw_uri: str, headers) -> tuple[str, tuple]:
        """("integration" | "guest", error) where error is (status, message, parameters)
        or empty when the request may go on."""
        header = "" if self.strip_auth else headers.get("Authorization", "")
        if header.lower().startswith("bearer "):
            if self.bearer_allowed and header[7:].strip() == self.values["access_token"]:
                return "integration", ()
            return "guest", ()
        if not header.lower().startswith("oauth "):
            return "guest", ()
        params = [
            (unescape(k), unescape(v))
            for k, v in parse_keqv_list(parse_http_list(header[6:])).items()
        ]
        oauth = dict(params)
        sig_method = oauth.get("oauth_signature_method", "")
        if sig_method != "HMAC-SHA256":
            return "guest", (400, MSG_METHOD, [sig_method])
        consumer_key = oauth.get("oauth_consumer_key", "")
        if consumer_key != self.values["consumer_key"]:
            return "guest", (401, MSG_CONSUMER, None)
        try:
            timestamp = int(oauth.get("oauth_timestamp", "0"))
        except ValueError:
            timestamp = 0
        if timestamp <= 0 or timestamp > self.now() + 600:
            return "guest", (401, MSG_NONCE_INVALID, None)
        if self._nonce_refused(consumer_key, oauth.get("oauth_nonce", "")):
            return "guest", (401, MSG_NONCE, [CONSUMER_ID])
        token = oauth.get("oauth_token", "")
        if len(token) != 32:
            return "guest", (400, MSG_TOKEN_LENGTH, None)
        if token != self.values["access_token"]:
            return "guest", (401, MSG_TOKEN, None)
        if not self._signature_valid(method, raw_uri, headers, params, oauth):
            return "guest", (401, MSG_SIGNATURE, None)
        return "integration", ()

    def setup_row(self) -> dict:
        with self._lock:
            self.probes += 1
            key = self.license_key
            if self._key_change and self.probes > self._key_change[0]:
                key = self._key_change[1]
        return {
            "license_key": key,
            "cobby_version": self.cobby_version,
            "magento_version": "2.4.6",
            "cobby_active": self.cobby_active,
            "memory": "2G",
        }


class _Handler(BaseHTTPRequestHandler):
    # Headers and body go out separately; without this each answer on a kept-alive
    # connection waits ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True
    simulator: M2Simulator
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet tests
        pass

    def version_string(self) -> str:
        return "cloudflare" if self.simulator.firewall else "nginx"

    def date_time_string(self, timestamp: float | None = None) -> str:
        return formatdate(self.simulator.now(), usegmt=True)

    def _password_asked(self) -> bool:
        """Basic auth in front of Magento: the web server asks before PHP runs."""
        sim = self.simulator
        if sim.basic_auth_scope == "rest" and "/rest/" not in self.path:
            return False
        header = self.headers.get("Authorization", "")
        if sim.basic_auth_login and header.startswith("Basic "):
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
            return (user, password) != sim.basic_auth_login
        return True

    def _auth_kind(self) -> str:
        header = self.headers.get("Authorization", "").lower()
        for kind in ("oauth", "bearer", "basic"):
            if header.startswith(kind):
                return kind
        return "none"

    def _send(self, status: int, body: bytes, content_type: str, extra=(), message=None) -> None:
        sim = self.simulator
        sim.requests.append(Logged(self.command, self.path, self._auth_kind(), status, message))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: object, message: str | None = None) -> None:
        # As PHP's json_encode writes it: no spaces, slashes escaped.
        body = json.dumps(payload, separators=(",", ":")).replace("/", "\\/")
        self._send(status, body.encode(), "application/json; charset=utf-8", message=message)

    def _error(self, status: int, message: str, parameters: object = None) -> None:
        payload: dict[str, object] = {"message": message}
        if parameters is not None:
            payload["parameters"] = parameters
        self._json(status, payload, message)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length", "0") or 0)
        self.rfile.read(length)
        self._error(405, "POST is not simulated: the app must never write.")

    def do_GET(self) -> None:  # noqa: N802
        sim = self.simulator
        if sim.delay:
            time.sleep(sim.delay)
        if self._stopped_at_the_door():
            return
        raw_uri = self.path
        route = self._rest_route(urlsplit(raw_uri).path)
        if route is None:
            return
        resource = self._resource(route)
        if resource is None:
            self._error(404, MSG_NO_ROUTE)  # Magento matches routes before authentication
            return
        user, error = sim.authenticate("GET", raw_uri, self.headers)
        if error:
            status, message, parameters = error
            self._error(status, message, parameters)
            return
        if resource != "anonymous":
            allowed = user == "integration" and (
                sim.cobby_resource if resource.startswith("Cobby") else False
            )
            if not allowed:
                self._error(401, MSG_NOT_AUTHORIZED, {"resources": resource})
                return
        if sim.server_error:
            self._error(500, MSG_INTERNAL.format(secrets.token_hex(6)))
            return
        self._json(200, self._answer(route))

    def _answer(self, route: str) -> object:
        if route == "cobby/setup":
            return [self.simulator.setup_row()]
        if route == "cobby/queue/max":
            return 0
        if route == "directory/currency":
            return {"base_currency_code": "EUR", "exchange_rates": []}
        return []

    def _stopped_at_the_door(self) -> bool:
        """A firewall, a password prompt, an outage or a redirect answered first."""
        sim = self.simulator
        if sim.firewall:
            self._send(403, FIREWALL_PAGE, "text/html; charset=UTF-8",
                       [("CF-RAY", "8a1b2c3d4e5f6789-FRA")])
        elif sim.basic_auth and self._password_asked():
            self._send(401, BASIC_PAGE, "text/html",
                       [("WWW-Authenticate", 'Basic realm="Staging"')])
        elif sim.outage:
            page = pages.MAINTENANCE_PAGE if sim.outage == "maintenance" else pages.error_page()
            self._send(503, page, "text/html; charset=UTF-8")
        elif sim.redirect_to:
            self._send(301, b"", "text/html", [("Location", sim.redirect_to + self.path)])
        else:
            return False
        return True

    def _rest_route(self, path: str) -> str | None:
        """The REST route after /rest/[store code/]V1/, or None (answered already)."""
        sim = self.simulator
        if path.startswith("/index.php/"):
            path = path[len("/index.php"):]
        elif not sim.rewrites:
            self._send(404, NOT_FOUND_PAGE, "text/html")
            return None
        if path == "/magento_version" and sim.magento_version:
            self._send(200, sim.magento_version.encode(), "text/plain; charset=UTF-8")
            return None
        if not path.startswith("/rest/"):
            self._send(404, NOT_FOUND_PAGE, "text/html")
            return None
        parts = path[len("/rest/"):].split("/")
        if parts and parts[0] != "V1":
            code = parts.pop(0)
            if code not in sim.store_codes and code != "all":
                self._error(404, MSG_NO_ROUTE)
                return None
        if not parts or parts[0] != "V1":
            self._error(404, MSG_NO_ROUTE)
            return None
        return "/".join(parts[1:])

    def _resource(self, route: str) -> str | None:
        """The ACL resource of a known route; None when Magento knows no such route."""
        sim = self.simulator
        resource = ROUTES.get(route)
        if route.startswith("cobby/") and sim.connector_module == "Mash2_Cobby":
            # cobby 1.x: its own ACL resource, and no setup route at all.
            resource = None if route == "cobby/setup" else "Mash2_Cobby::cobby"
        if route.startswith("cobby/") and not sim.cobby_installed:
            return None
        return resource
