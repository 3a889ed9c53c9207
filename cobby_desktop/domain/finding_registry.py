"""The findings catalogue's register: each finding's code, severity and texts,
filled by `define_finding` from the catalogue's parts (`findings_network`,
`findings_magento`). The parts import only this module; `findings`, which
makes and translates findings, imports the parts and this, and nothing here
imports it back.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from cobby_desktop import magento_admin
from cobby_desktop.messages import Source, entry, fill


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


# cobby's service calls shops from these addresses (cobby's installation docs).
# The Magento menu paths the fix steps name are ADMIN_PATHS below.
COBBY_SERVICE_ADDRESSES = (
    "78.46.90.150", "138.201.83.227", "157.90.208.180", "157.90.208.174",
)  # fmt: skip
SERVICE_ADDRESSES = ", ".join(COBBY_SERVICE_ADDRESSES)

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
ENGLISH_PATHS = {name: source.text for name, source in ADMIN_PATHS.items()}
ENGLISH_PATHS["addresses"] = SERVICE_ADDRESSES  # numbers, the same in every language


@dataclass(frozen=True)
class FindingTexts:
    title: Source
    explanation: Source
    fix_m1: tuple[Source, ...]
    fix_m2: tuple[Source, ...]


# code -> the catalogue sources of its texts (what `findings.localized` translates).
TEXTS: dict[str, FindingTexts] = {}


def english_text(source: Source) -> str:
    """A catalogue text in English, its admin paths and addresses filled in."""
    return fill(source.text, ENGLISH_PATHS)


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
    TEXTS[code] = FindingTexts(title, explanation, fix_m1, fix_m2)
    CATALOGUE[code] = FindingSpec(
        code, severity, english_text(title), english_text(explanation),
        tuple(english_text(s) for s in fix_m1), tuple(english_text(s) for s in fix_m2),
    )
