"""Edit a stored shop: its name, address, admin address and store code, and
remove a certificate exception. The connection is tested again afterwards
from the main window; nothing here sends a request."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain.admin_url import clean_admin_url
from cobby_desktop.domain.model import Activity, MagentoMajor, Shop, stored
from cobby_desktop.domain.urls import normalize_shop_url
from cobby_desktop.messages import message
from cobby_desktop.ui import theme
from cobby_desktop.ui.store_access import StoreAccess, StoreProblem
from cobby_desktop.ui.theme import Tone


def apply_shop_edits(
    shop: Shop,
    *,
    label: str,
    url: str,
    admin_url: str,
    store_code: str,
    drop_pin: bool,
) -> tuple[Shop | None, str]:
    """The edited shop, or None and the reason in the merchant's words."""
    normalized = normalize_shop_url(url)
    if normalized.url is None:
        return None, i18n.explain(normalized)
    # Never as typed: it may hold a login or Magento's secret key.
    admin = clean_admin_url(admin_url)
    if admin.said is not None:
        return None, i18n.explain(admin)
    shop = replace(
        shop,
        label=label.strip(),
        base_url=normalized.url,
        admin_url=admin.url or None,
        store_code=store_code.strip() or None,
    )
    if drop_pin:
        shop = replace(shop, pinned_cert_pem=None, pinned_cert_sha256=None)
    return shop, ""


class ShopDialog(QDialog):
    saved = Signal(int)  # shop id
    loaded = Signal()

    def __init__(self, store: StoreAccess, shop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.shop_id = shop_id
        self.shop: Shop | None = None
        self.setWindowTitle(self.tr("Edit shop"))
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)

        self._build_fields()
        heading = QLabel(
            self.tr("Change how cobby Desktop reaches this shop. Test the connection "
                    "afterwards."),
            self,
        )
        heading.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.label_edit)
        form.addRow(self.tr("&Address:"), self.url_edit)
        form.addRow("", self.url_hint)
        self.url_hint.hide()
        form.addRow(self.tr("A&dmin address:"), self.admin_edit)
        # Technical settings for the agency or the hosting, folded away.
        self.details_button = QToolButton(self)
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAutoRaise(True)
        self.details_box = QWidget(self)
        details = QFormLayout(self.details_box)
        details.setContentsMargins(0, 0, 0, 0)
        details.addRow(self.tr("Magento 2 &store view code:"), self.store_code_edit)
        self.details_box.hide()
        self.details_button.toggled.connect(self._show_details)
        form.addRow("", self.details_button)
        form.addRow(self.details_box)
        form.addRow("", self.pin_label)
        form.addRow("", self.drop_pin)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self.problem.hide()
        layout.addWidget(self.buttons)

        store.run(
            lambda inventory, _vault: inventory.shop(shop_id),
            self._on_loaded,
            self._on_problem,
            self._on_failure,
        )

    def _build_fields(self) -> None:
        self.label_edit = QLineEdit(self)
        self.label_edit.setAccessibleName(self.tr("Shop name"))
        self.url_edit = QLineEdit(self)
        self.url_edit.setAccessibleName(self.tr("Shop address"))
        self.url_edit.textChanged.connect(self._show_normalized)
        self.url_hint = QLabel(self)
        self.url_hint.setObjectName("hint")
        self.url_hint.setWordWrap(True)
        self.admin_edit = QLineEdit(self)
        self.admin_edit.setAccessibleName(self.tr("Admin address"))
        self.admin_edit.setPlaceholderText(self.tr("optional"))
        self.admin_edit.setToolTip(
            self.tr("The address of your Magento admin, e.g. https://shop.example/admin")
        )
        self.store_code_edit = QLineEdit(self)
        self.store_code_edit.setAccessibleName(self.tr("Store view code"))
        self.store_code_edit.setPlaceholderText(self.tr("default"))
        self.drop_pin = QCheckBox(self.tr("Stop trusting the certificate exception"), self)
        self.drop_pin.setAccessibleName(self.tr("Remove the certificate exception"))
        self.pin_label = QLabel(self)
        self.pin_label.setWordWrap(True)
        self.pin_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(theme.text_style(Tone.BAD))

    def _on_loaded(self, shop: Shop | None) -> None:
        if shop is None:
            self._on_failure(self.tr("This shop is no longer in the inventory."))
            return
        self.shop = shop
        self.label_edit.setText(shop.label)
        self.url_edit.setText(shop.base_url)
        self.admin_edit.setText(shop.admin_url or "")
        self.store_code_edit.setText(shop.store_code or "")
        self.store_code_edit.setEnabled(shop.magento_major is MagentoMajor.M2)
        pinned = bool(shop.pinned_cert_sha256)
        self.drop_pin.setVisible(pinned)
        self.pin_label.setVisible(pinned)
        if pinned:
            self.pin_label.setText(
                self.tr("This shop's own certificate is trusted by exception (SHA-256 %1).")
                .replace("%1", shop.pinned_cert_sha256 or "")
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.loaded.emit()

    def _show_details(self, shown: bool) -> None:
        self.details_box.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(arrow)

    def _show_normalized(self, text: str) -> None:
        normalized = normalize_shop_url(text)
        if normalized.url is None:
            hint = i18n.explain(normalized)
        elif normalized.url != text.strip():
            hint = self.tr("Will be saved as %1").replace("%1", normalized.url)
        else:
            hint = ""
        self.url_hint.setText(hint)
        self.url_hint.setVisible(bool(hint))

    def _save(self) -> None:
        if self.shop is None:
            return
        edited, problem = apply_shop_edits(
            self.shop,
            label=self.label_edit.text(),
            url=self.url_edit.text(),
            admin_url=self.admin_edit.text(),
            store_code=self.store_code_edit.text(),
            drop_pin=self.drop_pin.isChecked(),
        )
        if edited is None:
            self._show_problem(problem)
            return
        detail = message(
            "activity.shop_changed_pin_removed" if self.drop_pin.isChecked()
            else "activity.shop_changed"
        )

        def write(inventory, _vault) -> int:  # noqa: ANN001
            with inventory.transaction():
                inventory.update_shop(edited)
                inventory.log_activity(Activity.UPDATED, detail, shop_id=edited.id)
            return stored(edited.id)

        self.buttons.setEnabled(False)
        self.store.run(write, self._on_saved, self._on_problem, self._on_failure)

    def _on_saved(self, shop_id: int) -> None:
        self.saved.emit(shop_id)
        self.accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _on_problem(self, problem: StoreProblem) -> None:
        self.buttons.setEnabled(True)
        self._show_problem(i18n.explain(problem))

    def _on_failure(self, message: str) -> None:
        self.buttons.setEnabled(True)
        self._show_problem(message)
