"""Period counts: owners without a customer list type S, E and N per period and see CRR as they type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from core.metrics.retention import crr_from_counts
from core.model import PeriodCounts
from core.report import charts
from core.store import StoreError
from ui import format as fmt
from ui.chart import ChartView, translate
from ui.counttable import CountTableModel
from ui.i18n import problem_text
from ui.lazy import refresh_when_shown
from ui.state import ShopState
from ui.translatable import Retranslating, page_header

LABEL, START, END, NEW, CRR, NOTE = range(6)


def _crr_cells(row: list) -> tuple[list[str], str]:
    result = crr_from_counts(row[1], row[2], row[3])
    text = fmt.percent(result.percent) if result.percent is not None else "–"
    return [text], problem_text(result.problem) if result.problem else ""


class CountsPage(Retranslating, QWidget):
    """The table, add/remove buttons and a chart; every edit is stored at once."""

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.title, self.intro = page_header()
        self.model = CountTableModel(3, self._headers, _crr_cells, lambda: self.tr("Type whole numbers only."), self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_period)
        self.remove_button.clicked.connect(lambda: self.model.remove_row(self.table.currentIndex().row()))
        self.status = QLabel()
        self.status.setObjectName("pageSubtitle")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.status, 1)
        self.chart: ChartView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._layout = layout
        self.model.edited.connect(self._save)
        refresh_when_shown(self, state.changed, self.load)
        self.retranslate()
        self.load()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.chart is None:
            self.chart = ChartView(self, 2.4)
            self._layout.addWidget(self.chart, 1)
            self._draw()
        super().showEvent(event)

    def _headers(self) -> list[str]:
        return [self.tr("Period"), self.tr("Customers at the start (S)"), self.tr("Customers at the end (E)"),
                self.tr("New customers (N)"), self.tr("CRR"), self.tr("Remark")]

    def _counts(self) -> list[PeriodCounts]:
        return [PeriodCounts(*row) for row in self.model.rows]

    def load(self) -> None:
        """Rows from the workspace."""
        if self._counts() != self.state.all_data.period_counts:
            self.model.set_rows([[p.label, p.start, p.end, p.new] for p in self.state.all_data.period_counts])
        self.table.resizeColumnsToContents()
        self._draw()

    def add_period(self) -> None:
        """Append a period named after the one before it (a year after a year)."""
        last = self.model.rows[-1][0] if self.model.rows else ""
        label = str(int(last) + 1) if last.isdigit() else ""
        self.model.add_row(label)
        self.table.setCurrentIndex(self.model.index(len(self.model.rows) - 1, LABEL if not label else START))
        self.table.edit(self.table.currentIndex())

    def _save(self) -> None:
        if self.state.workspace and not self.state.read_only:
            try:
                self.state.workspace.set_period_counts(self._counts())
                self.state.all_data.period_counts = self._counts()
                self.status.setText(self.tr("Saved."))
            except StoreError as exc:
                self.status.setText(problem_text(exc.problem))
        self._draw()

    def _draw(self) -> None:
        if self.chart:
            rows = [(r[0], crr_from_counts(r[1], r[2], r[3]).percent) for r in self.model.rows]
            self.chart.draw(lambda fig: charts.draw_crr_periods(fig, rows, translate),
                            self.tr("Retention rate per period"))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Period counts"))
        self.table.setAccessibleName(self.tr("Counts per period"))
        self.intro.setText(self.tr(
            "No customer list? Count per period how many customers you had at the start (S), at the end (E), and "
            "how many were new (N). CRR = ((E − N) / S) × 100 appears as you type. Example: 10 customers at the "
            "start of the year, 2 lost and none new: ((8 − 0) / 10) × 100 = 80 %."))
        self.add_button.setText(self.tr("Add a period"))
        self.remove_button.setText(self.tr("Remove the period"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, NOTE)
        self._draw()

