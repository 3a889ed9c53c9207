"""Magento 2 / Adobe Commerce / Mage-OS: the cobby integration and its four values."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from cobby_desktop import i18n
from cobby_desktop import magento_admin as admin
from cobby_desktop.magento2.tokens import (
    FIELD_LABELS,
    FIELDS,
    split_tokens_panel,
    validate_m2_tokens,
    validate_token,
)
from cobby_desktop.results import FieldProblem
from cobby_desktop.secret import Secret
from cobby_desktop.services.setup_state import SUGGESTED_M2_NAME, WizardState
from cobby_desktop.ui.wizard.base import BasePage
from cobby_desktop.ui.wizard.pages_m1 import AdminLinkPage
from cobby_desktop.ui.wizard.widgets import (
    ProblemLabel,
    SecretEdit,
    code,
    steps_html,
    with_problem,
    wrapped,
)


class M2IntegrationPage(AdminLinkPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("An integration for cobby"))
        self.setSubTitle(self.tr("In your shop's admin, create an integration that cobby uses."))
        steps = [
            self.tr("Open %1 and click %2.")
            .replace("%1", code(i18n.text(admin.M2_INTEGRATIONS)))
            .replace("%2", code(i18n.text(admin.M2_ADD_INTEGRATION))),
            self.tr("Name: enter %1. Your Password: your own admin password.").replace(
                "%1", code(SUGGESTED_M2_NAME)
            ),
            self.tr("Open the tab %1, set Resource Access to %2 and tick %3.")
            .replace("%1", code(i18n.text(admin.M2_API_TAB)))
            .replace("%2", code(i18n.text(admin.CUSTOM)))
            .replace("%3", code("cobby")),
            self.tr("Click %1.").replace("%1", code(i18n.text(admin.M2_SAVE))),
            self.tr("In the list of integrations, click %1 next to cobby, then %2.")
            .replace("%1", code(i18n.text(admin.M2_ACTIVATE)))
            .replace("%2", code(i18n.text(admin.M2_ALLOW))),
            self.tr("Magento now shows four values. Keep that window open and click Next here."),
        ]
        self.steps = wrapped(steps_html(steps), rich=True)
        self.steps.setAccessibleName(self.tr("Steps to create the integration"))
        self.body.addWidget(self.steps)
        self.body.addWidget(
            wrapped(
                self.tr(
                    'Magento may call the integration "not secure": that is expected for '
                    "integrations made by hand."
                )
            )
        )
        self._add_admin_button("integration")
        self.body.addStretch(1)

    def load(self, state: WizardState) -> None:
        self._sync_admin()


class M2TokensPage(BasePage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The integration's four values"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Integration name"))
        name_label = QLabel(self.tr("&Integration name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.paste = QPlainTextEdit()
        self.paste.setAccessibleName(self.tr("Paste the whole tokens panel here"))
        self.paste.setPlaceholderText(
            self.tr("Select the whole panel in Magento, copy it and paste it here.")
        )
        self.paste.setTabChangesFocus(True)
        self.paste.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        paste_label = QLabel(self.tr("&Paste everything at once:"))
        paste_label.setBuddy(self.paste)
        self.paste_result = wrapped()
        self.paste_result.setVisible(False)
        form.addRow(paste_label, with_problem(self.paste, self.paste_result))
        self.fields: dict[str, SecretEdit] = {}
        self.problems: dict[str, ProblemLabel] = {}
        mnemonics = {
            "consumer_key": "&",
            "consumer_secret": "",
            "access_token": "",
            "access_token_secret": "",
        }
        for name in FIELDS:
            label_text = FIELD_LABELS[name]
            edit = SecretEdit(label_text, copy=False, name=name)
            label = QLabel(mnemonics[name] + label_text + ":")
            label.setBuddy(edit.edit)
            problem = ProblemLabel()
            form.addRow(label, with_problem(edit, problem))
            self.fields[name] = edit
            self.problems[name] = problem
            edit.changed.connect(lambda _text, n=name: self._field_changed(n))
        self.cross_problem = ProblemLabel()
        form.addRow("", self.cross_problem)
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.paste.textChanged.connect(self._pasted)
        self.name.textChanged.connect(self.completeChanged)
        self._distributing = False

    def load(self, state: WizardState) -> None:
        if state.have_credentials:
            self.setSubTitle(self.tr("Enter the four values of the integration cobby uses."))
        else:
            self.setSubTitle(
                self.tr(
                    "Copy the four values Magento shows into the fields below, or paste "
                    "the whole panel at once."
                )
            )
        self.name.setText(state.api_user or SUGGESTED_M2_NAME)
        for name, edit in self.fields.items():
            value = state.secrets.get(name)
            edit.setText(value.reveal() if value else "")
        self._check_all()

    def store(self, state: WizardState) -> None:
        state.api_user = self.name.text().strip()
        for name, edit in self.fields.items():
            if edit.text():
                state.secrets[name] = Secret(edit.text())
            else:
                state.secrets.pop(name, None)

    def distribute(self, text: str) -> list[str]:
        """Fill the fields from one paste; returns the fields filled."""
        found = split_tokens_panel(text)
        self._distributing = True
        try:
            for name, value in found.items():
                self.fields[name].setText(value)
        finally:
            self._distributing = False
        self._check_all()
        return [name for name in FIELDS if name in found]

    def _pasted(self) -> None:
        text = self.paste.toPlainText()
        if not text.strip():
            return
        filled = self.distribute(text)
        if not filled:
            self.paste_result.setText(
                self.tr(
                    "No values were recognised in this text. Copy the panel again, or fill "
                    "in the fields one by one."
                )
            )
            self.paste_result.setVisible(True)
            return
        missing = [FIELD_LABELS[n] for n in FIELDS if n not in filled]
        message = self.tr("Filled in: %1.").replace(
            "%1", ", ".join(FIELD_LABELS[n] for n in filled)
        )
        if missing:
            message += " " + self.tr("Still missing: %1.").replace("%1", ", ".join(missing))
        self.paste_result.setText(message)
        self.paste_result.setVisible(True)
        # The paste box is only a funnel: empty it so the values live in one place.
        QTimer.singleShot(0, self.paste.clear)

    def _field_changed(self, name: str) -> None:
        if self._distributing:
            return
        text = self.fields[name].text()
        if len(split_tokens_panel(text)) >= 2:  # the whole panel landed in one field
            self.distribute(text)
            return
        self._check_all()

    def field_problems(self, name: str) -> tuple[FieldProblem, ...]:
        text = self.fields[name].text()
        return validate_token(name, text) if text else ()

    def _check_all(self) -> None:
        for name in FIELDS:
            self.problems[name].show_problems(self.field_problems(name))
        values = {n: e.text() for n, e in self.fields.items()}
        cross: tuple[FieldProblem, ...] = ()
        if all(values.values()) and not any(p.has_errors for p in self.problems.values()):
            own = {p for label in self.problems.values() for p in label.problems}
            cross = tuple(p for p in validate_m2_tokens(values) if p not in own)
        self.cross_problem.show_problems(cross)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            bool(self.name.text().strip())
            and all(e.text() for e in self.fields.values())
            and not any(p.has_errors for p in self.problems.values())
            and not self.cross_problem.has_errors
        )
