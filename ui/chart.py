"""A chart widget: a matplotlib Figure on a Qt canvas. matplotlib is imported when the first chart is built."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import format as fmt
from ui.i18n import core_text

# Qt's translator in the signature the core's drawing functions expect (see core.text.Translate): the same function
# that translates the core's messages.
translate = core_text


class ChartView(QWidget):
    """Holds one FigureCanvasQTAgg; ``draw(fn)`` calls ``fn(figure)`` and repaints.

    Beside the picture it keeps the chart's numbers (see core.report.chart_table): "Show as table" swaps the
    picture for them, and they are the chart's accessible description, so a screen reader reads them out."""

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
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.views = QStackedWidget()
        self.views.addWidget(self.canvas)
        self.views.addWidget(self.table)
        self.toggle = QPushButton()
        self.toggle.setObjectName("linkButton")
        self.toggle.setFlat(True)
        self.toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.toggle.clicked.connect(lambda: self.show_table(self.views.currentIndex() == 0))
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addStretch(1)
        bottom.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)
        self._last: Callable | None = None
        self._name = ""
        self._retranslate_toggle()
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

    def draw(self, fn: Callable, name: str | None = None) -> None:
        """Redraw with ``fn(figure)``; kept so a language switch can redraw the same chart. ``name`` (in the
        current language) is what a screen reader calls the chart."""
        from core.report.chart_table import ATTRIBUTE

        self._last = fn
        if name is not None:
            self._name = name
        setattr(self.figure, ATTRIBUTE, None)  # a drawing function that gives no table must not show the last one
        fn(self.figure)
        self.canvas.draw_idle()
        self._fill_table()

    def redraw(self) -> None:
        """Draw the last chart again (after a language change)."""
        if self._last:
            self.draw(self._last)

    def _fill_table(self) -> None:
        """The drawn chart's numbers into the table view and the accessible description."""
        from core.report.chart_table import table_of

        table = table_of(self.figure)
        # A chart that only says why it has no numbers yet has no table to show either.
        has_numbers = bool(table and table.rows)
        self.table.clear()
        self.table.setColumnCount(len(table.headers) if has_numbers else 0)
        self.table.setRowCount(len(table.rows) if has_numbers else 0)
        if has_numbers:
            self.table.setHorizontalHeaderLabels(list(table.headers))
            for i, row in enumerate(table.rows):
                for j, text in enumerate(row):
                    item = QTableWidgetItem(text)
                    if j:  # numbers line up on the right, as in a spreadsheet
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    self.table.setItem(i, j, item)
        self.toggle.setVisible(has_numbers)
        if not has_numbers:
            self.show_table(False)
        name = self._name or self.tr("Chart")
        for widget in (self, self.canvas):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(table.as_text() if table else "")
        self.table.setAccessibleName(self.tr("{chart}: the numbers").format(chart=name))

    def table_rows(self) -> list[list[str]]:
        """What the table view shows, row by row (headers first)."""
        headers = [self.table.horizontalHeaderItem(j).text() for j in range(self.table.columnCount())]
        return [headers] + [[self.table.item(i, j).text() if self.table.item(i, j) else ""
                             for j in range(self.table.columnCount())] for i in range(self.table.rowCount())]

    def show_table(self, on: bool) -> None:
        """Show the chart's numbers instead of the chart (or the chart again)."""
        self.views.setCurrentIndex(1 if on else 0)
        self._retranslate_toggle()

    def _retranslate_toggle(self) -> None:
        self.toggle.setText(self.tr("Show as chart") if self.views.currentIndex() else self.tr("Show as table"))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_toggle()
        super().changeEvent(event)


month_label = fmt.month
