"""A chart widget: a matplotlib Figure on a Qt canvas. matplotlib is imported when the first chart is built."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

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

        # The tight layout is redone at every draw, so a chart drawn before its widget had its final
        # size is laid out again when the canvas resizes.
        self.figure = Figure(figsize=(5, height), dpi=100, layout="tight")
        self.figure.patch.set_facecolor("white")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(int(height * 80))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self._last: Callable | None = None

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
