"""Order rows: lines grouped into orders by order number (many exports give one row per line item).

The plain orders of a big export are taken together (``core.importing.orderplan``); the rows that need a closer
look — a status, a refund, another currency, a problem in a cell — go through ``add`` one by one, so every problem
still names its row.
"""

from __future__ import annotations

import numpy as np

from core.importing.orderplan import TakenTogether
from core.importing.orderrules import currency_code, not_a_purchase
from core.importing.records import WHO_FIELDS, customer_key, customer_name, reject
from core.importing.result import CHANGED, SKIPPED, WARNING, ImportResult, RowProblem
from core.model import Customer, OrderTable
from core.packed import PackedTexts
from core.text import PLURAL, QT_TRANSLATE_NOOP, Problem


class OrderRows(TakenTogether):
    """Order lines grouped into orders by order number."""

    def __init__(self, result: ImportResult):
        super().__init__()
        self.result = result
        self.orders: dict[str, list] = {}  # order key -> [customer, date, amount, first row, branch]
        self.customers: dict[str, Customer] = {}
        self.anonymous = 0
        self.anonymous_orders: set[str] = set()
        self.cancelled_orders: set[str] = set()
        self.at: dict[str, int] = {}
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
        if self.i_currency is not None and currency_code(vals[self.i_currency]) not in ("", self.currency):
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
        code = currency_code(values.get("currency"))
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
            amounts = np.where(t.has_amount, t.amount, 0.0)
            if t.codes is not None:  # found by the plan: the figures need not find them again, nor the ids be made
                kept = t.order_id.packed if isinstance(t.order_id, PackedTexts) else t.order_id
                taken = OrderTable.coded(t.names, t.codes, t.day, amounts, kept, t.branch)
            else:
                taken = OrderTable(t.customer, t.day, amounts, t.order_id, t.branch)
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
            r.orders = table  # made here and nowhere else kept: taken as it is, not copied (72 MB at 3M orders)
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
