"""Loopback servers that attack the check: they redirect keys away, record what
reaches them, nest JSON without end, trickle, inflate, or echo the request.

Every server binds 127.0.0.1 on a free port and stops with its context manager.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer

from tests.support.bad_servers import CertPair, Handler, _make_handler, _Server


@dataclass(frozen=True)
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def carries(self, secret: str) -> bool:
        """True if `secret` reached this server in any header, the path or the body."""
        import base64

        blob = self.path + "\n" + "\n".join(f"{k}: {v}" for k, v in self.headers.items())
        blob += "\n" + self.body.decode("utf-8", "replace")
        decoded = ""
        for v in self.headers.values():
            if v.lower().startswith("basic "):
                with contextlib.suppress(ValueError):
                    decoded += base64.b64decode(v[6:]).decode("utf-8", "replace")
        return secret in blob or secret in decoded


@dataclass
class Recorder:
    """Answers every request with a small HTML page and keeps what it received."""

    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, method: str, path: str, headers: dict[str, str], body: bytes):
        with self.lock:
            self.received.append(Received(method, path, dict(headers), body))
        page = b"<!DOCTYPE html><html><body>Welcome</body></html>"
        return 200, {"Content-Type": "text/html"}, page

    def leaked(self, *secrets: str) -> list[Received]:
        out = [r for r in self.received if "authorization" in r.headers]
        return out + [r for r in self.received for s in secrets if r.carries(s)]


def redirect_front_page(target: str, inner: Handler) -> Handler:
    """The front page redirects to `target`; every other path goes to `inner`."""

    def handle(method: str, path: str, headers: dict[str, str], body: bytes):
        if path in ("/", ""):
            return 301, {"Location": target}, b""
        return inner(method, path, headers, body)

    return handle


def redirect_all(target_base: str) -> Handler:
    """Every path redirects (301) to the same path under `target_base`."""

    def handle(method: str, path: str, headers: dict[str, str], body: bytes):
        location = target_base + path if "://" in target_base else target_base
        return 301, {"Location": location}, b""

    return handle


class _DualServer(_Server):
    """Speaks http and https on one port, like a shop whose http port redirects."""

    ssl_context: ssl.SSLContext | None = None

    def get_request(self):  # noqa: ANN201 - socketserver's signature
        conn, addr = self.socket.accept()
        conn.settimeout(5)
        try:
            first = conn.recv(1, socket.MSG_PEEK)
        except OSError:
            first = b""
        if first == b"\x16" and self.ssl_context is not None:  # a TLS ClientHello
            conn = self.ssl_context.wrap_socket(conn, server_side=True)
        conn.settimeout(None)
        return conn, addr


@contextlib.contextmanager
def serve_dual(plain: Handler, secure: Handler, cert: CertPair) -> Iterator[int]:
    """http requests go to `plain`, https requests to `secure`, on one port."""

    server = _DualServer(("127.0.0.1", 0), _by_scheme(plain, secure))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert.cert_file, cert.key_file)
    server.ssl_context = ctx
    with _running(server):
        yield server.server_address[1]


def _by_scheme(plain: Handler, secure: Handler):
    """A handler class that asks its socket whether it is TLS."""
    plain_cls, secure_cls = _make_handler(plain), _make_handler(secure)

    class H(plain_cls):  # type: ignore[misc, valid-type]
        def _serve(self) -> None:
            cls = secure_cls if isinstance(self.connection, ssl.SSLSocket) else plain_cls
            cls._serve(self)

        do_GET = do_POST = do_PUT = do_HEAD = do_DELETE = _serve  # noqa: N815

    return H


@contextlib.contextmanager
def _running(server: ThreadingHTTPServer) -> Iterator[None]:
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------- raw socket shops


@contextlib.contextmanager
def raw_server(respond) -> Iterator[str]:  # noqa: ANN001 - callable(conn) -> None
    """A listener that hands each connection to `respond(conn)` on its own thread."""
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    s.listen(16)
    stop = threading.Event()
    conns: list[socket.socket] = []

    def serve_one(conn: socket.socket) -> None:
        with contextlib.suppress(OSError):
            _read_request_head(conn)
            respond(conn, stop)
        with contextlib.suppress(OSError):
            conn.close()

    def loop() -> None:
        s.settimeout(0.05)
        while not stop.is_set():
            try:
                conn, _ = s.accept()
            except OSError:
                continue
            conns.append(conn)
            threading.Thread(target=serve_one, args=(conn,), daemon=True).start()

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{s.getsockname()[1]}"
    finally:
        stop.set()
        t.join(1)
        for c in conns:
            with contextlib.suppress(OSError):
                c.close()
        s.close()


def _read_request_head(conn: socket.socket) -> bytes:
    conn.settimeout(5)
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 65536:
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    return data


def trickle(conn: socket.socket, stop: threading.Event, interval: float = 0.2) -> None:
    """Headers at once, then one byte of body every `interval` seconds, for ever."""
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 100000\r\n\r\n"
    )
    while not stop.is_set():
        conn.sendall(b"x")
        time.sleep(interval)


def gzip_bomb(size: int) -> bytes:
    """`size` zero bytes, gzip-compressed (a few kilobytes on the wire)."""
    return gzip.compress(b"\0" * size, compresslevel=9)


def deep_json(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth
