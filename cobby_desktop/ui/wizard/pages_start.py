"""The first two pages: the cobby workspace, then the shop's address."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain.admin_url import clean_admin_url
from cobby_desktop.domain.findings import localized
from cobby_desktop.domain.urls import normalize_shop_url
from cobby_desktop.domain.workspaces import check_license_key
from cobby_desktop.secret import Secret
from cobby_desktop.services.setup import Choices
from cobby_desktop.services.setup_state import WizardState, suggested_shop_name
from cobby_desktop.ui import theme
from cobby_desktop.ui.theme import Tone
from cobby_desktop.ui.wizard.base import BasePage
from cobby_desktop.ui.wizard.widgets import ProblemLabel, SecretEdit, wrapped
from cobby_desktop.ui.workers import Job, start_job


class WorkspacePage(BasePage):
    def _existing_item(self, row: int) -> QStandardItem:
        """A QComboBox's own model is a QStandardItemModel (rows can be disabled)."""
        model = self.existing.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(row)
        assert item is not None
        return item

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your cobby workspace"))
        self.setSubTitle(
            self.tr("Each shop belongs to one cobby workspace. Choose it, or add a new one.")
        )
        self.loading = wrapped(self.tr("Loading your workspaces…"))
        self.body.addWidget(self.loading)

        self.use_existing = QRadioButton(self.tr("&Use a workspace I added before"))
        self.use_existing.setAccessibleName(self.tr("Use a workspace I added before"))
        self.existing = QComboBox()
        self.existing.setAccessibleName(self.tr("Existing workspace"))
        self.create_new = QRadioButton(self.tr("Add a ne&w workspace"))
        self.create_new.setAccessibleName(self.tr("Add a new workspace"))
        group = QButtonGroup(self)
        group.addButton(self.use_existing)
        group.addButton(self.create_new)
        self.body.addWidget(self.use_existing)
        self.body.addWidget(self.existing)
        self.body.addWidget(self.create_new)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Workspace name"))
        self.name.setPlaceholderText(self.tr("for example: My Shop"))
        name_label = QLabel(self.tr("Workspace na&me:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.license = SecretEdit(self.tr("License key"), copy=False, name="license_key")
        license_label = QLabel(self.tr("&License key:"))
        license_label.setBuddy(self.license.edit)
        form.addRow(license_label, self.license)
        self.body.addLayout(form)
        self.license_problem = ProblemLabel()
        self.body.addWidget(self.license_problem)
        self.body.addWidget(
            wrapped(
                self.tr(
                    "You find the license key in cobby's portal, in your workspace's settings. "
                    "Copy it there and paste it here; it is kept in this computer's keychain."
                )
            )
        )
        self.body.addStretch(1)
        for w in (self.use_existing, self.create_new):
            w.toggled.connect(self._sync)
        self.existing.currentIndexChanged.connect(self._sync)
        self.name.textChanged.connect(self._sync)
        self.license.changed.connect(self._sync)
        self._choices: Choices | None = None

    def set_choices(self, choices: Choices) -> None:
        self._choices = choices
        self.loading.setVisible(bool(choices.error))
        self.loading.setText(i18n.explain(choices) if choices.error else "")
        self.existing.clear()
        for ws in i18n.collated(choices.workspaces, lambda ws: ws.name):
            taken = choices.taken.get(ws.id) if ws.id is not None else None
            text = ws.name if not taken else self.tr("%1 (already connected to %2)")
            if taken:
                text = text.replace("%1", ws.name).replace("%2", taken)
            self.existing.addItem(text, ws.id)
            if taken:  # a workspace has one shop: taken ones cannot be picked
                item = self._existing_item(self.existing.count() - 1)
                item.setEnabled(False)
        has_free = any(ws.id not in choices.taken for ws in choices.workspaces)
        self.use_existing.setEnabled(has_free)
        self.load(self.state)

    def load(self, state: WizardState) -> None:
        if self._choices is not None:
            self.loading.setVisible(bool(self._choices.error))
        index = self.existing.findData(state.workspace_id) if state.workspace_id else -1
        if index >= 0:
            self.existing.setCurrentIndex(index)
            self.use_existing.setChecked(True)
        elif self.use_existing.isEnabled() and not state.new_workspace_name:
            for i in range(self.existing.count()):
                if self._existing_item(i).isEnabled():
                    self.existing.setCurrentIndex(i)
                    break
            self.use_existing.setChecked(True)
        else:
            self.create_new.setChecked(True)
        self.name.setText(state.new_workspace_name)
        self.license.setText(state.license_key.reveal() if state.license_key else "")
        self._sync()

    def store(self, state: WizardState) -> None:
        if self.use_existing.isChecked() and self.existing.currentData() is not None:
            state.workspace_id = int(self.existing.currentData())
            state.new_workspace_name = ""
            state.license_key = None
        elif self.create_new.isChecked():
            state.workspace_id = None
            state.new_workspace_name = self.name.text().strip()
            key = self.license.text().strip()
            state.license_key = Secret(key) if key else None

    def license_problems(self) -> list[str]:
        return [i18n.explain(p) for p in check_license_key(self.license.text())]

    def _sync(self) -> None:
        new = self.create_new.isChecked()
        self.existing.setEnabled(not new)
        self.name.setEnabled(new)
        self.license.setEnabled(new)
        problems = self.license_problems() if new and self.license.text() else []
        self.license_problem.setText("\n".join(problems))
        self.license_problem.setStyleSheet(theme.text_style(Tone.BAD))
        self.license_problem.setVisible(bool(problems))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self._choices is None:
            return False
        if self.use_existing.isChecked():
            index = self.existing.currentIndex()
            return index >= 0 and self._existing_item(index).isEnabled()
        return bool(self.name.text().strip()) and not self.license_problems()


class ShopUrlPage(BasePage):
    """The address, the Magento version (detected, overridable) and the path."""

    DETECT_DELAY_MS = 700

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Your shop"))
        self.setSubTitle(self.tr("Enter your shop's address as you open it in a browser."))
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setAccessibleName(self.tr("Shop address"))
        self.url.setPlaceholderText("https://www.example.com/")
        url_label = QLabel(self.tr("Shop &address:"))
        url_label.setBuddy(self.url)
        form.addRow(url_label, self.url)
        self.normalised = wrapped()
        form.addRow("", self.normalised)
        self.url_form = form
        form.setRowVisible(self.normalised, False)  # no gap until there is a note
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Shop name"))
        self.name.setToolTip(self.tr("How cobby Desktop lists this shop. Only for you."))
        name_label = QLabel(self.tr("Shop na&me:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.body.addLayout(form)
        # Follows the address until the merchant types a name of their own.
        self._name_typed = False
        self.name.textEdited.connect(lambda text: setattr(self, "_name_typed", bool(text.strip())))

        self._add_detection()
        self._add_versions()
        self._add_admin_address()
        self.guided = QRadioButton(self.tr("&Guide me to create cobby's access in my shop"))
        self.existing = QRadioButton(
            self.tr("I already &have credentials for cobby and want to enter them")
        )
        self.guided.setAccessibleName(self.tr("Guide me to create cobby's access in my shop"))
        self.existing.setAccessibleName(
            self.tr("I already have credentials for cobby and want to enter them")
        )
        paths = QButtonGroup(self)
        paths.addButton(self.guided)
        paths.addButton(self.existing)
        self.body.addWidget(self.guided)
        self.body.addWidget(self.existing)
        self.body.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DETECT_DELAY_MS)
        self._timer.timeout.connect(self.start_detection)
        self.url.textChanged.connect(self._url_changed)
        self._manual_version = False
        self._detect_job: Job | None = None
        self._detected_for = ""
        self.detection = None  # the last DetectResult

    def _add_detection(self) -> None:
        detect_row = QHBoxLayout()
        self.detect_status = wrapped()
        self.detect_status.setAccessibleName(self.tr("Detection result"))
        self.detect_button = QPushButton(self.tr("&Check the shop again"))
        self.detect_button.setAccessibleName(self.tr("Check the shop again"))
        self.detect_button.clicked.connect(self.start_detection)
        detect_row.addWidget(self.detect_status, 1)
        detect_row.addWidget(self.detect_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(detect_row)
        # A shop that redirects to another host or port: the merchant confirms it.
        self.use_target = QPushButton(self.tr("&Use this address"))
        self.use_target.setAccessibleName(self.tr("Use the address the shop redirects to"))
        self.use_target.setVisible(False)
        self.use_target.clicked.connect(self._use_redirect_target)
        self.body.addWidget(self.use_target, 0, Qt.AlignmentFlag.AlignLeft)
        self._redirect_target: str | None = None

    def _add_versions(self) -> None:
        self.body.addWidget(wrapped(self.tr("Which Magento runs the shop?")))
        self.m1 = QRadioButton(self.tr("Magento &1 or OpenMage"))
        self.m2 = QRadioButton(self.tr("Magento &2, Adobe Commerce or Mage-OS"))
        self.m1.setAccessibleName(self.tr("Magento 1 or OpenMage"))
        self.m2.setAccessibleName(self.tr("Magento 2, Adobe Commerce or Mage-OS"))
        versions = QButtonGroup(self)
        versions.addButton(self.m1, 1)
        versions.addButton(self.m2, 2)
        versions.idClicked.connect(self._version_chosen)
        self.body.addWidget(self.m1)
        self.body.addWidget(self.m2)

    def _add_admin_address(self) -> None:
        admin_form = QFormLayout()
        self.admin = QLineEdit()
        self.admin.setAccessibleName(self.tr("Admin address, optional"))
        self.admin.setPlaceholderText(
            self.tr("optional, for example https://www.example.com/admin")
        )
        admin_label = QLabel(self.tr("A&dmin address:"))
        admin_label.setBuddy(self.admin)
        admin_form.addRow(admin_label, self.admin)
        self.body.addLayout(admin_form)
        self.admin_note = wrapped()
        self.admin_note.setVisible(False)
        self.body.addWidget(self.admin_note)
        self.admin.textChanged.connect(self._admin_changed)
        self.body.addWidget(
            wrapped(
                self.tr("With the admin address, the next pages can open the right admin page.")
            )
        )

    # -- state --------------------------------------------------------------
    def load(self, state: WizardState) -> None:
        self.url.blockSignals(True)
        self.url.setText(state.url)
        self.url.blockSignals(False)
        suggested = suggested_shop_name(state.url)
        self.name.setText(state.shop_name or suggested)
        self._name_typed = bool(state.shop_name) and state.shop_name != suggested
        self.admin.setText(state.admin_url)
        if state.magento in (1, 2):
            (self.m1 if state.magento == 1 else self.m2).setChecked(True)
            self._manual_version = True
        (self.existing if state.have_credentials else self.guided).setChecked(True)
        self._show_normalised()
        if self.normalised_url() and self._detected_for != self.normalised_url():
            self.start_detection()

    def store(self, state: WizardState) -> None:
        url = self.normalised_url()
        if self.detection is not None and self._detected_for == url and self.detection.url_used:
            url = self.detection.url_used  # e.g. the https address the shop redirected to
        state.url = url or ""
        state.shop_name = self.name.text().strip() or suggested_shop_name(state.url)
        admin = clean_admin_url(self.admin.text())
        # Never the address as typed: it may hold a login or Magento's secret key.
        state.admin_url = admin.url if admin.said is None else ""
        state.magento = 1 if self.m1.isChecked() else 2 if self.m2.isChecked() else None
        state.have_credentials = self.existing.isChecked()

    def normalised_url(self) -> str | None:
        return normalize_shop_url(self.url.text()).url if self.url.text().strip() else None

    def isComplete(self) -> bool:
        return (
            bool(self.normalised_url())
            and (self.m1.isChecked() or self.m2.isChecked())
            and clean_admin_url(self.admin.text()).said is None
        )

    def _admin_changed(self) -> None:
        admin = clean_admin_url(self.admin.text())
        if admin.said is not None:
            self.admin_note.setText(i18n.explain(admin))
            self.admin_note.setStyleSheet(theme.text_style(Tone.BAD))
        elif admin.changed:
            self.admin_note.setText(
                self.tr(
                    "The app keeps %1 (without Magento's secret key and the part after ? or #)."
                ).replace("%1", admin.url)
            )
            self.admin_note.setStyleSheet("")
        else:
            self.admin_note.setText("")
        self.admin_note.setAccessibleName(self.admin_note.text())
        self.admin_note.setVisible(bool(self.admin_note.text()))
        self.completeChanged.emit()

    def cleanupPage(self) -> None:
        self._cancel_detection()
        super().cleanupPage()

    def validatePage(self) -> bool:
        self._cancel_detection()
        return super().validatePage()

    # -- typing and detection ----------------------------------------------
    def _url_changed(self) -> None:
        self._show_normalised()
        if not self._name_typed:
            self.name.setText(suggested_shop_name(self.normalised_url() or ""))
        self._cancel_detection()
        self.detect_status.setText("")
        self.use_target.setVisible(False)
        if self.normalised_url():
            self._timer.start()
        self.completeChanged.emit()

    def _show_normalised(self) -> None:
        self._note_address()
        self.url_form.setRowVisible(self.normalised, bool(self.normalised.text()))

    def _note_address(self) -> None:
        if not self.url.text().strip():
            self.normalised.setText("")
            return
        result = normalize_shop_url(self.url.text())
        if result.url is None:
            self.normalised.setText(i18n.explain(result))
            self.normalised.setStyleSheet(theme.text_style(Tone.BAD))
        elif result.url.rstrip("/") != self.url.text().strip().rstrip("/"):
            self.normalised.setText(self.tr("The app will use: %1").replace("%1", result.url))
            self.normalised.setStyleSheet("")
        else:
            self.normalised.setText("")
        self.normalised.setAccessibleName(self.normalised.text())

    def _version_chosen(self, _id: int) -> None:
        self._manual_version = True
        self.completeChanged.emit()

    def _cancel_detection(self) -> None:
        self._timer.stop()
        if self._detect_job is not None:
            self._detect_job.cancel()
            self._detect_job = None
            self.detect_status.setText("")

    def start_detection(self) -> None:
        url = self.normalised_url()
        if not url:
            return
        self._cancel_detection()
        from cobby_desktop.domain.diagnosis import detect

        policy = self.wiz.policy
        self.detect_status.setText(self.tr("Checking the shop…"))
        job = start_job(lambda ctx: detect(url, policy=policy, cancel=ctx.cancel), self)
        job.finished.connect(lambda result, u=url: self._detected(u, result))
        job.failed.connect(self.detect_status.setText)
        self._detect_job = job

    def _detected(self, url: str, result) -> None:  # noqa: ANN001 - DetectResult
        self._detect_job = None
        self._detected_for = url
        self.detection = result
        lines: list[str] = []
        if result.magento_major in (1, 2):
            lines.append(
                self.tr("This looks like Magento %1.").replace("%1", str(result.magento_major))
            )
            if not self._manual_version:
                (self.m1 if result.magento_major == 1 else self.m2).setChecked(True)
        else:
            lines.append(
                self.tr("The Magento version could not be detected: please choose it below.")
            )
        if result.cobby_connector is True:
            lines.append(self.tr("The cobby connector answers."))
        elif result.cobby_connector is False:
            lines.append(
                self.tr(
                    "The cobby connector does not answer: it is not installed or it is "
                    "switched off. Install or enable it in the shop before the test."
                )
            )
        if result.url_used and result.url_used != url:
            lines.append(
                self.tr("The shop answers at %1; that address will be used.").replace(
                    "%1", result.url_used
                )
            )
        for finding in result.findings:
            lines.append(localized(finding, i18n.text).title)
        self._offer_redirect_target(result.findings, lines)
        self.detect_status.setText("\n".join(lines))
        self.completeChanged.emit()

    def _offer_redirect_target(self, findings, lines: list[str]) -> None:  # noqa: ANN001
        target = next(
            (f.param("target") for f in findings if f.code == "http.redirect_elsewhere"), None
        )
        self._redirect_target = target
        self.use_target.setVisible(bool(target))
        if target:
            lines.append(
                self.tr(
                    "The shop sends visitors to %1. No key was sent there. If that is your "
                    "shop, use that address."
                ).replace("%1", target)
            )

    def _use_redirect_target(self) -> None:
        if self._redirect_target:
            self.url.setText(self._redirect_target)
