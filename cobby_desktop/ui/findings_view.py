"""Shows a connection check's report: a summary, then each finding with its
severity, title, explanation, this case's detail and numbered fix steps, plus
"Copy report" and "Save report…" (redacted text or HTML for cobby's support).

Two findings can be fixed right here:
- `http.basic_auth` / `http.basic_auth_refused` (not on Magento 2): an inline
  form takes the basic-auth user and password and emits
  `basic_auth_given(user, Secret)`; the owner stores and re-runs.
- `tls.untrusted` (self-signed or unknown issuer, still valid) and
  `tls.pin_mismatch` (the trusted certificate was replaced, e.g. renewed): a
  "Trust this exact certificate…" button opens a warning with subject, issuer,
  validity and SHA-256 fingerprint; on confirmation it emits
  `certificate_pinned(CertInfo)`. Pinning makes exactly that certificate the
  only trust anchor for the shop; verification is never switched off.
  Not offered for `tls.expired` (the fix is a renewed certificate; pinning
  would hide an expiry) nor for `tls.hostname_mismatch` (a certificate made out
  for another name usually means the address reaches another site or the
  host's default certificate; the fix is the right address or certificate).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cobby_desktop import i18n
from cobby_desktop.domain.findings import localized
from cobby_desktop.secret import Secret
from cobby_desktop.ui import theme
from cobby_desktop.ui.theme import Tone
from cobby_desktop.ui.workers import JobContext, start_job

if TYPE_CHECKING:
    from cobby_desktop.domain.diagnosis import DiagnosisReport
    from cobby_desktop.domain.findings import Finding
    from cobby_desktop.net.http import CertInfo

PINNABLE = frozenset({"tls.untrusted", "tls.pin_mismatch"})
_ORDER = {"failure": 0, "warning": 1, "notice": 2}
# Severity -> tone: the theme's checked (text, background, border) per scheme.
_TONES = {"failure": Tone.BAD, "warning": Tone.WAIT, "notice": Tone.INFO}


def selectable_label(text: str = "", *, rich: bool = False, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _steps_html(steps: tuple[str, ...]) -> str:
    items = "".join(f"<li>{html.escape(s, quote=False)}</li>" for s in steps)
    return f"<ol style='margin-top:0; margin-bottom:0'>{items}</ol>"


class TrustCertificateDialog(QDialog):
    """The warning before a certificate is pinned. Cancel is the default."""

    def __init__(
        self, cert: CertInfo, *, replacing: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.cert = cert
        self.setWindowTitle(self.tr("Trust this exact certificate?"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        if replacing:
            intro = self.tr(
                "The shop now presents a different certificate than the one you trusted "
                "before. This happens when the certificate was renewed, but it can also mean "
                "that someone is intercepting the connection."
            )
        else:
            intro = self.tr(
                "Your computer does not trust the shop's certificate: it is self-signed or "
                "issued by an unknown authority."
            )
        self.intro = selectable_label(intro)
        layout.addWidget(self.intro)
        self.warning = selectable_label(
            self.tr(
                "Trusting this one certificate is the weaker choice. The better fix is a "
                "certificate from a public authority (for example Let's Encrypt) on the shop. "
                "Only continue if the SHA-256 fingerprint below is exactly the one your "
                "hosting provider or developer gives you for this shop. From then on the app "
                "accepts only this certificate for this shop; any other one fails."
            )
        )
        self.warning.setStyleSheet(theme.panel_style(Tone.WAIT) + " padding: 8px;")
        layout.addWidget(self.warning)
        form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        rows = (
            ("subject", self.tr("Issued to:"), cert.subject),
            ("issuer", self.tr("Issued by:"), cert.issuer),
            (
                "validity",
                self.tr("Valid:"),
                self.tr("from %1 until %2 (UTC)")
                .replace("%1", f"{cert.not_before:%Y-%m-%d %H:%M}")
                .replace("%2", f"{cert.not_after:%Y-%m-%d %H:%M}"),
            ),
            ("sha256", self.tr("SHA-256 fingerprint:"), cert.sha256),
        )
        for key, caption, value in rows:
            label = selectable_label(value)
            if key == "sha256":
                label.setFont(mono)
            label.setAccessibleName(caption.rstrip(":"))
            self.fields[key] = label
            form.addRow(caption, label)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        self.trust_button = buttons.addButton(
            self.tr("&Trust this certificate"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.cancel_button.setFocus()
        self.trust_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class BasicAuthForm(QFrame):
    """User name and password of the password prompt in front of the shop."""

    submitted = Signal(str, object)  # user, Secret

    def __init__(self, user: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(
            selectable_label(
                self.tr(
                    "Enter the user name and password your browser asks for when you open "
                    "the shop. The password is kept in the keychain."
                )
            )
        )
        form = QFormLayout()
        self.user = QLineEdit(user)
        self.user.setAccessibleName(self.tr("Basic-auth user name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Basic-auth password"))
        user_label = QLabel(self.tr("&User name:"))
        user_label.setBuddy(self.user)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password)
        form.addRow(user_label, self.user)
        form.addRow(password_label, self.password)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.submit = QPushButton(self.tr("Test &again with these"))
        self.submit.setAccessibleName(self.tr("Test again with this user name and password"))
        self.submit.clicked.connect(self._submit)
        row.addWidget(self.submit)
        row.addStretch(1)
        layout.addLayout(row)
        self.user.textChanged.connect(self._update)
        self.password.textChanged.connect(self._update)
        self.user.returnPressed.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self._update()

    def _update(self) -> None:
        self.submit.setEnabled(bool(self.user.text().strip() and self.password.text()))

    def _submit(self) -> None:
        if not self.submit.isEnabled():
            return
        password = Secret(self.password.text())
        self.password.clear()  # the value now lives only in the Secret
        self.submitted.emit(self.user.text().strip(), password)


class FindingCard(QFrame):
    """One finding: severity badge, title, explanation, detail, fix steps."""

    def __init__(self, finding: Finding, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        finding = localized(finding, i18n.text)  # the catalogue's words in this language
        self.finding = finding
        severity = str(finding.severity)
        tone = theme.pair(_TONES.get(severity, Tone.INFO))
        self.setObjectName("findingCard")
        self.setStyleSheet(
            f"#findingCard {{ border: 1px solid {tone.border}; "
            f"border-left: 4px solid {tone.text}; border-radius: 4px; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        words = {
            "failure": self.tr("Problem"),
            "warning": self.tr("Warning"),
            "notice": self.tr("Good to know"),
        }
        head = QHBoxLayout()
        self.badge = QLabel(words.get(severity, severity))
        self.badge.setStyleSheet(
            f"color: {tone.fg}; background: {tone.bg}; border: 1px solid {tone.border}; "
            "border-radius: 8px; padding: 1px 8px; font-weight: 600;"
        )
        self.badge.setAccessibleName(self.tr("Severity: %1").replace("%1", self.badge.text()))
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.title = selectable_label(finding.title, bold=True)
        head.addWidget(self.title, 1)
        layout.addLayout(head)
        # Every widget goes into the layout (and so gets its parent) before it is
        # shown or hidden: a parentless widget shown becomes a window of its own
        # for a moment and takes the keyboard focus from the wizard.
        self.explanation = selectable_label(finding.explanation)
        layout.addWidget(self.explanation)
        self.explanation.setVisible(bool(finding.explanation))
        self.steps = selectable_label(
            "<b>" + html.escape(self.tr("What to do:")) + "</b>" + _steps_html(finding.fix),
            rich=True,
        )
        layout.addWidget(self.steps)
        self.steps.setVisible(bool(finding.fix))
        # This case's technical specifics, for the agency or the hosting: folded
        # away under "Details" so the main path keeps the merchant's words.
        self.detail = selectable_label(finding.detail)
        self.detail.setStyleSheet("color: palette(placeholder-text);")
        self.detail.setVisible(False)
        self.details_button = QToolButton()
        self.details_button.setText(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setArrowType(Qt.ArrowType.RightArrow)
        self.details_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.details_button.setAutoRaise(True)
        self.details_button.setAccessibleName(self.tr("Show the technical details"))
        self.details_button.toggled.connect(self._show_details)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.details_button.setVisible(bool(finding.detail))
        layout.addWidget(self.detail)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)

    def _show_details(self, shown: bool) -> None:
        self.detail.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.details_button.setArrowType(arrow)

    def shown_text(self) -> str:
        parts = [self.badge.text(), self.title.text()]
        parts += [w.text() for w in (self.explanation, self.detail) if w.isVisible() or w.text()]
        parts += list(self.finding.fix)
        return "\n".join(p for p in parts if p)


class FindingsView(QWidget):
    basic_auth_given = Signal(str, object)  # user, Secret: test again with these
    certificate_pinned = Signal(object)  # CertInfo the merchant chose to trust
    report_copied = Signal()
    report_saved = Signal(str)  # the path written
    save_failed = Signal(str)  # a message for the merchant

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: DiagnosisReport | None = None
        self.cards: list[FindingCard] = []
        self.basic_auth_form: BasicAuthForm | None = None
        self.trust_button: QPushButton | None = None
        self.trust_dialog: TrustCertificateDialog | None = None
        self.basic_auth_user = ""
        # Replaceable for tests and automation: returns a path or None.
        self.ask_save_path: Callable[[], str | None] = self._ask_save_path
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.summary = selectable_label(bold=True)
        self.summary.setAccessibleName(self.tr("Test result"))
        outer.addWidget(self.summary)
        self.facts = selectable_label()
        self.facts.setAccessibleName(self.tr("What was tested"))
        outer.addWidget(self.facts)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(8)
        outer.addLayout(self.cards_box)
        actions = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy report"))
        self.copy_button.setToolTip(
            self.tr("Copies the report for cobby's support. Secrets are left out.")
        )
        self.copy_button.clicked.connect(self.copy_report)
        self.save_button = QPushButton(self.tr("&Save report…"))
        self.save_button.setToolTip(
            self.tr("Saves the report as a text or HTML file. Secrets are left out.")
        )
        self.save_button.clicked.connect(lambda: self.save_report())
        self.action_status = selectable_label()
        actions.addWidget(self.copy_button)
        actions.addWidget(self.save_button)
        actions.addWidget(self.action_status, 1)
        outer.addLayout(actions)
        self.set_report(None)

    # -- showing ----------------------------------------------------------------
    def set_report(self, report: DiagnosisReport | None, basic_auth_user: str = "") -> None:
        self.report = report
        if basic_auth_user:
            self.basic_auth_user = basic_auth_user
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        self.basic_auth_form = None
        self.trust_button = None
        self.action_status.setText("")
        has = report is not None
        self.summary.setVisible(has)
        self.facts.setVisible(has)
        self.copy_button.setVisible(has)
        self.save_button.setVisible(has)
        if report is None:
            return
        self._summarise(report)
        for f in sorted(report.findings, key=lambda f: _ORDER.get(str(f.severity), 3)):
            card = FindingCard(f, self)
            self._add_fixers(card, report)
            self.cards.append(card)
            self.cards_box.addWidget(card)
            card.show()  # at once, not on the layout's queued show: the report is final

    def hide_findings(self, codes: set[str] | frozenset[str]) -> None:
        """Hide findings a later step has settled (e.g. cobby connected while the
        proof ran); the summary follows. The saved report stays the check's own."""
        for card in self.cards:
            if card.finding.code in codes:
                card.setVisible(False)
        if self.report is not None:
            self._summarise(self.report)

    def _summarise(self, report: DiagnosisReport) -> None:
        from cobby_desktop.domain.findings import Severity

        shown = [c.finding for c in self.cards if not c.isHidden()]
        findings = shown if self.cards else list(report.findings)
        if report.cancelled:
            text, tone = self.tr("The test was cancelled before the end."), None
        elif not report.ok:
            text, tone = self.tr("The connection does not work yet."), Tone.BAD
        elif any(f.severity is not Severity.NOTICE for f in findings):
            text = self.tr("The connection works, but something needs your attention.")
            tone = Tone.WAIT
        elif findings:
            text, tone = self.tr("The connection works. Good to know:"), Tone.GOOD
        else:
            text, tone = self.tr("The connection works."), Tone.GOOD
        self.summary.setText(text)
        self.summary.setStyleSheet(theme.text_style(tone) if tone else "")
        facts = [self.tr("Address used: %1").replace("%1", report.url_used or report.url_given)]
        if report.magento_major:
            shop = f"Magento {report.magento_major}"
            if report.magento_version:
                shop = (
                    f"Magento {report.magento_version}"
                    if report.magento_version[:1] == str(report.magento_major)
                    else f"{shop} ({report.magento_version})"
                )
            if report.magento_edition:
                shop += f" ({report.magento_edition})"
            facts.append(shop)
        if report.cobby is not None and report.cobby.cobby_version:
            facts.append(self.tr("cobby connector %1").replace("%1", report.cobby.cobby_version))
        self.facts.setText(" · ".join(facts))

    def _add_fixers(self, card: FindingCard, report: DiagnosisReport) -> None:
        code = card.finding.code
        # On Magento 2 a password cannot help: the signature needs the one
        # Authorization header, so the fix is an exclusion, never a password.
        asks = code in ("http.basic_auth", "http.basic_auth_refused")
        if asks and report.magento_major != 2 and self.basic_auth_form is None:
            form = BasicAuthForm(self.basic_auth_user, card)
            form.submitted.connect(self._basic_auth_submitted)
            card.extra.addWidget(form)
            self.basic_auth_form = form
        cert = report.certificate
        if code in PINNABLE and cert is not None and not cert.expired:
            button = QPushButton(self.tr("&Trust this exact certificate…"))
            button.setAccessibleName(self.tr("Trust this exact certificate"))
            button.clicked.connect(lambda: self.ask_to_trust(replacing=code == "tls.pin_mismatch"))
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            card.extra.addLayout(row)
            self.trust_button = button

    def shown_text(self) -> str:
        """Everything the view shows, as plain text (for tests and screen readers)."""
        parts = [self.summary.text(), self.facts.text()]
        parts += [card.shown_text() for card in self.cards if not card.isHidden()]
        return "\n".join(p for p in parts if p)

    # -- fixing right here --------------------------------------------------------
    def _basic_auth_submitted(self, user: str, password: Secret) -> None:
        self.basic_auth_user = user
        self.basic_auth_given.emit(user, password)

    def ask_to_trust(self, *, replacing: bool = False) -> TrustCertificateDialog | None:
        """Open the warning (window-modal, not blocking); confirming pins."""
        if self.report is None or self.report.certificate is None:
            return None
        cert = self.report.certificate
        dialog = TrustCertificateDialog(cert, replacing=replacing, parent=self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self.certificate_pinned.emit(cert))
        dialog.finished.connect(dialog.deleteLater)
        self.trust_dialog = dialog
        dialog.open()
        return dialog

    # -- the support report -----------------------------------------------------
    def copy_report(self) -> None:
        if self.report is None:
            return
        QGuiApplication.clipboard().setText(self.report.to_text(i18n.text))
        self.action_status.setText(self.tr("The report is on the clipboard (no secrets in it)."))
        self.report_copied.emit()

    def _ask_save_path(self) -> str | None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the connection report"),
            "cobby-connection-report.txt",
            self.tr("Text file (*.txt);;Web page (*.html)"),
        )
        if not path:
            return None
        if not Path(path).suffix:
            path += ".html" if "html" in chosen else ".txt"
        return path

    def save_report(self, path: str | None = None) -> None:
        """Write the redacted report; HTML for .html/.htm, text otherwise."""
        if self.report is None:
            return
        path = path or self.ask_save_path()
        if not path:
            return
        as_html = Path(path).suffix.lower() in (".html", ".htm")
        # Rendered here, in the reader's language; the job only writes it.
        content = self.report.to_html(i18n.text) if as_html else self.report.to_text(i18n.text)
        fail_text = self.tr("The report could not be saved to %1: %2")

        def work(ctx: JobContext) -> str | None:
            try:
                Path(path).write_text(content, encoding="utf-8")
            except OSError as exc:
                return exc.strerror or type(exc).__name__
            return None

        def done(error: str | None) -> None:
            if error:
                message = fail_text.replace("%1", path).replace("%2", error)
                self.action_status.setText(message)
                self.save_failed.emit(message)
            else:
                self.action_status.setText(self.tr("Saved to %1.").replace("%1", path))
                self.report_saved.emit(path)

        job = start_job(work, self)
        job.finished.connect(done)
        job.failed.connect(self.save_failed.emit)
