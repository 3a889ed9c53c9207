"""What the main window shows before the first shop: one clear next step."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    connect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = QLabel(self.tr("No shops yet"), self)
        self.title.setObjectName("emptyTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        big = QFont(self.title.font())
        big.setPointSizeF(big.pointSizeF() * 1.8)
        big.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(big)
        self.text = QLabel(
            self.tr(
                "Connect your Magento shop to cobby: this app guides you through "
                "creating the API access, tests it and keeps the key safely in "
                "your system's keychain."
            ),
            self,
        )
        self.text.setObjectName("emptyText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A wrapped label placed with an alignment gets only its narrow size
        # hint: give it a reading width in characters instead.
        width = self.fontMetrics().averageCharWidth() * 64
        self.text.setFixedWidth(width)
        self.text.setMinimumHeight(self.text.heightForWidth(width))
        self.button = QPushButton(self.tr("Connect a shop…"), self)
        self.button.setObjectName("primaryButton")
        self.button.setAccessibleName(self.tr("Connect a shop"))
        self.button.setDefault(True)
        self.button.setMinimumHeight(self.fontMetrics().height() * 2 + 12)
        self.button.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 16)
        self.button.clicked.connect(self.connect_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        layout.addStretch(2)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        self.setFocusProxy(self.button)
