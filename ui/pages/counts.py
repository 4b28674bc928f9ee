"""Period counts: owners without a customer list type S, E and N per period and see CRR as they type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from core.metrics.retention import crr_from_counts
from core.model import PeriodCounts
from core.report import charts
from core.store import StoreError
from ui import format as fmt
from ui.chart import ChartView, translate
from ui.i18n import core_text
from ui.state import ShopState

LABEL, START, END, NEW, CRR, NOTE = range(6)


def _to_count(text: Any) -> int | None | str:
    """A typed cell as a count; "" for an empty cell, or the text back when it is not a whole number."""
    text = str(text).strip().replace(".", "")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return "?"


class CountsModel(QAbstractTableModel):
    """Editable rows (period, S, E, N) with CRR and the reason a row is invalid computed per row."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[PeriodCounts] = []
        self.bad_cells: set[tuple[int, int]] = set()

    def set_rows(self, rows: list[PeriodCounts]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self.rows = list(rows)
        self.bad_cells.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return [self.tr("Period"), self.tr("Customers at the start (S)"), self.tr("Customers at the end (E)"),
                self.tr("New customers (N)"), self.tr("CRR"), self.tr("Remark")][section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return base | Qt.ItemFlag.ItemIsEditable if index.column() <= NEW else base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        result = crr_from_counts(r.start, r.end, r.new)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == LABEL:
                return r.label
            if col in (START, END, NEW):
                value = (r.start, r.end, r.new)[col - 1]
                return "" if value is None else (str(value) if role == Qt.ItemDataRole.EditRole else fmt.number(value))
            if col == CRR:
                return fmt.percent(result.percent) if result.percent is not None else "–"
            if col == NOTE:
                if any((index.row(), c) in self.bad_cells for c in (START, END, NEW)):
                    return self.tr("Type whole numbers only.")
                return result.problem.render(core_text) if result.problem else ""
        if role == Qt.ItemDataRole.ForegroundRole and col in (CRR, NOTE) and result.problem:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (START, END, NEW, CRR):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        r = self.rows[index.row()]
        col = index.column()
        if col == LABEL:
            r = PeriodCounts(str(value).strip(), r.start, r.end, r.new)
        else:
            count = _to_count(value)
            self.bad_cells.discard((index.row(), col))
            if count == "?":
                self.bad_cells.add((index.row(), col))
                count = None
            values = [r.start, r.end, r.new]
            values[col - 1] = count
            r = PeriodCounts(r.label, *values)
        self.rows[index.row()] = r
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), NOTE))
        self.edited.emit()
        return True

    def add_row(self, label: str) -> None:
        """A new empty period at the end."""
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(PeriodCounts(label, None, None, None))
        self.endInsertRows()
        self.edited.emit()

    def remove_row(self, row: int) -> None:
        """Remove one period."""
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.bad_cells = {(r - (r > row), c) for r, c in self.bad_cells if r != row}
            self.endRemoveRows()
            self.edited.emit()


class CountsPage(QWidget):
    """The table, add/remove buttons and a chart; every edit is stored at once."""

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = CountsModel(self)
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
        state.changed.connect(self.load)
        self.retranslate()
        self.load()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.chart is None:
            self.chart = ChartView(self, 2.4)
            self._layout.addWidget(self.chart, 1)
            self._draw()
        super().showEvent(event)

    def load(self) -> None:
        """Rows from the workspace."""
        if self.model.rows != self.state.data.period_counts:
            self.model.set_rows(self.state.data.period_counts)
        self.table.resizeColumnsToContents()
        self._draw()

    def add_period(self) -> None:
        """Append a period named after the one before it (a year after a year)."""
        last = self.model.rows[-1].label if self.model.rows else ""
        label = str(int(last) + 1) if last.isdigit() else ""
        self.model.add_row(label)
        self.table.setCurrentIndex(self.model.index(len(self.model.rows) - 1, LABEL if not label else START))
        self.table.edit(self.table.currentIndex())

    def _save(self) -> None:
        if self.state.workspace and not self.state.read_only:
            try:
                self.state.workspace.set_period_counts(self.model.rows)
                self.state.data.period_counts = list(self.model.rows)
                self.status.setText(self.tr("Saved."))
            except StoreError as exc:
                self.status.setText(exc.problem.render(core_text))
        self._draw()

    def _draw(self) -> None:
        if self.chart:
            rows = [(r.label, crr_from_counts(r.start, r.end, r.new).percent) for r in self.model.rows]
            self.chart.draw(lambda fig: charts.draw_crr_periods(fig, rows, translate))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Period counts"))
        self.intro.setText(self.tr(
            "No customer list? Count per period how many customers you had at the start (S), at the end (E), and "
            "how many were new (N). CRR = ((E − N) / S) × 100 appears as you type. Example: 10 customers at the "
            "start of the year, 2 lost and none new: ((8 − 0) / 10) × 100 = 80 %."))
        self.add_button.setText(self.tr("Add a period"))
        self.remove_button.setText(self.tr("Remove the period"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, NOTE)
        self._draw()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
