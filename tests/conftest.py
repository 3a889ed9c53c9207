"""Test-wide safety: offscreen Qt, a private data folder, an in-memory keychain,
and no network beyond loopback."""

from __future__ import annotations

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests run in English unless they choose German: a developer's de_DE session
# must not change what the CLI prints. (Tests pick the language with --lang or
# i18n.install.)
os.environ.pop("LC_ALL", None)
os.environ["LC_MESSAGES"] = "en_US.UTF-8"

_real_getaddrinfo = socket.getaddrinfo
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1", "ip6-localhost"}


def _loopback_only_getaddrinfo(host, *args, **kwargs):
    name = host.decode() if isinstance(host, bytes) else host
    if name is None or name in _LOOPBACK_NAMES or str(name).startswith("127."):
        return _real_getaddrinfo(host, *args, **kwargs)
    # Reserved names (RFC 2606) never resolve, as on a real network.
    if str(name).endswith((".invalid", ".test", ".example")):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    raise RuntimeError(f"tests may only reach loopback, not {name!r}")


socket.getaddrinfo = _loopback_only_getaddrinfo


@pytest.fixture(autouse=True)
def _private_home(tmp_path, monkeypatch):
    home = tmp_path / "cobby-home"
    monkeypatch.setenv("COBBY_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring(request):
    """Every test gets an empty in-memory keychain unless marked `real_keyring`."""
    import keyring

    if request.node.get_closest_marker("real_keyring"):
        yield None
        return
    from tests.support.memory_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _english_afterwards():
    """A test that switched to German (--lang de, i18n.install) leaves English behind."""
    yield
    from cobby_desktop import i18n

    if i18n.current_language() != i18n.ENGLISH:
        i18n.install(i18n.ENGLISH)


def pytest_configure(config):
    config.addinivalue_line("markers", "real_keyring: uses the OS keychain (Secret Service)")
