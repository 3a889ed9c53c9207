"""A string wrapper for secrets that never shows its value by accident.

Anything holding an API key, token, license key or password passes it around
as `Secret`: repr, str and format print a mask, so a stray log line, an
exception message or a dataclass repr cannot leak it.
"""

from __future__ import annotations

MASK = "••••••"


class Secret:
    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str):
            raise TypeError("Secret wraps a str")
        self._value = value

    def reveal(self) -> str:
        """The real value, for the one place that must send or store it."""
        return self._value

    def fingerprint(self) -> str:
        """A short non-reversible tag to compare secrets without showing them."""
        import hashlib  # here: OpenSSL loads when a fingerprint is first needed

        return hashlib.sha256(self._value.encode("utf-8")).hexdigest()[:12]

    def __bool__(self) -> bool:
        return bool(self._value)

    def __len__(self) -> int:
        return len(self._value)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Secret):
            return self._value == other._value
        return NotImplemented

    def __hash__(self) -> int:
        return hash(("Secret", self._value))

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return MASK

    def __reduce__(self) -> str:  # refuse pickling into crash dumps or caches
        raise TypeError("secrets are not picklable")


def reveal(value: Secret | str) -> str:
    return value.reveal() if isinstance(value, Secret) else value
