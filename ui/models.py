"""Table models fed with plain rows; in a sorted table numbers and dates sort as numbers and dates."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

import numpy as np
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
        self._rows: list[Any] = [list(r) for r in rows]
        # How a row's cells are read: None for plain lists of values; else one function per column that reads
        # the cell from the row's item (see ``SortedRowsModel.set_items``).
        self._getters: list[Callable[[Any], Any]] | None = None
        self._format = formatter
        self._numeric = self._numeric_columns()

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Replace the header and all rows."""
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self._getters = None
        self._numeric = self._numeric_columns()
        self.endResetModel()

    def _cell(self, item: Any, col: int) -> Any:
        """Column ``col`` of a row."""
        if self._getters is not None:
            return self._getters[col](item) if col < len(self._getters) else None
        return item[col] if col < len(item) else None

    def _numeric_columns(self) -> set[int]:
        """Columns whose values are numbers or dates (they sort as numbers)."""
        numeric = set()
        for col in range(len(self._headers)):
            for row in self._rows:
                value = self._cell(row, col)
                if value is not None:
                    if isinstance(value, (int, float, date)) and not isinstance(value, bool):
                        numeric.add(col)
                    break
        return numeric

    def row_values(self, row: int) -> list[Any]:
        """The raw values of one row."""
        return [self._cell(self._rows[row], col) for col in range(len(self._headers))]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._cell(self._rows[index.row()], index.column())
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
    """How a cell sorts: numbers and dates as numbers, text without regard to case, empty cells first. In a
    column of numbers a word ("unknown") sorts after the numbers: keys there are (rank, value) pairs, so a
    number and a word are never compared."""
    if value is None:
        return (0, 0.0) if numeric else ""
    if isinstance(value, (date, datetime)):
        return (1, float(value.toordinal())) if numeric else display(value).lower()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, float(value)) if numeric else display(value).lower()
    return (2, display(value).lower()) if numeric else display(value).lower()


def column_keys(values: list[Any], numeric: bool) -> list[Any] | np.ndarray:
    """``sort_key`` of every cell of a column, in one pass: plain floats (empty cells as -inf) for a column of
    numbers and dates without a word in it (as an array: NumPy sorts them), which sort several times faster than
    ranked pairs."""
    if not numeric:
        return _searchable(values)
    floats = [_EMPTY if v is None else float(v.toordinal()) if isinstance(v, date)
              else float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else None for v in values]
    return np.array(floats) if None not in floats else [sort_key(v, True) for v in values]


_EMPTY = float("-inf")


def _searchable(values: list[Any]) -> list[str]:
    """A column's cells as the search reads them: lower-case text, "" for an empty cell."""
    return ["" if v is None else v.lower() if type(v) is str else display(v).lower() for v in values]


class SortedRowsModel(RowsModel):
    """Rows that sort and filter themselves, in Python on keys worked out once per column.

    A QSortFilterProxyModel over a Python model asks it for every cell of every row: with 100,000 customers a
    refresh took 17 s and each keystroke in the search box 1.3 million calls. Here sorting is one ``sorted``
    over a column's keys and the search one substring test per row. Rows can be items whose cells are read
    only when shown, sorted on or searched (``set_items``): a refresh then builds no cells at all."""

    def __init__(self, parent=None):
        super().__init__(parent=parent)
        self._all: list[list[Any]] = []
        self._keys: dict[int, list[Any] | np.ndarray] = {}
        self._haystack: list[str] | None = None
        self._order: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._filter = ""

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
        """Replace the header and all rows; the current sort and search stay."""
        self._replace(headers, [list(r) for r in rows], None)

    def set_items(self, headers: Sequence[str], items: Sequence[Any], cells: Sequence[Callable[[Any], Any]],
                  numeric: set[int]) -> None:
        """Replace the header and all rows with ``items``, column ``c`` of an item being ``cells[c](item)``;
        ``numeric``: the columns of numbers and dates (declared: finding them would read every cell of a column
        that is empty for all). The current sort and search stay. (100,000 customers: a refresh that made every
        cell took 0.77 s.)"""
        self._replace(headers, list(items), list(cells), numeric)

    def _replace(self, headers: Sequence[str], items: list[Any], getters: list[Callable[[Any], Any]] | None,
                 numeric: set[int] | None = None) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._all = items
        self._rows = self._all
        self._getters = getters
        self._numeric = self._numeric_columns() if numeric is None else set(numeric)
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

    def _column(self, col: int) -> list[Any]:
        """Every row's cell in column ``col``, in the rows' own order (one pass, no call per cell for items)."""
        if self._getters is not None:
            return list(map(self._getters[col], self._all)) if col < len(self._getters) else [None] * len(self._all)
        return [r[col] if col < len(r) else None for r in self._all]

    def _arrange(self) -> None:
        order = list(range(len(self._all)))
        if self._filter:
            if self._haystack is None:  # worked out at the first search, then kept until the rows change
                text = [_searchable(self._column(c)) for c in range(len(self._headers)) if c not in self._numeric]
                self._haystack = ["\x1f".join(cells) for cells in zip(*text, strict=True)] if text else [
                    ""] * len(self._all)
            order = [i for i in order if self._filter in self._haystack[i]]
        if self._sort and 0 <= self._sort[0] < len(self._headers):
            column, direction = self._sort
            if column not in self._keys:
                numeric = column in self._numeric
                self._keys[column] = column_keys(self._column(column), numeric)
            keys = self._keys[column]
            descending = direction == Qt.SortOrder.DescendingOrder
            if isinstance(keys, np.ndarray):  # numbers: NumPy's stable sort, equal keys in the order they came
                at = np.asarray(order, dtype=np.intp)
                order = at[np.argsort(-keys[at] if descending else keys[at], kind="stable")].tolist()
            else:
                order.sort(key=keys.__getitem__, reverse=descending)
        self._order = order
        self._rows = [self._all[i] for i in order]
