"""A figure card for the dashboard: name, value, one line of context, a colour against a target, and
a "how is this computed?" link that opens the formula with the shop's own numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.sparkline import Sparkline

COLORS = {"good": "#2e8b57", "warn": "#d08c1a", "bad": "#c0392b", "none": "#9aa5ad", "info": "#1f6f8b"}


class FigureCard(QFrame):
    """One figure. ``set_figure`` fills it; ``explain`` is emitted with the card's key."""

    explain = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.setObjectName("card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.value = QLabel("–")
        self.value.setObjectName("cardValue")
        self.detail = QLabel()
        self.detail.setObjectName("cardDetail")
        self.detail.setWordWrap(True)
        self.how = QPushButton()
        self.how.setObjectName("linkButton")
        self.how.setFlat(True)
        self.how.setCursor(Qt.CursorShape.PointingHandCursor)
        self.how.clicked.connect(lambda: self.explain.emit(self.key))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.detail, 1)
        self.trend = Sparkline(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.how, 0, Qt.AlignmentFlag.AlignLeft)
        bottom.addStretch(1)
        bottom.addWidget(self.trend)
        layout.addLayout(bottom)
        self.status = "none"
        self.set_status("none")

    def set_texts(self, title: str, how: str) -> None:
        """Card title and the link's text in the current language."""
        self.title.setText(title)
        self.setAccessibleName(title)
        self.how.setText(how)
        self.how.setAccessibleName(f"{how} {title}")

    def set_figure(self, value: str, detail: str, status: str) -> None:
        """The value, its context line and its status: good, warn, bad, info or none."""
        self.value.setText(value)
        self.detail.setText(detail)
        self.set_status(status)
        # A screen reader announces the card as one thing: its name, then the figure and its line.
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(f"{value}. {detail}" if detail else value)

    def set_trend(self, values: list[float | None], tooltip: str) -> None:
        """The figure over the last periods, oldest first."""
        self.trend.set_values(values, COLORS.get(self.status) if self.status != "none" else None)
        self.trend.setToolTip(tooltip)
        self.trend.setAccessibleName(self.title.text())
        self.trend.setAccessibleDescription(tooltip)

    def set_status(self, status: str) -> None:
        """Colour the card's left edge and value by status."""
        self.status = status
        color = COLORS.get(status, COLORS["none"])
        self.setStyleSheet(
            f"#card {{ background: white; border: 1px solid #dde2e5; border-left: 5px solid {color};"
            f" border-radius: 6px; }} #cardValue {{ color: {color}; }}"
        )
