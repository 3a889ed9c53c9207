"""Fixtures most GUI tests share: a vault over the test's in-memory keychain
and the made-up inventory in COBBY_DESKTOP_HOME. A module that needs other
data defines its own `vault` or `sample`, which wins over these."""

from __future__ import annotations

import pytest

from cobby_desktop.domain.store import Inventory
from cobby_desktop.domain.vault import Vault
from tests.support.sample_data import populate


@pytest.fixture
def vault(memory_keyring) -> Vault:
    return Vault(memory_keyring)


@pytest.fixture
def sample(vault):
    with Inventory.open() as inventory:
        return populate(inventory, vault, count=20)
