"""The translation workflow guards itself: every text in the code is extracted,
every extracted text and every catalogue entry has its German, the shipped
.qm files are built from the committed .ts files, and placeholders survive."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from defusedxml import ElementTree as SafeET

import cobby_desktop
from cobby_desktop import i18n, messages

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
GERMAN_TS = I18N / "cobby_desktop_de.ts"
ENGLISH_TS = I18N / "cobby_desktop_en.ts"

# Calls whose text argument pyside6-lupdate reads: (name, index of the text).
_EXTRACTED = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}
# The modules that render texts by variable on purpose (the catalogue's own).
_RENDERERS = {"cobby_desktop/i18n.py"}


def _ts_messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = SafeET.parse(path).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        and all(text.strip() for text in _translations(message))
    )


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{[a-z_][a-z0-9_]*\}|%L?\d|%L?n", text))


def test_the_committed_ts_and_qm_files_are_what_the_code_and_lrelease_make():
    """A text added to the code without running tools/translations.py fails here."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
        capture_output=True, text=True, check=False, cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr


def test_the_german_translation_has_no_unfinished_entry():
    messages_ = _ts_messages(GERMAN_TS)
    assert messages_, "no German catalogue"
    unfinished = [key for key, message in messages_.items() if not _is_finished(message)]
    assert not unfinished, f"{len(unfinished)} texts without German, e.g. {unfinished[:5]}"


def test_english_plural_forms_are_complete():
    for key, message in _ts_messages(ENGLISH_TS).items():
        assert message.get("numerus") == "yes", key
        assert _is_finished(message), key


def test_translations_keep_every_placeholder_of_their_source():
    for path in (GERMAN_TS, ENGLISH_TS):
        for (context, source), message in _ts_messages(path).items():
            for text in _translations(message):
                assert _placeholders(text) == _placeholders(source), (path.name, context, source)


def _all_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(cobby_desktop.__path__, "cobby_desktop."):
        if not info.name.endswith("__main__"):
            names.append(info.name)
    return names


def test_every_catalogue_entry_has_german():
    for name in _all_modules():
        importlib.import_module(name)
    assert messages.CATALOGUE, "the catalogue is empty"
    german = _ts_messages(GERMAN_TS)
    missing = [
        code for code, item in messages.CATALOGUE.items()
        if (item.source.context, item.source.text) not in german
        or not _is_finished(german[(item.source.context, item.source.text)])
    ]
    assert not missing, f"catalogue codes without German: {missing}"


def _call_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _extraction_faults(path: Path) -> list[str]:
    """Calls lupdate cannot read: a text that is not a literal, a bare tr()
    (extracted under an empty context), or a private wrapper lupdate ignores."""
    faults = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):  # lupdate does not look inside f-strings
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _call_name(inner) in _EXTRACTED:
                    faults.append(f"{path.relative_to(ROOT)}:{inner.lineno}: tr() in an f-string")
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name in ("_tr", "_translate"):
            faults.append(f"{where}: {name}() hides its texts from lupdate")
            continue
        if name not in _EXTRACTED:
            continue
        if name == "tr" and isinstance(node.func, ast.Name):
            faults.append(f"{where}: a bare tr() has no context")
        index = _EXTRACTED[name]
        if name == "translate" and not (
            node.args and isinstance(node.args[0], ast.Constant)
        ):
            continue  # translate(context_variable, ...) is not Qt's: see _RENDERERS
        if len(node.args) <= index or not isinstance(node.args[index], ast.Constant):
            if str(path.relative_to(ROOT)) not in _RENDERERS:
                faults.append(f"{where}: {name}() with a text lupdate cannot read")
    return faults


def test_every_translatable_call_has_a_text_lupdate_can_read():
    faults = [f for p in sorted((ROOT / "cobby_desktop").rglob("*.py")) for f in
              _extraction_faults(p)]
    assert not faults, "\n".join(faults)


def test_the_fault_finder_finds_the_faults_it_names(tmp_path: Path, monkeypatch):
    sample = ROOT / "cobby_desktop" / "_sample_for_test.py"
    sample.write_text(
        "def a(text):\n    return tr('bare')\n"
        "def b(self, text):\n    return self.tr(text)\n"
        "def c(text):\n    return _tr('hidden')\n"
        "def d(self):\n    return f\"<b>{self.tr('in f-string')}</b>\"\n",
        encoding="utf-8",
    )
    try:
        faults = _extraction_faults(sample)
    finally:
        sample.unlink()
    assert len(faults) == 4, faults


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "de_AT.UTF-8"}, "de"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "en_GB.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "de_CH.UTF-8"}, "de"),
        ({"LC_ALL": "C"}, "en"),
    ],
)
def test_the_environment_picks_the_language(environ, expected):
    assert i18n.environment_language(environ) == expected


def test_an_explicit_choice_wins_over_the_environment():
    assert i18n.choose("en", {"LANG": "de_DE.UTF-8"}) == "en"
    assert i18n.choose("de", {"LANG": "en_US.UTF-8"}) == "de"
    assert i18n.choose("system", {"LANG": "de_DE.UTF-8"}) == "de"


def test_german_plural_forms_and_numbers_without_a_qt_application():
    """The CLI renders through the same .qm files without an application object."""
    source = messages.QT_TRANSLATE_NOOP("Texts", "%n minutes ago", None, 1)
    try:
        assert i18n.install("de") == "de"
        one, five = i18n.text(source, 1), i18n.text(source, 5)
        assert one != five and "1" in one and "5" in five
        assert one != "1 minutes ago"
        i18n.install("en")
        assert i18n.text(source, 1) == "1 minute ago"
        assert i18n.text(source, 5) == "5 minutes ago"
    finally:
        i18n.install("en")


def test_messages_render_their_named_parameters():
    msg = messages.Message("test.only", {"host": "shop.example", "count": 3})
    assert messages.fill("{host} has {count} and {missing}", msg.params) == (
        "shop.example has 3 and {missing}"
    )
    assert messages.placeholders("{host} on {port}") == {"host", "port"}


def _produced_codes() -> set[tuple[str, str]]:
    """Every literal code passed to messages.message() in the program."""
    found = set()
    for path in sorted((ROOT / "cobby_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and _call_name(node) == "message" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.add((str(path.relative_to(ROOT)), node.args[0].value))
    return found


def test_every_code_the_program_produces_has_a_catalogue_entry():
    for name in _all_modules():
        importlib.import_module(name)
    produced = _produced_codes()
    assert produced, "no message codes found: the scan is broken"
    missing = sorted((where, code) for where, code in produced if code not in messages.CATALOGUE)
    assert not missing, missing


def test_an_unknown_code_is_refused():
    with pytest.raises(KeyError):
        messages.message("no.such.code")


# Widget calls that show their text argument to the merchant.
_SHOWN = {
    "setText", "setWindowTitle", "setToolTip", "setPlaceholderText", "setAccessibleName",
    "setTitle", "setSubTitle", "addItem", "QLabel", "QPushButton", "QCheckBox",
    "QRadioButton", "QGroupBox", "QAction", "addAction", "addMenu", "setStatusTip",
    "showMessage", "setAccessibleDescription", "setButtonText",
}
# Shown as they are in every language: a language's own name, example addresses.
_AS_IS = {"Deutsch", "English"}


def _untranslated_literals(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or _call_name(node) not in _SHOWN:
            continue
        for arg in node.args:
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                continue
            text = arg.value
            if (re.search(r"[A-Za-z]{3,}", text) and text not in _AS_IS
                    and not text.startswith("https://") and "@example." not in text):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    return found


def test_no_window_shows_a_literal_that_skips_the_translation():
    """A sentence handed to a widget without tr() is never extracted."""
    found = [f for p in sorted((ROOT / "cobby_desktop" / "ui").rglob("*.py"))
             for f in _untranslated_literals(p)]
    assert not found, "\n".join(found)


def test_the_literal_finder_finds_a_literal(tmp_path: Path):
    sample = ROOT / "cobby_desktop" / "_literal_sample_for_test.py"
    sample.write_text("def a(label):\n    label.setText('Not translated')\n"
                      "def b(label):\n    label.setText(label.tr('Translated'))\n",
                      encoding="utf-8")
    try:
        found = _untranslated_literals(sample)
    finally:
        sample.unlink()
    assert len(found) == 1 and "Not translated" in found[0]


def test_a_message_inside_a_message_is_rendered_in_the_same_language(qapp):
    """A refusal's own message inside a sentence (e.g. the keychain's, inside
    "nothing was imported. {detail}") follows the language of the whole."""
    from cobby_desktop import i18n
    from cobby_desktop.messages import english, message
    from cobby_desktop.services.kdbx_errors import KdbxCode, KdbxError

    inner = message("vault.local.locked")
    error = KdbxError(KdbxCode.KEYCHAIN, detail=inner)
    assert english(inner) in error.message
    assert error.said.as_dict()["params"] == {"detail": inner.as_dict()}
    i18n.install(i18n.GERMAN, qapp)
    assert i18n.render(inner) in i18n.explain(error)
    assert english(inner) not in i18n.explain(error)
