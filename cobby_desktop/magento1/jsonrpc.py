"""Client for the cobby connector's JSON-RPC route (`/api/cobby/json`).

This is the route cobby's own service uses. Magento faults lose their number
here (all are -32000), so they are told apart by text. Also used on its own by
the connection-proof poller; it only ever calls read-only methods.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from cobby_desktop.magento1.faults import (
    M1Fault,
    magento_code_for_text,
    unexpected,
)
from cobby_desktop.magento1.rpc import M1RpcClient
from cobby_desktop.net.http import HttpSession, untrusted_json
from cobby_desktop.results import Evidence

log = logging.getLogger(__name__)

JSON_PATH = "/api/cobby/json"
MAGENTO_FAULT = -32000


class M1JsonRpc(M1RpcClient):
    protocol = "jsonrpc"

    def __init__(self, session: HttpSession, endpoint: str) -> None:
        super().__init__(session, endpoint)
        self._next_id = 0

    def _rpc(self, method: str, params: list[Any], label: str | None = None) -> Any:
        label = label or method
        self._next_id += 1
        body = json.dumps({"method": method, "params": params, "id": self._next_id})
        log.debug("JSON-RPC %s -> %s", label, self.endpoint)
        reply = self._post(body.encode("utf-8"), "application/json", label)
        answer = untrusted_json(reply.body) if reply.body.strip() else None
        if not isinstance(answer, dict) or not ("result" in answer or "error" in answer):
            raise unexpected(reply, self.endpoint, label, "not a JSON-RPC answer")
        error = answer.get("error")
        if error is not None:
            error = error if isinstance(error, dict) else {"message": str(error)}
            code, text = error.get("code"), str(error.get("message", ""))
            magento = magento_code_for_text(text) if code == MAGENTO_FAULT else None
            evidence = Evidence(
                self.endpoint,
                label,
                reply.status,
                fault_code=str(code),
                fault_text=text,
                note=f"magento_fault={magento}" if magento is not None else "",
            )
            log.debug("JSON-RPC %s fault %s", label, code)
            raise M1Fault(evidence, magento)
        if reply.status != 200:
            raise unexpected(reply, self.endpoint, label, "unexpected HTTP status")
        return answer["result"]

    def evidence(self, label: str) -> Evidence:
        """The record of a successful call (for the support report)."""
        return Evidence(self.endpoint, label, 200)
