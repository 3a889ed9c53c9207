"""The common shape of every wizard page: a scrollable body (so nothing is cut
off at 150 % scaling) and load/store against the wizard's state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget, QWizardPage

from cobby_desktop.services.setup_state import WizardState

if TYPE_CHECKING:
    from cobby_desktop.ui.wizard.wizard import SetupWizard


class BasePage(QWizardPage):
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
        outer.addWidget(scroll)

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
