"""Tests that need the real keychain or the frozen build skip on a developer's
machine without them, but never in the README's test command or in CI, where
a skip would hide a broken install step."""

from __future__ import annotations

import os


def must_not_skip() -> bool:
    return bool(os.environ.get("CI") or os.environ.get("COBBY_TESTS_STRICT"))
