"""The in-memory keyring for tests: the app's own ephemeral backend (behaves
like a real one on delete), made selectable by PYTHON_KEYRING_BACKEND for
test subprocesses. Only tests may make it viable."""

from cobby_desktop.domain.vault import EphemeralKeyring


class MemoryKeyring(EphemeralKeyring):
    priority = 1  # type: ignore[assignment]


__all__ = ["MemoryKeyring"]
