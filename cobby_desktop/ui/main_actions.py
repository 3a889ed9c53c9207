"""The main window's actions (with their shortcuts and tips), menus and
toolbar, built onto the window; the texts keep the window's translation
context."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox, QToolBar

from cobby_desktop.domain.model import stored

if TYPE_CHECKING:
    from cobby_desktop.ui.main_window import MainWindow


def add_action(
    window: MainWindow,
    text: str,
    slot: Callable[[], Any],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
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
    """The window's actions, then its menus and toolbar."""
    window.act_connect = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Connect a shop…"),
        window.connect_shop_requested.emit,
        QKeySequence.StandardKey.New,
        QCoreApplication.translate(
            "MainWindow", "Create API access for a Magento shop and connect it to cobby."
        ),
    )
    window.act_test = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Test connection"),
        window.test_selected,
        "Ctrl+T",
        QCoreApplication.translate(
            "MainWindow", "Check that cobby can reach the selected shop with its stored key."
        ),
    )
    window.act_audit = add_action(
        window,
        QCoreApplication.translate("MainWindow", "Security &audit"),
        window.security_audit_requested.emit,
        None,
        QCoreApplication.translate("MainWindow", "Review keys that are old, unused or revoked."),
    )
    window.act_refresh = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Reload"),
        window.refresh,
        QKeySequence.StandardKey.Refresh,
        QCoreApplication.translate("MainWindow", "Read the inventory again."),
    )
    window.act_find = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Find…"),
        window.focus_search,
        QKeySequence.StandardKey.Find,
        QCoreApplication.translate("MainWindow", "Search the shops."),
    )
    window.act_workspaces = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Workspaces…"),
        window.open_workspaces,
        None,
        QCoreApplication.translate(
            "MainWindow", "Add, rename or delete cobby workspaces and their license keys."
        ),
    )
    window.act_export = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Export to a KeePass file…"),
        window.export_kdbx,
        None,
        QCoreApplication.translate(
            "MainWindow", "Save shops and their keys in a passphrase-protected KeePass file."
        ),
    )
    window.act_import = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Import from a KeePass file…"),
        window.launcher.import_kdbx,
        None,
        QCoreApplication.translate(
            "MainWindow", "Add or update shops and their keys from a KeePass file."
        ),
    )
    window.act_group = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Group by workspace"),
        lambda: window.set_grouped(window.act_group.isChecked()),
        None,
        QCoreApplication.translate("MainWindow", "Show the shops under their cobby workspaces."),
    )
    window.act_group.setCheckable(True)
    window.act_resume = add_action(
        window,
        QCoreApplication.translate("MainWindow", "C&ontinue setup…"),
        lambda: window._for_selected(window._resume),
        None,
        QCoreApplication.translate("MainWindow", "Go on with a shop whose setup was not finished."),
    )
    window.act_edit = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Edit shop…"),
        lambda: window._for_selected(lambda row: window.launcher.edit_shop(stored(row.shop.id))),
        None,
        QCoreApplication.translate(
            "MainWindow", "Change the shop's name, address or certificate exception."
        ),
    )
    window.act_rotate = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Rotate key…"),
        lambda: window._for_selected(lambda row: window.launcher.rotation(stored(row.shop.id))),
        None,
        QCoreApplication.translate(
            "MainWindow", "Replace the shop's key or tokens without interrupting cobby."
        ),
    )
    window.act_revoke = add_action(
        window,
        QCoreApplication.translate("MainWindow", "Re&voke access…"),
        lambda: window._for_selected(window._revoke),
        None,
        QCoreApplication.translate(
            "MainWindow", "Remove cobby's access to the shop and prove the shop refuses it."
        ),
    )
    window.act_activity = add_action(
        window,
        QCoreApplication.translate("MainWindow", "Activity &log…"),
        window.launcher.activity,
        None,
        QCoreApplication.translate(
            "MainWindow", "What was created, tested, copied, rotated and revoked, and when."
        ),
    )
    for action in (window.act_resume, window.act_edit, window.act_rotate, window.act_revoke):
        action.setEnabled(False)
    window.act_quit = add_action(
        window,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )
    window.act_about = add_action(
        window, QCoreApplication.translate("MainWindow", "&About cobby Desktop"), window._about
    )
    window.act_guide = add_action(
        window,
        QCoreApplication.translate("MainWindow", "cobby Desktop &guide"),
        window.open_guide,
        QKeySequence.StandardKey.HelpContents,
        QCoreApplication.translate(
            "MainWindow", "What cobby needs, the setup's steps and what each test result means."
        ),
    )
    window.act_support = add_action(
        window,
        QCoreApplication.translate("MainWindow", "Contact cobby &support…"),
        window.contact_support,
        None,
        QCoreApplication.translate(
            "MainWindow", "Prepare an email to cobby support with a report without keys."
        ),
    )
    window.act_test.setEnabled(False)

    _build_menus(window)


def _build_menus(window: MainWindow) -> None:
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
    shop_menu.addAction(window.act_test)
    shop_menu.addAction(window.act_resume)
    shop_menu.addAction(window.act_edit)
    shop_menu.addSeparator()
    shop_menu.addAction(window.act_rotate)
    shop_menu.addAction(window.act_revoke)
    shop_menu.addSeparator()
    shop_menu.addAction(window.act_find)
    shop_menu.addAction(window.act_refresh)
    shop_menu.addAction(window.act_group)
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
    toolbar.addAction(window.act_connect)
    toolbar.addAction(window.act_test)
    toolbar.addAction(window.act_audit)
    toolbar.addAction(window.act_workspaces)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.toolbar = toolbar


def quit_question(window: MainWindow, reasons: list[str]) -> QMessageBox:
    """Asks before closing stops running work; Quit anyway closes the window."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("MainWindow", "Quit while work is running?"),
        " ".join(reasons)
        + "\n\n"
        + QCoreApplication.translate(
            "MainWindow",
            "If you quit now, it is stopped and its result is not kept. Your shops, "
            "keys and anything already saved stay as they are; an open setup keeps "
            "what you typed as a draft.",
        ),
        QMessageBox.StandardButton.NoButton,
        window,
    )
    box.setObjectName("quitQuestion")
    quit_button = box.addButton(
        QCoreApplication.translate("MainWindow", "&Quit anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    stay = box.addButton(
        QCoreApplication.translate("MainWindow", "&Keep working"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(stay)
    box.setEscapeButton(stay)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def clicked(button: object) -> None:
        if button is quit_button:
            window.quit_anyway()

    box.buttonClicked.connect(clicked)
    return box
