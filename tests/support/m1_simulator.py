"""A loopback Magento 1 / OpenMage shop that speaks the cobby JSON-RPC route,
core XML-RPC and SOAP v1 with the fault codes, texts and HTTP statuses of
shared/reference/magento-1.md.

    with M1Simulator(users={"cobby_api": ApiUser("abc12345")}) as shop:
        check_m1(shop.url, "cobby_api", "abc12345")
        shop.requests  # [("POST", "/api/cobby/json"), ...]
"""

from __future__ import annotations

import base64
import json
import secrets
import threading
import time
import xmlrpc.client
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

from lxml import etree

from tests.support import magento_pages as pages

FAULTS = {
    0: "Unknown Error",
    1: "Internal Error. Please see log for details.",
    2: "Access denied.",
    3: "Invalid api path.",
    4: "Resource path is not callable.",
    5: "Session expired. Try to relogin.",
    6: 'Required parameter is missing, for more details see "exception.log".',
}

COBBY_METHODS = {"cobby_core_setup.export", "cobby_core_setup.import", "cobby_queue.getMaxQueueId"}
CORE_METHODS = {"magento.info"}

HTML_404 = (
    b"<!DOCTYPE html><html><head><title>404 Not Found 1</title></head>"
    b"<body><h1>Whoops, our bad...</h1><p>The page you requested was not found.</p></body></html>"
)
HTML_403 = (
    b"<!DOCTYPE html><html><head><title>Access denied</title></head><body>blocked</body></html>"
)
HTML_401 = b"<html><body><h1>401 Authorization Required</h1></body></html>"


@dataclass
class ApiUser:
    key: str
    active: bool = True
    role: str | None = "cobby"  # None: the user has no role
    cobby_resource: bool = True  # the role includes the `cobby` resource
    all_resources: bool = False


class _Fault(Exception):  # noqa: N818
    def __init__(self, code: int, text: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.text = text or FAULTS[code]


class M1Simulator:
    def __init__(
        self,
        users: dict[str, ApiUser] | None = None,
        *,
        connector: bool = True,
        soap_extension: bool = True,
        html_404_api: bool = False,
        basic_auth: tuple[str, str] | None = None,
        delay: float = 0.0,
        index_php_only: bool = False,
        block_jsonrpc: int | None = None,  # e.g. 403: a WAF answers HTML for /api/cobby/
        block_xmlrpc: int | None = None,
        redirect_to: str | None = None,  # every request answers 301 to this base URL
        wsdl_name: str = "Magento",  # "OpenMage" for OpenMage >= 19.4.17
        license_key: str = "cobby license key",
        license_schedule: Callable[[int], str] | None = None,
        probe_fault: int | None = None,  # make cobby_core_setup.export fail with this fault
        expire_next_calls: int = 0,  # the next N calls answer "Session expired."
        session_id_length: int = 32,
        cobby_version: str = "2.4.1.1",
        magento_version: str = "1.9.4.5",
        outage: str | None = None,  # "maintenance" (maintenance.flag) or "broken" (DB down)
        maintenance_ips: tuple[str, ...] = (),  # maintenance.ip: these callers get through
        basic_auth_scope: str = "shop",  # "api": only /api/ asks for the password
        connector_module: str | None = "Cobby_Connector",  # "Mash2_Cobby": cobby 1.x
        cobby_active: bool = True,  # the connector's own switch (cobby/settings/active)
    ) -> None:
        self.users = users if users is not None else {"cobby_api": ApiUser("cobby12345key")}
        self.connector = connector
        self.soap_extension = soap_extension
        self.html_404_api = html_404_api
        self.basic_auth = basic_auth
        self.delay = delay
        self.index_php_only = index_php_only
        self.block_jsonrpc = block_jsonrpc
        self.block_xmlrpc = block_xmlrpc
        self.redirect_to = redirect_to
        self.wsdl_name = wsdl_name
        self.license_key = license_key
        self.license_schedule = license_schedule
        self.probe_fault = probe_fault
        self.expire_next_calls = expire_next_calls
        self.session_id_length = session_id_length
        self.cobby_version = cobby_version
        self.magento_version = magento_version
        self.outage = outage
        self.maintenance_ips = maintenance_ips
        self.basic_auth_scope = basic_auth_scope
        self.connector_module = connector_module
        self.cobby_active = cobby_active
        self.requests: list[tuple[str, str]] = []
        self.calls: list[str] = []  # API methods run, e.g. "login", "cobby_core_setup.export"
        self.sessions: dict[str, str] = {}
        self.probe_calls = 0
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._port = 0

    # -- lifecycle ----------------------------------------------------------

    @property
    def url(self) -> str:
        assert self._port, "start the simulator first"
        return f"http://127.0.0.1:{self._port}"  # still valid after stop, for assertions

    def start(self) -> M1Simulator:
        sim = self

        class Handler(_Handler):
            simulator = sim

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._port = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> M1Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def expire_sessions(self) -> None:
        """Every open session is now expired (as after session_timeout)."""
        with self._lock:
            self.sessions.clear()

    # -- the API, protocol-independent -------------------------------------

    def api(self, method: str, params: list[Any]) -> Any:
        with self._lock:
            return self._api(method, params)

    def _api(self, method: str, params: list[Any]) -> Any:
        if method == "login":
            user, key = (list(params) + [None, None])[:2]
            self.calls.append("login")
            if not user or not key:
                raise _Fault(6)
            account = self.users.get(str(user))
            if (
                account is None
                or len(str(key)) > 256
                or account.key != str(key)
                or not account.active
                or account.role is None
            ):
                raise _Fault(2)
            sid = secrets.token_hex(self.session_id_length // 2)
            self.sessions[sid] = str(user)
            return sid
        if method == "endSession":
            self.calls.append("endSession")
            self.sessions.pop(str(params[0]) if params else "", None)
            return True
        if method in ("call", "resources"):
            sid = str(params[0]) if params else ""
            if sid not in self.sessions:
                self.calls.append(method)
                raise _Fault(5)
            account = self.users[self.sessions[sid]]
            if method == "resources":
                self.calls.append("resources")
                return self._resources(account)
            path = str(params[1]) if len(params) > 1 else ""
            self.calls.append(path)
            if self.expire_next_calls > 0:
                self.expire_next_calls -= 1
                del self.sessions[sid]
                raise _Fault(5)
            return self._call(account, path)
        raise _Fault(3)

    def _resources(self, account: ApiUser) -> list[dict[str, Any]]:
        out = []
        if self.connector and (account.cobby_resource or account.all_resources):
            out.append({"title": "cobby", "name": "cobby_core_setup", "methods": ["export"]})
        if account.all_resources:
            out.append({"title": "Magento info", "name": "magento", "methods": ["info"]})
        return out

    def _call(self, account: ApiUser, path: str) -> Any:
        current = self.connector and self.connector_module == "Cobby_Connector"
        known = CORE_METHODS | (COBBY_METHODS if current else set())
        if path not in known:
            raise _Fault(3)
        allowed = account.all_resources or (path in COBBY_METHODS and account.cobby_resource)
        if not allowed:
            raise _Fault(2)
        if path == "cobby_core_setup.export":
            if self.probe_fault is not None:
                raise _Fault(self.probe_fault)
            self.probe_calls += 1
            key = (
                self.license_schedule(self.probe_calls)
                if self.license_schedule
                else self.license_key
            )
            return [
                {
                    "license_key": key,
                    "cobby_version": self.cobby_version,
                    "magento_version": self.magento_version,
                    "cobby_active": self.cobby_active,
                    "memory": "1G",
                }
            ]
        if path == "cobby_core_setup.import":
            raise AssertionError("the app called a writing method")
        if path == "cobby_queue.getMaxQueueId":
            return 0
        return "Magento"

    # -- SOAP documents -----------------------------------------------------

    def wsdl(self) -> bytes:
        name = self.wsdl_name
        handler = (
            "Mage_Api_Model_Server_Handler" if name == "Magento" else "OpenMage_Api_V1_Handler"
        )
        ops = {
            "login": (["username:string", "apiKey:string"], "loginReturn:string"),
            "call": (
                ["sessionId:string", "resourcePath:string", "args:anyType"],
                "callReturn:anyType",
            ),
            "endSession": (["sessionId:string"], "endSessionReturn:boolean"),
            "resources": (["sessionId:string"], "resourcesReturn:typens:FixedArray"),
        }

        def part(spec: str) -> str:
            pname, ptype = spec.split(":", 1)
            ptype = ptype if ptype.startswith("typens:") else "xsd:" + ptype
            return f'<part name="{pname}" type="{ptype}"/>'

        messages = "".join(
            f'<message name="{op}">{"".join(part(p) for p in ins)}</message>'
            f'<message name="{op}Response">{part(out)}</message>'
            for op, (ins, out) in ops.items()
        )
        body = (
            f'<soap:body use="encoded" namespace="urn:{name}" '
            f'encodingStyle="http://schemas.xmlsoap.org/soap/encoding/"/>'
        )
        port_ops = "".join(
            f'<operation name="{op}"><input message="typens:{op}"/>'
            f'<output message="typens:{op}Response"/></operation>'
            for op in ops
        )
        binding_ops = "".join(
            f'<operation name="{op}"><soap:operation soapAction="urn:{handler}Action"/>'
            f"<input>{body}</input><output>{body}</output></operation>"
            for op in ops
        )
        # The address is deliberately wrong: the client must use the merchant's URL.
        return (
            '<?xml version="1.0" encoding="UTF-8"?>'
            f'<definitions xmlns:typens="urn:{name}" xmlns:xsd="http://www.w3.org/2001/XMLSchema"'
            ' xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"'
            ' xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"'
            ' xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns="http://schemas.xmlsoap.org/wsdl/"'
            f' name="{name}" targetNamespace="urn:{name}">'
            f'<types><schema xmlns="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:{name}">'
            '<import namespace="http://schemas.xmlsoap.org/soap/encoding/"'
            ' schemaLocation="http://schemas.xmlsoap.org/soap/encoding/"/>'
            '<complexType name="FixedArray"><complexContent>'
            '<restriction base="soapenc:Array">'
            '<attribute ref="soapenc:arrayType" wsdl:arrayType="xsd:anyType[]"/>'
            "</restriction></complexContent></complexType></schema></types>"
            f"{messages}"
            f'<portType name="{handler}PortType">{port_ops}</portType>'
            f'<binding name="{handler}Binding" type="typens:{handler}PortType">'
            '<soap:binding style="rpc" transport="http://schemas.xmlsoap.org/soap/http"/>'
            f"{binding_ops}</binding>"
            f'<service name="{name}Service">'
            f'<port name="{handler}Port" binding="typens:{handler}Binding">'
            '<soap:address location="http://wrong-host.invalid/index.php/api/soap/"/>'
            "</port></service></definitions>"
        ).encode()


def soap_fault(code: str, text: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">'
        f"<SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>{escape(code)}</faultcode>"
        f"<faultstring>{escape(text)}</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body>"
        "</SOAP-ENV:Envelope>"
    ).encode()


def _soap_value(name: str, value: Any) -> str:
    if isinstance(value, bool):
        return f'<{name} xsi:type="xsd:boolean">{"true" if value else "false"}</{name}>'
    if isinstance(value, int):
        return f'<{name} xsi:type="xsd:int">{value}</{name}>'
    if isinstance(value, dict):
        items = "".join(
            f"<item>{_soap_value('key', str(k))}{_soap_value('value', v)}</item>"
            for k, v in value.items()
        )
        return f'<{name} xsi:type="ns2:Map">{items}</{name}>'
    if isinstance(value, list):
        items = "".join(_soap_value("item", v) for v in value)
        kind = "ns2:Map" if value and isinstance(value[0], dict) else "xsd:anyType"
        return (
            f'<{name} SOAP-ENC:arrayType="{kind}[{len(value)}]" xsi:type="SOAP-ENC:Array">'
            f"{items}</{name}>"
        )
    if value is None:
        return f'<{name} xsi:nil="true"/>'
    return f'<{name} xsi:type="xsd:string">{escape(str(value))}</{name}>'


def soap_response(namespace: str, operation: str, value: Any) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"'
        f' xmlns:ns1="{namespace}" xmlns:xsd="http://www.w3.org/2001/XMLSchema"'
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"'
        ' xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/"'
        ' xmlns:ns2="http://xml.apache.org/xml-soap"'
        ' SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">'
        f"<SOAP-ENV:Body><ns1:{operation}Response>"
        f"{_soap_value(operation + 'Return', value)}"
        f"</ns1:{operation}Response></SOAP-ENV:Body></SOAP-ENV:Envelope>"
    ).encode()


def _soap_param(el: etree._Element) -> Any:
    children = [c for c in el if isinstance(c.tag, str)]
    if children:
        return [_soap_param(c) for c in children]
    return el.text or ""


def _php_json(value: Any) -> bytes:
    """JSON as PHP's json_encode writes it: no spaces, slashes escaped."""
    return json.dumps(value, separators=(",", ":")).replace("/", "\\/").encode()


class _Handler(BaseHTTPRequestHandler):
    # Headers and body go out separately; without this each answer on a kept-alive
    # connection waits ~40 ms for the client's delayed ACK.
    disable_nagle_algorithm = True
    simulator: M1Simulator
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
        pass

    def _send(
        self, status: int, body: bytes, content_types: tuple[str, ...], extra: dict | None = None
    ) -> None:
        self.send_response(status)
        for ctype in content_types:
            self.send_header("Content-Type", ctype)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _html(self, status: int, body: bytes, extra: dict | None = None) -> None:
        self._send(status, body, ("text/html; charset=UTF-8",), extra)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def _stopped_at_the_door(self) -> bool:
        """A password prompt, an outage or a redirect answered first."""
        sim = self.simulator
        protected = sim.basic_auth_scope == "shop" or "/api/" in self.path
        if sim.basic_auth and protected and not self._authorised(sim.basic_auth):
            self._html(401, HTML_401, {"WWW-Authenticate": 'Basic realm="Shop"'})
        elif sim.outage == "broken":
            self._html(503, pages.error_page())
        elif sim.outage == "maintenance" and self.client_address[0] not in sim.maintenance_ips:
            self._html(503, pages.MAINTENANCE_PAGE)
        elif sim.redirect_to:
            self._html(301, b"", {"Location": sim.redirect_to.rstrip("/") + self.path})
        else:
            return False
        return True

    def _handle(self, method: str) -> None:
        sim = self.simulator
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with sim._lock:
            sim.requests.append((method, self.path))
        if sim.delay:
            time.sleep(sim.delay)
        if self._stopped_at_the_door():
            return
        parts = urlsplit(self.path)
        path = parts.path
        if path.startswith("/index.php/"):
            path = path[len("/index.php") :]
        elif sim.index_php_only and path.startswith("/api/"):
            self._html(404, HTML_404)
            return
        if sim.html_404_api and path.startswith("/api/"):
            self._html(404, HTML_404)
            return
        route = "/api/mash2/json" if sim.connector_module == "Mash2_Cobby" else "/api/cobby/json"
        if path == route and method == "POST" and sim.connector:
            if sim.block_jsonrpc:
                self._html(sim.block_jsonrpc, HTML_403)
                return
            self._jsonrpc(body)
        elif path in ("/api/xmlrpc/", "/api/xmlrpc") and method == "POST":
            if sim.block_xmlrpc:
                self._html(sim.block_xmlrpc, HTML_403)
                return
            self._xmlrpc(body)
        elif path in ("/api/soap/", "/api/soap"):
            self._soap(method, parts.query, body)
        else:
            self._html(404, HTML_404)

    def _authorised(self, expected: tuple[str, str]) -> bool:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return False
        return (user, password) == expected

    # -- JSON-RPC -----------------------------------------------------------

    def _jsonrpc(self, body: bytes) -> None:
        types = ("application/json", "application/json; charset=UTF-8")
        try:
            request = json.loads(body)
        except ValueError:
            self._html(503, pages.error_page())
            return
        if not isinstance(request, dict) or not isinstance(request.get("method"), str):
            answer = {
                "error": {"code": -32600, "message": "Invalid Request", "data": None},
                "id": None,
            }
            self._send(200, _php_json(answer), types)
            return
        method = request["method"]
        params = request.get("params", [])
        if isinstance(params, dict):
            names = {
                "login": ("username", "apiKey"),
                "call": ("sessionId", "resourcePath", "args"),
                "endSession": ("sessionId",),
                "resources": ("sessionId",),
            }.get(method, ())
            params = [params.get(n) for n in names]
        has_id = "id" in request
        if method not in ("login", "call", "endSession", "resources"):
            answer = {"error": {"code": -32601, "message": "Method not found", "data": None}}
        else:
            try:
                answer = {"result": self.simulator.api(method, list(params or []))}
            except _Fault as fault:
                answer = {"error": {"code": -32000, "message": fault.text, "data": {}}}
        if not has_id:  # a notification: empty body
            self._send(200, b"", types)
            return
        answer["id"] = str(request["id"])
        self._send(200, _php_json(answer), types)

    # -- XML-RPC ------------------------------------------------------------

    def _xmlrpc(self, body: bytes) -> None:
        try:
            params, method = xmlrpc.client.loads(body)
            answer = xmlrpc.client.dumps(
                (self.simulator.api(method, list(params)),), methodresponse=True
            )
        except _Fault as fault:
            answer = xmlrpc.client.dumps(xmlrpc.client.Fault(fault.code, fault.text))
        except Exception:  # malformed request
            answer = xmlrpc.client.dumps(
                xmlrpc.client.Fault(-32700, "parse error. not well formed")
            )
        self._send(200, answer.encode(), ("text/xml; charset=UTF-8",))

    # -- SOAP v1 ------------------------------------------------------------

    def _soap(self, method: str, query: str, body: bytes) -> None:
        sim = self.simulator
        xml = ("text/xml; charset=UTF-8",)
        if not sim.soap_extension:
            self._send(500, soap_fault("0", "SOAP extension is not loaded."), xml)
            return
        if method == "GET":
            if "wsdl" in query:
                self._send(200, sim.wsdl(), xml)
            else:
                self._html(404, HTML_404)
            return
        try:
            parser = etree.XMLParser(resolve_entities=False, no_network=True)
            root = etree.fromstring(body, parser=parser)
            call = root.find("{http://schemas.xmlsoap.org/soap/envelope/}Body")[0]
            operation = etree.QName(call).localname
            params = [_soap_param(c) for c in call if isinstance(c.tag, str)]
        except (etree.XMLSyntaxError, TypeError, IndexError):
            self._send(500, soap_fault("Client", "Bad Request"), xml)
            return
        try:
            value = sim.api(operation, params)
        except _Fault as fault:
            self._send(200, soap_fault(str(fault.code), fault.text), xml)
            return
        self._send(200, soap_response(f"urn:{sim.wsdl_name}", operation, value), xml)
