"""Every problem the connection check can name: stable code, severity, title,
explanation and numbered fix steps per Magento version.

Every text is an entry of the one message catalogue (QT_TRANSLATE_NOOP, context
"Findings"); `localized` puts a finding into the reader's language where shown.
Codes never change once released: support, history and scripts rely on them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from cobby_desktop import magento_admin
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Source, entry, fill
from cobby_desktop.results import Evidence


class Severity(enum.StrEnum):
    FAILURE = "failure"  # cobby cannot reach the shop until this is fixed
    WARNING = "warning"  # works now, but something needs attention
    NOTICE = "notice"  # good to know, nothing is broken


@dataclass(frozen=True)
class FindingSpec:
    code: str
    severity: Severity
    title: str
    explanation: str
    fix_m1: tuple[str, ...]
    fix_m2: tuple[str, ...]


@dataclass(frozen=True)
class Finding:
    code: str
    severity: Severity
    title: str
    detail: str  # this case's specifics; never a secret
    fix: tuple[str, ...]
    evidence: tuple[Evidence, ...] = ()
    explanation: str = ""
    # This case's facts by name (host, scope, seconds, ...): what tests and
    # scripts read, and what a translated text is filled from. Never a secret.
    params: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    detail_key: str = ""  # the DETAILS template the detail was written from, if any

    def param(self, name: str) -> str | None:
        return self.params.get(name)

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "title": self.title,
            # What it means in merchant words, then this case's specifics.
            "detail": " ".join(p for p in (self.explanation, self.detail) if p),
            "fix": list(self.fix),
            "params": dict(self.params),
        }


M1_USERS = "System > Web Services > SOAP/XML-RPC - Users"
M1_ROLES = "System > Web Services > SOAP/XML-RPC - Roles"
M2_INTEGRATIONS = "System > Extensions > Integrations"
# The connector's own switch, from its system.xml (section cobby, tab Services,
# group General Settings, field Active; config path cobby/settings/active).
M1_COBBY_ACTIVE = "System > Configuration > Services > cobby > General Settings > Active"
M2_COBBY_ACTIVE = "Stores > Configuration > Services > cobby > General Settings > Active"
# cobby's service calls shops from these addresses (cobby's installation docs).
COBBY_SERVICE_ADDRESSES = ("78.46.90.150", "138.201.83.227", "157.90.208.180", "157.90.208.174")
_ADDRESSES = ", ".join(COBBY_SERVICE_ADDRESSES)
ALLOW_ADDRESSES = f"cobby's service addresses {_ADDRESSES}"

# code -> spec, filled by define_finding (findings_network, findings_magento).
CATALOGUE: dict[str, FindingSpec] = {}

# The Magento admin paths the fix steps name as {placeholders}: filled with the
# labels of the admin's language (cobby_desktop.magento_admin) where shown.
ADMIN_PATHS: dict[str, Source] = {
    "m1_users": magento_admin.M1_USERS,
    "m1_roles": magento_admin.M1_ROLES,
    "m2_integrations": magento_admin.M2_INTEGRATIONS,
    "m1_cobby_active": magento_admin.M1_COBBY_ACTIVE,
    "m2_cobby_active": magento_admin.M2_COBBY_ACTIVE,
}
_ENGLISH_PATHS = {name: source.text for name, source in ADMIN_PATHS.items()}
_ENGLISH_PATHS["addresses"] = _ADDRESSES  # numbers, the same in every language


@dataclass(frozen=True)
class _Texts:
    title: Source
    explanation: Source
    fix_m1: tuple[Source, ...]
    fix_m2: tuple[Source, ...]


_SOURCES: dict[str, _Texts] = {}


def _en(source: Source) -> str:
    return fill(source.text, _ENGLISH_PATHS)


def define_finding(
    code: str,
    severity: Severity,
    title: Source,
    explanation: Source,
    fix_m1: tuple[Source, ...],
    fix_m2: tuple[Source, ...] | None = None,
) -> None:
    """One finding: its texts are catalogue entries finding.<code>.title,
    .explanation and .fix_m1.<n> / .fix_m2.<n> (context "Findings")."""
    fix_m2 = fix_m1 if fix_m2 is None else fix_m2
    entry(f"finding.{code}.title", title)
    entry(f"finding.{code}.explanation", explanation)
    for number, step in enumerate(fix_m1, 1):
        entry(f"finding.{code}.fix_m1.{number}", step)
    if fix_m2 is not fix_m1:
        for number, step in enumerate(fix_m2, 1):
            entry(f"finding.{code}.fix_m2.{number}", step)
    _SOURCES[code] = _Texts(title, explanation, fix_m1, fix_m2)
    CATALOGUE[code] = FindingSpec(
        code, severity, _en(title), _en(explanation),
        tuple(_en(s) for s in fix_m1), tuple(_en(s) for s in fix_m2),
    )



# This case's details, filled from the finding's params. Keyed by the code, or
# by "code/variant" where one code has several observed shapes; each is the
# catalogue entry finding.detail.<key> (context "Findings"), so `localized`
# writes the detail again in the reader's language from the same params.
DETAILS: dict[str, Source] = {
    "tls.unavailable": QT_TRANSLATE_NOOP(
        "Findings",
        "{host} port {port} answered the https handshake in plain http (no "
        "certificate).",
    ),
    "http.unencrypted": QT_TRANSLATE_NOOP(
        "Findings",
        "The check used {url}.",
    ),
    "http.maintenance": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered HTTP {status} with Magento's maintenance page.",
    ),
    "shop.error_page": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered HTTP {status} with Magento's error page.",
    ),
    "shop.error_page/report": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered HTTP {status} with Magento's error page; error log record "
        "number {report}.",
    ),
    "http.unavailable": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answered HTTP {status} with a page of the web server.",
    ),
    "http.basic_auth/shop": QT_TRANSLATE_NOOP(
        "Findings",
        "The whole shop asks for a password: {url} answered HTTP 401.",
    ),
    "http.basic_auth/api": QT_TRANSLATE_NOOP(
        "Findings",
        "Only the API asks for a password: the shop's pages open, {url} answered HTTP "
        "401.",
    ),
    "http.basic_auth/rest": QT_TRANSLATE_NOOP(
        "Findings",
        "Only the REST API asks for a password: the shop's pages open, {url} answered "
        "HTTP 401.",
    ),
    "http.basic_auth_refused/shop": QT_TRANSLATE_NOOP(
        "Findings",
        "The whole shop is protected: {url} answered HTTP 401 to the user name {user}.",
    ),
    "http.basic_auth_refused/api": QT_TRANSLATE_NOOP(
        "Findings",
        "Only the API is protected: {url} answered HTTP 401 to the user name {user}.",
    ),
    "http.basic_auth_refused/rest": QT_TRANSLATE_NOOP(
        "Findings",
        "Only the REST API is protected: {url} answered HTTP 401 to the user name "
        "{user}.",
    ),
    "http.basic_auth_cobby": QT_TRANSLATE_NOOP(
        "Findings",
        "The check used the basic-auth user name {user}.",
    ),
    "m1.cobby_extension_missing": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} is missing.",
    ),
    "m2.cobby_extension_missing": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} is missing while Magento's own routes answer.",
    ),
    "cobby.legacy_connector/1": QT_TRANSLATE_NOOP(
        "Findings",
        "{url} answers: that is the route of cobby 1.x (Mash2_Cobby), while "
        "/api/cobby/json is missing.",
    ),
    "cobby.legacy_connector/2": QT_TRANSLATE_NOOP(
        "Findings",
        "cobby's queue route answers but {url} is missing: that is the connector of "
        "cobby 1.x (Mash2_Cobby).",
    ),
    "cobby.inactive": QT_TRANSLATE_NOOP(
        "Findings",
        "The connector (version {version}) reports cobby_active: false.",
    ),
    "clock.skew": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop rejected the request's time stamp.",
    ),
    "clock.skew/ahead": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's clock is {seconds} seconds ahead of this computer's clock.",
    ),
    "clock.skew/behind": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop's clock is {seconds} seconds behind this computer's clock.",
    ),
    "m2.credentials_unknown/token": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answered \"Specified token does not exist\": it does not know this "
        "Access Token.",
    ),
    "m2.credentials_unknown/consumer": QT_TRANSLATE_NOOP(
        "Findings",
        "The shop answered \"A consumer having the specified key does not exist\": it "
        "does not know this Consumer Key.",
    ),
    "m2.store_code_unknown": QT_TRANSLATE_NOOP(
        "Findings",
        "Every route under {url} answered \"Request does not match any route.\", "
        "Magento's own routes included: the store code {store_code} does not exist.",
    ),
}
for _key, _source in DETAILS.items():
    entry("finding.detail." + _key.replace("/", "."), _source)


def make_finding(
    code: str,
    magento: int | None,
    detail: str = "",
    evidence: tuple[Evidence, ...] | list[Evidence] = (),
    *,
    params: Mapping[str, object] | None = None,
    variant: str | None = None,
) -> Finding:
    """A finding of a catalogue code, with the fix steps for the shop's version.

    Without an explicit `detail`, the case's detail sentence comes from DETAILS,
    filled from `params`."""
    spec = CATALOGUE[code]
    values = {k: str(v) for k, v in (params or {}).items()}
    key = ""
    if not detail:
        key = f"{code}/{variant}" if variant and f"{code}/{variant}" in DETAILS else code
        key = key if key in DETAILS else ""
        detail = _fill(DETAILS[key].text, values) if key else ""
    return Finding(
        code=code,
        severity=spec.severity,
        title=spec.title,
        detail=detail,
        fix=spec.fix_m1 if magento == 1 else spec.fix_m2 if magento == 2 else _either(spec),
        evidence=tuple(evidence),
        explanation=spec.explanation,
        params=values,
        detail_key=key,
    )


def _fill(template: str, values: Mapping[str, str]) -> str:
    """The detail sentence, or nothing when a fact it needs was not observed."""
    try:
        return template.format_map(values)
    except KeyError:
        return ""


def _either(spec: FindingSpec) -> tuple[str, ...]:
    if spec.fix_m1 == spec.fix_m2:
        return spec.fix_m1
    # Version unknown: show both, each marked.
    return tuple(f"Magento 1: {s}" for s in spec.fix_m1) + tuple(
        f"Magento 2: {s}" for s in spec.fix_m2
    )


def localized(finding: Finding, text_of: Callable[[Source], str]) -> Finding:
    """The finding with its catalogue texts in the reader's language (`text_of`
    translates a catalogue source, e.g. cobby_desktop.i18n.text). Texts a check
    wrote for this very case (the detail, an overridden title) stay as they are."""
    texts = _SOURCES.get(finding.code)
    if texts is None:
        return finding
    paths = {name: text_of(source) for name, source in ADMIN_PATHS.items()}
    paths["addresses"] = _ADDRESSES

    def shown(source: Source) -> str:
        return fill(text_of(source), paths)

    title = shown(texts.title) if finding.title == _en(texts.title) else finding.title
    explanation = finding.explanation
    if explanation == _en(texts.explanation):
        explanation = shown(texts.explanation)
    detail = finding.detail
    if finding.detail_key in DETAILS:
        detail = _fill(text_of(DETAILS[finding.detail_key]), finding.params) or detail
    return replace(
        finding, title=title, explanation=explanation, detail=detail,
        fix=_localized_fix(finding, texts, shown),
    )


def _localized_fix(
    finding: Finding, texts: _Texts, shown: Callable[[Source], str]
) -> tuple[str, ...]:
    m1 = tuple(_en(s) for s in texts.fix_m1)
    m2 = tuple(_en(s) for s in texts.fix_m2)
    if finding.fix == m1:
        return tuple(shown(s) for s in texts.fix_m1)
    if finding.fix == m2:
        return tuple(shown(s) for s in texts.fix_m2)
    if finding.fix == tuple(f"Magento 1: {s}" for s in m1) + tuple(f"Magento 2: {s}" for s in m2):
        return tuple(f"Magento 1: {shown(s)}" for s in texts.fix_m1) + tuple(
            f"Magento 2: {shown(s)}" for s in texts.fix_m2
        )
    return finding.fix


# The catalogue itself, in two parts; imported last, as they use the above.
from cobby_desktop.domain import findings_network  # noqa: E402, F401, I001
from cobby_desktop.domain import findings_magento  # noqa: E402, F401, I001
