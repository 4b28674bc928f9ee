"""Order lines taken together: the plain orders of a big export found and added up with array operations.

Most rows of an order export are plain: a first line with a customer, a date and an amount, and perhaps further
lines of the same order (UCI: 384,000 further lines of 541,909). ``TakenTogether.plan`` finds them with array
operations, so only the rows that need a closer look go through ``OrderRows.add`` one by one; ``apply_plan``
then takes the plain orders as columns, their lines' amounts summed in row order so the totals equal the
row-by-row sums exactly (a property test compares both ways).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date
from functools import partial
from itertools import count
from operator import is_not

import numpy as np

from core.importing.orderrules import currency_code, not_a_purchase
from core.importing.records import WHO_FIELDS, customer_key, customer_name
from core.importing.result import ImportResult
from core.model import Customer
from core.packed import PackedTexts, rows_at
from core.steps import mapped


@dataclass
class _Plan:
    """Rows taken together instead of one by one (see ``OrderRows.plan``)."""

    order_ids: list[str] | None  # per order code (None: the export has no order numbers, each row is an order)
    sums: np.ndarray  # per order code: its lines' amounts, summed in row order
    with_amount: np.ndarray  # per order code: how many of those lines had an amount
    heads: np.ndarray  # offsets of the plain orders' first lines, in row order
    codes: np.ndarray  # per row, its order code
    added: int  # further lines added to an order
    anonymous: int  # further lines of an order without a customer


@dataclass
class _Taken:
    """The plain orders, as columns in row order (see ``OrderRows.apply_plan``)."""

    numbers: np.ndarray  # int64 row number of each order's first line
    customer: list[str] | None  # None when ``names`` and ``codes`` say it (the list is made only if needed)
    day: np.ndarray  # int64 day ordinal
    amount: np.ndarray  # float64 (0 where no line had an amount)
    has_amount: np.ndarray  # bool
    order_id: Sequence[str]  # a PackedTexts when the reader kept the numbers so
    branch: list[str] | None  # None: the export has no branch column
    met: list[str]  # the customers in the order of their first orders here
    met_numbers: np.ndarray  # the row number of each one's first order
    met_offsets: np.ndarray  # and its offset among the data rows
    names: list[str] | None = None  # the customers in first-seen order, when their codes are known (else None)
    codes: np.ndarray | None = None  # each order's customer as a position in ``names``

    def first_rows(self) -> dict[str, tuple[int, int]]:
        """Customer -> (row number, offset) of their first order here (made when asked: the usual export, whose
        customers are all met here, needs only ``met``)."""
        return dict(zip(self.met, zip(self.met_numbers.tolist(), self.met_offsets.tolist(), strict=True),
                        strict=True))


class _Positions:
    """Each order number's code when ``ids`` holds each once, in first-seen order (every row an order of its own, or
    the reader's distinct values): its position, looked up for the few asked."""

    def __init__(self, ids: list, known: Collection):
        self.ids, self.known = ids, known

    def __contains__(self, value: object) -> bool:
        return value in self.known

    def __getitem__(self, value: object) -> int:
        return self.ids.index(value)


def _floats(cells: Sequence[object]) -> np.ndarray:
    """Numbers as floats, anything else (empty, a refused cell) as NaN; converted once per distinct value."""
    if set(map(type, cells)) <= {float, int}:
        return np.fromiter(cells, np.float64, len(cells))  # every cell a number (the usual amount column)
    as_float = {v: float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else np.nan
                for v in dict.fromkeys(cells)}
    return np.fromiter(map(as_float.__getitem__, cells), np.float64, len(cells))


def _coded_at(coded: Sequence[tuple[np.ndarray, list] | None], i: int) -> tuple[np.ndarray, list] | None:
    """Parsed column ``i``'s codes and value per code, when the reader read the file as columns (else None)."""
    return coded[i] if 0 <= i < len(coded) else None


def _per_row(known: tuple[np.ndarray, list], test: Callable[[object], bool]) -> np.ndarray:
    """``test`` of each row's value in a column read as columns (codes and the value of each code): asked once per
    distinct value, spread by the codes."""
    codes, values = known
    return np.fromiter(map(test, values), bool, len(values))[codes]


def _pick(cells: Sequence[object], offsets: np.ndarray) -> Sequence:
    """``cells`` at ``offsets`` (rising, distinct), in that order (one C-level call: a million offsets in a few
    milliseconds)."""
    if len(offsets) == len(cells):  # every row: rising distinct offsets, as many as there are cells, are 0 .. n-1
        return cells if isinstance(cells, PackedTexts) else list(cells)  # (packed texts cannot change: shared)
    return rows_at(cells, offsets)


def _first_places(codes: np.ndarray, m: int) -> tuple[np.ndarray, np.ndarray]:
    """The codes (below ``m``) that occur, in the order they first occur, and where each first occurs. Codes the
    reader numbered in first-seen order come out in their own order without a sort (a stable sort of a million
    codes, what ``np.unique`` does to find first places, takes 0.08 s)."""
    n = len(codes)
    first = np.full(m, n, np.int64)
    np.minimum.at(first, codes, np.arange(n))
    found = np.flatnonzero(first < n)
    places = first[found]
    if len(places) > 1 and not (places[1:] > places[:-1]).all():
        order = np.argsort(places)  # first places are distinct: no ties to keep in order
        found, places = found[order], places[order]
    return found, places


# What a customer met in an order list takes from their first order row.
CUSTOMER_FROM_ORDER = ("name", "first_name", "name_prefix", "last_name", "email", "consent", "branch")


class TakenTogether:
    """The array side of ``OrderRows``: which rows go one by one, and the plain orders as columns."""

    result: ImportResult
    at: dict[str, int]
    who: list[int]
    i_order: int | None
    i_amount: int | None
    i_qty: int | None
    i_price: int | None
    i_currency: int | None
    currency: str
    anonymous: int
    customers: dict[str, Customer]
    customer_rows: dict[str, int]

    def __init__(self) -> None:
        self._plan: _Plan | None = None
        self._taken: _Taken | None = None
        self._parsed: list[list[object]] = []
        self._distinct: Sequence[Collection | None] = ()
        self._coded: Sequence[tuple[np.ndarray, list] | None] = ()
        self._base = 0

    def _main_currency(self, parsed: list[list[object]]) -> np.ndarray | None:
        """Settle the currency most rows are in; per row, whether it is in another one (None without a column).
        Amounts in different currencies cannot be added, so rows in another currency are left out and said."""
        if self.i_currency is None:
            return None
        codes = [currency_code(c) for c in parsed[self.i_currency]]
        counts = Counter(c for c in codes if c)
        self.currency = counts.most_common(1)[0][0] if counts else ""
        return np.fromiter((bool(c) and c != self.currency for c in codes), bool, len(codes))

    def plan(self, parsed: list[list[object]], slow: set[int], base: int = 0,
             distinct: Sequence[Collection | None] = (),
             coded: Sequence[tuple[np.ndarray, list] | None] = ()) -> np.ndarray | None:
        """Which rows must still go through ``add`` one by one (a boolean per row); None: all of them.

        Taken together are the plain orders — every line has a customer and a date where the first needs
        them, nothing unusual on any line — first line and further lines alike, and the further lines of
        an order without a customer (skipped as anonymous sales). Every row of an order with anything
        unusual — an empty order number, a row that needs a closer look, a first line without a date, a
        customer named only on a later line, a status, a refund, another currency — still goes one by one,
        so the outcome is the same as taking every row one by one. ``base`` is the first row's number;
        ``distinct``, per parsed column, its distinct values when the reader found them already (else None);
        ``coded``, per parsed column, each row's code and the parsed value of each code when the reader read the
        file as columns (else None): the checks below then look at each distinct value once, not at every row.
        """
        foreign = self._main_currency(parsed) if parsed and parsed[0] else None
        if not parsed or not parsed[0]:
            return None
        n = len(parsed[0])
        if self.i_order is None:  # no order numbers: every row is an order of its own
            order_ids, codes, head = None, np.arange(n), np.ones(n, bool)
        else:
            ids = parsed[self.i_order]
            known = distinct[self.i_order] if self.i_order < len(distinct) else None
            given = self._codes_of(self.i_order, coded)
            if known is None:
                known = dict.fromkeys(ids)
            order_ids = ids if isinstance(ids, (list, PackedTexts)) else list(ids)
            if len(known) == n:  # one line per order (most web shops' exports): order k is on row k
                code_of = _Positions(order_ids, known)
                codes, head = np.arange(n, dtype=np.intp), np.ones(n, bool)
            elif given is not None:  # the reader numbered the order numbers in first-seen order already
                order_ids = list(known)
                code_of = _Positions(order_ids, known)
                codes = given
            else:
                code_of = dict(zip(known, count()))
                order_ids = list(code_of)
                codes = np.fromiter(map(code_of.__getitem__, ids), np.intp, n)
            if len(known) != n:
                # Codes are numbered in first-seen order, so an order's first line is where the running maximum grows.
                top = np.maximum.accumulate(codes)
                head = np.empty(n, bool)
                head[0] = True
                head[1:] = top[1:] > top[:-1]
        # The first line of order code c is first[c] (every line its own order: the codes themselves, not a copy).
        first = codes if head.all() else np.flatnonzero(head)
        who_columns = [parsed[i] for i in self.who]
        who_coded = _coded_at(coded, self.who[0]) if len(self.who) == 1 else None
        if who_coded is not None:
            has_who = _per_row(who_coded, bool)
        elif len(who_columns) == 1:
            has_who = np.fromiter(map(bool, who_columns[0]), bool, n)
        elif who_columns:
            has_who = np.fromiter(map(any, zip(*who_columns, strict=True)), bool, n)
        else:
            has_who = np.zeros(n, bool)
        days = parsed[self.at["order_date"]] if "order_date" in self.at else [None] * n
        days_coded = _coded_at(coded, self.at["order_date"]) if "order_date" in self.at else None
        if days_coded is not None:
            has_day = _per_row(days_coded, partial(is_not, None))
        else:
            has_day = (np.fromiter(map(partial(is_not, None), days), bool, n) if None in days else np.ones(n, bool))
        unusual = np.zeros(n, bool)
        unusual[list(slow)] = True
        if "status" in self.at or "cancelled_at" in self.at:
            status, cancelled_at = (parsed[self.at[k]] if k in self.at else [None] * n
                                    for k in ("status", "cancelled_at"))
            unusual |= np.fromiter(map(not_a_purchase, status, cancelled_at), bool, n)  # said row by row
        if "refunded" in self.at:
            unusual |= np.fromiter(map(bool, parsed[self.at["refunded"]]), bool, n)  # a refund is said too
        if foreign is not None:
            unusual |= foreign
        amounts = self._amounts(parsed, n, coded)
        known = ~np.isnan(amounts)
        odd = np.zeros(len(first), bool)
        odd[codes[unusual]] = True
        if order_ids is None:
            odd |= ~known  # a row without an order number and without an amount is refused: said one by one
        else:
            for empty in ("", None):
                if empty in code_of:
                    odd[code_of[empty]] = True
        complete = has_who[first] & has_day[first]
        anonymous = ~has_who[first]
        odd |= ~(complete | anonymous)  # a first line with a customer but no date is rejected
        odd[codes[~head & has_who & anonymous[codes]]] = True  # a customer named on a later line
        plain = complete & ~odd
        one_by_one = unusual | odd[codes] | (head & ~plain[codes])
        summed = plain[codes]  # no line of a plain order is unusual: every line adds its amount, in row order
        self._parsed, self._base, self._distinct, self._coded = parsed, base, distinct, coded
        counted = np.where(known, amounts, 0.0)
        if first is codes and summed.all():  # every line a plain order of its own: its line is its sum
            sums, with_amount = counted + 0.0, known.astype(np.int64)  # (+ 0.0: -0.0 as a sum from zero makes it)
        else:
            sums = np.bincount(codes[summed], weights=counted[summed], minlength=len(first))
            with_amount = np.bincount(codes[summed & known], minlength=len(first))
        self._plan = _Plan(
            order_ids=order_ids,
            sums=sums,
            with_amount=with_amount,
            heads=np.flatnonzero(head & plain[codes]),
            codes=codes,
            added=int((~head & summed).sum()),
            anonymous=int((~head & ~odd[codes] & anonymous[codes]).sum()),
        )
        return one_by_one

    def _amounts(self, parsed: list[list[object]], n: int,
                 coded: Sequence[tuple[np.ndarray, list] | None]) -> np.ndarray:
        """Each row's amount: the amount column, else quantity × unit price (NaN when neither is there)."""

        def floats(i: int) -> np.ndarray:
            known = _coded_at(coded, i)
            return _floats(parsed[i]) if known is None else _floats(known[1])[known[0]]  # each value once

        amounts = np.full(n, np.nan)
        if self.i_amount is not None:
            amounts = floats(self.i_amount)
        if self.i_qty is not None and self.i_price is not None:
            amounts = np.where(np.isnan(amounts), floats(self.i_qty) * floats(self.i_price), amounts)
        return amounts

    @staticmethod
    def _codes_of(i: int, coded: Sequence[tuple[np.ndarray, list] | None]) -> np.ndarray | None:
        """Each row's code in parsed column ``i``, when the reader read the file as columns (else None)."""
        known = _coded_at(coded, i)
        return None if known is None else known[0]

    def apply_plan(self) -> int:
        """Take what ``plan`` took together; the number of rows it took (all of them read)."""
        p, r = self._plan, self.result
        if p is None:
            return 0
        heads = p.heads
        head_codes = p.codes[p.heads]
        at = self.at
        numbers = self._base + p.heads.astype(np.int64)
        customers, names, codes, firsts = self._customers_of(heads)
        every = len(heads) == len(p.sums)  # every order taken: their codes are 0, 1, 2 ... (first-seen numbering)
        self._taken = _Taken(
            numbers=numbers,
            customer=customers,
            day=self._days(heads),
            amount=p.sums if every else p.sums[head_codes],
            has_amount=(p.with_amount if every else p.with_amount[head_codes]) > 0,
            order_id=[""] * len(heads) if p.order_ids is None else _pick(p.order_ids, head_codes),
            branch=(None if "branch" not in at  # (no list of empty names: the table makes one if asked)
                    else [str(b or "") for b in _pick(self._parsed[at["branch"]], heads)]),
            met=names,
            met_numbers=numbers[firsts],
            met_offsets=p.heads[firsts],
            names=names if codes is not None else None,
            codes=codes,
        )
        r.accepted += len(heads) + p.added
        r.skipped += p.anonymous
        self.anonymous += p.anonymous
        self._plan = None
        return len(heads) + p.added + p.anonymous

    def _days(self, heads: np.ndarray) -> np.ndarray:
        """The day number of each taken order (its first line's date: a date on every one of them)."""
        i = self.at["order_date"]
        known = _coded_at(self._coded, i)
        if known is not None:  # read as columns: each distinct date's day once, spread by the rows' codes
            codes, values = known
            per_code = np.fromiter((v.toordinal() if isinstance(v, date) else 0 for v in values), np.int64, len(values))
            return per_code[codes[heads]]
        dates = _pick(self._parsed[i], heads)
        day_of = {d: d.toordinal() for d in set(dates)}  # a few thousand distinct days
        return np.fromiter(map(day_of.__getitem__, dates), np.int64, len(heads))

    def _customers_of(self, heads: np.ndarray) -> tuple[list[str] | None, list[str], np.ndarray | None, np.ndarray]:
        """Each taken order's customer key; when the export has one customer number per line (the usual case),
        instead the customers in first-seen order and each order's position among them, which the figures need and
        would otherwise find again (a million lookups), the keys themselves left unmade (None) when the reader
        numbered them; and where each customer's first order is among the taken ones (``firsts``: positions in
        ``heads``, one per customer, beside the customer keys)."""
        known, positions = None, None
        if list(k for k in WHO_FIELDS if k in self.at) == ["customer_id"]:
            i = self.at["customer_id"]
            known = self._distinct[i] if i < len(self._distinct) else None  # every cell read as itself: texts
            positions = self._codes_of(i, self._coded)
        if known is None:
            customers = self._keys(heads)
            # Of a key met again, the earliest position is the one a dict keeps last.
            earliest = dict(zip(reversed(customers), range(len(customers) - 1, -1, -1), strict=True))
            return customers, list(earliest), None, np.fromiter(earliest.values(), np.intp, len(earliest))
        customers = None
        if positions is not None:
            of_row = positions[heads]  # the reader numbered them already (a plain CSV file)
        else:
            customers = _pick(self._parsed[self.at["customer_id"]], heads)
            of_row = mapped(dict(zip(known, count())).__getitem__, customers, np.int64)
        found, first = _first_places(of_row, len(known))
        rank = np.empty(len(known), np.int64)
        rank[found] = np.arange(len(found))
        texts = known if isinstance(known, (list, PackedTexts)) else list(known)
        return customers, [texts[k] for k in found.tolist()], rank[of_row], first

    def _keys(self, offsets: np.ndarray) -> list[str]:
        """The customer key of each of these rows (each has a customer number, e-mail or name)."""
        who = {k: self._parsed[self.at[k]] for k in WHO_FIELDS if k in self.at}
        if list(who) == ["customer_id"]:  # the usual export: a customer number on every line
            return list(map(str, _pick(who["customer_id"], offsets)))
        return [customer_key({k: cells[i] for k, cells in who.items()}) for i in offsets.tolist()]

    def _customers_in_order(self) -> list[Customer]:
        """The customers met, each as their first order row made them, in the order of those rows."""
        t = self._taken
        if t is None:
            return list(self.customers.values())
        # Every customer among the taken orders, numbered by the plan (``codes``): their first rows are in row order
        # already. Otherwise (customers met one by one too, or keyed by e-mail or name): whose row came first.
        in_order = not self.customer_rows and t.codes is not None
        wanted = [k for k in CUSTOMER_FROM_ORDER if k in self.at]
        if in_order and not wanted:  # only a customer number: the record is the number, every other field as it is
            return list(map(Customer, t.met))
        if not in_order:
            firsts = {key: (number, None) for key, number in self.customer_rows.items()}
            for key, (number, offset) in t.first_rows().items():
                if key not in firsts or number < firsts[key][0]:
                    firsts[key] = (number, offset)
            met = sorted(firsts.items(), key=lambda item: item[1][0])
        else:
            met = list(t.first_rows().items())
        # The fields a customer record takes from an order row, picked for those rows in one go.
        taken = [offset for _key, (_number, offset) in met if offset is not None]
        fields = {k: iter(_pick(self._parsed[self.at[k]], np.array(taken, np.intp))) for k in wanted}
        if not fields:  # only a customer number: the record is the number, every other field as Customer has it
            return [Customer(key) if offset is not None else self.customers[key] for key, (_number, offset) in met]
        out = []
        for key, (_number, offset) in met:
            if offset is None:
                out.append(self.customers[key])
            else:
                values = {k: next(cells) for k, cells in fields.items()}
                out.append(Customer(id=key, name=customer_name(values), email=str(values.get("email") or ""),
                                    consent=values.get("consent"), branch=str(values.get("branch") or "")))
        return out
