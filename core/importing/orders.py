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
from operator import is_not

import numpy as np

from core.importing.records import WHO_FIELDS, customer_key, customer_name, reject
from core.importing.result import CHANGED, SKIPPED, WARNING, ImportResult, RowProblem
from core.model import Customer, Order
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

    order_ids: list[str]  # per order code
    complete: np.ndarray  # per order code: its first line makes an order, further lines add to it
    sums: np.ndarray  # per order code: first line plus further lines, summed in row order
    with_amount: np.ndarray  # per order code: how many of those lines had an amount
    added: int  # further lines added to an order
    anonymous: int  # further lines of an order without a customer


def _floats(cells: Sequence[object]) -> np.ndarray:
    """Numbers as floats, anything else (empty, a refused cell) as NaN; converted once per distinct value."""
    as_float = {v: float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else np.nan
                for v in dict.fromkeys(cells)}
    return np.fromiter(map(as_float.__getitem__, cells), np.float64, len(cells))


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

    def plan(self, parsed: list[list[object]], slow: set[int]) -> np.ndarray | None:
        """Which rows must still go through ``add`` one by one (a boolean per row); None: all of them.

        Taken together are the further lines of an order whose first line makes an order (they add
        their amount) and of an order without a customer (they are skipped as anonymous sales).
        Every row of an order with anything unusual — an empty order number, a row that needs a
        closer look, a first line without a date, a customer named only on a later line — still goes
        one by one, so the outcome is the same as taking every row one by one.
        """
        foreign = self._main_currency(parsed) if parsed and parsed[0] else None
        if self.i_order is None or not parsed or not parsed[0]:
            return None
        n = len(parsed[0])
        ids = parsed[self.i_order]
        code_of = {v: c for c, v in enumerate(dict.fromkeys(ids))}
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
        odd = np.zeros(len(code_of), bool)
        odd[codes[unusual]] = True
        for empty in ("", None):
            if empty in code_of:
                odd[code_of[empty]] = True
        complete = has_who[first] & has_day[first]
        anonymous = ~has_who[first]
        odd |= ~(complete | anonymous)  # a first line with a customer but no date is rejected
        odd[codes[~head & has_who & anonymous[codes]]] = True  # a customer named on a later line
        one_by_one = head | unusual | odd[codes]
        together = ~one_by_one
        adds = together & complete[codes]
        # The first line's amount comes first in the sum, as it would row by row.
        summed = adds | (head & complete[codes] & ~odd[codes])
        amounts = self._amounts(parsed, n)
        known = ~np.isnan(amounts)
        self._plan = _Plan(
            order_ids=list(code_of),
            complete=complete & ~odd,
            sums=np.bincount(codes[summed], weights=np.where(known, amounts, 0.0)[summed], minlength=len(code_of)),
            with_amount=np.bincount(codes[summed & known], minlength=len(code_of)),
            added=int(adds.sum()),
            anonymous=int((together & anonymous[codes]).sum()),
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
        """Add what ``plan`` took together; the number of rows it took (all of them read)."""
        p, r = self._plan, self.result
        if p is None:
            return 0
        for code in np.flatnonzero(p.complete):
            entry = self.orders[p.order_ids[code]]
            entry[2] = float(p.sums[code]) if p.with_amount[code] else None
        r.accepted += p.added
        r.skipped += p.anonymous
        self.anonymous += p.anonymous
        self._plan = None
        return p.added + p.anonymous

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
            self.customers[key] = Customer(id=key, name=customer_name(values), email=str(values.get("email") or ""),
                                           consent=values.get("consent"), branch=branch)
        r.accepted += 1
        r.problems.extend(bad)

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
        """The orders, with an order without any amount counted as 0 and said so."""
        r = self.result
        for key, (cust, day, amount, number, branch) in self.orders.items():
            if amount is None:
                r.problems.append(RowProblem(number, "", CHANGED, Problem(QT_TRANSLATE_NOOP(
                    "core", "Order {order} has no amount; counted as 0."), {"order": key})))
                amount = 0.0
            if day is None:
                continue
            r.orders.append(Order(cust, day, float(amount), "" if key.startswith("#row") else key, branch))
            if amount < 0:
                r.refunds += 1
                r.refund_total += amount
        r.customers.extend(self.customers.values())
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
