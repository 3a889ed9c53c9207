"""Extract every translatable text and build the translations cobby Desktop ships.

    python tools/translations.py            # update the .ts files, then build the .qm files
    python tools/translations.py --check    # change nothing; exit 1 if anything is out of date

pyside6-lupdate reads every module of the app (tr(), QCoreApplication.translate,
QT_TRANSLATE_NOOP) and updates resources/i18n/cobby_desktop_<lang>.ts, where the
translations live (edit them with pyside6-linguist or any text editor).
pyside6-lrelease then compiles them into the .qm files the app loads. The
English file holds only the plural forms of %n texts (the source is English).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
NAME = "cobby_desktop"
LANGUAGES = ("de", "en")


def ts_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{NAME}_{language}.ts"


def qm_path(language: str, folder: Path = I18N) -> Path:
    return folder / f"{NAME}_{language}.qm"


def sources() -> list[Path]:
    return sorted((ROOT / "cobby_desktop").rglob("*.py"))


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from PySide6-Essentials, beside this Python."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install the project (pip install -e .)")
    return found


def lupdate(language: str, target: Path) -> None:
    args = [
        _tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
        "-source-language", "en", "-target-language", language,
        *(str(p.relative_to(ROOT)) for p in sources()),
    ]
    if language == "en":
        args.append("-pluralonly")
    subprocess.run([*args, "-ts", str(target)], cwd=ROOT, check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("lrelease"), "-silent", "-nounfinished", "-removeidentical", str(ts),
         "-qm", str(qm)],
        check=True,
    )


def update() -> None:
    I18N.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        lupdate(language, ts_path(language))
        lrelease(ts_path(language), qm_path(language))
        print(f"{ts_path(language).relative_to(ROOT)} -> {qm_path(language).name}")


def check() -> list[str]:
    """What is out of date: a .ts that lupdate would change, a .qm that differs
    from what lrelease builds from the committed .ts."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            committed = ts_path(language)
            fresh = ts_path(language, Path(tmp))
            if committed.exists():
                shutil.copy(committed, fresh)
            lupdate(language, fresh)
            if not committed.exists() or fresh.read_bytes() != committed.read_bytes():
                problems.append(f"{committed.name}: texts in the code are missing or stale")
            built = qm_path(language, Path(tmp))
            if committed.exists():
                lrelease(committed, built)
            if not qm_path(language).exists() or (
                built.exists() and built.read_bytes() != qm_path(language).read_bytes()
            ):
                problems.append(f"{qm_path(language).name}: not built from the current .ts")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is out of date")
    if parser.parse_args().check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print("run: python tools/translations.py", file=sys.stderr)
        return 1 if problems else 0
    update()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
