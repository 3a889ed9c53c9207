"""The app's own sample inventory (cobby_desktop.ui.sample), for GUI tests."""

from cobby_desktop.ui.sample import Populated, populate

__all__ = ["Populated", "populate"]
