"""Which language cobby Desktop speaks, and Qt's translations for it.

German and English are both first-class. Every sentence is English source
text in the code (`tr()`, `QCoreApplication.translate`, or a catalogue entry
marked with `QT_TRANSLATE_NOOP`); `resources/i18n/cobby_desktop_<lang>.ts`
holds the translations, `tools/translations.py` runs pyside6-lupdate and
pyside6-lrelease, and the `.qm` files ship as package data.

The GUI installs the translators into its QApplication. The command line has
no application object: `translate` then asks the loaded translators itself,
so both render through the same `.qm` files. Only QtCore is imported here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from functools import cmp_to_key
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCollator, QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from cobby_desktop import paths

T = TypeVar("T")

# The catalogue loads with the first message rendered, not at start-up.
if TYPE_CHECKING:
    from cobby_desktop.messages import Message, Source

GERMAN, ENGLISH = "de", "en"
LANGUAGES = (GERMAN, ENGLISH)
SYSTEM = "system"  # the Preferences choice that follows the operating system
CATALOGUE_NAME = "cobby_desktop"

_translators: list[QTranslator] = []
_language = ENGLISH


def language_of(locale_name: str | None) -> str | None:
    """'de_DE.UTF-8', 'de-AT', 'de' -> 'de'; any other locale -> 'en'; empty -> None."""
    name = (locale_name or "").strip()
    if not name:
        return None
    return GERMAN if name.replace("-", "_").split("_")[0].split(".")[0].lower() == "de" else ENGLISH


def environment_language(environ: Mapping[str, str] | None = None) -> str | None:
    """The language POSIX tools use: the first set of LC_ALL, LC_MESSAGES, LANG."""
    env = os.environ if environ is None else environ
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(variable):
            return language_of(env[variable])
    return None


def system_language() -> str:
    """The operating system's display language (German for de_*, else English)."""
    languages = QLocale.system().uiLanguages()
    return language_of(languages[0] if languages else QLocale.system().name()) or ENGLISH


def choose(preference: str | None = None, environ: Mapping[str, str] | None = None) -> str:
    """An explicit choice wins; otherwise the environment, then the system."""
    if preference in LANGUAGES:
        return str(preference)
    return environment_language(environ) or system_language()


def catalogue_path(language: str) -> Path:
    return paths.resource_path(f"i18n/{CATALOGUE_NAME}_{language}.qm")


def _qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def _load(path: Path) -> QTranslator | None:
    translator = QTranslator()
    return translator if path.is_file() and translator.load(str(path)) else None


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks the language (de_AT stays Austrian),
    else the language's main one."""
    system = QLocale.system()
    if language_of(system.name()) == language:
        return system
    return QLocale("de_DE" if language == GERMAN else "en_US")


def install(language: str, app: QCoreApplication | None = None) -> str:
    """Load the app's and Qt's own translations for `language` (replacing any
    loaded before) and make its locale the default for dates and numbers."""
    global _language
    language = language if language in LANGUAGES else ENGLISH
    app = app or QCoreApplication.instance()
    for old in _translators:
        if app is not None:
            app.removeTranslator(old)
    _translators.clear()
    # English needs its catalogue too: it holds the singular forms of %n texts.
    candidates = [catalogue_path(language)]
    if language != ENGLISH:
        candidates.append(_qt_translations_dir() / f"qtbase_{language}.qm")
    for path in candidates:
        translator = _load(path)
        if translator is not None:
            _translators.append(translator)
            if app is not None:
                app.installTranslator(translator)
    _language = language
    QLocale.setDefault(locale_for(language))
    return language


def current_language() -> str:
    return _language


def installed() -> bool:
    """Whether `install` has loaded translations (the catalogues were found)."""
    return bool(_translators)


def translate(context: str, text: str, n: int = -1) -> str:
    """`text` in the current language; `%n` becomes `n` (plural forms from the
    catalogue). Works with and without a Qt application object."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text, None, n)
    for translator in _translators:
        found = translator.translate(context, text, None, n)
        if found:
            text = found
            break
    return text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n)) if n >= 0 else text


def text(source: Source, n: int = -1) -> str:
    """A catalogue text (marked with QT_TRANSLATE_NOOP) in the current language."""
    return translate(source.context, source.text, n if source.plural else -1)


def render(message: Message) -> str:
    """A Message as a sentence in the current language."""
    from cobby_desktop.messages import CATALOGUE, Message, fill

    item = CATALOGUE[message.code]
    count = message.params.get(item.count, 0) if item.count else -1
    n = int(count) if isinstance(count, int | float | str) else 0
    # Parameters go in as they are (ports, versions, ids), but a fraction is
    # written as the language writes it ("0,3" in German); a count that should
    # read "1.234" in German is written %Ln in the text. A check's summary is a
    # finding code (or, in rows from before, an English title): shown as a title.
    params = {
        k: render(v) if isinstance(v, Message)
        else QLocale().toString(v, "g", 12) if isinstance(v, float) else v
        for k, v in message.params.items()
    }
    if isinstance(params.get("summary"), str):
        params["summary"] = stored_summary(str(params["summary"]))
    return fill(text(item.source, n), params)


def explain(problem: object) -> str:
    """What went wrong, in the current language: the catalogue message an error
    or a field problem carries (`said`), else its plain `message` text."""
    from cobby_desktop.messages import Message

    said = getattr(problem, "said", None)
    if isinstance(said, Message):
        return render(said)
    return str(getattr(problem, "message", problem))


def stored_summary(text: str) -> str:
    """A check summary as the inventory stores it, in the current language: the
    first finding's code, shown as its title; in rows written before codes, the
    finding's English title or the report's "The connection works."; any other
    stored text as it is."""
    from cobby_desktop.messages import CATALOGUE

    code = f"finding.{text}.title"
    if code not in CATALOGUE and "." in text and " " not in text:
        # The finding titles register with their module; only a code needs it.
        import cobby_desktop.domain.findings  # noqa: F401
    title = CATALOGUE.get(code) or CATALOGUE.get(text)  # a finding's, or a message code
    if title is not None and not title.source.plural:
        return translate(title.source.context, title.source.text)
    source = _source_of(text)
    if source is not None:
        return translate(source.context, text)
    return translate("Report", text)


# English source text -> its first catalogue source, for rows stored before
# codes; rebuilt when modules have registered more entries since.
_by_text: dict[str, Source] = {}
_indexed = 0


def _source_of(text: str) -> Source | None:
    from cobby_desktop.messages import CATALOGUE

    global _indexed
    if _indexed != len(CATALOGUE):
        _by_text.clear()
        for item in CATALOGUE.values():
            if not item.source.plural:
                _by_text.setdefault(item.source.text, item.source)
        _indexed = len(CATALOGUE)
    return _by_text.get(text)


def collated(items: Iterable[T], name: Callable[[T], str]) -> list[T]:
    """Items in the reader's alphabetical order (QCollator of the current
    locale): 'Ärzte' with the As, 'shop 9' before 'shop 10', case ignored.
    The windows and the command line sort names with it alike."""
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)

    def compare(a: T, b: T) -> int:
        return collator.compare(name(a), name(b))

    return sorted(items, key=cmp_to_key(compare))
