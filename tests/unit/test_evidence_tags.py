"""The protocol adapters write evidence notes as stable tags, never sentences:
the merchant reads the finding; support reads the tags, in every language."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "cobby_desktop"
ADAPTERS = sorted((PACKAGE / "magento1").glob("*.py")) + sorted((PACKAGE / "magento2").glob("*.py"))
TAG_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_=.{}")


def _notes(tree: ast.AST) -> list[tuple[int, str]]:
    """Every literal (or f-string's literal parts) given as a note: note=..., a
    NOTE_* constant, or the note argument of _get/_renote."""
    found: list[tuple[int, str]] = []

    def literal(node: ast.expr) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.JoinedStr):
            for part in node.values:
                literal(part)

    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "note":
            literal(node.value)
        elif isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id.startswith("NOTE_") for t in node.targets
        ):
            literal(node.value)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "_renote" and node.args:
                literal(node.args[0])
            elif node.func.attr == "_get" and len(node.args) >= 3:
                literal(node.args[2])
    return found


@pytest.mark.parametrize("path", ADAPTERS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_evidence_note_is_a_tag(path: Path) -> None:
    notes = _notes(ast.parse(path.read_text(encoding="utf-8")))
    sentences = [(line, text) for line, text in notes if text and not set(text) <= TAG_CHARS]
    assert sentences == []


def test_the_check_names_its_notes() -> None:
    """The walk finds the notes at all (a guard that cannot pass by finding none)."""
    notes = _notes(ast.parse((PACKAGE / "magento2" / "check.py").read_text(encoding="utf-8")))
    assert {"oauth_probe", "signature_rejected", "legacy_route"} <= {text for _, text in notes}
