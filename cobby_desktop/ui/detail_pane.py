"""The right-hand side of the main window: everything about the selected shop."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain.model import CheckRecord, CredentialKind, InventoryRow
from cobby_desktop.ui import texts
from cobby_desktop.ui.inventory_model import magento_text
from cobby_desktop.ui.secret_widgets import (
    ClipboardGuard,
    CopyNotice,
    SecretsPanel,
    SecretSubject,
)
from cobby_desktop.ui.store_access import StoreAccess

RECENT_CHECKS = 8


def _badge_css(colours: tuple[QColor, QColor]) -> str:
    fg, bg = colours
    return (
        f"color: {fg.name()}; background: {bg.name()}; border-radius: 9px;"
        " padding: 2px 10px; font-weight: 600;"
    )


class DetailPane(QWidget):
    test_requested = Signal(object)  # InventoryRow

    def __init__(
        self,
        store: StoreAccess,
        guard: ClipboardGuard,
        parent: QWidget | None = None,
        now: Callable[[], datetime] = texts.now_utc,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.row: InventoryRow | None = None
        self._now = now

        self.stack = QStackedWidget(self)
        self.placeholder = QLabel(self.tr("Select a shop to see its details."), self)
        self.placeholder.setObjectName("hint")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)

        body = QWidget(self)
        body.setObjectName("detailBody")
        badges = self._build_header(body)
        form = self._build_form(body)
        actions = self._build_actions(body)
        self._build_secrets(body, store, guard)
        self._build_history(body)

        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.url)
        layout.addLayout(badges)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.secrets_box)
        layout.addWidget(self.history_box, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.show_row(None)

    def _build_header(self, body: QWidget) -> QHBoxLayout:
        self.title = QLabel(body)
        self.title.setObjectName("detailTitle")
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * 1.45)
        big.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(big)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.url = QLabel(body)
        self.url.setObjectName("detailUrl")
        self.url.setOpenExternalLinks(True)
        self.url.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.state_badge = QLabel(body)
        self.test_badge = QLabel(body)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        badges.addWidget(self.state_badge)
        badges.addWidget(self.test_badge)
        badges.addStretch(1)

        return badges

    def _build_form(self, body: QWidget) -> QFormLayout:
        self.values: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(6)
        self._api_user_label = QLabel(self.tr("API user"), body)
        for key, caption in (
            ("workspace", self.tr("Workspace")),
            ("magento", self.tr("Magento")),
            ("api_user", None),
            ("credential", self.tr("Credential")),
            ("created", self.tr("Created")),
            ("rotated", self.tr("Rotated")),
            ("last_test", self.tr("Last test")),
        ):
            value = QLabel(body)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label = self._api_user_label if caption is None else QLabel(caption, body)
            label.setObjectName("fieldLabel")
            label.setBuddy(value)
            value.setAccessibleDescription(label.text())
            form.addRow(label, value)
            self.values[key] = value

        return form

    def _build_actions(self, body: QWidget) -> QHBoxLayout:
        self.test_button = QPushButton(self.tr("&Test connection"), body)
        self.test_button.setObjectName("primaryButton")
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_button.clicked.connect(self._on_test_clicked)
        self.test_status = QLabel(body)
        self.test_status.setObjectName("hint")
        self.test_status.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.test_status, 1)

        return actions

    def _build_secrets(self, body: QWidget, store: StoreAccess, guard: ClipboardGuard) -> None:
        self.secrets_box = QGroupBox(self.tr("Keys and tokens"), body)
        self.secrets = SecretsPanel(store, guard, self.secrets_box)
        self.notice = CopyNotice(guard, self.secrets_box)
        box_layout = QVBoxLayout(self.secrets_box)
        box_layout.addWidget(self.secrets)
        box_layout.addWidget(self.notice)

    def _build_history(self, body: QWidget) -> None:
        self.history_box = QGroupBox(self.tr("Recent checks"), body)
        self.history = QTreeWidget(self.history_box)
        self.history.setAccessibleName(self.tr("Recent checks"))
        self.history.setRootIsDecorated(False)
        self.history.setUniformRowHeights(True)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Result"), self.tr("Summary")])
        self.history.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.history.header().setStretchLastSection(True)
        self.history.setMinimumHeight(self.fontMetrics().height() * 6)
        self.history_empty = QLabel(self.tr("No checks yet."), self.history_box)
        self.history_empty.setObjectName("hint")
        history_layout = QVBoxLayout(self.history_box)
        history_layout.addWidget(self.history)
        history_layout.addWidget(self.history_empty)

    # -- content ---------------------------------------------------------------
    def show_row(self, row: InventoryRow | None) -> None:
        same_shop = row is not None and self.row is not None and row.shop.id == self.row.shop.id
        self.row = row
        if row is None:
            self.stack.setCurrentIndex(0)
            self.secrets.set_subject(None)
            return
        self.stack.setCurrentIndex(1)
        shop, cred, ws = row.shop, row.credential, row.workspace
        self.title.setText(shop.display_name)
        self.url.setText(f'<a href="{_attr(shop.base_url)}">{_html(shop.base_url)}</a>')
        self.url.setAccessibleName(shop.base_url)
        state = cred.state if cred else None
        self.state_badge.setText(texts.state_label(state))
        self.state_badge.setStyleSheet(_badge_css(texts.state_colours(state)))
        outcome = cred.last_test_outcome if cred else None
        self.test_badge.setText(texts.outcome_label(outcome))
        self.test_badge.setStyleSheet(_badge_css(texts.outcome_colours(outcome)))

        magento = magento_text(row)
        if shop.magento_edition:
            magento = f"{magento} ({shop.magento_edition})"
        m2 = cred is not None and cred.kind is CredentialKind.M2_INTEGRATION
        self._api_user_label.setText(self.tr("Integration") if m2 else self.tr("API user"))
        self.values["workspace"].setText(ws.name if ws else self.tr("Not linked to a workspace"))
        self.values["magento"].setText(magento)
        self.values["api_user"].setText(cred.api_user if cred else self.tr("—"))
        self.values["credential"].setText(self._kind_text(row))
        self.values["created"].setText(self._moment(cred.created_at if cred else None))
        self.values["rotated"].setText(
            self._moment(cred.rotated_at) if cred and cred.rotated_at else self.tr("Never")
        )
        self.values["last_test"].setText(self._last_test_text(row))
        self.test_button.setEnabled(cred is not None)
        if not same_shop:
            self.test_status.clear()
            self.secrets.set_subject(SecretSubject(shop.id or 0, cred, ws))
            self.set_checks(shop.id or 0, [])

    def set_checks(self, shop_id: int, checks: list[CheckRecord]) -> None:
        if self.row is None or self.row.shop.id != shop_id:
            return
        self.history.clear()
        for rec in checks[:RECENT_CHECKS]:
            item = QTreeWidgetItem(
                [
                    texts.relative_age(rec.at, self._now()),
                    texts.outcome_label(rec.outcome),
                    self._summary(rec),
                ]
            )
            item.setToolTip(0, texts.local_time(rec.at))
            item.setToolTip(2, item.text(2))  # the column is narrow: the whole title
            fg, _bg = texts.outcome_colours(rec.outcome)
            item.setForeground(1, fg)
            self.history.addTopLevelItem(item)
        self.history.setVisible(bool(checks))
        self.history_empty.setVisible(not checks)

    def set_test_status(self, text: str, running: bool) -> None:
        self.test_status.setText(text)
        self.test_button.setEnabled(
            not running and self.row is not None and self.row.credential is not None
        )

    # -- helpers -----------------------------------------------------------------
    def _on_test_clicked(self) -> None:
        if self.row is not None:
            self.test_requested.emit(self.row)

    def _moment(self, moment: datetime | None) -> str:
        if moment is None:
            return self.tr("Unknown")
        return f"{texts.local_time(moment)} ({texts.relative_age(moment, self._now())})"

    def _kind_text(self, row: InventoryRow) -> str:
        cred = row.credential
        if cred is None:
            return self.tr("None yet. Use “Connect a shop…” to create one.")
        if cred.kind is CredentialKind.M1_API_KEY:
            return self.tr("Magento 1 API key (SOAP / XML-RPC)")
        return self.tr("Magento 2 integration (OAuth tokens)")

    @staticmethod
    def _summary(rec: CheckRecord) -> str:
        """The stored summary (a finding code) as its title; a clean check
        stores none and reads "The connection works." (the report's words)."""
        if rec.summary:
            return i18n.stored_summary(rec.summary)
        return ", ".join(rec.codes) or i18n.stored_summary("The connection works.")

    def _last_test_text(self, row: InventoryRow) -> str:
        cred = row.credential
        if cred is None or cred.last_tested_at is None:
            return self.tr("Not tested yet")
        text = (
            f"{texts.outcome_label(cred.last_test_outcome)}, "
            f"{texts.relative_age(cred.last_tested_at, self._now())}"
        )
        if cred.last_test_summary:
            text = f"{text}: {i18n.stored_summary(cred.last_test_summary)}"
        return text


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _html(text).replace('"', "&quot;")
