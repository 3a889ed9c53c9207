"""Test-wide safety: offscreen Qt, a private data folder, an in-memory keychain,
and no network beyond loopback."""

from __future__ import annotations

import os
import socket

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests run in English unless they choose German: a developer's de_DE session
# must not change what the CLI prints. (Tests pick the language with --lang or
# i18n.install.) COBBY_TEST_LANG=de runs the whole suite in German, to prove
# that tests assert codes and parameters, not English sentences; a test about
# the English text itself is marked `english` and keeps English either way.
TEST_LANGUAGE = "de" if os.environ.get("COBBY_TEST_LANG", "en").lower().startswith("de") else "en"
_LOCALES = {"de": "de_DE.UTF-8", "en": "en_US.UTF-8"}
os.environ.pop("LC_ALL", None)
os.environ["LC_MESSAGES"] = _LOCALES[TEST_LANGUAGE]
if TEST_LANGUAGE == "de":  # as a German desktop session is: dates and numbers German too
    os.environ["LANG"] = _LOCALES["de"]

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


def language_of_test(request) -> str:
    """The language a test runs in: TEST_LANGUAGE, or English when marked `english`."""
    return "en" if request.node.get_closest_marker("english") else TEST_LANGUAGE


@pytest.fixture(autouse=True)
def _test_language(request, monkeypatch):
    """The test's language for the CLI (LC_MESSAGES) and the catalogue; a test that
    switched language (--lang, i18n.install) leaves the test language behind."""
    from cobby_desktop import i18n

    language = language_of_test(request)
    monkeypatch.setenv("LC_MESSAGES", _LOCALES[language])
    if i18n.current_language() != language or not i18n.installed():
        i18n.install(language)
    yield
    if i18n.current_language() != language:
        i18n.install(language)


def pytest_configure(config):
    config.addinivalue_line("markers", "real_keyring: uses the OS keychain (Secret Service)")
    config.addinivalue_line(
        "markers", "english: asserts the English text itself; runs in English under any "
        "COBBY_TEST_LANG")
