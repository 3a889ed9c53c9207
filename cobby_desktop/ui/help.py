"""Help at hand: the app's own guide (offline, in the app), contacting cobby
support with a redacted report, and the About box.

The guide is one page with an anchor per wizard page (`PAGE_ANCHORS`), so F1
opens it where the merchant is. Every link out (the portal, an email) that
cannot be opened says so and shows the address to copy: no dead ends.
"""

from __future__ import annotations

import html
import platform
import sys
from collections.abc import Callable, Iterable
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import __version__

SUPPORT_ADDRESS = "info@cobby.io"  # cobby's published support address
WEBSITE = "https://www.cobby.io"
PORTAL = "https://app.cobby.io"
PLUGIN = "cobby connector"  # what cobby's docs call the shop plugin (Cobby_Connector)
MAILTO_LIMIT = 1800  # longer mailto: links are cut or refused by some mail programs


def licence_line() -> str:
    """The About box's licence line, in the merchant's language (pyproject:
    LicenseRef-Proprietary)."""
    return QCoreApplication.translate("Guide", "Licence: proprietary, all rights reserved")


def open_link(url: str) -> bool:
    """The system browser or mail program; False when none could be opened."""
    return QDesktopServices.openUrl(QUrl(url))


# -- the guide ---------------------------------------------------------------------


def _section(anchor: str, title: str, paragraphs: Iterable[str], steps: Iterable[str] = ()) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    items = "".join(f"<li>{s}</li>" for s in steps)
    if items:
        body += f"<ol>{items}</ol>"
    return f'<h2><a name="{anchor}"></a>{html.escape(title)}</h2>{body}'


class GuideText(QObject):
    """The guide's words (one translation context, "GuideText")."""

    def _setup_sections(self) -> list[str]:
        return [
            _section(
                "start",
                self.tr("What cobby needs"),
                [
                    self.tr(
                        "cobby edits your Magento catalogue from Excel. Its service reaches your "
                        "shop through Magento's API, with an access you create for cobby only."
                    )
                ],
                [
                    self.tr(
                        "A cobby workspace and its license key (cobby's portal, workspace "
                        "settings)."
                    ),
                    self.tr("The %1 installed and switched on in your shop.").replace("%1", PLUGIN),
                    self.tr(
                        "An API access for cobby in your shop: this app guides you through it."
                    ),
                    self.tr("The shop's address and that access entered in cobby's portal."),
                ],
            ),
            _section(
                "workspace",
                self.tr("Your cobby workspace"),
                [
                    self.tr(
                        "Each shop belongs to one workspace. The license key is in cobby's portal, "
                        "in the workspace's settings. This app keeps it in your computer's "
                        "keychain."
                    )
                ],
            ),
            _section(
                "shop",
                self.tr("Your shop"),
                [
                    self.tr(
                        "Enter the address you open your shop with in a browser. The app checks "
                        "which Magento runs it and whether the %1 answers. The name is only for "
                        "you: it tells your shops apart in the list."
                    ).replace("%1", PLUGIN),
                    self.tr(
                        "With your admin address, the next pages can open the right admin page. "
                        "Choose whether the app guides you to create the access, or you already "
                        "have one."
                    ),
                ],
            ),
        ]


    def _magento_sections(self) -> list[str]:
        return [
            _section(
                "m1_role",
                self.tr("Magento 1: a role for cobby"),
                [
                    self.tr(
                        "In your admin, create an API role named cobby that may use cobby's part "
                        "of the API, and nothing else."
                    )
                ],
            ),
            _section(
                "m1_user",
                self.tr("Magento 1: the API user for cobby"),
                [
                    self.tr(
                        "Create a user that only cobby uses, with the role cobby. Paste the key "
                        "the app generated into API Key and API Key Confirmation: the clipboard "
                        "keeps it long enough for both."
                    )
                ],
            ),
            _section(
                "m2_integration",
                self.tr("Magento 2: the cobby integration"),
                [
                    self.tr(
                        "In your admin, add an integration named cobby with access to cobby's "
                        "resources, save it and activate it. Magento then shows four values."
                    )
                ],
            ),
            _section(
                "m2_tokens",
                self.tr("Magento 2: the integration's four values"),
                [
                    self.tr(
                        "Copy the whole panel with the four values and paste it into the app once: "
                        "it fills in all four fields."
                    )
                ],
            ),
        ]


    def _finish_sections(self) -> list[str]:
        return [
            _section(
                "test",
                self.tr("The test"),
                [
                    self.tr(
                        "The app does what cobby will do: reach your shop and sign in with the new "
                        "access. Each problem comes with the steps to fix it; everything you typed "
                        "is kept, so you can click Test again."
                    ),
                    self.tr(
                        "A shop reached without https is flagged: the keys would travel "
                        "unencrypted."
                    ),
                ],
            ),
            _section(
                "portal",
                self.tr("Telling cobby about the shop"),
                [
                    self.tr(
                        "Open cobby's portal at %1, open the shop settings of this workspace and "
                        "enter the values in the order shown, with the copy buttons. Save. The app "
                        "then watches your shop until cobby has connected."
                    ).replace("%1", PORTAL)
                ],
            ),
            _section(
                "keys",
                self.tr("Keeping the keys safe"),
                [
                    self.tr(
                        "Keys live only in your computer's keychain. Test connection checks a shop "
                        "again; Rotate key replaces a key without interrupting cobby; Revoke "
                        "access removes cobby's access; the security audit lists what needs care."
                    )
                ],
            ),
        ]


    def _findings_section(self) -> str:
        from cobby_desktop import i18n
        from cobby_desktop.domain.findings import CATALOGUE, localized, make_finding

        shown = [localized(make_finding(code, None), i18n.text) for code in CATALOGUE]
        rows = "".join(
            f"<dt><b>{html.escape(f.title)}</b></dt><dd>{html.escape(f.explanation)}</dd>"
            for f in shown
        )
        title = self.tr("What the test results mean")
        intro = self.tr(
            "What each result of a test means. The test itself shows the steps to fix it."
        )
        return (
            f'<h2><a name="findings"></a>{html.escape(title)}</h2>'
            f"<p>{intro}</p><dl>{rows}</dl>"
        )


    def _support_section(self) -> str:
        return _section(
            "support",
            self.tr("Help from cobby"),
            [
                self.tr(
                    "Help > Contact cobby support prepares an email to %1 with a report that "
                    "contains no keys or passwords."
                ).replace("%1", SUPPORT_ADDRESS)
            ],
        )


    def html(self) -> str:
        parts = [*self._setup_sections(), *self._magento_sections(), *self._finish_sections()]
        parts += [self._findings_section(), self._support_section()]
        title = html.escape(self.tr("cobby Desktop guide"))
        return f"<h1>{title}</h1>" + "".join(parts)


def guide_html() -> str:
    return GuideText().html()


class GuideDialog(QDialog):
    """The guide, non-modal; `show_at(anchor)` scrolls to a section."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("cobby Desktop guide"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(max(700, em * 110), self.fontMetrics().height() * 38)
        self.anchor = "start"

    def show_at(self, anchor: str) -> None:
        self.anchor = anchor
        self.browser.scrollToAnchor(anchor)
        self.show()
        self.raise_()
        self.activateWindow()


_guide: GuideDialog | None = None


def open_guide(anchor: str = "start", parent: QWidget | None = None) -> GuideDialog:
    """One guide for the whole app, opened (or raised) at `anchor`."""
    global _guide
    if _guide is None:
        _guide = GuideDialog(parent)
        _guide.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        _guide.destroyed.connect(_forget_guide)
    _guide.show_at(anchor)
    return _guide


def _forget_guide(*_: object) -> None:
    global _guide
    _guide = None


# -- support and about ---------------------------------------------------------------


def versions_text() -> str:
    from PySide6 import __version__ as pyside_version

    return (
        f"cobby Desktop {__version__}\n"
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}\n"
        f"{platform.system()} {platform.release()} ({platform.machine()})"
    )


def support_report(details: Iterable[str] = ()) -> str:
    """Versions and what the caller adds (a shop's last checks), redacted."""
    from cobby_desktop.ui.redaction import redact

    lines = [versions_text(), "", *details]
    return redact("\n".join(lines).rstrip() + "\n")


def mailto_url(report: str) -> str:
    subject = QCoreApplication.translate("Guide", "cobby Desktop: question")
    body = QCoreApplication.translate("Guide", "Hello cobby support,\n\n\n\n---\n") + report
    if len(quote(body)) > MAILTO_LIMIT:
        body = QCoreApplication.translate("Guide",
            "Hello cobby support,\n\n\n\n---\nThe report is on the clipboard: paste it here.\n"
        )
    return f"mailto:{SUPPORT_ADDRESS}?subject={quote(subject)}&body={quote(body)}"


class SupportDialog(QDialog):
    """The redacted report to send, the address, and an email prepared for it."""

    def __init__(
        self,
        report: str,
        parent: QWidget | None = None,
        opener: Callable[[str], bool] = open_link,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supportDialog")
        self.setWindowTitle(self.tr("Contact cobby support"))
        self.report = report
        self._open = opener
        intro = QLabel(
            self.tr(
                "Write to cobby support at %1. The report below goes with your email; it "
                "contains no keys or passwords."
            ).replace("%1", SUPPORT_ADDRESS),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(report, self)
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Report for cobby support"))
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.email_button = self.buttons.addButton(
            self.tr("&Write email"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.email_button.clicked.connect(self.write_email)
        self.copy_button.clicked.connect(self.copy_report)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 24)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self._say(self.tr("The report is on the clipboard."))

    def write_email(self) -> bool:
        """Copy the report too (the mail program may drop a long body), then open
        an email; when no mail program opens, say so and show the address."""
        QGuiApplication.clipboard().setText(self.report)
        if self._open(mailto_url(self.report)):
            self._say(
                self.tr("Your email program opened. The report is also on the clipboard.")
            )
            return True
        self._say(
            self.tr(
                "No email program could be opened. Write to %1 from your email and paste the "
                "report: it is on the clipboard."
            ).replace("%1", SUPPORT_ADDRESS)
        )
        return False

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(True)


def about_text() -> str:
    lines = [
        QCoreApplication.translate("Guide", "cobby Desktop %1").replace("%1", __version__),
        QCoreApplication.translate(
            "Guide",
            "Creates, tests and rotates the API access cobby needs for your Magento shop. "
            "Keys and tokens are kept in your system's keychain only.",
        ),
        QCoreApplication.translate("Guide", "Website: %1").replace(
            "%1", f'<a href="{WEBSITE}">{WEBSITE}</a>'
        ),
        QCoreApplication.translate("Guide", "Support: %1").replace(
            "%1", f'<a href="mailto:{SUPPORT_ADDRESS}">{SUPPORT_ADDRESS}</a>'
        ),
        html.escape(licence_line()),
        html.escape(f"Python {platform.python_version()}, Qt {qVersion()} ({sys.platform})"),
    ]
    return "".join(f"<p>{line}</p>" for line in lines)


def show_about(parent: QWidget | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setWindowTitle(QCoreApplication.translate("Guide", "About cobby Desktop"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
