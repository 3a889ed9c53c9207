"""The last step: what to enter in cobby's portal, each value with a Copy button."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from cobby_desktop.domain.model import MagentoMajor
from cobby_desktop.portal.connection_fields import (
    PORTAL_URL,
    ShopUrlError,
    connection_fields,
    portal_steps,
)
from cobby_desktop.ui.wizard.base import BasePage
from cobby_desktop.ui.wizard.state import WizardState
from cobby_desktop.ui.wizard.widgets import (
    CopyRow,
    esc,
    left_aligned,
    open_url,
    steps_html,
    wrapped,
)


class PortalPage(BasePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Tell cobby about the shop"))
        self.setSubTitle(
            self.tr("Last step: enter these values in cobby's portal so cobby can connect.")
        )
        self.steps = wrapped(rich=True)
        self.steps.setAccessibleName(self.tr("Steps in cobby's portal"))
        self.body.addWidget(self.steps)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.body.addWidget(self.grid_host)
        self.portal_button = QPushButton(self.tr("Open cobby's &portal"))
        self.portal_button.setAccessibleName(self.tr("Open cobby's portal in the browser"))
        self.portal_button.clicked.connect(lambda: open_url(PORTAL_URL))
        self.body.addLayout(left_aligned(self.portal_button))
        self.body.addStretch(1)
        self.rows: dict[str, CopyRow] = {}
        self.setFinalPage(True)

    def load(self, state: WizardState) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows.clear()
        major = MagentoMajor(state.magento or 1)
        self.steps.setText(steps_html(esc(s) for s in portal_steps(major)))
        try:
            fields = connection_fields(
                major, state.url, api_user=state.api_user, secrets=state.wanted_secrets()
            )
        except (KeyError, ShopUrlError):
            fields = ()
        for row, f in enumerate(fields):
            label = QLabel(f.label + ":")
            copy_row = CopyRow(f.label, f.copy_text(), secret=f.secret)
            label.setBuddy(copy_row.field)
            self.grid.addWidget(label, row * 2, 0)
            self.grid.addWidget(copy_row, row * 2, 1)
            if f.hint:
                hint = wrapped(f.hint)
                hint.setStyleSheet("color: palette(placeholder-text);")
                self.grid.addWidget(hint, row * 2 + 1, 1)
            self.rows[f.id] = copy_row
