"""An editable table of typed-in counts: a label column, count columns, and computed columns per row.

Used for the period counts (S, E, N → CRR) and the monthly lost counts (start, lost → churn). Each row
is ``[label, count, count, …]``; ``compute(row)`` gives the computed cells and the row's problem text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from ui import format as fmt

Compute = Callable[[list[Any]], tuple[list[str], str]]


def to_count(text: Any) -> int | None | str:
    """A typed cell as a count; None for an empty cell, "?" when it is not a whole number."""
    text = str(text).strip().replace(".", "").replace(" ", "")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        return "?"


class CountTableModel(QAbstractTableModel):
    """Rows of a label and counts, editable, with computed columns and a remark column at the end."""

    edited = Signal()

    def __init__(self, n_counts: int, headers: Callable[[], list[str]], compute: Compute,
                 whole_numbers_text: Callable[[], str], parent=None):
        super().__init__(parent)
        self.n_counts = n_counts
        self.headers = headers
        self.compute = compute
        self.whole_numbers_text = whole_numbers_text
        self.rows: list[list[Any]] = []
        self.bad_cells: set[tuple[int, int]] = set()

    @property
    def remark_column(self) -> int:
        """Index of the last column (the row's problem)."""
        return len(self.headers()) - 1

    def set_rows(self, rows: list[list[Any]]) -> None:
        """Replace all rows."""
        self.beginResetModel()
        self.rows = [list(r) for r in rows]
        self.bad_cells.clear()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt's name
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.headers()[section]

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        return base | Qt.ItemFlag.ItemIsEditable if index.column() <= self.n_counts else base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        computed, problem = self.compute(row)
        if any((index.row(), c) in self.bad_cells for c in range(1, self.n_counts + 1)):
            problem = self.whole_numbers_text()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return row[0]
            if col <= self.n_counts:
                value = row[col]
                if value is None:
                    return ""
                return str(value) if role == Qt.ItemDataRole.EditRole else fmt.number(value)
            if col == self.remark_column:
                return problem
            return computed[col - self.n_counts - 1]
        if role == Qt.ItemDataRole.ForegroundRole and col > self.n_counts and problem:
            return QBrush(QColor("#c0392b"))
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < col < self.remark_column:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() > self.n_counts:
            return False
        r, col = index.row(), index.column()
        if col == 0:
            self.rows[r][0] = str(value).strip()
        else:
            count = to_count(value)
            self.bad_cells.discard((r, col))
            if count == "?":
                self.bad_cells.add((r, col))
                count = None
            self.rows[r][col] = count
        self.dataChanged.emit(self.index(r, 0), self.index(r, self.remark_column))
        self.edited.emit()
        return True

    def add_row(self, label: str) -> None:
        """A new empty row at the end."""
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append([label] + [None] * self.n_counts)
        self.endInsertRows()
        self.edited.emit()

    def remove_row(self, row: int) -> None:
        """Remove one row."""
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.bad_cells = {(r - (r > row), c) for r, c in self.bad_cells if r != row}
            self.endRemoveRows()
            self.edited.emit()
