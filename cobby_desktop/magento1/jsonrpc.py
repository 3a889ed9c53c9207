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
    M1TransportProblem,
    check_reply,
    magento_code_for_text,
    net_problem,
    refuse_writing,
    unexpected,
)
from cobby_desktop.net.http import HttpSession, NetError
from cobby_desktop.results import Evidence
from cobby_desktop.secret import Secret, reveal

log = logging.getLogger(__name__)

JSON_PATH = "/api/cobby/json"
MAGENTO_FAULT = -32000


class M1JsonRpc:
    protocol = "jsonrpc"

    def __init__(self, session: HttpSession, endpoint: str) -> None:
        self.session = session
        self.endpoint = endpoint
        self._next_id = 0

    def login(self, user: str, api_key: Secret | str) -> Secret:
        sid = self._rpc("login", [user, reveal(api_key)])
        if not isinstance(sid, str) or not sid:
            raise M1TransportProblem(
                Evidence(self.endpoint, "login", 200, note="login gave no session id")
            )
        return Secret(sid)

    def call(self, session_id: Secret | str, method: str, args: list | None = None) -> Any:
        refuse_writing(method)
        return self._rpc("call", [reveal(session_id), method, args or []], label=method)

    def end_session(self, session_id: Secret | str) -> bool:
        return bool(self._rpc("endSession", [reveal(session_id)]))

    def _rpc(self, method: str, params: list, label: str | None = None) -> Any:
        label = label or method
        self._next_id += 1
        body = json.dumps({"method": method, "params": params, "id": self._next_id})
        log.debug("JSON-RPC %s -> %s", label, self.endpoint)
        try:
            reply = self.session.post(self.endpoint, body.encode("utf-8"), "application/json")
        except NetError as err:
            raise net_problem(err, self.endpoint, label) from None
        check_reply(reply, self.endpoint, label)
        try:
            answer = json.loads(reply.body) if reply.body.strip() else None
        except ValueError:
            answer = None
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
