"""Fixtures most GUI tests share: a vault over the test's in-memory keychain,
the made-up inventory in COBBY_DESKTOP_HOME, and the app's own logging. A
module that needs other data defines its own `vault` or `sample`, which wins
over these."""

from __future__ import annotations

import logging

import pytest

from cobby_desktop import i18n
from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from cobby_desktop.ui import application
from tests.conftest import language_of_test
from tests.support.sample_data import populate


@pytest.fixture(autouse=True)
def _english(qapp, request):
    """The windows in the test language (English with its plural forms, "1 shop",
    unless COBBY_TEST_LANG=de); a test that switches installs the other and gets
    the test language back afterwards."""
    language = language_of_test(request)
    if i18n.current_language() != language or not i18n.installed():
        i18n.install(language, qapp)
    yield
    if i18n.current_language() != language:
        i18n.install(language, qapp)


@pytest.fixture
def vault(memory_keyring) -> Vault:
    return Vault(memory_keyring)


@pytest.fixture
def sample(vault):
    with Inventory.open() as inventory:
        return populate(inventory, vault, count=20)


@pytest.fixture
def app_logging():
    """The app's own logging (file in the data folder, console, masking)."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    log_file = application.setup_logging(logging.DEBUG)
    yield log_file
    for handler in list(root.handlers):
        if handler not in before:
            handler.flush()
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)
