"""Turning mapped rows into customers, orders or survey answers, row by row, with every problem named."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from operator import itemgetter

from core.importing.cellscan import column_letter
from core.importing.columns import CUSTOMERS, ORDERS, SURVEY
from core.importing.fields import FIELD_BY_KEY
from core.importing.result import CHANGED, REJECTED, SKIPPED, ImportResult, RowProblem
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
)
from core.metrics.nps import check_score
from core.model import Customer, Order, SurveyResponse
from core.text import QT_TRANSLATE_NOOP, Cancelled, InputError, Problem

TOTAL_WORDS = {"totaal", "totalen", "total", "totals", "som", "sum", "subtotaal", "subtotal", "gemiddelde", "average",
               "eindtotaal", "grand total"}


class Column:
    """One mapped column: its parser, decided once from all of the column's values (one rule per column)."""

    def __init__(self, index: int, key: str, header: str):
        self.index = index
        self.key = key
        self.label = f"{column_letter(index)} ({header})" if header else column_letter(index)
        self.failing: set[int] = set()  # offsets of rows whose cell could not be read (after parse_all)

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

    def parse_all(self, data: Sequence[Sequence[object]], decimal_default: str,
                  shortest: int | None = None) -> list[object]:
        """Every cell of the column parsed; a cell that cannot be read becomes its ValueProblem.

        Exports repeat values a lot (dates, prices), so each distinct value is parsed once.
        """
        cells = column_cells(data, self.index, shortest)
        unique = distinct_values(cells)
        unique.pop(None, None)
        distinct = list(unique)
        parse = self._parser(distinct, decimal_default)
        parsed: dict[object, object] = {None: None}
        bad_values = set()
        for value in distinct:
            try:
                parsed[value] = parse(value)
            except ValueProblem as exc:
                parsed[value] = exc
                bad_values.add(value)
        self.failing = {n for n, c in enumerate(cells) if c in bad_values} if bad_values else set()
        out: list[object] = []
        for chunk in _chunks(cells):
            out.extend(map(parsed.__getitem__, chunk))
        return out


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


CHUNK = 10_000  # rows per C-level call: short enough that a background import never holds the
# interpreter lock long (the UI thread needs it for every event), long enough to stay fast.


def _chunks(seq: Sequence, size: int = CHUNK):
    for start in range(0, len(seq), size):
        yield seq[start:start + size]


def distinct_values(cells: Sequence[object]) -> dict:
    """The distinct cells in first-seen order (as dict keys), built in chunks."""
    unique: dict = {}
    for chunk in _chunks(cells):
        unique.update(dict.fromkeys(chunk))
    return unique


def column_cells(data: Sequence[Sequence[object]], i: int, shortest: int | None = None) -> list[object]:
    """Column ``i`` of every row (None where a row is shorter); ``shortest`` is the shortest row's length,
    when the caller already knows it."""
    if shortest is None:
        shortest = min(map(len, data)) if data else 0
    if shortest > i:
        get = itemgetter(i)  # the common case, several times faster than indexing row by row
        out: list[object] = []
        for chunk in _chunks(data):
            out.extend(map(get, chunk))
        return out
    return [r[i] if i < len(r) else None for r in data]


def _total_rows(data: Sequence[Sequence[object]], shortest: int | None = None) -> set[int]:
    """Offsets of rows with "Totaal", "Total", "Som" ... in one of their first three cells.

    Judged per distinct value of those columns, because this runs over files with a million rows.
    """
    found: set[int] = set()
    for i in range(3):
        cells = column_cells(data, i, shortest)
        hits = {c for c in distinct_values(cells)
                if isinstance(c, str) and len(c) < 20 and c.strip().lower().rstrip(":") in TOTAL_WORDS}
        if hits:
            found.update(n for n, c in enumerate(cells) if c in hits)
    return found


def _note_rows(data: Sequence[Sequence[object]], n_columns: int, shortest: int | None = None) -> set[int]:
    """Offsets of footnotes under the table: one long text in an otherwise empty row."""
    if n_columns <= 2:
        return set()
    notes = set()
    # A note leaves the second column empty; only those rows are looked at closely.
    second = column_cells(data, 1, shortest)
    for n in [n for n, c in enumerate(second) if c is None or c == ""]:
        r = data[n]
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
) -> None:
    """Parse the data rows under the header into ``result`` (customers, orders or surveys)."""
    data = rows[header_index + 1 :]
    first_data = header_index + 1
    columns = [Column(col, key, headers[col] if col < len(headers) else "") for col, key in mapping.items()]
    shortest = min(map(len, data)) if data else 0
    parsed = []
    for n, col in enumerate(columns):
        if cancelled and cancelled():
            raise Cancelled()
        parsed.append(col.parse_all(data, decimal_default, shortest))
        if progress:
            progress(0.5 * (n + 1) / len(columns))
    handler = {CUSTOMERS: _CustomerRows, ORDERS: _OrderRows, SURVEY: _SurveyRows}[kind](result)
    skip_offsets = {i - first_data for i in (skip_rows or ())}
    totals = _total_rows(data, shortest)
    notes = _note_rows(data, len(headers), shortest)
    blank = {n for n, r in enumerate(data) if not any(r)}
    failing = set().union(*(col.failing for col in columns))
    # Most rows of a big export are plain data: they take the short path; the rest is looked at closely.
    slow = skip_offsets | totals | notes | blank | failing
    keys = [col.key for col in columns]
    base = row_number(first_data)  # row numbers run on one by one from the first data row
    total = len(data)
    no_failures: set[str] = set()
    quick = getattr(handler, "quick_line", None)
    if quick:
        handler.bind(keys)
    for offset, vals in enumerate(zip(*parsed, strict=True)):
        if offset % 20_000 == 0:
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
    handler.finish()


def _reject(result: ImportResult, bad: list[RowProblem], number: int, column: str, problem: Problem | None) -> None:
    """Reject the row: its own problem plus the cell problems found on the way."""
    result.rejected += 1
    result.problems.extend(RowProblem(b.row, b.column, REJECTED, b.problem) for b in bad)
    if problem is not None:
        result.problems.append(RowProblem(number, column, REJECTED, problem))


def _name(values: dict[str, object]) -> str:
    name = values.get("name") or ""
    if not name:
        parts = [values.get("first_name"), values.get("name_prefix"), values.get("last_name")]
        name = " ".join(str(p) for p in parts if p)
    return str(name)


def _key(values: dict[str, object]) -> str:
    return str(values.get("customer_id") or (values.get("email") or "").lower() or _name(values))


NO_CUSTOMER = QT_TRANSLATE_NOOP("core", "No customer number, e-mail or name, so it cannot be linked to a customer.")


class _CustomerRows:
    def __init__(self, result: ImportResult):
        self.result = result
        self.by_id: dict[str, tuple[Customer, int]] = {}

    def add(self, number: int, values: dict[str, object], bad: list[RowProblem], failed: set[str]) -> None:
        r = self.result
        if "customer_id" in failed:
            _reject(r, bad, number, "", None)  # the id cell says why
            return
        key = _key(values)
        if not key:
            _reject(r, bad, number, "", Problem(NO_CUSTOMER))
            return
        c = Customer(
            id=key,
            name=_name(values),
            email=str(values.get("email") or ""),
            phone=str(values.get("phone") or ""),
            since=values.get("since"),
            left_on=values.get("left_on"),
            first_purchase=values.get("first_purchase"),
            last_purchase=values.get("last_purchase"),
            orders_count=values.get("orders_count"),
            total_spent=values.get("total_spent"),
            source=str(values.get("source") or ""),
            nps_score=values.get("nps_score"),
            consent=values.get("consent"),
        )
        if c.left_on and c.since and c.left_on < c.since:
            bad.append(RowProblem(number, "", CHANGED, Problem(QT_TRANSLATE_NOOP(
                "core", "Left on {left} is before customer since {since}; the leaving date was left empty."),
                {"left": c.left_on.isoformat(), "since": c.since.isoformat()})))
            c.left_on = None
        if key in self.by_id:
            existing, first_row = self.by_id[key]
            conflicts = merge_customer(existing, c)
            if conflicts:
                _reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP(
                    "core", "Customer {id} also appears on row {first} with other values ({fields}); "
                            "this row was not imported."),
                    {"id": key, "first": first_row, "fields": ", ".join(conflicts)}))
            else:
                r.skipped += 1
                r.problems.extend(bad)
                r.problems.append(RowProblem(number, "", SKIPPED, Problem(QT_TRANSLATE_NOOP(
                    "core", "Customer {id} already appears on row {first}; merged."), {"id": key, "first": first_row})))
            return
        self.by_id[key] = (c, number)
        r.customers.append(c)
        r.accepted += 1
        r.problems.extend(bad)

    def finish(self) -> None:
        pass


def merge_customer(existing: Customer, new: Customer) -> list[str]:
    """Fill the existing customer's empty fields from ``new``; the names of fields that disagree."""
    conflicts = []
    for name in existing.__dataclass_fields__:
        a, b = getattr(existing, name), getattr(new, name)
        if b in (None, ""):
            continue
        if a in (None, ""):
            setattr(existing, name, b)
        elif a != b:
            conflicts.append(name)
    return conflicts


class _OrderRows:
    """Order lines are grouped into orders by order number (one row per line item in many exports)."""

    def __init__(self, result: ImportResult):
        self.result = result
        self.orders: dict[str, list] = {}  # order key -> [customer, date, amount, first row]
        self.customers: dict[str, Customer] = {}
        self.anonymous = 0
        self.anonymous_orders: set[str] = set()
        self.at: dict[str, int] = {}

    def bind(self, keys: list[str]) -> None:
        """Where each field sits in a row's parsed values (for ``quick_line``)."""
        self.at = {k: i for i, k in enumerate(keys)}
        self.who = [self.at[k] for k in ("customer_id", "email", "name", "first_name", "last_name") if k in self.at]
        self.i_order = self.at.get("order_id")
        self.i_amount, self.i_qty, self.i_price = (self.at.get(k) for k in ("amount", "quantity", "unit_price"))

    def quick_line(self, vals: tuple) -> bool:
        """Take a further line of an order already seen without building a dict for it.

        Most lines of an order-line export (UCI: 384,000 of 541,909) are such lines; returns False when
        the line needs the full treatment.
        """
        i = self.i_order
        if i is None:
            return False
        order = vals[i]
        entry = self.orders.get(order)
        if entry is None:
            if order in self.anonymous_orders and all(vals[w] is None or vals[w] == "" for w in self.who):
                self.anonymous += 1
                self.result.skipped += 1
                return True
            return False
        if not entry[0] or entry[1] is None:
            return False
        a, q, p = self.i_amount, self.i_qty, self.i_price
        amount = vals[a] if a is not None else None
        if amount is None and q is not None and p is not None and vals[q] is not None and vals[p] is not None:
            amount = vals[q] * vals[p]
        if amount is not None:
            entry[2] = (entry[2] or 0.0) + amount
        self.result.accepted += 1
        return True

    def add(self, number: int, values: dict[str, object], bad: list[RowProblem], failed: set[str]) -> None:
        r = self.result
        if "customer_id" in failed:
            _reject(r, bad, number, "", None)  # the id cell says why
            return
        amount = values.get("amount")
        if amount is None and values.get("quantity") is not None and values.get("unit_price") is not None:
            amount = values["quantity"] * values["unit_price"]
        day = values.get("order_date")
        order_id = values.get("order_id") or ""
        if order_id and order_id in self.orders:
            # A further line of an order already seen: it adds its amount.
            entry = self.orders[order_id]
            if amount is not None:
                entry[2] = (entry[2] or 0.0) + amount
            entry[0] = entry[0] or _key(values)
            entry[1] = entry[1] or day
            r.accepted += 1
            if bad:
                r.problems.extend(bad)
            return
        key = _key(values)
        if not key:
            self.anonymous += 1
            if order_id:
                self.anonymous_orders.add(order_id)
            r.skipped += 1
            r.problems.extend(bad)
            return
        if day is None:
            _reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP("core", "No order date.")))
            return
        if amount is None and not order_id:
            _reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP("core", "No amount.")))
            return
        self.orders[order_id or f"#row{number}"] = [key, day, amount, number]
        if key not in self.customers:
            self.customers[key] = Customer(id=key, name=_name(values), email=str(values.get("email") or ""),
                                           consent=values.get("consent"))
        r.accepted += 1
        r.problems.extend(bad)

    def finish(self) -> None:
        r = self.result
        for key, (cust, day, amount, number) in self.orders.items():
            if amount is None:
                r.problems.append(RowProblem(number, "", CHANGED, Problem(QT_TRANSLATE_NOOP(
                    "core", "Order {order} has no amount; counted as 0."), {"order": key})))
                amount = 0.0
            if day is None:
                continue
            r.orders.append(Order(cust, day, float(amount), "" if key.startswith("#row") else key))
            if amount < 0:
                r.refunds += 1
                r.refund_total += amount
        r.customers.extend(self.customers.values())
        if self.anonymous:
            r.problems.append(RowProblem(0, "", SKIPPED, Problem(QT_TRANSLATE_NOOP(
                "core", "{count} rows without a customer (anonymous sales) were skipped."), {"count": self.anonymous})))


class _SurveyRows:
    def __init__(self, result: ImportResult):
        self.result = result

    def add(self, number: int, values: dict[str, object], bad: list[RowProblem], failed: set[str]) -> None:
        r = self.result
        score = values.get("nps_score")
        day: date | None = values.get("answered_on") or values.get("order_date")
        if score is None:
            # A refused score already says why; an empty one gets its own reason.
            reason = None if "nps_score" in failed else Problem(QT_TRANSLATE_NOOP("core", "No score."))
            _reject(r, bad, number, "", reason)
            return
        if day is None:
            _reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP("core", "No date for this answer.")))
            return
        r.surveys.append(SurveyResponse(day, int(score), _key(values), str(values.get("source") or "")))
        r.accepted += 1
        r.problems.extend(bad)

    def finish(self) -> None:
        pass
