"""Client for Magento 1's core XML-RPC API (`/api/xmlrpc/`).

Used to tell "cobby connector missing" from "credentials wrong" and to answer
when the JSON-RPC route is blocked. Answers are parsed only after defusedxml
has refused DTDs and entities: the shop is not trusted to send safe XML.
"""

from __future__ import annotations

import logging
import xmlrpc.client
from typing import Any
from xml.parsers.expat import ExpatError

import defusedxml
import defusedxml.ElementTree as SafeET

from cobby_desktop.magento1.faults import (
    M1Fault,
    M1TransportProblem,
    check_reply,
    magento_code_for,
    net_problem,
    refuse_writing,
    unexpected,
)
from cobby_desktop.net.http import HttpSession, NetError
from cobby_desktop.results import Evidence
from cobby_desktop.secret import Secret, reveal

log = logging.getLogger(__name__)

XMLRPC_PATH = "/api/xmlrpc/"


class M1XmlRpc:
    protocol = "xmlrpc"

    def __init__(self, session: HttpSession, endpoint: str) -> None:
        self.session = session
        self.endpoint = endpoint

    def login(self, user: str, api_key: Secret | str) -> Secret:
        sid = self._rpc("login", (user, reveal(api_key)))
        if not isinstance(sid, str) or not sid:
            raise M1TransportProblem(
                Evidence(self.endpoint, "login", 200, note="login gave no session id")
            )
        return Secret(sid)

    def call(self, session_id: Secret | str, method: str, args: list | None = None) -> Any:
        refuse_writing(method)
        return self._rpc("call", (reveal(session_id), method, args or []), label=method)

    def resources(self, session_id: Secret | str) -> Any:
        return self._rpc("resources", (reveal(session_id),))

    def end_session(self, session_id: Secret | str) -> bool:
        return bool(self._rpc("endSession", (reveal(session_id),)))

    def _rpc(self, method: str, params: tuple, label: str | None = None) -> Any:
        label = label or method
        body = xmlrpc.client.dumps(params, methodname=method, encoding="utf-8", allow_none=False)
        log.debug("XML-RPC %s -> %s", label, self.endpoint)
        try:
            reply = self.session.post(self.endpoint, body.encode("utf-8"), "text/xml")
        except NetError as err:
            raise net_problem(err, self.endpoint, label) from None
        check_reply(reply, self.endpoint, label)
        try:
            SafeET.fromstring(reply.body, forbid_dtd=True)
        except defusedxml.DefusedXmlException:
            raise unexpected(
                reply, self.endpoint, label, "XML with DTD or entities refused"
            ) from None
        except SafeET.ParseError:
            raise unexpected(reply, self.endpoint, label, "not an XML-RPC answer") from None
        try:
            values, _ = xmlrpc.client.loads(reply.body)
        except xmlrpc.client.Fault as fault:
            code, text = fault.faultCode, str(fault.faultString)
            magento = magento_code_for(code, text)
            log.debug("XML-RPC %s fault %s", label, code)
            raise M1Fault(
                Evidence(self.endpoint, label, reply.status, fault_code=str(code), fault_text=text),
                magento,
            ) from None
        except (xmlrpc.client.ResponseError, ExpatError, ValueError, TypeError):
            raise unexpected(reply, self.endpoint, label, "not an XML-RPC answer") from None
        if reply.status != 200 or not values:
            raise unexpected(reply, self.endpoint, label, "unexpected XML-RPC answer")
        return values[0]
