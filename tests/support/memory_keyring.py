"""The in-memory keyring for tests: the app's own ephemeral backend (behaves
like a real one on delete), made selectable by PYTHON_KEYRING_BACKEND for
test subprocesses. Only tests may make it viable."""

from cobby_desktop.domain.vault import EphemeralKeyring


class MemoryKeyring(EphemeralKeyring):
    priority = 1  # type: ignore[assignment]


__all__ = ["TEST_SPACE", "MemoryKeyring"]

# A keychain space for vault tests that need no inventory (an inventory makes its own).
TEST_SPACE = "5eed" * 8
