"""Magento 1 / OpenMage: create the API role, then the dedicated API user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from cobby_desktop import i18n
from cobby_desktop import magento_admin as admin
from cobby_desktop.magento1.keys import (
    admin_like_user,
    generate_key,
    is_weak_key,
    validate_api_user,
    validate_m1_key,
    weak_key,
)
from cobby_desktop.results import FieldProblem
from cobby_desktop.secret import Secret
from cobby_desktop.services.setup_state import (
    SUGGESTED_M1_USER,
    WizardState,
    admin_page,
    looks_admin_like,
)
from cobby_desktop.ui.wizard.base import BasePage
from cobby_desktop.ui.wizard.widgets import (
    ProblemLabel,
    SecretEdit,
    code,
    left_aligned,
    open_url_or_say,
    steps_html,
    with_problem,
    wrapped,
)


class AdminLinkPage(BasePage):
    """A page with an "Open in my admin" button, enabled once the admin address
    is known."""

    admin_button: QPushButton
    admin_hint: QLabel
    _admin_page: str

    def _add_admin_button(self, page: str) -> None:
        self._admin_page = page
        row = QHBoxLayout()
        self.admin_button = QPushButton(self.tr("&Open in my admin"))
        self.admin_button.setAccessibleName(self.tr("Open this page in my shop's admin"))
        self.admin_button.clicked.connect(self._open_admin)
        self.admin_hint = wrapped()
        row.addWidget(self.admin_button)
        row.addWidget(self.admin_hint, 1)
        self.body.addLayout(row)

    def _admin_url(self) -> str | None:
        return admin_page(self.state.admin_url, self.state.magento, self._admin_page)

    def _sync_admin(self) -> None:
        url = self._admin_url()
        self.admin_button.setEnabled(url is not None)
        if url is None:
            self.admin_hint.setText(
                self.tr("Enter your admin address on the shop page to open this page directly.")
            )
        else:
            self.admin_hint.setText(
                self.tr("If your admin shows its dashboard instead, follow the menu path above.")
            )

    @staticmethod
    def _current_password_step() -> str:
        # Both M1 forms need it; one explicit context for both pages.
        return QCoreApplication.translate(
            "AdminLinkMixin",
            "%1: enter the password you log in to the admin with (Magento asks for it "
            "before it saves).",
        ).replace("%1", code(i18n.text(admin.M1_CURRENT_PASSWORD)))

    def _open_admin(self) -> None:
        url = self._admin_url()
        if url:
            open_url_or_say(url, self.admin_hint)


class M1RolePage(AdminLinkPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Step 1 of 2: a role for cobby"))
        self.setSubTitle(self.tr("In your shop's admin, create a role that may use cobby's API."))
        steps = [
            self.tr("Open %1 and click %2.")
            .replace("%1", code(i18n.text(admin.M1_ROLES)))
            .replace("%2", code(i18n.text(admin.M1_ADD_ROLE))),
            self.tr("Role Name: enter %1.").replace("%1", code("cobby")),
            self.tr("Open the tab %1, set Resource Access to %2 and tick %3.")
            .replace("%1", code(i18n.text(admin.M1_ROLE_RESOURCES)))
            .replace("%2", code(i18n.text(admin.CUSTOM)))
            .replace("%3", code("cobby")),
            self._current_password_step(),
            self.tr("Click %1.").replace("%1", code(i18n.text(admin.M1_SAVE_ROLE))),
        ]
        self.steps = wrapped(steps_html(steps), rich=True)
        self.steps.setAccessibleName(self.tr("Steps to create the role"))
        self.body.addWidget(self.steps)
        self._add_admin_button("roles")
        self.body.addStretch(1)

    def load(self, state: WizardState) -> None:
        self._sync_admin()


class M1UserPage(AdminLinkPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = wrapped(rich=True)
        self.body.addWidget(self.intro)
        form = QFormLayout()
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("API user name"))
        user_label = QLabel(self.tr("API &user name:"))
        user_label.setBuddy(self.user)
        self.user_problem = ProblemLabel()
        form.addRow(user_label, with_problem(self.user, self.user_problem))
        self.admin_login = QLineEdit()
        self.admin_login.setAccessibleName(self.tr("Your own admin login, optional"))
        self.admin_login.setPlaceholderText(self.tr("optional: only to warn you if it is reused"))
        login_label = QLabel(self.tr("Your own admin &login:"))
        login_label.setBuddy(self.admin_login)
        form.addRow(login_label, self.admin_login)
        self.key = SecretEdit(self.tr("API key"), name="api_key")
        key_label = QLabel(self.tr("API &key:"))
        key_label.setBuddy(self.key.edit)
        self.generate = QPushButton(self.tr("&Generate a new key"))
        self.generate.setAccessibleName(self.tr("Generate a new API key"))
        self.generate.clicked.connect(self._generate)
        self.key_problem = ProblemLabel()
        form.addRow(key_label, with_problem(self.key, self.key_problem))
        form.addRow("", left_aligned(self.generate))
        self.body.addLayout(form)
        self._add_admin_button("users")
        self.body.addStretch(1)
        self.user.textChanged.connect(self._check)
        self.admin_login.textChanged.connect(self._check)
        self.key.changed.connect(self._check)

    def load(self, state: WizardState) -> None:
        creating = not state.have_credentials
        if creating:
            self.setTitle(self.tr("Step 2 of 2: the API user for cobby"))
            self.setSubTitle(self.tr("Create a user that only cobby uses, with the key below."))
            steps = [
                self.tr("Open %1 and click %2.")
                .replace("%1", code(i18n.text(admin.M1_USERS)))
                .replace("%2", code(i18n.text(admin.M1_ADD_USER))),
                self.tr(
                    "User Name: the name below (we suggest %1). Fill in first name, last "
                    "name and email as you like."
                ).replace("%1", code(SUGGESTED_M1_USER)),
                self.tr(
                    "API Key and API Key Confirmation: paste the key below into both "
                    "(use its Copy button)."
                ),
                self.tr("Set %1 to %2.")
                .replace("%1", code(i18n.text(admin.M1_ACCOUNT_IS)))
                .replace("%2", code(i18n.text(admin.M1_ACTIVE))),
                self.tr("Open the tab %1 and select %2.")
                .replace("%1", code(i18n.text(admin.M1_USER_ROLE)))
                .replace("%2", code("cobby")),
                self._current_password_step(),
                self.tr("Click %1.").replace("%1", code(i18n.text(admin.M1_SAVE_USER))),
            ]
            self.intro.setText(steps_html(steps))
        else:
            self.setTitle(self.tr("Your existing API user"))
            self.setSubTitle(self.tr("Enter the API user name and key that cobby uses."))
            self.intro.setText(
                self.tr(
                    "Shops keep API keys only as a fingerprint: if nobody has the key any "
                    "more, go back and choose to create a new user."
                )
            )
        self.admin_button.setVisible(creating)
        self.admin_hint.setVisible(creating)
        self.user.setText(state.api_user or (SUGGESTED_M1_USER if creating else ""))
        self.admin_login.setText(state.admin_login)
        key = state.secrets.get("api_key")
        if key is None and creating:
            if state.generated_key is None:
                state.generated_key = generate_key()
            key = state.generated_key
        self.key.setText(key.reveal() if key else "")
        self._sync_admin()
        self._check()

    def store(self, state: WizardState) -> None:
        state.api_user = self.user.text()
        state.admin_login = self.admin_login.text()
        key = self.key.text()
        if key:
            state.secrets["api_key"] = Secret(key)
        else:
            state.secrets.pop("api_key", None)

    def _generate(self) -> None:
        self.state.generated_key = generate_key()
        self.key.setText(self.state.generated_key.reveal())

    def user_problems(self) -> tuple[FieldProblem, ...]:
        problems = validate_api_user(self.user.text())
        if looks_admin_like(self.user.text(), self.admin_login.text()):
            problems += (admin_like_user(SUGGESTED_M1_USER),)
        return problems

    def key_problems(self) -> tuple[FieldProblem, ...]:
        value = self.key.text()
        problems = validate_m1_key(value)
        generated = self.state.generated_key
        typed = not (generated and generated.reveal() == value)
        if value and not problems and typed and is_weak_key(value):
            problems += (weak_key(),)
        return problems

    def _check(self) -> None:
        self.user_problem.show_problems(self.user_problems())
        self.key_problem.show_problems(self.key_problems() if self.key.text() else ())
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return (
            bool(self.key.text())
            and not self.user_problem.has_errors
            and not self.key_problem.has_errors
            and bool(self.user.text())
        )
