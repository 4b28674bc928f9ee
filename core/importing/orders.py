"""Order rows: lines grouped into orders by order number (many exports give one row per line item).

Most rows of an order-line export are further lines of an order already seen (UCI: 384,000 of
541,909). ``plan`` finds those with array operations, so only the first line of each order and
the rows that need a closer look go through ``add`` one by one; ``apply_plan`` then adds the
further lines' amounts, summed in row order so the totals equal the row-by-row sums exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from itertools import count
from operator import is_not, itemgetter

import numpy as np

from core.importing.records import WHO_FIELDS, customer_key, customer_name, reject
from core.importing.result import CHANGED, SKIPPED, WARNING, ImportResult, RowProblem
from core.model import Customer, OrderTable
from core.text import PLURAL, QT_TRANSLATE_NOOP, Problem

# Order statuses that mean no purchase took place (shop systems in English and Dutch, WooCommerce's own codes).
NOT_A_PURCHASE = {
    "cancelled", "canceled", "geannuleerd", "failed", "mislukt", "voided", "void", "refunded", "terugbetaald",
    "volledig terugbetaald", "expired", "verlopen", "declined", "afgewezen", "trash", "prullenbak",
    "wc-cancelled", "wc-failed", "wc-refunded",
}


def _currency(value: object) -> str:
    """A currency code as written in one form ("eur", " EUR " → "EUR"); "" when empty."""
    return "" if value is None else str(value).strip().upper()


def not_a_purchase(status: object, cancelled_at: object) -> bool:
    """True for an order that was cancelled, failed or refunded in full: it is no purchase."""
    if cancelled_at not in (None, ""):
        return True
    return isinstance(status, str) and status.strip().lower().replace("_", " ") in NOT_A_PURCHASE


@dataclass
class _Plan:
    """Rows taken together instead of one by one (see ``OrderRows.plan``)."""

    order_ids: list[str] | None  # per order code (None: the export has no order numbers, each row is an order)
    plain: np.ndarray  # per order code: an order whose lines all take the short road
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
    customer: list[str]
    day: np.ndarray  # int64 day ordinal
    amount: np.ndarray  # float64 (0 where no line had an amount)
    has_amount: np.ndarray  # bool
    order_id: list[str]
    branch: list[str]
    first_rows: dict[str, tuple[int, int]]  # customer -> (row number, offset) of their first order here


def _floats(cells: Sequence[object]) -> np.ndarray:
    """Numbers as floats, anything else (empty, a refused cell) as NaN; converted once per distinct value."""
    as_float = {v: float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else np.nan
                for v in dict.fromkeys(cells)}
    return np.fromiter(map(as_float.__getitem__, cells), np.float64, len(cells))


def _pick(cells: Sequence[object], offsets: list[int]) -> list:
    """``cells`` at ``offsets``, in that order (one C-level call: a million offsets in a few milliseconds)."""
    if len(offsets) == len(cells) and (not offsets or offsets[-1] == len(cells) - 1):
        return list(cells)  # every row (offsets rise and are distinct: all of them means 0 .. n-1)
    if len(offsets) < 2:
        return [cells[i] for i in offsets]
    return list(itemgetter(*offsets)(cells))


class OrderRows:
    """Order lines grouped into orders by order number."""

    def __init__(self, result: ImportResult):
        self.result = result
        self.orders: dict[str, list] = {}  # order key -> [customer, date, amount, first row, branch]
        self.customers: dict[str, Customer] = {}
        self.anonymous = 0
        self.anonymous_orders: set[str] = set()
        self.cancelled_orders: set[str] = set()
        self.at: dict[str, int] = {}
        self._plan: _Plan | None = None
        self._taken: _Taken | None = None
        self._parsed: list[list[object]] = []
        self._base = 0
        self.customer_rows: dict[str, int] = {}  # customer -> row number of the order that made them (one by one)
        self.currency = ""  # the currency most rows are in (when the export has a currency column)
        self.other_currencies: dict[str, int] = {}  # rows left out per other currency

    def bind(self, keys: list[str]) -> None:
        """Where each field sits in a row's parsed values (for ``quick_line``)."""
        self.at = {k: i for i, k in enumerate(keys)}
        self.who = [self.at[k] for k in WHO_FIELDS if k in self.at]
        self.i_order = self.at.get("order_id")
        self.i_amount, self.i_qty, self.i_price = (self.at.get(k) for k in ("amount", "quantity", "unit_price"))
        self.i_refund = self.at.get("refunded")
        self.i_currency = self.at.get("currency")

    def _main_currency(self, parsed: list[list[object]]) -> np.ndarray | None:
        """Settle the currency most rows are in; per row, whether it is in another one (None without a column).
        Amounts in different currencies cannot be added, so rows in another currency are left out and said."""
        if self.i_currency is None:
            return None
        codes = [_currency(c) for c in parsed[self.i_currency]]
        counts = Counter(c for c in codes if c)
        self.currency = counts.most_common(1)[0][0] if counts else ""
        return np.fromiter((bool(c) and c != self.currency for c in codes), bool, len(codes))

    def plan(self, parsed: list[list[object]], slow: set[int], base: int = 0) -> np.ndarray | None:
        """Which rows must still go through ``add`` one by one (a boolean per row); None: all of them.

        Taken together are the plain orders — every line has a customer and a date where the first needs
        them, nothing unusual on any line — first line and further lines alike, and the further lines of
        an order without a customer (skipped as anonymous sales). Every row of an order with anything
        unusual — an empty order number, a row that needs a closer look, a first line without a date, a
        customer named only on a later line, a status, a refund, another currency — still goes one by one,
        so the outcome is the same as taking every row one by one. ``base`` is the first row's number.
        """
        foreign = self._main_currency(parsed) if parsed and parsed[0] else None
        if not parsed or not parsed[0]:
            return None
        n = len(parsed[0])
        if self.i_order is None:  # no order numbers: every row is an order of its own
            order_ids, codes, head = None, np.arange(n), np.ones(n, bool)
        else:
            ids = parsed[self.i_order]
            code_of = dict(zip(dict.fromkeys(ids), count()))
            order_ids = list(code_of)
            codes = np.fromiter(map(code_of.__getitem__, ids), np.intp, n)
            # Codes are numbered in first-seen order, so an order's first line is where the running maximum grows.
            top = np.maximum.accumulate(codes)
            head = np.empty(n, bool)
            head[0] = True
            head[1:] = top[1:] > top[:-1]
        first = np.flatnonzero(head)  # the first line of order code c is first[c]
        who_columns = [parsed[i] for i in self.who]
        if len(who_columns) == 1:
            has_who = np.fromiter(map(bool, who_columns[0]), bool, n)
        elif who_columns:
            has_who = np.fromiter(map(any, zip(*who_columns, strict=True)), bool, n)
        else:
            has_who = np.zeros(n, bool)
        days = parsed[self.at["order_date"]] if "order_date" in self.at else [None] * n
        has_day = (np.fromiter(map(partial(is_not, None), days), bool, n) if None in days else np.ones(n, bool))
        unusual = np.zeros(n, bool)
        unusual[list(slow)] = True
        status, cancelled_at = (parsed[self.at[k]] if k in self.at else [None] * n for k in ("status", "cancelled_at"))
        if "status" in self.at or "cancelled_at" in self.at:
            unusual |= np.fromiter(map(not_a_purchase, status, cancelled_at), bool, n)  # said row by row
        if "refunded" in self.at:
            unusual |= np.fromiter(map(bool, parsed[self.at["refunded"]]), bool, n)  # a refund is said too
        if foreign is not None:
            unusual |= foreign
        amounts = self._amounts(parsed, n)
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
        self._parsed, self._base = parsed, base
        self._plan = _Plan(
            order_ids=order_ids,
            plain=plain,
            sums=np.bincount(codes[summed], weights=np.where(known, amounts, 0.0)[summed], minlength=len(first)),
            with_amount=np.bincount(codes[summed & known], minlength=len(first)),
            heads=np.flatnonzero(head & plain[codes]),
            codes=codes,
            added=int((~head & summed).sum()),
            anonymous=int((~head & ~odd[codes] & anonymous[codes]).sum()),
        )
        return one_by_one

    def _amounts(self, parsed: list[list[object]], n: int) -> np.ndarray:
        """Each row's amount: the amount column, else quantity × unit price (NaN when neither is there)."""
        amounts = np.full(n, np.nan)
        if self.i_amount is not None:
            amounts = _floats(parsed[self.i_amount])
        if self.i_qty is not None and self.i_price is not None:
            amounts = np.where(np.isnan(amounts), _floats(parsed[self.i_qty]) * _floats(parsed[self.i_price]),
                               amounts)
        return amounts

    def apply_plan(self) -> int:
        """Take what ``plan`` took together; the number of rows it took (all of them read)."""
        p, r = self._plan, self.result
        if p is None:
            return 0
        heads = p.heads.tolist()
        head_codes = p.codes[p.heads]
        at = self.at
        dates = _pick(self._parsed[at["order_date"]], heads)
        day_of = {d: d.toordinal() for d in set(dates)}  # a few thousand distinct days
        numbers = self._base + p.heads.astype(np.int64)
        customers = self._keys(heads)
        # Each customer's first order row here: of a key met again, the earliest pair is the one a dict keeps last.
        pairs = zip(reversed(numbers.tolist()), reversed(heads), strict=True)
        first_rows = dict(zip(reversed(customers), pairs, strict=True))
        self._taken = _Taken(
            numbers=numbers,
            customer=customers,
            day=np.fromiter(map(day_of.__getitem__, dates), np.int64, len(heads)),
            amount=p.sums[head_codes],
            has_amount=p.with_amount[head_codes] > 0,
            order_id=[""] * len(heads) if p.order_ids is None else _pick(p.order_ids, head_codes.tolist()),
            branch=([""] * len(heads) if "branch" not in at
                    else [str(b or "") for b in _pick(self._parsed[at["branch"]], heads)]),
            first_rows=first_rows,
        )
        r.accepted += len(heads) + p.added
        r.skipped += p.anonymous
        self.anonymous += p.anonymous
        self._plan = None
        return len(heads) + p.added + p.anonymous

    def _keys(self, offsets: list[int]) -> list[str]:
        """The customer key of each of these rows (each has a customer number, e-mail or name)."""
        who = {k: self._parsed[self.at[k]] for k in WHO_FIELDS if k in self.at}
        if list(who) == ["customer_id"]:  # the usual export: a customer number on every line
            return list(map(str, _pick(who["customer_id"], offsets)))
        return [customer_key({k: cells[i] for k, cells in who.items()}) for i in offsets]

    def _values(self, offset: int) -> dict[str, object]:
        """Row ``offset``'s parsed values by field (for a customer met first on a row taken together)."""
        return {k: self._parsed[i][offset] for k, i in self.at.items()}

    def quick_line(self, vals: tuple) -> bool:
        """Take a further line of an order already seen without building a dict for it.

        Returns False when the line needs the full treatment.
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
        if self.i_refund is not None and vals[self.i_refund]:
            return False  # a refund on the line: ``add`` subtracts it and says so
        if self.i_currency is not None and _currency(vals[self.i_currency]) not in ("", self.currency):
            return False
        if amount is not None:
            entry[2] = (entry[2] or 0.0) + amount
        self.result.accepted += 1
        return True

    def add(self, number: int, values: dict[str, object], bad: list[RowProblem], failed: set[str]) -> None:
        """One order line: a new order, or a further line of one already seen."""
        r = self.result
        if "customer_id" in failed:
            reject(r, bad, number, "", None)  # the id cell says why
            return
        order_id = values.get("order_id") or ""
        code = _currency(values.get("currency"))
        if code and code != self.currency:
            self.other_currencies[code] = self.other_currencies.get(code, 0) + 1
            r.skipped += 1
            r.problems.extend(bad)
            return
        if order_id in self.cancelled_orders or (order_id not in self.orders
                                                 and not_a_purchase(values.get("status"), values.get("cancelled_at"))):
            self._not_a_purchase(number, order_id, values, bad)
            return
        amount = values.get("amount")
        if amount is None and values.get("quantity") is not None and values.get("unit_price") is not None:
            amount = values["quantity"] * values["unit_price"]
        refunded = values.get("refunded")
        if amount is not None and refunded:
            bad = [*bad, RowProblem(number, "", WARNING, Problem(QT_TRANSLATE_NOOP(
                "core", "Order {order}: the refunded {refunded} is taken off its amount of {amount}."),
                {"order": order_id or "-", "refunded": float(refunded), "amount": float(amount)}))]
            amount -= refunded
        day = values.get("order_date")
        if order_id and order_id in self.orders:
            # A further line of an order already seen: it adds its amount.
            entry = self.orders[order_id]
            if amount is not None:
                entry[2] = (entry[2] or 0.0) + amount
            entry[0] = entry[0] or customer_key(values)
            entry[1] = entry[1] or day
            entry[4] = entry[4] or str(values.get("branch") or "")
            r.accepted += 1
            if bad:
                r.problems.extend(bad)
            return
        key = customer_key(values)
        if not key:
            self.anonymous += 1
            if order_id:
                self.anonymous_orders.add(order_id)
            r.skipped += 1
            r.problems.extend(bad)
            return
        if day is None:
            reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP("core", "No order date.")))
            return
        if amount is None and not order_id:
            reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP("core", "No amount.")))
            return
        branch = str(values.get("branch") or "")
        self.orders[order_id or f"#row{number}"] = [key, day, amount, number, branch]
        if key not in self.customers:
            # A customer met in an order list belongs to the branch of their first order there.
            self.customer_rows[key] = number
            self.customers[key] = Customer(id=key, name=customer_name(values), email=str(values.get("email") or ""),
                                           consent=values.get("consent"), branch=branch)
        r.accepted += 1
        r.problems.extend(bad)

    def _customers_in_order(self) -> list[Customer]:
        """The customers met, each as their first order row made them, in the order of those rows."""
        t = self._taken
        if t is None:
            return list(self.customers.values())
        firsts = {key: (number, None) for key, number in self.customer_rows.items()}
        for key, (number, offset) in t.first_rows.items():
            if key not in firsts or number < firsts[key][0]:
                firsts[key] = (number, offset)
        out = []
        for key, (_number, offset) in sorted(firsts.items(), key=lambda item: item[1][0]):
            if offset is None:
                out.append(self.customers[key])
            else:
                values = self._values(offset)
                out.append(Customer(id=key, name=customer_name(values), email=str(values.get("email") or ""),
                                    consent=values.get("consent"), branch=str(values.get("branch") or "")))
        return out

    def _not_a_purchase(self, number: int, order_id: str, values: dict[str, object], bad: list[RowProblem]) -> None:
        """Skip a cancelled, failed or refunded order's line, and say why."""
        r = self.result
        r.skipped += 1
        r.problems.extend(bad)
        if order_id in self.cancelled_orders:
            problem = Problem(QT_TRANSLATE_NOOP("core", "A further line of order {order}, which is not counted."),
                              {"order": order_id})
        elif values.get("cancelled_at") not in (None, ""):
            problem = Problem(QT_TRANSLATE_NOOP(
                "core", "Order {order} was cancelled ({date}): not a purchase, so it is not counted."),
                {"order": order_id or "-", "date": values["cancelled_at"]})
        else:
            problem = Problem(QT_TRANSLATE_NOOP(
                "core", "Order {order} has the status '{status}': not a purchase, so it is not counted."),
                {"order": order_id or "-", "status": values.get("status")})
        if order_id:
            self.cancelled_orders.add(order_id)
        r.problems.append(RowProblem(number, "", SKIPPED, problem))

    def finish(self) -> None:
        """The orders, in the order of their first lines, with an order without any amount counted as 0 and
        said so; the customers in the order they were first met."""
        r = self.result
        one = list(self.orders.items())  # the orders taken one by one (their day is never None here)
        numbers = np.fromiter((e[3] for _, e in one), np.int64, len(one))
        amounts = np.array([0.0 if e[2] is None else float(e[2]) for _, e in one], dtype=np.float64)
        has_amount = np.fromiter((e[2] is not None for _, e in one), bool, len(one))
        table = OrderTable([e[0] for _, e in one], [e[1].toordinal() for _, e in one], amounts,
                           ["" if k.startswith("#row") else k for k, _ in one], [e[4] for _, e in one])
        t = self._taken
        if t is not None:
            taken = OrderTable(t.customer, t.day, np.where(t.has_amount, t.amount, 0.0), t.order_id, t.branch)
            if not one:  # the usual big export: every order taken together, already in row order
                table, numbers, has_amount = taken, t.numbers, t.has_amount
            else:
                table.extend(taken)
                numbers = np.concatenate((numbers, t.numbers))
                has_amount = np.concatenate((has_amount, t.has_amount))
                order = np.argsort(numbers, kind="stable")
                table, numbers, has_amount = table.take(order), numbers[order], has_amount[order]
        for i in np.flatnonzero(~has_amount).tolist():
            r.problems.append(RowProblem(int(numbers[i]), "", CHANGED, Problem(QT_TRANSLATE_NOOP(
                "core", "Order {order} has no amount; counted as 0."),
                {"order": table.order_id[i] or f"#row{int(numbers[i])}"})))
        if len(r.orders):
            r.orders.extend(table)
        else:
            r.orders = table
        for amount in table.amount[table.amount < 0].tolist():  # added one by one, as the total always was
            r.refunds += 1
            r.refund_total += amount
        r.customers.extend(self._customers_in_order())
        if self.other_currencies:
            r.problems.append(RowProblem(0, "", SKIPPED, Problem(PLURAL.translate(
                "core", "{n} payments in another currency than {currency} were left out ({others}): amounts in "
                        "different currencies cannot be added up. Export the converted amounts to count them.", "", 0),
                {"n": sum(self.other_currencies.values()), "currency": self.currency,
                 "others": ", ".join(f"{c} {k}" for c, k in sorted(self.other_currencies.items()))}, count="n")))
        if self.currency:
            r.currency = self.currency
        if self.anonymous:
            r.problems.append(RowProblem(0, "", SKIPPED, Problem(PLURAL.translate(
                "core", "{count} rows without a customer (anonymous sales) were skipped.", "", 0),
                {"count": self.anonymous}, count="count")))
