"""A chart widget: a matplotlib Figure on a Qt canvas. matplotlib is imported when the first chart is built."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMenu, QSizePolicy, QVBoxLayout, QWidget

from ui import format as fmt


def translate(context: str, text: str) -> str:
    """Qt's translator in the signature the core's drawing functions expect."""
    return QCoreApplication.translate(context, text)


class ChartView(QWidget):
    """Holds one FigureCanvasQTAgg; ``draw(fn)`` calls ``fn(figure)`` and repaints."""

    def __init__(self, parent: QWidget | None = None, height: float = 2.6):
        super().__init__(parent)
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        from core.report import charts

        # The tight layout is redone at every draw, so a chart drawn before its widget had its final
        # size is laid out again when the canvas resizes.
        charts.plain_text()
        self.figure = Figure(figsize=(5, height), dpi=100, layout="tight")
        self.figure.patch.set_facecolor("white")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(int(height * 80))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self._last: Callable | None = None
        self.canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.canvas.customContextMenuRequested.connect(self._menu)

    def _menu(self, pos) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Copy the chart"), self.copy_to_clipboard)
        menu.addAction(self.tr("Save the chart as PNG…"), lambda: self.save_as("png"))
        menu.addAction(self.tr("Save the chart as SVG…"), lambda: self.save_as("svg"))
        menu.popup(self.canvas.mapToGlobal(pos))

    def image(self, dpi: int = 150) -> QImage:
        """The chart as an image (for the clipboard)."""
        buf = io.BytesIO()
        self.figure.savefig(buf, format="png", dpi=dpi)
        return QImage.fromData(buf.getvalue(), "PNG")

    def copy_to_clipboard(self) -> None:
        """Put the chart on the clipboard as an image."""
        QGuiApplication.clipboard().setImage(self.image())

    def save_as(self, kind: str, target: Path | None = None) -> Path | None:
        """Save the chart as PNG (sharp, 200 dpi) or SVG (vector)."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the chart"), f"grafiek.{kind}",
                                                  f"{kind.upper()} (*.{kind})")
            if not name:
                return None
            target = Path(name)
        self.figure.savefig(target, format=kind, dpi=200)
        return target

    def draw(self, fn: Callable) -> None:
        """Redraw with ``fn(figure)``; kept so a language switch can redraw the same chart."""
        self._last = fn
        fn(self.figure)
        self.canvas.draw_idle()

    def redraw(self) -> None:
        """Draw the last chart again (after a language change)."""
        if self._last:
            self.draw(self._last)


month_label = fmt.month
