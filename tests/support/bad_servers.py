"""Real loopback servers that misbehave the way shops in the wild do.

Each server binds 127.0.0.1 on a free port, runs in a daemon thread and stops
when its context manager exits. Certificates are generated on the fly with
the cryptography package.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import http.client
import socket
import ssl
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from tests.support import magento_pages as pages

# (method, path, headers, body) -> (status, headers, body)
Handler = Callable[[str, str, dict[str, str], bytes], tuple[int, dict[str, str], bytes]]


# ---------------------------------------------------------------- certificates


@dataclass(frozen=True)
class CertPair:
    cert_pem: str
    key_pem: str
    cert_file: str
    key_file: str


def make_cert(
    *,
    hosts: tuple[str, ...] = ("localhost", "127.0.0.1"),
    expired: bool = False,
    common_name: str = "localhost",
    directory: str | None = None,
) -> CertPair:
    """A self-signed certificate (also usable as its own CA for `ca_file`)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = dt.datetime.now(dt.UTC)
    if expired:
        start, end = now - dt.timedelta(days=400), now - dt.timedelta(days=30)
    else:
        start, end = now - dt.timedelta(days=1), now + dt.timedelta(days=30)
    sans: list[x509.GeneralName] = []
    for h in hosts:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(h)))
        except ValueError:
            sans.append(x509.DNSName(h))
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(ski, critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ski), critical=False
        )
        .sign(key, hashes.SHA256())
    )
    cert_pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    key_pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    folder = Path(directory or tempfile.mkdtemp(prefix="cobby-cert-"))
    stem = format(cert.serial_number, "x")  # unique per certificate
    cert_file, key_file = folder / f"{stem}.crt", folder / f"{stem}.key"
    cert_file.write_text(cert_pem)
    key_file.write_text(key_pem)
    return CertPair(cert_pem, key_pem, str(cert_file), str(key_file))


# ---------------------------------------------------------------- servers


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def _make_handler(handler: Handler) -> type[BaseHTTPRequestHandler]:
    class H(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def _serve(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            hdrs = {k.lower(): v for k, v in self.headers.items()}
            status, out_headers, out_body = handler(self.command, self.path, hdrs, body)
            self.send_response(status)
            for k, v in out_headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(out_body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(out_body)

        do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _serve  # noqa: N815

    return H


@contextlib.contextmanager
def serve(handler: Handler, *, cert: CertPair | None = None) -> Iterator[str]:
    """Run `handler` on loopback; yields the base URL (http or https)."""
    server = _Server(("127.0.0.1", 0), _make_handler(handler))
    scheme = "http"
    if cert is not None:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(cert.cert_file, cert.key_file)
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _html(status: int, title: str, extra: dict[str, str] | None = None):
    body = f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
    body += "</body></html>"
    headers = {"Content-Type": "text/html; charset=UTF-8", **(extra or {})}
    return status, headers, body.encode()


def cms_site(method: str, path: str, headers: dict[str, str], body: bytes):
    """A WordPress-like site: front page 200, everything else an HTML 404."""
    if path in ("/", ""):
        return _html(200, "Welcome to our blog")
    return _html(404, "Page not found")


def firewall(method: str, path: str, headers: dict[str, str], body: bytes):
    """Cloudflare-like WAF that challenges every request."""
    return _html(
        403,
        "Attention Required! | Cloudflare",
        {"Server": "cloudflare", "CF-RAY": "8a1b2c3d4e5f6789-FRA", "cf-mitigated": "challenge"},
    )


_HTML = {"Content-Type": "text/html; charset=UTF-8"}


def maintenance(method: str, path: str, headers: dict[str, str], body: bytes):
    """Magento with maintenance.flag: its maintenance page on every path."""
    return 503, dict(_HTML), pages.MAINTENANCE_PAGE


def error_page(method: str, path: str, headers: dict[str, str], body: bytes):
    """Magento whose database is down: its error page, a report in var/report/."""
    return 503, dict(_HTML), pages.error_page()


def apache_503(method: str, path: str, headers: dict[str, str], body: bytes):
    """A web server whose backend is gone: its own 503 page, not Magento's."""
    return 503, {"Content-Type": "text/html; charset=iso-8859-1"}, pages.APACHE_503


def redirect_to(target: str) -> Handler:
    """Redirects every path to the same path under `target` (a base URL)."""

    def handle(method: str, path: str, headers: dict[str, str], body: bytes):
        return 301, {"Location": target.rstrip("/") + path}, b""

    return handle


def proxy_to(upstream: str) -> Handler:
    """Forwards every request to `upstream` (plain http) and relays the answer."""
    parts = urlsplit(upstream)

    def handle(method: str, path: str, headers: dict[str, str], body: bytes):
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        fwd = {k: v for k, v in headers.items() if k not in ("host", "content-length")}
        fwd["Host"] = headers.get("host", parts.netloc)
        conn.request(method, path, body=body or None, headers=fwd)
        resp = conn.getresponse()
        data = resp.read()
        out = {
            k: v
            for k, v in resp.getheaders()
            if k.lower() not in ("content-length", "transfer-encoding", "connection")
        }
        conn.close()
        return resp.status, out, data

    return handle


def basic_auth(user: str, password: str, inner: Handler) -> Handler:
    """Asks for HTTP basic auth (with an HTML body, like Apache) before `inner`."""
    expected = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()

    def handle(method: str, path: str, headers: dict[str, str], body: bytes):
        if headers.get("authorization") != expected:
            status, hdrs, page = _html(401, "401 Unauthorized")
            hdrs["WWW-Authenticate"] = 'Basic realm="Staging"'
            return status, hdrs, page
        # Like a real proxy: the shop never sees the basic-auth header.
        inner_headers = {k: v for k, v in headers.items() if k != "authorization"}
        return inner(method, path, inner_headers, body)

    return handle


@contextlib.contextmanager
def closed_port() -> Iterator[str]:
    """A URL whose port had a listener a moment ago and now refuses."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    yield f"http://127.0.0.1:{port}"


@contextlib.contextmanager
def silent_server() -> Iterator[str]:
    """Accepts connections and never answers (a hung shop)."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(16)
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def loop() -> None:
        s.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = s.accept()
                accepted.append(conn)
            except OSError:
                continue

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{s.getsockname()[1]}"
    finally:
        stop.set()
        t.join(1)
        for c in accepted:
            c.close()
        s.close()


@contextlib.contextmanager
def backlog_full() -> Iterator[str]:
    """A listener whose accept queue is full: new connection attempts time out."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(0)
    port = s.getsockname()[1]
    fillers: list[socket.socket] = []
    for _ in range(4):  # Linux keeps backlog+1 pending; extra SYNs are dropped
        f = socket.socket()
        f.setblocking(False)
        with contextlib.suppress(BlockingIOError, OSError):
            f.connect(("127.0.0.1", port))
        fillers.append(f)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        for f in fillers:
            f.close()
        s.close()


@contextlib.contextmanager
def closes_on_tls(upstream: str) -> Iterator[str]:
    """A plain-http port that hangs up on a TLS handshake (the client sees an
    unexpected EOF) and relays plain http to `upstream`."""
    up = urlsplit(upstream)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    listener.settimeout(0.05)
    stop = threading.Event()

    def pipe(src: socket.socket, dst: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := src.recv(65536):
                dst.sendall(data)
        with contextlib.suppress(OSError):
            dst.shutdown(socket.SHUT_WR)

    def relay(conn: socket.socket) -> None:
        first = conn.recv(1, socket.MSG_PEEK)
        if first == b"\x16":  # a TLS record: hang up without a word
            conn.close()
            return
        back = socket.create_connection((up.hostname, up.port))
        answer = threading.Thread(target=pipe, args=(back, conn), daemon=True)
        answer.start()
        pipe(conn, back)
        answer.join(5)
        conn.close()
        back.close()

    def loop() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            threading.Thread(target=relay, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(1)
        listener.close()


def make_private_ca_leaf(directory: str, *, hosts: tuple[str, ...] = ("localhost", "127.0.0.1")):
    """A private CA and a leaf it issued (not self-signed), as a company CA makes
    them. Returns (ca, leaf); leaf.cert_file holds the leaf and then the CA, the
    chain a server sends; leaf.cert_pem is the leaf alone (what is pinned)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    folder = Path(directory)

    def pem_key(key) -> str:  # noqa: ANN001
        return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                 serialization.NoEncryption()).decode()

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Example Private CA")])
    ca_ski = x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key())
    ca = (
        x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=60))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(ca_ski, critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    leaf_key = ec.generate_private_key(ec.SECP256R1())
    sans: list[x509.GeneralName] = []
    for h in hosts:
        try:
            sans.append(x509.IPAddress(ipaddress.ip_address(h)))
        except ValueError:
            sans.append(x509.DNSName(h))
    leaf = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]))
        .issuer_name(ca_name).public_key(leaf_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.SubjectAlternativeName(sans), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem = ca.public_bytes(serialization.Encoding.PEM).decode()
    leaf_pem = leaf.public_bytes(serialization.Encoding.PEM).decode()
    stem = format(leaf.serial_number, "x")
    files = {
        "ca.crt": ca_pem, "ca.key": pem_key(ca_key),
        f"{stem}.chain.crt": leaf_pem + ca_pem, f"{stem}.key": pem_key(leaf_key),
    }
    for name, text in files.items():
        (folder / name).write_text(text)
    ca_pair = CertPair(ca_pem, files["ca.key"], str(folder / "ca.crt"), str(folder / "ca.key"))
    leaf_pair = CertPair(leaf_pem, files[f"{stem}.key"], str(folder / f"{stem}.chain.crt"),
                         str(folder / f"{stem}.key"))
    return ca_pair, leaf_pair
