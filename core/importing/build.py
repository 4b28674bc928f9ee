"""Turning mapped rows into customers, orders or survey answers, with every problem named by row and column.

Imports of big files run in a child process (``core/importing/session.py``), so the long C-level calls
here (a whole column at a time) never freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence

import numpy as np

from core.importing.cellscan import column_letter
from core.importing.columns import COUNTS, CUSTOMERS, LOST, ORDERS, SURVEY
from core.importing.fields import FIELD_BY_KEY
from core.importing.handlers import RowHandler, TakesRowsTogether
from core.importing.notdata import keyless_rows, note_rows, total_rows
from core.importing.orders import OrderRows
from core.importing.rawtable import MappedTable
from core.importing.records import CountRows, CustomerRows, LostRows, SurveyRows, merge_customer
from core.importing.result import CHANGED, SKIPPED, ImportResult, RowProblem
from core.importing.table import Table
from core.importing.values import (
    ValueProblem,
    date_order,
    decimal_separator,
    is_empty,
    parse_bool,
    parse_date,
    parse_id,
    parse_number,
    parse_text,
    parse_whole,
    plain_dates,
)
from core.importing.wholecolumn import plain_numbers, read_as_themselves
from core.metrics.nps import check_score
from core.packed import rows_at
from core.text import QT_TRANSLATE_NOOP, Cancelled, InputError, Problem

__all__ = ["Column", "build", "merge_customer"]


class Column:
    """One mapped column: its parser, decided once from all of the column's values (one rule per column)."""

    def __init__(self, index: int, key: str, header: str):
        self.index = index
        self.key = key
        self.label = f"{column_letter(index)} ({header})" if header else column_letter(index)
        self.failing: set[int] = set()  # offsets of rows whose cell could not be read (after parse_all)
        # The distinct values in first-seen order (a dict's keys or a list), when parse_all gave the cells as they were.
        self.distinct: Collection | None = None
        # A plain CSV file's column (read as columns): each row's code, and the parsed value of each code.
        self.codes: np.ndarray | None = None
        self.by_code: list[object] | None = None

    def _parser(self, distinct: list[object], decimal_default: str) -> Callable[[object], object]:
        kind = FIELD_BY_KEY[self.key].kind
        if kind == "date":
            order = date_order(distinct)
            return lambda v: parse_date(v, order)
        if kind in ("number", "count"):
            decimal = decimal_separator(distinct, decimal_default)
            parser = parse_number if kind == "number" else parse_whole
            return lambda v: parser(v, decimal)
        if kind == "id":
            return parse_id
        if kind == "bool":
            return parse_bool
        if kind == "score":
            return lambda v: None if is_empty(v) else _score(v)
        return parse_text

    def parse_all(self, table: Table, decimal_default: str) -> list[object]:
        """Every cell of the column parsed; a cell that cannot be read becomes its ValueProblem.

        Exports repeat values a lot (dates, prices), so each distinct value is parsed once.
        """
        texts = table.texts(self.index)
        if texts is not None:  # a plain CSV file's column: texts, never empty (None), known in first-seen order
            has_none, distinct = False, texts
        else:  # whether a cell is empty (None) is asked of the distinct values: one lookup, not a pass over the cells
            has_none = None in table.distinct(self.index)
            distinct = [v for v in table.distinct(self.index) if v is not None]
        kind = FIELD_BY_KEY[self.key].kind
        if not has_none and read_as_themselves(kind, distinct):
            self.failing = set()
            self.distinct = texts if texts is not None else table.distinct(self.index)
            self.codes, self.by_code = table.codes(self.index), texts
            return table.cells(self.index)  # order numbers, names: every value is already clean text, nothing to parse
        numbers = plain_numbers(distinct, decimal_default) if kind == "number" else None
        if numbers is None and kind == "date":
            numbers = plain_dates(distinct)
        if numbers is not None:  # amounts, prices and dates as an export writes them: read together
            self.failing = set()
            read = dict(zip(distinct, numbers, strict=True))
            read[None] = None
            return self._read_through(table, read, texts)
        parse = self._parser(distinct, decimal_default)
        parsed: dict[object, object] = {None: None}
        bad_values = set()
        for value in distinct:
            try:
                parsed[value] = parse(value)
            except ValueProblem as exc:
                parsed[value] = exc
                bad_values.add(value)
        self.failing = table.offsets(self.index, bad_values)
        if not has_none and all(type(parsed[v]) is type(v) and parsed[v] == v for v in distinct):
            self.codes, self.by_code = table.codes(self.index), texts
            return table.cells(self.index)  # every value reads as itself: no second pass over the rows
        return self._read_through(table, parsed, texts)

    def _read_through(self, table: Table, read: dict, texts: list[str] | None) -> list[object]:
        """The column's cells, each replaced by ``read[cell]``. A plain CSV file's column keeps its codes and the
        value of each code (the order plan reads amounts, dates and customers from those)."""
        if texts is None:
            return table.looked_up(self.index, read)
        self.codes, self.by_code = table.codes(self.index), [read[t] for t in texts]
        return table.spread(self.index, self.by_code)


def _score(value: object) -> int:
    try:
        return check_score(value)
    except InputError as exc:
        raise ValueProblem(exc.problem) from None


def _is_blank(row: Sequence[object]) -> bool:
    for c in row:
        if c is not None and c != "" and (not isinstance(c, str) or c.strip()):
            return False
    return True


def build(
    table: MappedTable,
    result: ImportResult,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    last_read: bool = False,
) -> None:
    """Parse ``table``'s data rows into ``result`` (customers, orders or surveys), each problem named by the row
    and column the owner sees.

    ``last_read``: nothing reads the rows after this, so a plain CSV file's bytes are let go once every row has been
    looked at.
    """
    data, headers, mapping, kind = table.rows, table.headers, table.mapping, table.kind
    decimal_default, defaults = table.decimal_default, table.defaults
    cells = Table(data)
    columns = [Column(col, key, headers[col] if col < len(headers) else "") for col, key in mapping.items()]
    if cells.columnar is not None:
        cells.columnar.find_columns(mapping)
    parsed = []
    for n, col in enumerate(columns):
        if cancelled and cancelled():
            raise Cancelled()
        parsed.append(col.parse_all(cells, decimal_default))
        if progress:
            progress(0.5 * (n + 1) / len(columns))
    for key, value in (defaults or {}).items():
        columns.append(Column(-1, key, ""))
        parsed.append([value] * len(data))
    handler: RowHandler = {CUSTOMERS: CustomerRows, ORDERS: OrderRows, SURVEY: SurveyRows, COUNTS: CountRows,
                           LOST: LostRows}[kind](result)
    skip_offsets = table.unreadable
    keys = [col.key for col in columns]
    totals = total_rows(cells, set(mapping), keyless_rows(kind, keys, parsed))
    notes = note_rows(cells, len(headers))
    failing = set().union(*(col.failing for col in columns))
    # Most rows of a big export are plain data: they take the short path; the rest is looked at closely.
    slow = skip_offsets | totals | notes | cells.maybe_blank() | failing
    base = table.first_row  # row numbers run on one by one from the first data row
    total = len(data)
    no_failures: set[str] = set()
    together = handler if isinstance(handler, TakesRowsTogether) else None
    quick = together.quick_line if together is not None else None
    one_by_one = None
    if together is not None:
        together.bind(keys)
        one_by_one = together.plan(parsed, slow, base, [col.distinct for col in columns],
                                   [None if col.codes is None else (col.codes, col.by_code) for col in columns])
    if one_by_one is None:
        picked: Iterable[tuple[int, tuple]] = enumerate(zip(*parsed, strict=True))
    else:
        chosen = one_by_one.nonzero()[0]
        offsets = chosen.tolist()
        picked = zip(offsets, zip(*(rows_at(p, chosen) for p in parsed), strict=True), strict=True)
    for step, (offset, vals) in enumerate(picked):
        if step % 20_000 == 0:
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(0.5 + 0.5 * offset / max(total, 1))
        number = base + offset
        if offset not in slow:
            result.rows_read += 1
            if quick and quick(vals):
                continue
            handler.add(number, dict(zip(keys, vals, strict=True)), [], no_failures)
            continue
        row = data[offset]
        if not row or _is_blank(row):
            continue  # blank rows are not data: they are neither read nor counted
        result.rows_read += 1
        if offset in skip_offsets:
            result.rejected += 1
            continue
        if offset in totals:
            result.skipped += 1
            result.problems.append(RowProblem(number, "", SKIPPED, Problem(
                QT_TRANSLATE_NOOP("core", "A total row, not a customer or order."))))
            continue
        if offset in notes:
            result.skipped += 1
            result.problems.append(RowProblem(number, "", SKIPPED, Problem(
                QT_TRANSLATE_NOOP("core", "A note under the table, not data."))))
            continue
        values: dict[str, object] = {}
        bad: list[RowProblem] = []
        failed: set[str] = set()
        for col, value in zip(columns, vals, strict=True):
            if isinstance(value, ValueProblem):
                values[col.key] = None
                failed.add(col.key)
                bad.append(RowProblem(number, col.label, CHANGED, value.problem))
            else:
                values[col.key] = value
        handler.add(number, values, bad, failed)
    if last_read and cells.columnar is not None:
        cells.columnar.let_go()  # what follows works from the columns found
    if together is not None and one_by_one is not None:
        result.rows_read += together.apply_plan()  # the rows taken together are all plain data rows
    handler.finish()


