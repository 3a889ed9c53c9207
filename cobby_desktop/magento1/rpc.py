"""The session calls of Magento 1's two RPC routes (cobby's JSON-RPC and the
core XML-RPC): both log in, call and end the session with the same methods and
arguments, and post one request body per call. Each subclass only encodes the
request and decodes the answer (`_rpc`).
"""

from __future__ import annotations

from typing import Any

from cobby_desktop.magento1.faults import (
    M1TransportProblem,
    check_reply,
    net_problem,
    refuse_writing,
)
from cobby_desktop.net.http import HttpSession, NetError, Reply
from cobby_desktop.results import Evidence
from cobby_desktop.secret import Secret, reveal


class M1RpcClient:
    protocol = ""

    def __init__(self, session: HttpSession, endpoint: str) -> None:
        self.session = session
        self.endpoint = endpoint

    def login(self, user: str, api_key: Secret | str) -> Secret:
        sid = self._rpc("login", [user, reveal(api_key)])
        if not isinstance(sid, str) or not sid:
            raise M1TransportProblem(
                Evidence(self.endpoint, "login", 200, note="no_session_id")
            )
        return Secret(sid)

    def call(self, session_id: Secret | str, method: str, args: list[Any] | None = None) -> Any:
        refuse_writing(method)
        return self._rpc("call", [reveal(session_id), method, args or []], label=method)

    def end_session(self, session_id: Secret | str) -> bool:
        return bool(self._rpc("endSession", [reveal(session_id)]))

    def _post(self, body: bytes, content_type: str, label: str) -> Reply:
        """Send one request; raise when the endpoint did not answer like an API."""
        try:
            reply = self.session.post(self.endpoint, body, content_type)
        except NetError as err:
            raise net_problem(err, self.endpoint, label) from None
        check_reply(reply, self.endpoint, label)
        return reply

    def _rpc(self, method: str, params: list[Any], label: str | None = None) -> Any:
        raise NotImplementedError
