"""Every problem the connection check can name: stable code, severity, title,
explanation and numbered fix steps per Magento version.

Every text is an entry of the one message catalogue (QT_TRANSLATE_NOOP, context
"Findings"); `localized` puts a finding into the reader's language where shown.
Codes never change once released: support, history and scripts rely on them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from cobby_desktop.domain import findings_magento, findings_network  # noqa: F401 - they fill it
from cobby_desktop.domain.finding_registry import ADMIN_PATHS as ADMIN_PATHS
from cobby_desktop.domain.finding_registry import CATALOGUE as CATALOGUE
from cobby_desktop.domain.finding_registry import (
    COBBY_SERVICE_ADDRESSES as COBBY_SERVICE_ADDRESSES,
)
from cobby_desktop.domain.finding_registry import (
    SERVICE_ADDRESSES,
    TEXTS,
    FindingTexts,
    english_text,
)
from cobby_desktop.domain.finding_registry import FindingSpec as FindingSpec
from cobby_desktop.domain.finding_registry import Severity as Severity
from cobby_desktop.domain.finding_registry import define_finding as define_finding
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
    texts = TEXTS.get(finding.code)
    if texts is None:
        return finding
    paths = {name: text_of(source) for name, source in ADMIN_PATHS.items()}
    paths["addresses"] = SERVICE_ADDRESSES

    def shown(source: Source) -> str:
        return fill(text_of(source), paths)

    title = shown(texts.title) if finding.title == english_text(texts.title) else finding.title
    explanation = finding.explanation
    if explanation == english_text(texts.explanation):
        explanation = shown(texts.explanation)
    detail = finding.detail
    if finding.said:
        detail = " ".join(say(m, text_of) for m in finding.said)
    return replace(
        finding, title=title, explanation=explanation, detail=detail,
        fix=_localized_fix(finding, texts, shown),
    )


def _localized_fix(
    finding: Finding, texts: FindingTexts, shown: Callable[[Source], str]
) -> tuple[str, ...]:
    m1 = tuple(english_text(s) for s in texts.fix_m1)
    m2 = tuple(english_text(s) for s in texts.fix_m2)
    if finding.fix == m1:
        return tuple(shown(s) for s in texts.fix_m1)
    if finding.fix == m2:
        return tuple(shown(s) for s in texts.fix_m2)
    if finding.fix == tuple(f"Magento 1: {s}" for s in m1) + tuple(f"Magento 2: {s}" for s in m2):
        return tuple(f"Magento 1: {shown(s)}" for s in texts.fix_m1) + tuple(
            f"Magento 2: {shown(s)}" for s in texts.fix_m2
        )
    return finding.fix
