"""Turning mapped rows into customers, orders or survey answers, row by row, with every problem named."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from core.importing.cellscan import column_letter
from core.importing.columns import CUSTOMERS, ORDERS, SURVEY
from core.importing.fields import FIELD_BY_KEY
from core.importing.result import CHANGED, REJECTED, SKIPPED, ImportResult, RowProblem
from core.importing.values import (
    ValueProblem,
    date_order,
    decimal_separator,
    is_empty,
    normalize_header,
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
_MISSING = object()


class Column:
    """One mapped column: its parser, decided once for the whole column, and a cache of parsed cells."""

    def __init__(self, index: int, key: str, header: str, values: Sequence[object], decimal_default: str):
        self.index = index
        self.key = key
        self.label = f"{column_letter(index)} ({header})" if header else column_letter(index)
        kind = FIELD_BY_KEY[key].kind
        self.cache: dict = {}
        if kind == "date":
            order = date_order(values)
            self._parse = lambda v: parse_date(v, order)
        elif kind in ("number", "count"):
            decimal = decimal_separator(values, decimal_default)
            parser = parse_number if kind == "number" else parse_whole
            self._parse = lambda v: parser(v, decimal)
        elif kind == "id":
            self._parse = parse_id
        elif kind == "bool":
            self._parse = parse_bool
        elif kind == "score":
            self._parse = lambda v: None if is_empty(v) else _score(v)
        else:
            self._parse = parse_text

    def parse(self, value: object) -> object:
        """The cell's value; raises ValueProblem. Results are cached, since exports repeat values a lot."""
        try:
            hit = self.cache.get(value, _MISSING)
        except TypeError:
            return self._parse(value)
        if hit is _MISSING:
            try:
                hit = self._parse(value)
            except ValueProblem as exc:
                hit = exc
            if len(self.cache) < 500_000:
                self.cache[value] = hit
        if isinstance(hit, ValueProblem):
            raise hit
        return hit


def _score(value: object) -> int:
    try:
        return check_score(value)
    except InputError as exc:
        raise ValueProblem(exc.problem) from None


def _is_total_row(row: Sequence[object]) -> bool:
    for cell in row[:3]:
        if isinstance(cell, str) and normalize_header(cell) in TOTAL_WORDS:
            return True
    return False


def _is_note_row(row: Sequence[object], n_columns: int) -> bool:
    """A footnote under the table: a single long text in the first cells of an otherwise empty row."""
    filled = [c for c in row if not is_empty(c)]
    return n_columns > 2 and len(filled) == 1 and isinstance(filled[0], str) and len(filled[0]) > 25


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
    sample = {col: [r[col] for r in data[:5000] if col < len(r)] for col in mapping}
    columns = [Column(col, key, headers[col] if col < len(headers) else "", sample[col], decimal_default)
               for col, key in mapping.items()]
    handler = {CUSTOMERS: _CustomerRows, ORDERS: _OrderRows, SURVEY: _SurveyRows}[kind](result)
    skip_rows = skip_rows or set()
    n_columns = len(headers)
    total = len(data)
    for offset, row in enumerate(data):
        if offset % 20_000 == 0:
            if cancelled and cancelled():
                raise Cancelled()
            if progress:
                progress(offset / max(total, 1))
        index = first_data + offset
        number = row_number(index)
        if not row or all(is_empty(c) for c in row):
            continue  # blank rows are not data: they are neither read nor counted
        result.rows_read += 1
        if index in skip_rows:
            result.rejected += 1
            continue
        if _is_total_row(row):
            result.skipped += 1
            result.problems.append(RowProblem(number, "", SKIPPED, Problem(
                QT_TRANSLATE_NOOP("core", "A total row, not a customer or order."))))
            continue
        if _is_note_row(row, n_columns):
            result.skipped += 1
            result.problems.append(RowProblem(number, "", SKIPPED, Problem(
                QT_TRANSLATE_NOOP("core", "A note under the table, not data."))))
            continue
        values: dict[str, object] = {}
        bad: list[RowProblem] = []
        failed: set[str] = set()
        for col in columns:
            raw = row[col.index] if col.index < len(row) else None
            try:
                values[col.key] = col.parse(raw)
            except ValueProblem as exc:
                values[col.key] = None
                failed.add(col.key)
                bad.append(RowProblem(number, col.label, CHANGED, exc.problem))
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
            conflicts = _merge(existing, c)
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


def _merge(existing: Customer, new: Customer) -> list[str]:
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
        key = _key(values)
        if order_id and order_id in self.orders:
            # A further line of an order already seen: it adds its amount.
            entry = self.orders[order_id]
            if amount is not None:
                entry[2] = (entry[2] or 0.0) + amount
            entry[0] = entry[0] or key
            entry[1] = entry[1] or day
            r.accepted += 1
            r.problems.extend(bad)
            return
        if not key:
            self.anonymous += 1
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
            r.orders.append(Order(cust, day, float(amount)))
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
