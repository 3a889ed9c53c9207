"""The way to the first paint stays light: starting the app (`cobby-desktop`,
i.e. `run_gui`) up to the main window's first paint, over an inventory with
shops, loads none of the libraries only later work needs (the network stack,
SOAP, the keychain, cryptography). They load when first used, after the window
is up. A fresh process, because this test run has imported them all already.

When this fails, the message names each library and the chain of imports
that brought it in (module -> module, or the function that imported it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.ui.application import EXIT_AFTER_FIRST_PAINT
from tests.support.sample import populate

ROOT = Path(__file__).resolve().parents[2]

# Top-level packages the first window does not need. platformdirs: the data
# folder is COBBY_DESKTOP_HOME here, so nothing has a reason to load it.
HEAVY = (
    "httpx", "httpcore", "h11", "anyio", "certifi", "ssl", "zeep", "lxml", "requests",
    "keyring", "keyrings", "secretstorage", "jeepney", "jaraco", "cryptography",
    "truststore", "oauthlib", "defusedxml", "platformdirs",
)  # fmt: skip

# Runs in the fresh process: records, for each heavy package, who imported it
# first (the import statements' modules and the functions on the stack of the
# importing thread), then starts the app as `cobby-desktop` does.
PROBE = r"""
import json, sys, threading

heavy = set(json.loads(sys.argv[1]))
chains = {}


def chain(name):
    links, frame = [], sys._getframe(2)
    while frame is not None:
        code, module = frame.f_code, frame.f_globals.get("__name__", "?")
        if code.co_name == "<module>":
            links.append(module)
        elif module.startswith("cobby_desktop"):
            links.append(f"{module}:{code.co_qualname}()")
        frame = frame.f_back
    path = " -> ".join([*reversed(links), name])
    return f"{path} (thread {threading.current_thread().name})"


class Recorder:
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in heavy and top not in chains:
            chains[top] = chain(name)
        return None


sys.meta_path.insert(0, Recorder())
from cobby_desktop.app import main

code = main([])
loaded = sorted({m.partition(".")[0] for m in sys.modules} & heavy)
print("RESULT " + json.dumps({"code": code, "loaded": {m: chains.get(m, "?") for m in loaded}}))
"""


def _start_app(home: Path) -> dict:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        COBBY_DESKTOP_HOME=str(home),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PYTHONPATH=os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH")) if p),
    )
    env[EXIT_AFTER_FIRST_PAINT] = "1"
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(HEAVY)],
        env=env, capture_output=True, text=True, timeout=90, check=False,
    )  # fmt: skip
    assert "first paint" in proc.stdout, proc.stderr[-2000:]
    lines = [line for line in proc.stdout.splitlines() if line.startswith("RESULT ")]
    assert lines, proc.stderr[-2000:]
    return json.loads(lines[-1].removeprefix("RESULT "))


def test_first_paint_loads_no_heavy_library(_private_home):
    with Inventory.open() as inventory:
        populate(inventory, Vault())
    result = _start_app(_private_home)
    assert result["code"] == 0
    chains = "\n".join(f"  {lib}: {how}" for lib, how in result["loaded"].items())
    assert not result["loaded"], (
        "loaded on the way to the main window's first paint; import them where "
        f"they are first used instead:\n{chains}"
    )
