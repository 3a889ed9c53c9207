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
    magento_code_for,
    unexpected,
)
from cobby_desktop.magento1.rpc import M1RpcClient
from cobby_desktop.results import Evidence
from cobby_desktop.secret import Secret, reveal

log = logging.getLogger(__name__)

XMLRPC_PATH = "/api/xmlrpc/"


class M1XmlRpc(M1RpcClient):
    protocol = "xmlrpc"

    def resources(self, session_id: Secret | str) -> Any:
        return self._rpc("resources", [reveal(session_id)])

    def _rpc(self, method: str, params: list[Any], label: str | None = None) -> Any:
        label = label or method
        body = xmlrpc.client.dumps(
            tuple(params), methodname=method, encoding="utf-8", allow_none=False
        )
        log.debug("XML-RPC %s -> %s", label, self.endpoint)
        reply = self._post(body.encode("utf-8"), "text/xml", label)
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
