"""Guards against a Qt binding that breaks the app at run time.

PySide6 6.12.0 loses a reference to True on every signal emit; a desktop app
emits thousands of signals, and the process then aborts. pyproject.toml pins
below it; this test fails if a broken binding is installed anyway."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal

app = QCoreApplication([])

class Emitter(QObject):
    flag = Signal(bool, object)
    stage = Signal(str)

e = Emitter()
seen = []
e.flag.connect(lambda ok, payload: seen.append(ok))
before = sys.getrefcount(True)
for i in range(5000):
    e.flag.emit(True, i)
    e.stage.emit("tls")
assert len(seen) == 5000
print("delta", sys.getrefcount(True) - before - len([s for s in seen if s is True]))
"""


def test_signals_keep_python_objects_alive():
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 0, proc.stderr[-500:]
    assert proc.stdout.strip() == "delta 0"
