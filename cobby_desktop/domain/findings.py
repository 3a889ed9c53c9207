"""Every problem the connection check can name: stable code, severity, title,
explanation and numbered fix steps per Magento version.

Every text is an entry of the one message catalogue (QT_TRANSLATE_NOOP, context
"Findings"); `localized` puts a finding into the reader's language where shown.
Codes never change once released: support, history and scripts rely on them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from cobby_desktop import magento_admin
from cobby_desktop.domain.findings_details import DETAILS
from cobby_desktop.messages import CATALOGUE as MESSAGES
from cobby_desktop.messages import (
    Message,
    ParamValue,
    Source,
    english,
    entry,
    fill,
    placeholders,
)
from cobby_desktop.results import Evidence


class TextOf(Protocol):
    """Translates a catalogue source (e.g. cobby_desktop.i18n.text); `n` picks
    the plural form of a %n text."""

    def __call__(self, source: Source, n: int = -1, /) -> str: ...


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
    detail_key: str = ""  # the DETAILS key of the detail's first sentence, if any
    # The detail's sentences as catalogue messages (`detail` is their English):
    # what `localized` writes in the reader's language.
    said: tuple[Message, ...] = field(default=(), compare=False, hash=False)

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


# cobby's service calls shops from these addresses (cobby's installation docs).
# The Magento menu paths the fix steps name are ADMIN_PATHS below.
COBBY_SERVICE_ADDRESSES = ("78.46.90.150", "138.201.83.227", "157.90.208.180", "157.90.208.174")
_ADDRESSES = ", ".join(COBBY_SERVICE_ADDRESSES)

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


# This case's details (findings_details.DETAILS), each the catalogue entry
# finding.detail.<key> (context "Findings").
def detail_code(key: str) -> str:
    """The catalogue code of a DETAILS key ("http.basic_auth/api" ->
    "finding.detail.http.basic_auth.api")."""
    return "finding.detail." + key.replace("/", ".")


for _key, _source in DETAILS.items():
    entry(detail_code(_key), _source)


def detail(key: str, **params: ParamValue) -> Message:
    """One sentence of a detail, a DETAILS entry filled from `params` (a note
    make_finding appends, e.g. the certificate's description)."""
    if key not in DETAILS:
        raise KeyError(f"no finding detail {key!r}")
    return Message(detail_code(key), params)


def make_finding(
    code: str,
    magento: int | None,
    evidence: tuple[Evidence, ...] | list[Evidence] = (),
    *,
    params: Mapping[str, object] | None = None,
    variant: str | None = None,
    detail_key: str | None = None,
    notes: Sequence[Message] = (),
) -> Finding:
    """A finding of a catalogue code, with the fix steps for the shop's version.

    Its detail is never free text: the sentence of DETAILS[`detail_key`] (by
    default "code/variant", else "code"), filled from `params`, then `notes`
    (catalogue messages such as a certificate's description or a field
    problem). A sentence whose facts were not observed is left out."""
    spec = CATALOGUE[code]
    values = {k: str(v) for k, v in (params or {}).items()}
    if detail_key is not None and detail_key not in DETAILS:
        raise KeyError(f"no finding detail {detail_key!r}")
    key = detail_key or _default_key(code, variant)
    said: list[Message] = []
    observed = {k for k, v in values.items() if v}
    if key and placeholders(DETAILS[key].text) <= observed:
        said.append(Message(detail_code(key), dict(values)))
    else:
        key = ""
    said += notes
    return Finding(
        code=code,
        severity=spec.severity,
        title=spec.title,
        detail=" ".join(english(m) for m in said),
        fix=spec.fix_m1 if magento == 1 else spec.fix_m2 if magento == 2 else _either(spec),
        evidence=tuple(evidence),
        explanation=spec.explanation,
        params=values,
        detail_key=key,
        said=tuple(said),
    )


def _default_key(code: str, variant: str | None) -> str:
    if variant and f"{code}/{variant}" in DETAILS:
        return f"{code}/{variant}"
    return code if code in DETAILS else ""


def _either(spec: FindingSpec) -> tuple[str, ...]:
    if spec.fix_m1 == spec.fix_m2:
        return spec.fix_m1
    # Version unknown: show both, each marked.
    return tuple(f"Magento 1: {s}" for s in spec.fix_m1) + tuple(
        f"Magento 2: {s}" for s in spec.fix_m2
    )


def say(msg: Message, text_of: TextOf) -> str:
    """A catalogue message in the language of `text_of` (plural forms by its
    count; a message inside the params is written the same way)."""
    item = MESSAGES[msg.code]
    if item.count is not None:
        count = msg.params.get(item.count, 0)
        text = text_of(item.source, count if isinstance(count, int) else int(str(count)))
    else:
        text = text_of(item.source)
    return _fill_said(text, msg.params, text_of)


def _fill_said(text: str, params: Mapping[str, object], text_of: TextOf) -> str:
    shown = {
        k: say(v, text_of) if isinstance(v, Message) else str(v) for k, v in params.items()
    }
    return fill(text, shown)


def localized(finding: Finding, text_of: TextOf) -> Finding:
    """The finding with its catalogue texts in the reader's language (`text_of`
    translates a catalogue source, e.g. cobby_desktop.i18n.text): title,
    explanation, fix steps and the detail's sentences, from the same params."""
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
    if finding.said:
        detail = " ".join(say(m, text_of) for m in finding.said)
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
