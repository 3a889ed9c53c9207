"""What the three Magento 1 protocols have in common: faults, and answers
that are not API answers at all (redirects, HTML pages, basic auth, no network).

Every client raises `M1Fault` for a shop fault and `M1TransportProblem` when
the endpoint did not answer like a Magento API. Both carry `Evidence` and
never a secret.
"""

from __future__ import annotations

from cobby_desktop.net.http import NetError, NetFailure, Reply
from cobby_desktop.results import Evidence

ACCESS_DENIED = 2
INVALID_API_PATH = 3
NOT_CALLABLE = 4
SESSION_EXPIRED = 5
PARAMETER_MISSING = 6

# Magento's fault texts (the JSON-RPC route keeps only the text).
FAULT_TEXTS: dict[int, str] = {
    0: "Unknown Error",
    1: "Internal Error. Please see log for details.",
    2: "Access denied.",
    3: "Invalid api path.",
    4: "Resource path is not callable.",
    5: "Session expired. Try to relogin.",
    6: 'Required parameter is missing, for more details see "exception.log".',
}

SOAP_EXTENSION_MISSING_TEXT = "SOAP extension is not loaded."

# Only these methods may be called: everything the app needs is read-only, and
# a typo must never reach a writing method such as cobby_core_setup.import.
READ_ONLY_METHODS = frozenset(
    {"cobby_core_setup.export", "cobby_queue.getMaxQueueId", "magento.info"}
)
PROBE_METHOD = "cobby_core_setup.export"


def magento_code_for_text(text: str | None) -> int | None:
    """The Magento fault code behind a fault text (JSON-RPC loses the number)."""
    if not text:
        return None
    clean = text.strip()
    for code, known in FAULT_TEXTS.items():
        if clean == known:
            return code
    if clean.startswith("Required parameter is missing"):
        return PARAMETER_MISSING
    return None


def magento_code_for(code: object, text: str | None) -> int | None:
    if isinstance(code, int) and not isinstance(code, bool) and 0 <= code < 100:
        return code
    if isinstance(code, str) and code.strip().isdigit():
        return int(code.strip())
    return magento_code_for_text(text)


def refuse_writing(method: str) -> None:
    if method not in READ_ONLY_METHODS:
        raise PermissionError(f"{method} is not a read-only method; the app never calls it")


class M1Fault(Exception):  # noqa: N818 - a shop answer, not an error of ours
    """The shop answered with an API fault."""

    def __init__(self, evidence: Evidence, magento_code: int | None) -> None:
        super().__init__(f"{evidence.method}: fault {evidence.fault_code} {evidence.fault_text}")
        self.evidence = evidence
        self.magento_code = magento_code


class M1TransportProblem(Exception):  # noqa: N818
    """The endpoint gave no usable API answer."""

    def __init__(
        self,
        evidence: Evidence,
        *,
        net_failure: NetFailure | None = None,
        redirect_to: str | None = None,
        html: bool = False,
        basic_auth: bool = False,
    ) -> None:
        super().__init__(f"{evidence.method} {evidence.endpoint}: {evidence.note}")
        self.evidence = evidence
        self.net_failure = net_failure
        self.redirect_to = redirect_to
        self.html = html
        self.basic_auth = basic_auth

    @property
    def status(self) -> int | None:
        return self.evidence.http_status


def net_problem(err: NetError, endpoint: str, rpc_method: str) -> M1TransportProblem:
    evidence = Evidence(endpoint=endpoint, method=rpc_method, net_failure=err.kind, note=err.detail)
    return M1TransportProblem(evidence, net_failure=err.kind)


def check_reply(reply: Reply, endpoint: str, rpc_method: str) -> None:
    """Raise when the reply is clearly not the API talking."""
    if reply.is_redirect:
        raise M1TransportProblem(
            Evidence(endpoint, rpc_method, reply.status, note="redirect"),
            redirect_to=reply.location,
        )
    auth = reply.headers.get("www-authenticate", "")
    if reply.status == 401 and auth.lower().startswith("basic"):
        raise M1TransportProblem(
            Evidence(endpoint, rpc_method, reply.status, note="basic_auth"),
            basic_auth=True,
            html=reply.looks_html,
        )
    if reply.looks_html:
        raise M1TransportProblem(
            Evidence(endpoint, rpc_method, reply.status, note="html"), html=True
        )


def unexpected(reply: Reply, endpoint: str, rpc_method: str, note: str) -> M1TransportProblem:
    return M1TransportProblem(Evidence(endpoint, rpc_method, reply.status, note=note))
