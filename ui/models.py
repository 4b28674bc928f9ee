"""Table models fed with plain rows; numbers and dates sort as numbers and dates (``SORT_ROLE``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ui import format as fmt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


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
        if role == SORT_ROLE:
            if value is None:
                # Empty cells sort below every value of their column, and with the column's own type.
                return float("-inf") if index.column() in self._numeric else ""
            if isinstance(value, (date, datetime)):
                return value.toordinal()
            if isinstance(value, float):
                return float(value)  # a float subclass (Share) would reach Qt as an opaque object
            return value if isinstance(value, int) else display(value).lower()
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
