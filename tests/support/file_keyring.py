"""A keyring backend that keeps entries in a JSON file named by an environment
variable, so that several test processes share one "keychain". Test use only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "COBBY_TEST_KEYRING_FILE"
ROOT = Path(__file__).resolve().parents[2]


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def _save(self, data: dict[str, str]) -> None:
        tmp = self._path().with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        tmp.replace(self._path())

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}/{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError("no such entry")
        self._save(data)


def run_sharing_keychain(args: list[str], input: str | None = None) -> subprocess.CompletedProcess:
    """Run `python <args>` from the repository root in a new process whose keyring
    is this file keyring (the file ENV names): what a restart or the uninstaller sees."""
    env = dict(os.environ)
    env["PYTHON_KEYRING_BACKEND"] = "tests.support.file_keyring.FileKeyring"
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, *args],
        input=input,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
