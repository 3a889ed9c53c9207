"""Quitting while work runs: what would be stopped, and the question whether
to quit anyway. The texts keep the main window's translation context."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def busy_reasons(test_running: bool, dialogs: Iterable[QWidget]) -> list[str]:
    """What is running now that closing would stop, one sentence each: the
    window's connection test, and each open dialog's `busy_reason()`."""
    reasons: list[str] = []
    if test_running:
        reasons.append(QCoreApplication.translate("MainWindow", "A connection test is running."))
    for dialog in list(dialogs):
        reason = getattr(dialog, "busy_reason", None)
        text = reason() if callable(reason) else ""
        if text:
            reasons.append(text)
    return reasons


def ask_before_quit(
    parent: QWidget, reasons: list[str], quit_anyway: Callable[[], None]
) -> QMessageBox:
    """The question (window-modal, not blocking); "Quit anyway" calls
    `quit_anyway`. The box deletes itself when it closes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Quit while work is running?"),
        " ".join(reasons)
        + "\n\n"
        + QCoreApplication.translate(
            "MainWindow",
            "If you quit now, it is stopped and its result is not kept. Your shops, "
            "keys and anything already saved stay as they are; an open setup keeps "
            "what you typed as a draft.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("quitQuestion")
    quit_button = box.addButton(
        QCoreApplication.translate("MainWindow", "&Quit anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    stay = box.addButton(
        QCoreApplication.translate("MainWindow", "&Keep working"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is quit_button:
            quit_anyway()

    box.buttonClicked.connect(clicked)
    box.open()
    return box
