"""The main window's actions, its menus and its toolbar, and which of the shop
actions the selected row allows.

Built when the window is (before the first paint), so this module imports
nothing the first paint does not need. The texts keep the window's translation
context ("MainWindow"), where their German lives.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar

if TYPE_CHECKING:
    from cobby_desktop.domain.model import InventoryRow
    from cobby_desktop.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


def _action(
    window: MainWindow,
    text: str,
    slot: Callable[[], Any],
    shortcut: Shortcut = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(tip or text.replace("&", "").rstrip("…"))
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> None:
    """The window's actions (`act_*`), its menus and its toolbar."""
    _inventory_actions(window)
    _shop_actions(window)
    _app_actions(window)
    window.toolbar = build_menus(window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, window.toolbar)


def _inventory_actions(window: MainWindow) -> None:
    window.act_connect = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Connect a shop…"),
        window.connect_shop_requested.emit,
        QKeySequence.StandardKey.New,
        QCoreApplication.translate(
            "MainWindow", "Create API access for a Magento shop and connect it to cobby."
        ),
    )
    window.act_audit = _action(
        window,
        QCoreApplication.translate("MainWindow", "Security &audit"),
        window.security_audit_requested.emit,
        None,
        QCoreApplication.translate("MainWindow", "Review keys that are old, unused or revoked."),
    )
    window.act_refresh = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Reload"),
        window.refresh,
        QKeySequence.StandardKey.Refresh,
        QCoreApplication.translate("MainWindow", "Read the inventory again."),
    )
    window.act_find = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Find…"),
        window.focus_search,
        QKeySequence.StandardKey.Find,
        QCoreApplication.translate("MainWindow", "Search the shops."),
    )
    window.act_workspaces = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Workspaces…"),
        window.open_workspaces,
        None,
        QCoreApplication.translate(
            "MainWindow", "Add, rename or delete cobby workspaces and their license keys."
        ),
    )
    window.act_export = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Export to a KeePass file…"),
        window.export_kdbx,
        None,
        QCoreApplication.translate(
            "MainWindow", "Save shops and their keys in a passphrase-protected KeePass file."
        ),
    )
    window.act_import = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Import from a KeePass file…"),
        window.launcher.import_kdbx,
        None,
        QCoreApplication.translate(
            "MainWindow", "Add or update shops and their keys from a KeePass file."
        ),
    )
    window.act_group = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Group by workspace"),
        lambda: window.set_grouped(window.act_group.isChecked()),
        None,
        QCoreApplication.translate("MainWindow", "Show the shops under their cobby workspaces."),
    )
    window.act_group.setCheckable(True)
    window.act_activity = _action(
        window,
        QCoreApplication.translate("MainWindow", "Activity &log…"),
        window.launcher.activity,
        None,
        QCoreApplication.translate(
            "MainWindow", "What was created, tested, copied, rotated and revoked, and when."
        ),
    )


def _shop_actions(window: MainWindow) -> None:
    """The actions on the selected shop: enabled by `update_shop_actions`."""
    window.act_test = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Test connection"),
        window.test_selected,
        "Ctrl+T",
        QCoreApplication.translate(
            "MainWindow", "Check that cobby can reach the selected shop with its stored key."
        ),
    )
    window.act_resume = _action(
        window,
        QCoreApplication.translate("MainWindow", "C&ontinue setup…"),
        window.resume_selected,
        None,
        QCoreApplication.translate("MainWindow", "Go on with a shop whose setup was not finished."),
    )
    window.act_edit = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Edit shop…"),
        window.edit_selected,
        None,
        QCoreApplication.translate(
            "MainWindow", "Change the shop's name, address or certificate exception."
        ),
    )
    window.act_rotate = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Rotate key…"),
        window.rotate_selected,
        None,
        QCoreApplication.translate(
            "MainWindow", "Replace the shop's key or tokens without interrupting cobby."
        ),
    )
    window.act_revoke = _action(
        window,
        QCoreApplication.translate("MainWindow", "Re&voke access…"),
        window.revoke_selected,
        None,
        QCoreApplication.translate(
            "MainWindow", "Remove cobby's access to the shop and prove the shop refuses it."
        ),
    )
    for action in (
        window.act_test,
        window.act_resume,
        window.act_edit,
        window.act_rotate,
        window.act_revoke,
    ):
        action.setEnabled(False)


def _app_actions(window: MainWindow) -> None:
    window.act_quit = _action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    window.act_about = _action(
        window,
        QCoreApplication.translate("MainWindow", "&About cobby Desktop"),
        window.show_about,
    )
    window.act_guide = _action(
        window,
        QCoreApplication.translate("MainWindow", "cobby Desktop &guide"),
        window.open_guide,
        QKeySequence.StandardKey.HelpContents,
        QCoreApplication.translate(
            "MainWindow", "What cobby needs, the setup's steps and what each test result means."
        ),
    )
    window.act_support = _action(
        window,
        QCoreApplication.translate("MainWindow", "Contact cobby &support…"),
        window.contact_support,
        None,
        QCoreApplication.translate(
            "MainWindow", "Prepare an email to cobby support with a report without keys."
        ),
    )


def build_menus(window: MainWindow) -> QToolBar:
    """The menu bar (File, Shop, Tools, Help) and the toolbar it returns."""
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(window.act_connect)
    file_menu.addAction(window.act_workspaces)
    file_menu.addSeparator()
    file_menu.addAction(window.act_export)
    file_menu.addAction(window.act_import)
    window.act_preferences = file_menu.addAction(
        QCoreApplication.translate("MainWindow", "&Preferences…"), window.launcher.preferences
    )
    file_menu.addSeparator()
    file_menu.addAction(window.act_quit)
    shop_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Shop"))
    for action in (window.act_test, window.act_resume, window.act_edit, None,
                   window.act_rotate, window.act_revoke, None,
                   window.act_find, window.act_refresh, window.act_group):  # fmt: skip
        shop_menu.addAction(action) if action is not None else shop_menu.addSeparator()
    tools = bar.addMenu(QCoreApplication.translate("MainWindow", "&Tools"))
    tools.addAction(window.act_audit)
    tools.addAction(window.act_activity)
    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(window.act_guide)
    help_menu.addAction(window.act_support)
    help_menu.addSeparator()
    help_menu.addAction(window.act_about)

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (window.act_connect, window.act_test, window.act_audit, window.act_workspaces):
        toolbar.addAction(action)
    return toolbar


def update_shop_actions(window: MainWindow, row: InventoryRow | None) -> None:
    """Enable what the selected row allows."""
    from cobby_desktop.domain.model import CredentialState

    cred = row.credential if row is not None else None
    state = cred.state if cred is not None else None
    window.act_test.setEnabled(cred is not None)
    window.act_edit.setEnabled(row is not None)
    window.act_resume.setEnabled(row is not None and state in (None, CredentialState.DRAFT))
    window.act_rotate.setEnabled(state in (CredentialState.ACTIVE, CredentialState.ROTATING))
    # A revoked credential still opens the dialog until the shop confirmed it.
    window.act_revoke.setEnabled(
        cred is not None and (state is not CredentialState.REVOKED or not cred.revoked_verified)
    )
