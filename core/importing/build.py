"""Turning mapped rows into customers, orders or survey answers, with every problem named by row and column.

Imports of big files run in a child process (``core/importing/session.py``), so the long C-level calls
here (a whole column at a time) never freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from operator import itemgetter

import numpy as np

from core.importing.bytecolumns import ColumnRows
from core.importing.cellscan import column_letter
from core.importing.columns import COUNTS, CUSTOMERS, LOST, ORDERS, SURVEY
from core.importing.fields import FIELD_BY_KEY
from core.importing.handlers import RowHandler, TakesRowsTogether
from core.importing.orders import OrderRows
from core.importing.records import CountRows, CustomerRows, LostRows, SurveyRows, merge_customer
from core.importing.result import CHANGED, SKIPPED, ImportResult, RowProblem
from core.importing.search import indexes
from core.importing.values import (
    ValueProblem,
    date_order,
    decimal_separator,
    is_empty,
    one_per_line,
    parse_bool,
    parse_date,
    parse_id,
    parse_number,
    parse_text,
    parse_whole,
    plain_dates,
    plain_numbers,
    read_as_themselves,
)
from core.metrics.nps import check_score
from core.packed import rows_at
from core.steps import CodedCells
from core.text import QT_TRANSLATE_NOOP, Cancelled, InputError, Problem

__all__ = ["Column", "Table", "build", "merge_customer"]

TOTAL_WORDS = {"totaal", "totalen", "total", "totals", "som", "sum", "subtotaal", "subtotal", "gemiddelde", "average",
               "eindtotaal", "grand total"}
# Parts of the total words that each word holds one of: a column is searched for these five, not the twelve words.
TOTAL_PARTS = ("tota", "som", "sum", "gemiddelde", "average")


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


def _is_total(cell: object) -> bool:
    return isinstance(cell, str) and len(cell) < 20 and cell.strip().lower().rstrip(":") in TOTAL_WORDS


def _totals_among(values: Iterable[object], all_text: bool = False) -> set:
    """The values that are a total word ("Totaal", "Sum:" ...). A column of a million order numbers is searched
    as one lower-case text for each word (C-level searches) instead of value by value. ``all_text``: ``values``
    is a list of texts already."""
    texts = values if all_text else [v for v in values if isinstance(v, str)]
    joined = one_per_line(texts)
    words = TOTAL_PARTS
    if joined is not None and joined.isascii():
        # A word can only be there if its first letter is, in either case: a search for one character is a memchr
        # (order numbers have none of t, s, g, a: 0.03 s less on a million, and no lower-case copy).
        words = tuple(w for w in TOTAL_PARTS if w[0] in joined or w[0].upper() in joined)
        if not words:
            return set()
    lowered = "" if joined is None else joined.lower()
    if joined is None or len(lowered) != len(joined):
        return {v for v in texts if _is_total(v)}  # line breaks inside values, or letters that change length
    found = set()
    for word in words:
        at = lowered.find(word)
        while at != -1:
            start = lowered.rfind("\n", 0, at) + 1
            end = lowered.find("\n", at)
            end = len(lowered) if end == -1 else end
            if _is_total(joined[start:end]):
                found.add(joined[start:end])
            at = lowered.find(word, end)
    return found


def _total_rows(table: Table, mapped: set[int], keyless: list[int] | None) -> set[int]:
    """Offsets of rows with "Totaal", "Total", "Som" ... in one of their first three cells.

    A mapped column is judged per distinct value (known anyway). Another column is only looked at on
    the rows without the table's key (``keyless``: no order date, no customer, no score), because a
    total row has none and hashing a whole unused column of a million rows costs a tenth of a second.
    """
    found: set[int] = set()
    for i in range(3):
        if i in mapped or keyless is None:
            texts = table.texts(i)
            found |= table.offsets(i, _totals_among(table.distinct(i) if texts is None else texts, texts is not None))
        else:
            found.update(n for n in keyless if i < len(table.data[n]) and _is_total(table.data[n][i]))
    return found


KEY_FIELDS = {CUSTOMERS: ("customer_id", "email", "name", "first_name", "name_prefix", "last_name"),
              ORDERS: ("order_date",), SURVEY: ("nps_score",), COUNTS: ("period_label",), LOST: ("month",)}


def _keyless_rows(kind: str, keys: list[str], parsed: list[list[object]]) -> list[int] | None:
    """Offsets of the rows whose key fields are all empty; None when the mapping has no key field."""
    key_columns = [parsed[i] for i, key in enumerate(keys) if key in KEY_FIELDS[kind]]
    if not key_columns:
        return None
    if len(key_columns) == 1:
        return indexes(key_columns[0], None) + indexes(key_columns[0], "")
    return indexes(list(map(any, zip(*key_columns, strict=True))), False)


def _note_rows(table: Table, n_columns: int) -> set[int]:
    """Offsets of footnotes under the table: one long text in an otherwise empty row."""
    if n_columns <= 2:
        return set()
    notes = set()
    # A note leaves the second column empty; only those rows are looked at closely.
    for n in sorted(table.offsets(1, {None, ""})):
        r = table.data[n]
        if len(r) - r.count(None) - r.count("") == 1:
            filled = next(c for c in r if c is not None and c != "")
            if isinstance(filled, str) and len(filled) > 25:
                notes.add(n)
    return notes


def build(
    rows: Sequence[Sequence[object]],
    header_index: int,
    headers: Sequence[str],
    mapping: dict[int, str],
    kind: str,
    result: ImportResult,
    row_number: Callable[[int], int],
    decimal_default: str = ",",
    skip_rows: set[int] | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    defaults: dict[str, object] | None = None,
    last_read: bool = False,
) -> None:
    """Parse the data rows under the header into ``result`` (customers, orders or surveys).

    ``defaults`` are fields with one value for every row (settled by the file's name, not a column). ``last_read``:
    nothing reads ``rows`` after this, so a plain CSV file's bytes are let go once every row has been looked at.
    """
    data = rows[header_index + 1 :]
    first_data = header_index + 1
    table = Table(data)
    columns = [Column(col, key, headers[col] if col < len(headers) else "") for col, key in mapping.items()]
    if table.columnar is not None:
        table.columnar.find_columns(mapping)
    parsed = []
    for n, col in enumerate(columns):
        if cancelled and cancelled():
            raise Cancelled()
        parsed.append(col.parse_all(table, decimal_default))
        if progress:
            progress(0.5 * (n + 1) / len(columns))
    for key, value in (defaults or {}).items():
        columns.append(Column(-1, key, ""))
        parsed.append([value] * len(data))
    handler: RowHandler = {CUSTOMERS: CustomerRows, ORDERS: OrderRows, SURVEY: SurveyRows, COUNTS: CountRows,
                           LOST: LostRows}[kind](result)
    skip_offsets = {i - first_data for i in (skip_rows or ())}
    keys = [col.key for col in columns]
    totals = _total_rows(table, set(mapping), _keyless_rows(kind, keys, parsed))
    notes = _note_rows(table, len(headers))
    failing = set().union(*(col.failing for col in columns))
    # Most rows of a big export are plain data: they take the short path; the rest is looked at closely.
    slow = skip_offsets | totals | notes | table.maybe_blank() | failing
    base = row_number(first_data)  # row numbers run on one by one from the first data row
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
    if last_read and table.columnar is not None:
        table.columnar.let_go()  # what follows works from the columns found
    if together is not None and one_by_one is not None:
        result.rows_read += together.apply_plan()  # the rows taken together are all plain data rows
    handler.finish()


