"""Help at hand: the app's own guide (offline) opens with F1 at the current
wizard page, "Contact cobby support" prepares an email with a redacted
report, the About box names version, website, support address, licence and
the Qt / Python versions, and a link that cannot be opened shows its address."""

from __future__ import annotations

import html
import platform

import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTextBrowser, QWizard

from cobby_desktop import __version__, i18n
from cobby_desktop.domain.vault import Vault
from cobby_desktop.portal.connection_fields import PORTAL_URL
from cobby_desktop.secret import Secret
from cobby_desktop.services.setup_state import WizardState
from cobby_desktop.ui import help as app_help
from cobby_desktop.ui.wizard import widgets
from cobby_desktop.ui.wizard.wizard import (
    M2_INTEGRATION,
    M2_TOKENS,
    PAGE_NAMES,
    PORTAL,
    SetupWizard,
)
from tests.gui.window_support import job_draining, open_window

_drain_jobs = job_draining(2000)

M1_KEY = "Zq8rT4wX2mN7vB1kL9pD3sF6hJ0gY5cA"


@pytest.fixture(autouse=True)
def _no_guide_left():
    yield
    if app_help._guide is not None:
        app_help._guide.close()
        app_help._guide = None


def wizard_at(qtbot, page_id: int) -> SetupWizard:
    state = WizardState(
        new_workspace_name="Demo", url="https://shop.test/", magento=1, api_user="cobby_api",
        secrets={"api_key": Secret(M1_KEY)}, generated_key=Secret(M1_KEY),
    )
    if page_id in (M2_INTEGRATION, M2_TOKENS):
        state.magento = 2
    wizard = SetupWizard(vault=Vault(), load=False)
    wizard.test_page.autostart = False
    qtbot.addWidget(wizard)
    wizard.state = state
    wizard.setStartId(page_id)
    wizard.show()
    return wizard


def _anchor_top(browser: QTextBrowser, name: str) -> float:
    """Where the section with the named anchor starts in the guide's document."""
    document = browser.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            if name in fragments.fragment().charFormat().anchorNames():
                return document.documentLayout().blockBoundingRect(block).top()
            fragments += 1
        block = block.next()
    raise AssertionError(f"no anchor {name}")


def _scrolled_to(guide: app_help.GuideDialog, name: str) -> bool:
    """The section's heading is in the visible part of the guide."""
    browser = guide.browser
    top = _anchor_top(browser, name)
    shown = browser.verticalScrollBar().value()
    return shown <= top < shown + browser.viewport().height()


def test_the_guide_has_a_section_for_every_wizard_page():
    text = app_help.guide_html()
    for anchor in (*PAGE_NAMES.values(), "start", "findings", "support"):
        assert f'<a name="{anchor}"></a>' in text, anchor
    assert app_help.SUPPORT_ADDRESS in text


@pytest.mark.parametrize("page_id", sorted(PAGE_NAMES))
def test_f1_opens_the_guide_at_the_current_page(qtbot, page_id):
    wizard = wizard_at(qtbot, page_id)
    assert wizard.currentId() == page_id
    wizard.activateWindow()
    qtbot.waitUntil(wizard.isActiveWindow, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_F1)
    guide = wizard.guide
    name = PAGE_NAMES[page_id]
    assert guide is not None and guide.isVisible()
    qtbot.waitUntil(lambda: _scrolled_to(guide, name), timeout=3000)
    if _anchor_top(guide.browser, name) >= guide.browser.viewport().height():
        assert guide.browser.verticalScrollBar().value() > 0, "a later section scrolls"
    guide.close()
    wizard.guide = None
    app_help._guide = None
    wizard.button(QWizard.WizardButton.HelpButton).click()
    assert wizard.guide is not None and wizard.guide.isVisible()
    qtbot.waitUntil(lambda: _scrolled_to(wizard.guide, name), timeout=3000)
    wizard.close()


def test_an_open_guide_scrolls_to_the_next_page_asked_for(qtbot):
    sections = list(PAGE_NAMES.values())
    guide = app_help.open_guide(sections[0])
    qtbot.waitUntil(lambda: _scrolled_to(guide, sections[0]), timeout=3000)
    first = guide.browser.verticalScrollBar().value()
    assert app_help.open_guide(sections[-1]) is guide, "one guide, raised"
    qtbot.waitUntil(lambda: _scrolled_to(guide, sections[-1]), timeout=3000)
    assert guide.browser.verticalScrollBar().value() > first
    guide.close()


def test_help_menu_guide_support_and_about(qtbot, vault, sample, memory_keyring):
    window = open_window(qtbot, vault)
    titles = [a.text() for a in window.menuBar().actions()]
    help_title = i18n.translate("MainWindow", "&Help")
    help_menu = window.menuBar().actions()[titles.index(help_title)].menu()
    assert {window.act_guide, window.act_support, window.act_about} <= set(help_menu.actions())
    assert window.act_guide.shortcut().matches(Qt.Key.Key_F1).name == "ExactMatch"
    window.act_guide.trigger()
    assert app_help._guide is not None and app_help._guide.isVisible()
    qtbot.waitUntil(lambda: _scrolled_to(app_help._guide, "start"), timeout=3000)

    dialog = window.contact_support()
    report = dialog.report
    assert __version__ in report and qVersion() in report
    assert window.selected_row().shop.display_name in report
    assert memory_keyring.entries
    for value in memory_keyring.entries.values():
        assert value not in report, "the report carries no secret"
    opened: list[str] = []
    dialog._open = lambda url: opened.append(url) or True
    assert dialog.write_email()
    assert opened[0].startswith(f"mailto:{app_help.SUPPORT_ADDRESS}?subject=")
    assert QGuiApplication.clipboard().text() == report
    dialog._open = lambda url: False
    assert not dialog.write_email()
    assert dialog.note.isVisible() and app_help.SUPPORT_ADDRESS in dialog.note.text()
    dialog.close()

    window.act_about.trigger()
    box = window.about_box
    for part in (__version__, app_help.WEBSITE, app_help.SUPPORT_ADDRESS,
                 html.escape(app_help.licence_line()), qVersion(), platform.python_version()):
        assert part in box.text(), part
    box.close()


@pytest.mark.english  # starts from the English line
def test_the_about_box_licence_is_in_the_chosen_language(qapp):
    english = app_help.licence_line()
    try:
        i18n.install(i18n.GERMAN, qapp)
        german = app_help.licence_line()
    finally:
        i18n.install(i18n.ENGLISH, qapp)
    assert german and german != english


def test_a_long_report_goes_by_clipboard_not_in_the_link():
    url = app_help.mailto_url("x" * 5000)
    assert len(url) < app_help.MAILTO_LIMIT + 400 and "x" * 100 not in url


def test_portal_button_without_a_browser_shows_the_address(qtbot, monkeypatch):
    monkeypatch.setattr(widgets, "open_url", lambda url: False)
    wizard = wizard_at(qtbot, PORTAL)
    page = wizard.portal_page
    assert not page.open_note.isVisible()
    page.portal_button.click()
    assert page.open_note.isVisible() and PORTAL_URL in page.open_note.text()
    wizard.close()


def test_rotation_portal_button_without_a_browser_shows_the_address(qtbot, vault, sample,
                                                                     monkeypatch):
    from cobby_desktop.domain.store import Inventory
    from cobby_desktop.ui import rotation_dialog
    from cobby_desktop.ui.store_access import StoreAccess

    monkeypatch.setattr(rotation_dialog, "open_url", lambda url: False)
    with Inventory.open() as inv:
        shop_id = inv.shops()[0].id
    dialog = rotation_dialog.RotationDialog(StoreAccess(vault=vault), shop_id)
    qtbot.addWidget(dialog)
    dialog.open_portal_page()
    assert PORTAL_URL in dialog.message.text() and not dialog.message.isHidden()
