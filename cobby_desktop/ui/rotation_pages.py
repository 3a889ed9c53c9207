"""The rotation dialog's pages as data, one builder for all of them, and the
words each page says about the rotation's read model (`services.rotation`).

Every page has the same shape: a heading, a rich-text body, what the page
adds (a form, the portal's values, a status line) and a row of buttons. The
texts belong to the dialog's translation context, "RotationDialog"."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop.domain.lifecycle import CredentialProbe, ProbeAnswer
from cobby_desktop.domain.model import RotationStep
from cobby_desktop.i18n import text as translated
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Source
from cobby_desktop.services.rotation import RotationProblem, RotationView
from cobby_desktop.ui import texts, theme
from cobby_desktop.ui.common import esc, ordered_list, text_label, title_label
from cobby_desktop.ui.secret_widgets import clear_tip
from cobby_desktop.ui.theme import Tone
from cobby_desktop.ui.wizard.widgets import HideWhenAway

if TYPE_CHECKING:
    from cobby_desktop.ui.rotation_dialog import RotationDialog

INTRO, CREATE, PORTAL, PROOF, DELETE_OLD, OLD_CHECK, FINISH, DONE = range(8)

PAGE_OF_STEP = {
    None: INTRO,
    RotationStep.DRAFT_NEW: CREATE,
    RotationStep.NEW_TESTED: PORTAL,
    RotationStep.PORTAL_UPDATED: PROOF,
    RotationStep.NEW_PROVEN_BY_COBBY: DELETE_OLD,
    RotationStep.OLD_DELETED_IN_SHOP: OLD_CHECK,
    RotationStep.OLD_REJECTED: FINISH,
    RotationStep.DONE: DONE,
    RotationStep.ABANDONED: INTRO,
}

# The step list beside the pages: the page each step is current on.
STEP_OF_PAGE = {INTRO: -1, CREATE: 0, PORTAL: 1, PROOF: 2, DELETE_OLD: 3, OLD_CHECK: 4,
                FINISH: 5, DONE: 6}  # fmt: skip
STEP_NAMES = (
    QT_TRANSLATE_NOOP("RotationDialog", "Create the new access"),
    QT_TRANSLATE_NOOP("RotationDialog", "Update the cobby portal"),
    QT_TRANSLATE_NOOP("RotationDialog", "The shop accepts the new"),
    QT_TRANSLATE_NOOP("RotationDialog", "Delete the old access"),
    QT_TRANSLATE_NOOP("RotationDialog", "Shop refuses the old one"),
    QT_TRANSLATE_NOOP("RotationDialog", "Finish"),
)


@dataclass(frozen=True)
class ButtonSpec:
    name: str  # the dialog's attribute for the button
    text: Source
    accessible: Source
    slot: str  # the dialog's method the button runs
    default_capable: bool = True  # False: Enter never presses it


@dataclass(frozen=True)
class PageSpec:
    page: int
    title: Source
    body: str  # the dialog's attribute for the rich-text body
    buttons: tuple[ButtonSpec, ...] = ()
    extra: str = ""  # the dialog's method that adds the page's own widgets


PAGES = (
    PageSpec(
        INTRO, QT_TRANSLATE_NOOP("RotationDialog", "Rotate the API key"), "intro_text",
        (ButtonSpec("start_button",
                    QT_TRANSLATE_NOOP("RotationDialog", "&Start the rotation"),
                    QT_TRANSLATE_NOOP("RotationDialog", "Start the rotation"),
                    "start_rotation"),),
    ),
    PageSpec(
        CREATE, QT_TRANSLATE_NOOP("RotationDialog", "Create the new access in Magento"),
        "create_text",
        (ButtonSpec("test_button",
                    QT_TRANSLATE_NOOP("RotationDialog", "&Test the new access"),
                    QT_TRANSLATE_NOOP("RotationDialog", "Test the new access"),
                    "test_new"),),
        extra="add_create_form",
    ),
    PageSpec(
        PORTAL, QT_TRANSLATE_NOOP("RotationDialog", "Update the cobby portal"), "portal_text",
        (ButtonSpec("open_portal",
                    QT_TRANSLATE_NOOP("RotationDialog", "Open cobby's p&ortal"),
                    QT_TRANSLATE_NOOP("RotationDialog", "Open cobby's portal in the browser"),
                    "open_portal_page", default_capable=False),
         ButtonSpec("portal_done",
                    QT_TRANSLATE_NOOP("RotationDialog", "I have &updated the portal"),
                    QT_TRANSLATE_NOOP("RotationDialog", "I have updated the portal"),
                    "confirm_portal")),
        extra="add_portal_values",
    ),
    PageSpec(
        PROOF, QT_TRANSLATE_NOOP("RotationDialog", "Wait for cobby to connect"), "proof_text",
        (ButtonSpec("proof_button",
                    QT_TRANSLATE_NOOP("RotationDialog", "&Check the connection"),
                    QT_TRANSLATE_NOOP("RotationDialog",
                                      "Check that cobby connects with the new access"),
                    "prove_new"),),
        extra="add_proof_status",
    ),
    PageSpec(
        DELETE_OLD, QT_TRANSLATE_NOOP("RotationDialog", "Delete the old access in Magento"),
        "delete_text",
        (ButtonSpec("deleted_button",
                    QT_TRANSLATE_NOOP("RotationDialog", "I have &deleted it"),
                    QT_TRANSLATE_NOOP("RotationDialog", "I have deleted the old access; check "
                                      "that the shop rejects it"),
                    "confirm_old_deleted"),),
    ),
    PageSpec(
        OLD_CHECK,
        QT_TRANSLATE_NOOP("RotationDialog", "Check that the shop rejects the old access"),
        "old_check_text",
        (ButtonSpec("old_check_button",
                    QT_TRANSLATE_NOOP("RotationDialog", "&Check now"),
                    QT_TRANSLATE_NOOP("RotationDialog",
                                      "Check that the shop rejects the old access"),
                    "prove_old_rejected"),),
    ),
    PageSpec(
        FINISH, QT_TRANSLATE_NOOP("RotationDialog", "Finish the rotation"), "finish_text",
        (ButtonSpec("finish_button",
                    QT_TRANSLATE_NOOP("RotationDialog", "&Finish"),
                    QT_TRANSLATE_NOOP("RotationDialog", "Finish the rotation and remove the old "
                                      "key from the keychain"),
                    "finish"),),
    ),
    PageSpec(DONE, QT_TRANSLATE_NOOP("RotationDialog", "The rotation is complete"), "done_text"),
)  # fmt: skip


def build_pages(dialog: QWidget, stack: QStackedWidget) -> None:
    """One page per spec, in page order; sets the body label, the buttons and
    whatever the spec's `extra` adds as attributes of `dialog`."""
    for spec in PAGES:
        page = QWidget(stack)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(title_label(translated(spec.title), page))
        body = text_label(page)
        layout.addWidget(body)
        setattr(dialog, spec.body, body)
        if spec.extra:
            getattr(dialog, spec.extra)(layout)
        if spec.buttons:
            layout.addLayout(_button_row(dialog, spec.buttons))
        layout.addStretch(1)
        stack.addWidget(page)


def _button_row(dialog: QWidget, specs: tuple[ButtonSpec, ...]) -> QHBoxLayout:
    row = QHBoxLayout()
    for spec in specs:
        button = QPushButton(translated(spec.text), dialog)
        button.setAccessibleName(translated(spec.accessible))
        button.clicked.connect(getattr(dialog, spec.slot))
        if not spec.default_capable:
            button.setAutoDefault(False)
        setattr(dialog, spec.name, button)
        row.addWidget(button)
    row.addStretch(1)
    return row


def build_create_form(dialog: RotationDialog, layout: QVBoxLayout) -> None:
    """The create page's own widgets: Magento 2's choice, the form, problems."""
    _add_m2_choice(dialog, layout)
    dialog.create_form = QGridLayout()
    dialog.user_label = QLabel(dialog)
    dialog.user_edit = QLineEdit(dialog)
    dialog.user_label.setBuddy(dialog.user_edit)
    dialog.create_form.addWidget(dialog.user_label, 0, 0)
    dialog.create_form.addWidget(dialog.user_edit, 0, 1, 1, 3)
    _add_key_row(dialog)
    _add_token_rows(dialog)
    layout.addLayout(dialog.create_form)
    dialog.create_problem = text_label(dialog, rich=False)
    dialog.create_problem.setObjectName("messageError")
    dialog.create_problem.hide()
    layout.addWidget(dialog.create_problem)


def _add_m2_choice(dialog: RotationDialog, layout: QVBoxLayout) -> None:
    # Magento 2: a new integration or Reauthorize.
    dialog.m2_choice = QWidget(dialog)
    choice = QVBoxLayout(dialog.m2_choice)
    choice.setContentsMargins(0, 0, 0, 0)
    dialog.m2_new = QRadioButton(
        QCoreApplication.translate("RotationDialog", "Add a &new integration"), dialog
    )
    dialog.m2_new.setAccessibleDescription(
        QCoreApplication.translate("RotationDialog", "cobby keeps working until you switch.")
    )
    dialog.m2_reauth = QRadioButton(
        QCoreApplication.translate("RotationDialog", "&Reauthorize the existing integration"),
        dialog,
    )
    dialog.m2_reauth.setAccessibleDescription(
        QCoreApplication.translate(
            "RotationDialog", "Quicker, but cobby's access stops until you update the portal."
        )
    )
    dialog.m2_new.setChecked(True)
    group = QButtonGroup(dialog)
    group.addButton(dialog.m2_new)
    group.addButton(dialog.m2_reauth)
    dialog.m2_new.toggled.connect(lambda _: dialog.fill_create())
    for radio in (dialog.m2_new, dialog.m2_reauth):
        hint = text_label(dialog, rich=False)
        hint.setObjectName("hint")
        hint.setText(radio.accessibleDescription())
        hint.setContentsMargins(24, 0, 0, 4)
        choice.addWidget(radio)
        choice.addWidget(hint)
    dialog.m2_choice.hide()
    layout.addWidget(dialog.m2_choice)


def _add_key_row(dialog: RotationDialog) -> None:
    # Magento 1: the generated key, masked, with Show, Copy and a new one.
    dialog.key_label = QLabel(QCoreApplication.translate("RotationDialog", "New API &key:"), dialog)
    dialog.key_edit = QLineEdit(dialog)
    dialog.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
    dialog.key_edit.setAccessibleName(QCoreApplication.translate("RotationDialog", "New API key"))
    dialog.key_label.setBuddy(dialog.key_edit)
    dialog.key_show = QToolButton(dialog)
    dialog.key_show.setText(QCoreApplication.translate("RotationDialog", "Show"))
    dialog.key_show.setCheckable(True)
    dialog.key_show.setAccessibleName(
        QCoreApplication.translate("RotationDialog", "Show the new API key")
    )
    dialog.key_show.toggled.connect(dialog.show_key)
    # Like the wizard's Show: hidden again when another window takes the focus.
    dialog.key_away = HideWhenAway(dialog.key_show)
    dialog.key_copy = QToolButton(dialog)
    dialog.key_copy.setText(QCoreApplication.translate("RotationDialog", "Copy"))
    dialog.key_copy.setAccessibleName(
        QCoreApplication.translate("RotationDialog", "Copy the new API key")
    )
    dialog.key_copy.setToolTip(clear_tip())
    dialog.key_copy.clicked.connect(dialog.copy_new_key)
    dialog.key_new = QToolButton(dialog)
    dialog.key_new.setText(QCoreApplication.translate("RotationDialog", "New key"))
    dialog.key_new.setAccessibleName(
        QCoreApplication.translate("RotationDialog", "Generate another API key")
    )
    dialog.key_new.clicked.connect(dialog.generate_key)
    dialog.create_form.addWidget(dialog.key_label, 1, 0)
    key_row = QHBoxLayout()
    key_row.addWidget(dialog.key_edit, 1)
    key_row.addWidget(dialog.key_show)
    key_row.addWidget(dialog.key_copy)
    key_row.addWidget(dialog.key_new)
    dialog.create_form.addLayout(key_row, 1, 1, 1, 3)


def _add_token_rows(dialog: RotationDialog) -> None:
    # Magento 2: the values Magento shows, one masked field each.
    from cobby_desktop.magento2 import FIELD_LABELS, FIELDS

    dialog.token_edits = {}
    dialog.token_labels = {}
    for row, name in enumerate(FIELDS, start=2):
        label = QLabel(
            QCoreApplication.translate("RotationDialog", "%1:").replace("%1", FIELD_LABELS[name]),
            dialog,
        )
        edit = QLineEdit(dialog)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setAccessibleName(FIELD_LABELS[name])
        label.setBuddy(edit)
        dialog.create_form.addWidget(label, row, 0)
        dialog.create_form.addWidget(edit, row, 1, 1, 3)
        dialog.token_edits[name] = edit
        dialog.token_labels[name] = label
    dialog.paste_button = QPushButton(
        QCoreApplication.translate("RotationDialog", "&Paste all values"), dialog
    )
    dialog.paste_button.setAccessibleName(
        QCoreApplication.translate(
            "RotationDialog", "Paste all values copied from Magento's integration tokens panel"
        )
    )
    dialog.paste_button.clicked.connect(dialog.paste_tokens)
    dialog.create_form.addWidget(dialog.paste_button, len(FIELDS) + 2, 1, 1, 1)


# -- what the pages say -------------------------------------------------------------------


def steps_list_html(page: int) -> tuple[str, int, int]:
    """The step list beside the pages, and (current step, number of steps)."""
    current = STEP_OF_PAGE[page]
    lines = []
    for number, source in enumerate(STEP_NAMES):
        name = esc(translated(source))
        if number < current:
            lines.append(f"<p style='color:{theme.text_colour(Tone.GOOD)}'>✓ {name}</p>")
        elif number == current:
            lines.append(f"<p><b>{number + 1}. {name}</b></p>")
        else:
            lines.append(f"<p style='color:palette(placeholder-text)'>{number + 1}. {name}</p>")
    return "".join(lines), current, len(STEP_NAMES)


def problem_text(problem: RotationProblem) -> str:
    if problem is RotationProblem.SHOP_GONE:
        return QCoreApplication.translate(
            "RotationDialog", "This shop is no longer in the inventory."
        )
    return QCoreApplication.translate(
        "RotationDialog",
        "This shop has no active credential to rotate. Test its connection first; "
        "a credential becomes active when the test passes.",
    )


def intro_html(view: RotationView, shop: str) -> str:
    """`shop` is escaped already."""
    old = esc(view.old.api_user) if view.old else ""
    # Whole sentences per Magento version: a translation cannot glue "the
    # API user" / "the integration" into a sentence with the right article.
    if view.m1:
        intro = QCoreApplication.translate(
            "RotationDialog", "Replace the API user <b>%1</b> of %2 without interrupting cobby:"
        )
        create = QCoreApplication.translate(
            "RotationDialog", "You create a new API user in Magento and the app tests it."
        )
        delete = QCoreApplication.translate(
            "RotationDialog",
            "You delete the old API user in Magento; the app checks that your shop refuses it.",
        )
    else:
        intro = QCoreApplication.translate(
            "RotationDialog", "Replace the integration <b>%1</b> of %2 without interrupting cobby:"
        )
        create = QCoreApplication.translate(
            "RotationDialog", "You create a new integration in Magento and the app tests it."
        )
        delete = QCoreApplication.translate(
            "RotationDialog",
            "You delete the old integration in Magento; the app checks that your shop refuses it.",
        )
    steps = [
        create,
        QCoreApplication.translate(
            "RotationDialog", "You enter the new values in the cobby portal."
        ),
        QCoreApplication.translate(
            "RotationDialog",
            "The app checks that your shop accepts the new values and holds your workspace's key.",
        ),
        delete,
        QCoreApplication.translate(
            "RotationDialog", "The old key leaves this computer's keychain."
        ),
    ]
    return (
        intro.replace("%1", old).replace("%2", shop)
        + ordered_list(steps)
        + QCoreApplication.translate(
            "RotationDialog",
            "The old access keeps working until the new one is proven. You can close this "
            "window at any step and continue later.",
        )
    )


def create_m1_html(old_name: str, new_name: str) -> str:
    """Both names escaped already."""
    return QCoreApplication.translate(
        "RotationDialog",
        "Create a second API user beside the old one <b>%1</b>, which keeps working meanwhile.",
    ).replace("%1", old_name) + ordered_list(
        [
            QCoreApplication.translate(
                "RotationDialog",
                "In the Magento admin, open <b>System &gt; Web Services &gt; SOAP/XML-RPC - "
                "Users</b> and click <b>Add New User</b>.",
            ),
            QCoreApplication.translate(
                "RotationDialog",
                "User Name: <b>%1</b>. First name, last name and email: any values, e.g. your own.",
            ).replace("%1", new_name),
            QCoreApplication.translate(
                "RotationDialog",
                "API Key and API Key Confirmation: the key below. Use <b>Copy</b> and paste it "
                "into both fields.",
            ),
            QCoreApplication.translate(
                "RotationDialog",
                "Open the <b>User Role</b> tab, choose the <b>cobby</b> role, and click "
                "<b>Save User</b>.",
            ),
            QCoreApplication.translate(
                "RotationDialog", "Come back here and click <b>Test the new access</b>."
            ),
        ]
    )


def create_m2_html(old_name: str, new_name: str, *, reauth: bool, drafted: bool) -> str:
    """Both names escaped already; `drafted`: values are stored from before."""
    if reauth:
        intro = QCoreApplication.translate(
            "RotationDialog",
            "Reauthorize replaces the access token at once: cobby cannot reach your shop "
            "until you have updated the portal in the next step.",
        )
        steps = [
            QCoreApplication.translate(
                "RotationDialog",
                "In the Magento admin, open <b>System &gt; Extensions &gt; Integrations</b>.",
            ),
            QCoreApplication.translate(
                "RotationDialog",
                "On the line of <b>%1</b>, click <b>Reauthorize</b>, then <b>Reauthorize</b> "
                "and <b>Done</b>.",
            ).replace("%1", old_name),
            QCoreApplication.translate(
                "RotationDialog",
                "Magento shows the integration's values. Consumer Key and Consumer Secret stay "
                "the same; copy the new <b>Access Token</b> and <b>Access Token Secret</b> into "
                "the fields below.",
            ),
        ]
    else:
        intro = QCoreApplication.translate(
            "RotationDialog",
            "Create a second integration beside the old one <b>%1</b>, which keeps working "
            "meanwhile.",
        ).replace("%1", old_name)
        steps = [
            QCoreApplication.translate(
                "RotationDialog",
                "In the Magento admin, open <b>System &gt; Extensions &gt; Integrations</b> and "
                "click <b>Add New Integration</b>.",
            ),
            QCoreApplication.translate(
                "RotationDialog",
                "Name: <b>%1</b>. Email: yours. Your Password: your admin password.",
            ).replace("%1", new_name),
            QCoreApplication.translate(
                "RotationDialog",
                "Open the <b>API</b> tab, set Resource Access to <b>Custom</b>, tick "
                "<b>cobby</b>, and click <b>Save</b>.",
            ),
            QCoreApplication.translate(
                "RotationDialog",
                "Click <b>Activate</b> on the new line, then <b>Allow</b>. Copy the four values "
                "Magento shows into the fields below, or copy them all and use <b>Paste all "
                "values</b>.",
            ),
        ]
    if drafted:
        intro += " " + QCoreApplication.translate(
            "RotationDialog",
            "The values you entered before are stored: test them again, or enter new ones.",
        )
    return intro + ordered_list(steps)


def delete_old_html(view: RotationView) -> str:
    old = esc(view.old.api_user) if view.old else ""
    new = esc(view.new.api_user) if view.new else ""
    if view.m1:
        return QCoreApplication.translate(
            "RotationDialog",
            "Your shop accepts the new API user <b>%1</b>. Now remove the old one:",
        ).replace("%1", new) + ordered_list(
            [
                QCoreApplication.translate(
                    "RotationDialog",
                    "In the Magento admin, open <b>System &gt; Web Services &gt; SOAP/XML-RPC - "
                    "Users</b>.",
                ),
                QCoreApplication.translate(
                    "RotationDialog",
                    "Open the user <b>%1</b> and click <b>Delete User</b>. Keep <b>%2</b>.",
                )
                .replace("%1", old)
                .replace("%2", new),
            ]
        )
    if view.reauthorized:
        return QCoreApplication.translate(
            "RotationDialog",
            "Your shop accepts the reauthorized integration. Reauthorize already made the old "
            "access token invalid, so there is nothing to delete: click the button so the app "
            "checks that your shop refuses it.",
        )
    return QCoreApplication.translate(
        "RotationDialog",
        "Your shop accepts the new integration <b>%1</b>. Now remove the old one:",
    ).replace("%1", new) + ordered_list(
        [
            QCoreApplication.translate(
                "RotationDialog",
                "In the Magento admin, open <b>System &gt; Extensions &gt; Integrations</b>.",
            ),
            QCoreApplication.translate(
                "RotationDialog",
                "On the line of <b>%1</b>, click the delete icon and confirm. Keep <b>%2</b>.",
            )
            .replace("%1", old)
            .replace("%2", new),
        ]
    )


def fixed_page_html(page: int, shop: str) -> str | None:
    """The pages whose words depend on the shop's name only (escaped already)."""
    if page == PROOF:
        return QCoreApplication.translate(
            "RotationDialog",
            "After you save the new values in the portal, cobby connects to %1 with them. The "
            "app asks your shop, with the new access, whether it works and is connected to "
            "your workspace. This can take a few minutes; you can close this window and come "
            "back later. (Your shop cannot tell which access cobby's service used; deleting "
            "the old access next is what proves it.)",
        ).replace("%1", shop)
    if page == OLD_CHECK:
        return QCoreApplication.translate(
            "RotationDialog",
            "The app now logs in with the old access. The rotation can only finish when your "
            "shop refuses it.",
        )
    if page == FINISH:
        return QCoreApplication.translate(
            "RotationDialog",
            "Your shop refuses the old access and accepts the new one. Check in the cobby "
            "portal that the shop connection is still active: then cobby is using the new "
            "access. Finish to mark the old access as revoked and remove its key from this "
            "computer's keychain.",
        )
    if page == DONE:
        return QCoreApplication.translate(
            "RotationDialog",
            "cobby now uses the new access for %1. The old access is revoked, and its key is "
            "removed from this computer's keychain.",
        ).replace("%1", shop)
    return None


def test_advice(probe: CredentialProbe, *, m1: bool) -> str:
    """Why the new access does not work yet, and what to do."""
    said = texts.verdict_text(probe.summary, probe.summary)
    if probe.outcome is ProbeAnswer.REJECTED and m1:
        fix = QCoreApplication.translate(
            "RotationDialog",
            "Check the user name, that the key is in both key fields, and that the user has "
            "the cobby role; then test again.",
        )
    elif probe.outcome is ProbeAnswer.REJECTED:
        fix = QCoreApplication.translate(
            "RotationDialog",
            "Check that the integration is activated and that you copied its current values; "
            "then test again.",
        )
    else:
        fix = QCoreApplication.translate("RotationDialog", "Test again when the shop answers.")
    return (
        QCoreApplication.translate("RotationDialog", "The shop does not accept the new access yet.")
        + " "
        + said
        + " "
        + fix
    )


def old_check_said(probe: CredentialProbe, old: str) -> str:
    """What logging in with the old access showed (`old`: its user, not escaped)."""
    if probe.outcome is ProbeAnswer.REJECTED:
        return QCoreApplication.translate("RotationDialog", "Your shop refuses the old access.")
    if probe.outcome is ProbeAnswer.OK:
        return QCoreApplication.translate(
            "RotationDialog",
            "Your shop still accepts the old access %1. Delete it in the Magento admin as "
            "described above, then check again.",
        ).replace("%1", old)
    return (
        QCoreApplication.translate(
            "RotationDialog", "The app could not tell whether the shop refuses the old access."
        )
        + " "
        + texts.verdict_text(probe.summary)
        + " "
        + QCoreApplication.translate("RotationDialog", "Check again later.")
    )
