""" "Open in my admin": the admin page built from the address the merchant gave,
for each page that has the button (M1 roles, M1 users, M2 integrations), and
the button opening exactly that page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from cobby_desktop import i18n
from cobby_desktop.services.setup_state import WizardState, admin_base, admin_page
from cobby_desktop.ui.wizard.wizard import M1_ROLE, M1_USER, M2_INTEGRATION, SetupWizard

M1_CASES = [
    # (what the merchant pasted, the admin area's base)
    ("https://shop.test/index.php/admin/", "https://shop.test/index.php/admin"),
    ("https://shop.test/index.php/admin", "https://shop.test/index.php/admin"),
    # A dashboard URL with its secret key, as copied from the browser.
    (
        "https://shop.test/index.php/admin/dashboard/index/key/0f3c9a1b2d/",
        "https://shop.test/index.php/admin",
    ),
    ("https://shop.test/backend/", "https://shop.test/backend"),
    ("shop.test/admin", "https://shop.test/admin"),  # no scheme: https
    ("http://shop.test:8080/shop/admin/?SID=abc#top", "http://shop.test:8080/shop/admin"),
]

M2_CASES = [
    ("https://shop.test/admin/", "https://shop.test/admin"),
    ("https://shop.test/admin_k3x9/", "https://shop.test/admin_k3x9"),
    # Dashboard URL: <area>/admin/dashboard/... keeps only the area.
    (
        "https://shop.test/admin_k3x9/admin/dashboard/index/key/7a1e0c4b99/",
        "https://shop.test/admin_k3x9",
    ),
    ("https://shop.test/admin/admin/dashboard/", "https://shop.test/admin"),
    # index.php/admin: "admin" is the area, not the router.
    ("https://shop.test/index.php/admin/", "https://shop.test/index.php/admin"),
    (
        "https://shop.test/index.php/admin/admin/dashboard/index/key/abc/",
        "https://shop.test/index.php/admin",
    ),
    ("shop.test/backoffice", "https://shop.test/backoffice"),
]


@pytest.mark.parametrize(("given", "base"), M1_CASES)
def test_m1_roles_and_users_pages(given: str, base: str) -> None:
    assert admin_base(given, 1) == base
    assert admin_page(given, 1, "roles") == base + "/api_role/"
    assert admin_page(given, 1, "users") == base + "/api_user/"


@pytest.mark.parametrize(("given", "base"), M2_CASES)
def test_m2_new_integration_page(given: str, base: str) -> None:
    assert admin_base(given, 2) == base
    assert admin_page(given, 2, "integration") == base + "/admin/integration/new/"


@pytest.mark.parametrize("given", ["", "   ", "https://", "///"])
def test_no_usable_admin_address_gives_no_page(given: str) -> None:
    for major, page in ((1, "roles"), (1, "users"), (2, "integration")):
        assert admin_page(given, major, page) is None


class _UrlCatcher(QObject):
    """Takes https URLs instead of the browser (QDesktopServices' own hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def opened_urls():
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("https")


@pytest.mark.parametrize(
    ("page_id", "magento", "admin", "expected"),
    [
        (
            M1_ROLE,
            1,
            "https://shop.test/index.php/admin/dashboard/key/ab12/",
            "https://shop.test/index.php/admin/api_role/",
        ),
        (
            M1_USER,
            1,
            "https://shop.test/index.php/admin/",
            "https://shop.test/index.php/admin/api_user/",
        ),
        (
            M2_INTEGRATION,
            2,
            "https://shop.test/admin_k3x9/admin/dashboard/",
            "https://shop.test/admin_k3x9/admin/integration/new/",
        ),
    ],
)
def test_open_in_my_admin_button_opens_that_page(
    qtbot, opened_urls, page_id: int, magento: int, admin: str, expected: str
) -> None:
    wizard = SetupWizard(load=False)
    qtbot.addWidget(wizard)
    wizard.state = WizardState(url="https://shop.test/", admin_url=admin, magento=magento)
    wizard.setStartId(page_id)
    wizard.show()
    page = wizard.currentPage()
    assert page.admin_button.isEnabled()
    page.admin_button.click()
    assert opened_urls == [expected]


def test_without_admin_address_the_button_is_off_and_says_why(qtbot, opened_urls) -> None:
    wizard = SetupWizard(load=False)
    qtbot.addWidget(wizard)
    wizard.state = WizardState(url="https://shop.test/", magento=1)
    wizard.setStartId(M1_ROLE)
    wizard.show()
    page = wizard.m1_role_page
    assert not page.admin_button.isEnabled()
    assert page.admin_hint.text() == i18n.translate(
        "AdminLinkPage", "Enter your admin address on the shop page to open this page directly."
    )
    page.admin_button.click()
    assert opened_urls == []
