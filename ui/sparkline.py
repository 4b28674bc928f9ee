"""A tiny line of a figure over the last periods, drawn with QPainter (no matplotlib needed)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QWidget


class Sparkline(QWidget):
    """Draws ``values`` (None leaves a gap) left to right, oldest first."""

    def __init__(self, parent: QWidget | None = None, color: str = "#1f6f8b"):
        super().__init__(parent)
        self.values: list[float | None] = []
        self.color = QColor(color)
        self.setMinimumHeight(22)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(120, 24)

    def set_values(self, values: list[float | None], color: str | None = None) -> None:
        """New values (and colour); repaints."""
        self.values = list(values)
        if color:
            self.color = QColor(color)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        known = [v for v in self.values if v is not None]
        if len(known) < 2:
            return
        lo, hi = min(known), max(known)
        span = (hi - lo) or 1.0
        w, h = self.width() - 6, self.height() - 6
        step = w / max(len(self.values) - 1, 1)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.color, 1.6))
        previous = None
        for i, v in enumerate(self.values):
            if v is None:
                previous = None
                continue
            point = QPointF(3 + i * step, 3 + h - (v - lo) / span * h)
            if previous is not None:
                painter.drawLine(previous, point)
            previous = point
        if previous is not None:
            painter.setBrush(self.color)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(previous, 2.5, 2.5)
        painter.end()
