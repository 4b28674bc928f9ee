"""Table models fed with plain rows; in a sorted table numbers and dates sort as numbers and dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ui import format as fmt


class Share(float):
    """A fraction 0..1 shown as a whole percentage ("37 %"); it sorts as the number."""


def display(value: Any) -> str:
    """A cell as the owner reads it in the current language."""
    if value is None:
        return ""
    if isinstance(value, Share):
        return fmt.percent(value * 100, 0)
    if isinstance(value, datetime):
        return fmt.day(value.date()) + value.strftime(" %H:%M")
    if isinstance(value, date):
        return fmt.day(value)
    if isinstance(value, bool):
        return "✓" if value else "–"
    if isinstance(value, float):
        return fmt.number(value, 0 if value.is_integer() else 2)
    return str(value)


class RowsModel(QAbstractTableModel):
    """Rows of values under a header; ``set_rows`` replaces them all at once."""

    def __init__(self, headers: Sequence[str] = (), rows: Sequence[Sequence[Any]] = (),
                 formatter: Callable[[int, Any], str] | None = None, parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._format = formatter
        self._numeric = self._numeric_columns()

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Replace the header and all rows."""
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._numeric = self._numeric_columns()
        self.endResetModel()

    def _numeric_columns(self) -> set[int]:
        """Columns whose values are numbers or dates (they sort as numbers)."""
        numeric = set()
        for col in range(len(self._headers)):
            for row in self._rows:
                value = row[col] if col < len(row) else None
                if value is not None:
                    if isinstance(value, (int, float, date)) and not isinstance(value, bool):
                        numeric.add(col)
                    break
        return numeric

    def row_values(self, row: int) -> list[Any]:
        """The raw values of one row."""
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._format(index.column(), value) if self._format else display(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, (int, float)) and not isinstance(
                value, bool):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt's name
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else ""
        return str(section + 1)


def sort_key(value: Any, numeric: bool) -> Any:
    """How a cell sorts: numbers and dates as numbers, text without regard to case, empty cells first."""
    if value is None:
        return float("-inf") if numeric else ""
    if isinstance(value, (date, datetime)):
        return value.toordinal()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return display(value).lower()


class SortedRowsModel(RowsModel):
    """Rows that sort and filter themselves, in Python on keys worked out once per column.

    A QSortFilterProxyModel over a Python model asks it for every cell of every row: with 100,000 customers a
    refresh took 17 s and each keystroke in the search box 1.3 million calls. Here sorting is one ``sorted``
    over a column's keys and the search one substring test per row."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self._all: list[list[Any]] = []
        self._keys: dict[int, list[Any]] = {}
        self._haystack: list[str] | None = None
        self._order: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._filter = ""

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Replace the header and all rows; the current sort and search stay."""
        self.beginResetModel()
        self._headers = list(headers)
        self._all = [list(r) for r in rows]
        self._rows = self._all
        self._numeric = self._numeric_columns()
        self._keys, self._haystack = {}, None
        self._arrange()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Qt's sort (a click on a column header)."""
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._arrange()
        self.layoutChanged.emit()

    def set_filter(self, text: str) -> None:
        """Show only rows with ``text`` (any case) in one of their text cells: number, name, e-mail, status,
        group — what an owner searches by; columns of numbers and dates are left out."""
        self.beginResetModel()
        self._filter = text.strip().lower()
        self._arrange()
        self.endResetModel()

    def source_row(self, row: int) -> int:
        """Where shown row ``row`` was in the rows given to ``set_rows``."""
        return self._order[row]

    def _arrange(self) -> None:
        order = list(range(len(self._all)))
        if self._filter:
            if self._haystack is None:  # worked out at the first search, then kept until the rows change
                text = [c for c in range(len(self._headers)) if c not in self._numeric]
                self._haystack = ["\x1f".join(
                    (v if isinstance(v, str) else display(v)).lower() for v in (r[c] for c in text if c < len(r))
                    if v is not None) for r in self._all]
            order = [i for i in order if self._filter in self._haystack[i]]
        if self._sort and 0 <= self._sort[0] < len(self._headers):
            column, direction = self._sort
            if column not in self._keys:
                numeric = column in self._numeric
                self._keys[column] = [sort_key(r[column] if column < len(r) else None, numeric) for r in self._all]
            keys = self._keys[column]
            order.sort(key=keys.__getitem__, reverse=direction == Qt.SortOrder.DescendingOrder)
        self._order = order
        self._rows = [self._all[i] for i in order]
