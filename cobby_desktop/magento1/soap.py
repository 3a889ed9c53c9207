"""Client for Magento 1's SOAP v1 API (`/api/soap/?wsdl`), through zeep.

zeep fetches through the app's own `HttpSession` (timeouts, size caps, TLS
policy and request counting apply), never follows the WSDL's `soap:address`
(the shop builds it and may get scheme or host wrong) and never downloads
anything but the WSDL itself: the SOAP-encoding schema the WSDL imports is
served from the copy shipped in resources/.
"""

from __future__ import annotations

import io
import logging
from dataclasses import dataclass
from typing import Any

import httpx
import zeep
import zeep.exceptions
from lxml import etree

from cobby_desktop.magento1.faults import (
    SOAP_EXTENSION_MISSING_TEXT,
    M1Fault,
    M1TransportProblem,
    check_reply,
    magento_code_for,
    net_problem,
    refuse_writing,
    unexpected,
)
from cobby_desktop.net.http import HttpSession, NetError, Reply
from cobby_desktop.paths import resource_path
from cobby_desktop.results import Evidence
from cobby_desktop.secret import Secret, reveal

log = logging.getLogger(__name__)

SOAP_PATH = "/api/soap/"
SOAP_ENC_NS = "http://schemas.xmlsoap.org/soap/encoding/"
XSD_NS = "http://www.w3.org/2001/XMLSchema"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
SOAP_ENV_NS = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP_ENC_XSD = "soap-encoding.xsd"


def local_soap_encoding_uri() -> str:
    return resource_path(SOAP_ENC_XSD).as_uri()


def parse_untrusted_xml(body: bytes) -> etree._Element:
    """Parse XML from a shop: no DTD, no entities, no network."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    root = etree.fromstring(body, parser=parser)
    docinfo = root.getroottree().docinfo
    if docinfo.doctype or (docinfo.internalDTD is not None):
        raise ValueError("XML with a DTD refused")
    return root


@dataclass
class _ZeepReply:
    """The few attributes of a requests.Response that zeep reads."""

    status_code: int
    headers: httpx.Headers
    content: bytes
    encoding: str | None = None


class HttpSessionTransport(zeep.Transport):
    """zeep transport on the app's HttpSession; refuses every download but the
    shipped SOAP-encoding schema (read from disk)."""

    def __init__(self, session: HttpSession) -> None:
        # zeep's own set-up, as its docs show for a custom transport; the
        # requests.Session it makes is never used: load, get and post below
        # go through the app's HttpSession.
        super().__init__(cache=None)  # type: ignore[no-untyped-call]
        self.http = session

    def load(self, url: str) -> bytes:
        if url in (local_soap_encoding_uri(), SOAP_ENC_NS, SOAP_ENC_NS.rstrip("/")):
            return resource_path(SOAP_ENC_XSD).read_bytes()
        raise zeep.exceptions.ExternalReferenceForbidden(url)

    def get(self, address: str, params: Any, headers: dict[str, str]) -> _ZeepReply:
        return self._send("GET", address, None, headers)

    def post(self, address: str, message: bytes | str, headers: dict[str, str]) -> _ZeepReply:
        data = message.encode("utf-8") if isinstance(message, str) else message
        return self._send("POST", address, data, headers)

    def _send(
        self, method: str, address: str, data: bytes | None, headers: dict[str, str]
    ) -> _ZeepReply:
        label = f"SOAP {headers.get('SOAPAction', '').strip(chr(34)) or method}"
        try:
            reply = self.http.request(method, address, headers=headers, content=data)
        except NetError as err:
            raise net_problem(err, address, label) from None
        check_reply(reply, address, label)
        return _ZeepReply(reply.status, reply.headers, reply.body)


def _fault_in(body: bytes) -> tuple[str, str] | None:
    """(faultcode, faultstring) when the XML is a SOAP fault."""
    try:
        root = parse_untrusted_xml(body)
    except (etree.XMLSyntaxError, ValueError):
        return None
    fault = root.find(f".//{{{SOAP_ENV_NS}}}Fault")
    if fault is None:
        return None
    return (fault.findtext("faultcode") or "").strip(), (
        fault.findtext("faultstring") or ""
    ).strip()


def decode_encoded(el: etree._Element) -> Any:
    """Decode a SOAP-encoded value, including the ns2:Map items zeep cannot."""
    if el.get(f"{{{XSI_NS}}}nil") in ("true", "1"):
        return None
    kind = (el.get(f"{{{XSI_NS}}}type") or "").rsplit(":", 1)[-1]
    children = [c for c in el if isinstance(c.tag, str)]
    if kind == "Map":
        out: dict[str, Any] = {}
        for item in children:
            key, value = item.find("key"), item.find("value")
            if key is not None:
                out[str(decode_encoded(key))] = decode_encoded(value) if value is not None else None
        return out
    if kind == "Array" or el.get(f"{{{SOAP_ENC_NS}}}arrayType"):
        return [decode_encoded(c) for c in children]
    if children:
        return {etree.QName(c).localname: decode_encoded(c) for c in children}
    text = el.text or ""
    if kind == "boolean":
        return text.strip() in ("true", "1")
    if kind in ("int", "integer", "long"):
        try:
            return int(text)
        except ValueError:
            return text
    return text


class M1Soap:
    protocol = "soap"

    def __init__(self, session: HttpSession, endpoint: str) -> None:
        """`endpoint` is the merchant's SOAP URL, e.g. https://shop/api/soap/."""
        self.session = session
        self.endpoint = endpoint
        self.wsdl_url = endpoint + "?wsdl"
        self.namespace: str | None = None
        self.binding_name: str | None = None
        self.port_name: str | None = None
        self._client: zeep.Client | None = None
        self._service: Any = None

    # -- WSDL ---------------------------------------------------------------

    def _load(self) -> None:
        if self._service is not None:
            return
        label = "GET wsdl"
        try:
            reply = self.session.get(self.wsdl_url)
        except NetError as err:
            raise net_problem(err, self.wsdl_url, label) from None
        check_reply(reply, self.wsdl_url, label)
        self._raise_soap_missing(reply, self.wsdl_url, label)
        if reply.status != 200:
            raise unexpected(reply, self.wsdl_url, label, "unexpected HTTP status")
        try:
            wsdl = self._localise_imports(reply.body)
            settings = zeep.Settings(
                strict=True, forbid_dtd=True, forbid_entities=True, forbid_external=True
            )
            transport = HttpSessionTransport(self.session)
            client = zeep.Client(wsdl=io.BytesIO(wsdl), transport=transport, settings=settings)
            service, port = self._pick_port(client)
        except M1TransportProblem:
            raise
        except (zeep.exceptions.Error, etree.XMLSyntaxError, ValueError, KeyError) as exc:
            log.debug("WSDL refused", exc_info=True)
            raise unexpected(
                reply, self.wsdl_url, label, f"unusable WSDL: {type(exc).__name__}"
            ) from None
        self.port_name = port.name
        self.binding_name = port.binding.name.text
        self._client = client
        self._service = client.create_service(port.binding.name, self.endpoint)
        log.debug(
            "SOAP WSDL %s: namespace %s, binding %s",
            self.wsdl_url,
            self.namespace,
            self.binding_name,
        )

    def _localise_imports(self, body: bytes) -> bytes:
        """Point every schema's SOAP-encoding import at the shipped copy."""
        root = parse_untrusted_xml(body)
        if etree.QName(root).namespace != WSDL_NS:
            raise ValueError("not a WSDL document")
        self.namespace = root.get("targetNamespace")
        local = local_soap_encoding_uri()
        for schema in root.iter(f"{{{XSD_NS}}}schema"):
            imports = [
                i
                for i in schema.findall(f"{{{XSD_NS}}}import")
                if i.get("namespace") == SOAP_ENC_NS
            ]
            if not imports:
                node = etree.Element(f"{{{XSD_NS}}}import", namespace=SOAP_ENC_NS)
                schema.insert(0, node)
                imports = [node]
            for node in imports:
                node.set("schemaLocation", local)
        data: bytes = etree.tostring(root, xml_declaration=True, encoding="utf-8")
        return data

    @staticmethod
    def _pick_port(client: zeep.Client) -> tuple[Any, Any]:
        for service in client.wsdl.services.values():
            for port in service.ports.values():
                if "login" in port.binding.all():
                    return service, port
        raise ValueError("no port with a login operation")

    def _raise_soap_missing(self, reply: Reply, endpoint: str, label: str) -> None:
        fault = _fault_in(reply.body)
        if fault and fault[1] == SOAP_EXTENSION_MISSING_TEXT:
            raise M1TransportProblem(
                Evidence(
                    endpoint,
                    label,
                    reply.status,
                    fault_code=fault[0],
                    fault_text=fault[1],
                    note="soap_extension_missing",
                )
            )

    # -- calls --------------------------------------------------------------

    def _invoke(self, operation: str, *args: Any, label: str | None = None) -> Any:
        self._load()
        label = label or operation
        log.debug("SOAP %s -> %s", label, self.endpoint)
        try:
            return getattr(self._service, operation)(*args)
        except zeep.exceptions.Fault as fault:
            code, text = str(fault.code or "").strip(), str(fault.message or "").strip()
            evidence = Evidence(self.endpoint, label, 200, fault_code=code, fault_text=text)
            if text == SOAP_EXTENSION_MISSING_TEXT:
                raise M1TransportProblem(
                    Evidence(
                        self.endpoint,
                        label,
                        fault_code=code,
                        fault_text=text,
                        note="soap_extension_missing",
                    )
                ) from None
            raise M1Fault(evidence, magento_code_for(code, text)) from None
        except zeep.exceptions.TransportError as exc:
            raise M1TransportProblem(
                Evidence(self.endpoint, label, exc.status_code, note="soap_transport_error")
            ) from None
        except (zeep.exceptions.Error, etree.XMLSyntaxError) as exc:
            raise M1TransportProblem(
                Evidence(self.endpoint, label, note=f"not_soap_answer={type(exc).__name__}")
            ) from None

    def login(self, user: str, api_key: Secret | str) -> Secret:
        sid = self._invoke("login", user, reveal(api_key))
        if not isinstance(sid, str) or not sid:
            raise M1TransportProblem(Evidence(self.endpoint, "login", 200, note="no_session_id"))
        return Secret(sid)

    def resources(self, session_id: Secret | str) -> Any:
        return self._invoke_raw("resources", reveal(session_id))

    def end_session(self, session_id: Secret | str) -> bool:
        return bool(self._invoke("endSession", reveal(session_id)))

    def call(self, session_id: Secret | str, method: str, args: list[Any] | None = None) -> Any:
        refuse_writing(method)
        # No args: the element is left out and Magento uses its default, array().
        return self._invoke_raw(
            "call", reveal(session_id), method, args or zeep.xsd.SkipValue, label=method
        )

    def _invoke_raw(self, operation: str, *args: Any, label: str | None = None) -> Any:
        """Answers are decoded here, not by zeep: cobby's rows are ns2:Map items."""
        label = label or operation
        self._load()
        assert self._client is not None
        with self._client.settings(raw_response=True):
            raw = self._invoke(operation, *args, label=label)
        if not isinstance(raw, _ZeepReply):
            raise M1TransportProblem(Evidence(self.endpoint, label, note="no_raw_answer"))
        fault = _fault_in(raw.content)
        if fault:
            code, text = fault
            if text == SOAP_EXTENSION_MISSING_TEXT:
                raise M1TransportProblem(
                    Evidence(
                        self.endpoint,
                        label,
                        raw.status_code,
                        fault_code=code,
                        fault_text=text,
                        note="soap_extension_missing",
                    )
                )
            evidence = Evidence(
                self.endpoint, label, raw.status_code, fault_code=code, fault_text=text
            )
            raise M1Fault(evidence, magento_code_for(code, text))
        try:
            root = parse_untrusted_xml(raw.content)
        except (etree.XMLSyntaxError, ValueError):
            raise M1TransportProblem(
                Evidence(self.endpoint, label, raw.status_code, note="not_soap_answer")
            ) from None
        body = root.find(f"{{{SOAP_ENV_NS}}}Body")
        response = body[0] if body is not None and len(body) else None
        value = response[0] if response is not None and len(response) else None
        if value is None or raw.status_code != 200:
            raise M1TransportProblem(
                Evidence(self.endpoint, label, raw.status_code, note="empty_soap_answer")
            )
        return decode_encoded(value)
