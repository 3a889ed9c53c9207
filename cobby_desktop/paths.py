"""Where the app keeps its files: one place, overridable for tests."""

from __future__ import annotations

import os
from pathlib import Path

HOME_ENV = "COBBY_DESKTOP_HOME"


def data_dir() -> Path:
    """The user data folder (inventory, backups, logs); created on first use."""
    override = os.environ.get(HOME_ENV)
    if override:
        path = Path(override)
    else:
        import platformdirs  # only here: its platform modules cost start-up time

        path = Path(platformdirs.user_data_dir("cobby Desktop", "cobby"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_path() -> Path:
    return data_dir() / "inventory.sqlite3"


def log_dir() -> Path:
    path = data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def resource_path(name: str) -> Path:
    """A file shipped with the app (works from source and from a frozen build)."""
    import cobby_desktop.resources as res

    return Path(res.__file__).resolve().parent / name
