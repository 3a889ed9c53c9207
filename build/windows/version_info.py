"""The Windows version resource (Explorer's Properties > Details) from
cobby_desktop.__version__, so the version lives in one place.

Writes the text form that PyInstaller's EXE(version=...) reads. Plain text on
purpose: PyInstaller's own classes need pefile, which only Windows installs.
installer.spec calls `write_version_file()`; by hand:
    python build/windows/version_info.py OUT.txt
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """'1.2.3rc1' -> (1, 2, 3, 0): Windows wants four 16-bit numbers."""
    parts = [int(p) & 0xFFFF for p in re.findall(r"\d+", version.split("+")[0])[:3]]
    parts += [0] * (4 - len(parts))
    return (parts[0], parts[1], parts[2], parts[3])


def version_text(version: str, app_name: str, exe_name: str) -> str:
    numbers = numeric_version(version)
    strings = {
        "CompanyName": "cobby",
        "FileDescription": app_name,
        "FileVersion": version,
        "InternalName": exe_name,
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": app_name,
        "ProductVersion": version,
        "LegalCopyright": "cobby",
    }
    structs = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 040904B0: US English, Unicode code page (1200).
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
          {structs}])]),
    VarFileInfo([VarStruct('Translation', [0x0409, 1200])])
  ]
)
"""


def write_version_file(path: Path, exe_name: str = "cobby-desktop") -> Path:
    sys.path.insert(0, str(ROOT))
    import cobby_desktop

    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        version_text(cobby_desktop.__version__, cobby_desktop.APP_NAME, exe_name), encoding="utf-8"
    )
    return path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: python build/windows/version_info.py OUT.txt", file=sys.stderr)
        raise SystemExit(2)
    print(write_version_file(Path(sys.argv[1])))
