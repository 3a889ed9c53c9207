"""The common shape of every wizard page: a scrollable body (so nothing is cut
off at 150 % scaling), an action row under it that never scrolls away (Test
again, Check the connection), and load/store against the wizard's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from cobby_desktop.services.setup_state import WizardState

if TYPE_CHECKING:
    from cobby_desktop.ui.wizard.wizard import SetupWizard


class BasePage(QWizardPage):
    # A page's row of actions under its scroll area (shadows QWidget.actions()).
    actions: QHBoxLayout  # type: ignore[assignment]
    scroll: QScrollArea  # type: ignore[assignment]  # shadows QWidget.scroll()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.outer = outer  # the wizard puts its clipboard notice under the body
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self.scroll = scroll
        # Below the scroll: always in view, whatever the body's length.
        self.actions = QHBoxLayout()
        margins = self.body.contentsMargins()  # lined up with the body's text
        self.actions.setContentsMargins(margins.left(), 4, margins.right(), 0)
        outer.addLayout(self.actions)

    @property
    def wiz(self) -> SetupWizard:
        return self.wizard()  # type: ignore[return-value]

    @property
    def state(self) -> WizardState:
        return self.wiz.state

    # Subclasses fill the widgets from the state and write them back.
    def load(self, state: WizardState) -> None:
        pass

    def store(self, state: WizardState) -> None:
        pass

    def initializePage(self) -> None:
        self.load(self.state)

    def cleanupPage(self) -> None:  # going Back keeps what was typed
        self.store(self.state)

    def validatePage(self) -> bool:
        self.store(self.state)
        return True
