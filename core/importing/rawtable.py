"""The tables on the import's road: what every reader gives (``RawTable``), and what ``build`` takes once the
header is found and the columns are mapped (``MappedTable``). The road only goes forward: reader → guess → build.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from core.importing.result import RowProblem, SourceInfo


@dataclass
class RawTable:
    """One table of a file as its reader found it: the rows of cells (a plain CSV file's as columns of its bytes,
    ``ColumnRows``), how the file was read, and what the owner should be told about it."""

    rows: Sequence[list[object]]
    info: SourceInfo
    notes: list[RowProblem] = field(default_factory=list)
    unreadable: set[int] = field(default_factory=set)  # rows (indexes into ``rows``) said in ``notes`` as not read
    decimal_default: str = ","  # the decimal separator when a column does not show it (a ";" CSV file: ",")

    def row_number(self, index: int) -> int:
        """What the owner calls row ``index``: the sheet row, or the CSV line (after a sep= line)."""
        return index + 1 + (1 if self.info.sep_line else 0)


@dataclass
class MappedTable:
    """The data rows under the header, with the field each column holds: everything ``build`` needs."""

    rows: Sequence[Sequence[object]]  # the data rows only
    first_row: int  # what the owner calls the first of them (the sheet row, or the CSV line)
    headers: list[str]
    mapping: dict[int, str]  # column -> field
    kind: str
    decimal_default: str = ","
    unreadable: set[int] = field(default_factory=set)  # offsets among ``rows`` that were not read (said already)
    defaults: dict[str, object] = field(default_factory=dict)  # fields with one value for every row (the file's name)
