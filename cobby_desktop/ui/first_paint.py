"""Work that can wait until the window is on screen: `after_first_paint`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Calls `then` once, right after `window` was first painted: a zero timer
    queued from the window's first Paint event fires when the whole window,
    children included, is drawn."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        self._then()


def after_first_paint(window: QWidget, then: Callable[[], object]) -> None:
    """Run `then` once the window is on screen (work that can wait goes here)."""
    _FirstPaint(window, then)
