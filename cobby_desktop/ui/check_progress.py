"""The per-stage progress of a connection check: one line per stage in the
merchant's words (○ waiting, ▶ running, ✓ done, ✗ stopped here) and a bar.

Shared by the setup wizard's test page and the "Test connection" dialog so
both name the stages the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

WAITING, RUNNING, DONE, STOPPED, SKIPPED = "○", "▶", "✓", "✗", "–"


def stage_names() -> dict[str, str]:
    """The diagnosis stages (domain.diagnosis.STAGES) as the merchant reads them."""
    return {
        "url": QCoreApplication.translate("CheckStages", "Shop address"),
        "dns": QCoreApplication.translate("CheckStages", "Finding the shop on the internet"),
        "tcp": QCoreApplication.translate("CheckStages", "Connecting to the shop's server"),
        "tls": QCoreApplication.translate("CheckStages", "Secure connection"),
        "http": QCoreApplication.translate("CheckStages", "Web server answers"),
        "detect": QCoreApplication.translate("CheckStages", "Magento and its API"),
        "credentials": QCoreApplication.translate("CheckStages", "Signing in with the credentials"),
        "cobby": QCoreApplication.translate("CheckStages", "cobby connector"),
    }


class StageList(QWidget):
    """Shows how far a check got. `extra` adds stages after the diagnosis's own
    (the wizard's "saving"), as (id, merchant text) pairs."""

    def __init__(
        self, extra: tuple[tuple[str, str], ...] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from cobby_desktop.domain.diagnosis import STAGES

        names = stage_names()
        names.update(dict(extra))
        self.stage_ids: tuple[str, ...] = (*STAGES, *(sid for sid, _ in extra))
        self.names = {s: names.get(s, s) for s in self.stage_ids}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.labels: dict[str, QLabel] = {}
        for stage in self.stage_ids:
            label = QLabel()
            self.labels[stage] = label
            layout.addWidget(label)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(self.stage_ids))
        self.bar.setAccessibleName(self.tr("Test progress"))
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.reached: str | None = None
        self.seen: list[str] = []  # stages reported by the running check, in order
        self.mark(None)

    def sign(self, stage: str) -> str:
        return self.labels[stage].text()[:1]

    def reset(self) -> None:
        self.seen = []
        self.mark(None)

    def mark(self, current: str | None) -> None:
        """`current` is running; the stages before it are done."""
        self.reached = current
        if current is not None:
            self.seen.append(current)
        reached = self.stage_ids.index(current) if current in self.stage_ids else -1
        for i, stage in enumerate(self.stage_ids):
            if current is None or i > reached:
                sign = WAITING
            elif i < reached:
                sign = DONE
            else:
                sign = RUNNING
            self._set(stage, sign)
        self.bar.setValue(max(reached, 0))

    def mark_failed(self, *, skip: tuple[str, ...] = ()) -> None:
        """The stage the check stopped at gets a cross; later stages stay open."""
        stage = self.reached
        if stage is None or stage not in self.stage_ids or stage in skip:
            return
        self._set(stage, STOPPED)

    def mark_all_done(self) -> None:
        for stage in self.stage_ids:
            self._set(stage, DONE)
        self.bar.setValue(len(self.stage_ids))

    def mark_plain_http(self, url_used: str | None) -> None:
        """A shop reached over plain http had no secure connection to check."""
        if url_used and url_used.startswith("http://") and self.sign("tls") == DONE:
            self._set("tls", SKIPPED)

    def mark_stopped(self) -> None:
        """Cancelled: the running stage goes back to waiting."""
        if self.reached in self.labels:
            self._set(self.reached, WAITING)

    def _set(self, stage: str, sign: str) -> None:
        label = self.labels[stage]
        label.setText(f"{sign}  {self.names[stage]}")
        state = {
            WAITING: self.tr("not yet"),
            RUNNING: self.tr("running"),
            DONE: self.tr("done"),
            STOPPED: self.tr("stopped here"),
            SKIPPED: self.tr("not used (the address starts with http)"),
        }[sign]
        label.setAccessibleName(f"{self.names[stage]}: {state}")
