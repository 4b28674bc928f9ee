"""The data rows under a table's header, read a column at a time (each column extracted once)."""

from __future__ import annotations

from collections.abc import Sequence
from operator import itemgetter

import numpy as np

from core.importing.bytecolumns import ColumnRows
from core.importing.search import indexes
from core.steps import CodedCells


class Table:
    """The data rows under the header, read a column at a time; each column is extracted once.

    Rows read as columns already (``ColumnRows``, a plain CSV file) give their columns and distinct values
    without a pass over the rows."""

    def __init__(self, data: Sequence[Sequence[object]]):
        self.data = data
        self.columnar = data if isinstance(data, ColumnRows) else None
        if self.columnar is not None:
            self.shortest = self.columnar.width if len(data) else 0
        else:
            self.shortest = min(map(len, data)) if data else 0
        self._cells: dict[int, list[object]] = {}
        self._distinct: dict[int, dict] = {}

    def __len__(self) -> int:
        return len(self.data)

    def cells(self, i: int) -> list[object]:
        """Column ``i`` of every row (None where a row is shorter)."""
        if i not in self._cells:
            if self.columnar is not None and i < self.shortest:
                self._cells[i] = self.columnar.cells(i)
            elif self.shortest > i:
                self._cells[i] = list(map(itemgetter(i), self.data))  # several times faster than a loop
            else:
                self._cells[i] = [r[i] if i < len(r) else None for r in self.data]
        return self._cells[i]

    def distinct(self, i: int) -> dict:
        """The distinct cells of column ``i`` in first-seen order (as dict keys)."""
        if i not in self._distinct:
            self._distinct[i] = dict.fromkeys(self.cells(i))
        return self._distinct[i]

    def texts(self, i: int) -> list[str] | None:
        """The distinct texts of column ``i`` in first-seen order, when the rows came as columns (else None)."""
        if self.columnar is not None and i < self.shortest:
            return self.columnar.column(i)[1]
        return None

    def codes(self, i: int) -> np.ndarray | None:
        """Each row's position among ``distinct(i)``, when the rows came as columns (else None)."""
        if self.columnar is not None and i < self.shortest:
            return self.columnar.column(i)[0]
        return None

    def looked_up(self, i: int, read: dict) -> list[object]:
        """Column ``i`` with each cell replaced by ``read[cell]`` (``read`` holds every distinct cell)."""
        return list(map(read.__getitem__, self.cells(i)))

    def spread(self, i: int, by_code: list[object]) -> Sequence[object]:
        """Column ``i`` of rows read as columns, each row's cell replaced by ``by_code`` of its code (looked up when
        asked for)."""
        return CodedCells(self.columnar.column(i)[0], by_code)

    def offsets(self, i: int, values: set) -> set[int]:
        """Offsets of the rows whose cell in column ``i`` is one of ``values``."""
        if not values:
            return set()
        if self.columnar is not None and i < self.shortest:
            if values <= {None, ""} and not self.columnar.found(i):
                return set(self.columnar.empty(i).tolist())  # empty cells: found from the fields' lengths
            codes, texts = self.columnar.column(i)
            wanted = np.zeros(len(texts), bool)
            wanted[[k for k, t in enumerate(texts) if t in values]] = True
            return set(np.flatnonzero(wanted[codes]).tolist()) if wanted.any() else set()
        if i not in self._distinct:  # a few values in a column not hashed yet: search for each
            cells = self.cells(i)
            return {n for v in values for n in indexes(cells, v)}
        if values.isdisjoint(self._distinct[i]):
            return set()
        return {n for n, c in enumerate(self.cells(i)) if c in values}

    def maybe_blank(self) -> set[int]:
        """Offsets of rows without a truthy cell (blank, or only zeros): the candidates for blank rows."""
        if self.columnar is not None:
            return set(self.columnar.blank().tolist())
        return set(indexes(list(map(any, self.data)), False))
