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

from cobby_desktop import i18n
from cobby_desktop.messages import QT_TRANSLATE_NOOP, Source

if TYPE_CHECKING:
    from cobby_desktop.domain.model import InventoryRow
    from cobby_desktop.ui.main_window import MainWindow

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


# attribute, text, slot (from the window), shortcut, tip: one row an action.
# Texts keep the window's context ("MainWindow"), where their German lives.
_Row = tuple[str, Source, Callable[["MainWindow"], Callable[[], Any]], Shortcut, Source | None]


def _inventory_rows() -> tuple[_Row, ...]:
    # In a function: mypy checks the slots once the window class is known.
    return (
        ("act_connect", QT_TRANSLATE_NOOP("MainWindow", "&Connect a shop…"),
         lambda w: w.connect_shop_requested.emit, QKeySequence.StandardKey.New,
         QT_TRANSLATE_NOOP("MainWindow",
                           "Create API access for a Magento shop and connect it to cobby.")),
        ("act_audit", QT_TRANSLATE_NOOP("MainWindow", "Security &audit"),
         lambda w: w.security_audit_requested.emit, None,
         QT_TRANSLATE_NOOP("MainWindow", "Review keys that are old, unused or revoked.")),
        ("act_refresh", QT_TRANSLATE_NOOP("MainWindow", "&Reload"),
         lambda w: w.refresh, QKeySequence.StandardKey.Refresh,
         QT_TRANSLATE_NOOP("MainWindow", "Read the inventory again.")),
        ("act_find", QT_TRANSLATE_NOOP("MainWindow", "&Find…"),
         lambda w: w.focus_search, QKeySequence.StandardKey.Find,
         QT_TRANSLATE_NOOP("MainWindow", "Search the shops.")),
        ("act_workspaces", QT_TRANSLATE_NOOP("MainWindow", "&Workspaces…"),
         lambda w: w.open_workspaces, None,
         QT_TRANSLATE_NOOP("MainWindow",
                           "Add, rename or delete cobby workspaces and their license keys.")),
        ("act_export", QT_TRANSLATE_NOOP("MainWindow", "&Export to a KeePass file…"),
         lambda w: w.export_kdbx, None,
         QT_TRANSLATE_NOOP("MainWindow",
                           "Save shops and their keys in a passphrase-protected KeePass file.")),
        ("act_import", QT_TRANSLATE_NOOP("MainWindow", "&Import from a KeePass file…"),
         lambda w: w.launcher.import_kdbx, None,
         QT_TRANSLATE_NOOP("MainWindow",
                           "Add or update shops and their keys from a KeePass file.")),
        ("act_group", QT_TRANSLATE_NOOP("MainWindow", "&Group by workspace"),
         lambda w: lambda: w.set_grouped(w.act_group.isChecked()), None,
         QT_TRANSLATE_NOOP("MainWindow", "Show the shops under their cobby workspaces.")),
        ("act_activity", QT_TRANSLATE_NOOP("MainWindow", "Activity &log…"),
         lambda w: w.launcher.activity, None,
         QT_TRANSLATE_NOOP("MainWindow",
                           "What was created, tested, copied, rotated and revoked, and when.")),
    )


# The actions on the selected shop: enabled by `update_shop_actions`.
def _shop_rows() -> tuple[_Row, ...]:
    # In a function: mypy checks the slots once the window class is known.
    return (
        ("act_test", QT_TRANSLATE_NOOP("MainWindow", "&Test connection"),
         lambda w: w.test_selected, "Ctrl+T",
         QT_TRANSLATE_NOOP("MainWindow",
                           "Check that cobby can reach the selected shop with its stored key.")),
        ("act_resume", QT_TRANSLATE_NOOP("MainWindow", "C&ontinue setup…"),
         lambda w: w.resume_selected, None,
         QT_TRANSLATE_NOOP("MainWindow", "Go on with a shop whose setup was not finished.")),
        ("act_edit", QT_TRANSLATE_NOOP("MainWindow", "&Edit shop…"),
         lambda w: w.edit_selected, None,
         QT_TRANSLATE_NOOP("MainWindow",
                           "Change the shop's name, address or certificate exception.")),
        ("act_rotate", QT_TRANSLATE_NOOP("MainWindow", "&Rotate key…"),
         lambda w: w.rotate_selected, None,
         QT_TRANSLATE_NOOP("MainWindow",
                           "Replace the shop's key or tokens without interrupting cobby.")),
        ("act_revoke", QT_TRANSLATE_NOOP("MainWindow", "Re&voke access…"),
         lambda w: w.revoke_selected, None,
         QT_TRANSLATE_NOOP("MainWindow",
                           "Remove cobby's access to the shop and prove the shop refuses it.")),
    )


def _app_rows() -> tuple[_Row, ...]:
    # In a function: mypy checks the slots once the window class is known.
    return (
        ("act_quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
         lambda w: w.close, QKeySequence.StandardKey.Quit, None),
        ("act_about", QT_TRANSLATE_NOOP("MainWindow", "&About cobby Desktop"),
         lambda w: w.show_about, None, None),
        ("act_guide", QT_TRANSLATE_NOOP("MainWindow", "cobby Desktop &guide"),
         lambda w: w.open_guide, QKeySequence.StandardKey.HelpContents,
         QT_TRANSLATE_NOOP("MainWindow",
                           "What cobby needs, the setup's steps and what each test result means.")),
        ("act_support", QT_TRANSLATE_NOOP("MainWindow", "Contact cobby &support…"),
         lambda w: w.contact_support, None,
         QT_TRANSLATE_NOOP("MainWindow",
                           "Prepare an email to cobby support with a report without keys.")),
    )


def _add(window: MainWindow, rows: tuple[_Row, ...]) -> list[QAction]:
    """Each row's QAction, set on the window as its attribute."""
    made = []
    for name, text, slot, shortcut, tip in rows:
        shown = i18n.text(text)
        action = QAction(shown, window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        tip_text = i18n.text(tip) if tip is not None else ""
        action.setToolTip(tip_text or shown.replace("&", "").rstrip("…"))
        action.setStatusTip(tip_text)
        action.triggered.connect(slot(window))
        window.addAction(action)
        setattr(window, name, action)
        made.append(action)
    return made


def build_actions(window: MainWindow) -> None:
    """The window's actions (`act_*`), its menus and its toolbar."""
    _add(window, _inventory_rows())
    window.act_group.setCheckable(True)
    for action in _add(window, _shop_rows()):
        action.setEnabled(False)
    _add(window, _app_rows())
    window.toolbar = build_menus(window)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, window.toolbar)


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
