"""Customers as rows of the workspace's customers table, and back."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

import numpy as np

from core.model import Customer, Dataset, MonthlyLost, OrderTable, PeriodCounts, SurveyResponse
from core.steps import STEP, distinct, mapped
from core.store.db import Db


def iso(d: date | None) -> str | None:
    """A date as text for SQLite (None stays None)."""
    return None if d is None else d.isoformat()


def day(s: str | None) -> date | None:
    """A date read back from SQLite."""
    return None if s is None else date.fromisoformat(s)


CUSTOMER_FIELDS = [f.name for f in fields(Customer)]
DATE_FIELDS = {"since", "left_on", "first_purchase", "last_purchase"}


def customer_row(c: Customer) -> dict[str, Any]:
    """The customer as column values. (Not ``dataclasses.asdict``: it deep-copies every value and took 0.25 s
    for the demo's 1,670 customer rows; the fields are plain values.)"""
    row = {name: getattr(c, name) for name in CUSTOMER_FIELDS}
    for k in DATE_FIELDS:
        row[k] = iso(row[k])
    row["consent"] = None if c.consent is None else int(c.consent)
    return row


def customer_from(row: Any) -> Customer:
    """The customer from a row of the customers table."""
    values = {k: row[k] for k in CUSTOMER_FIELDS}
    for k in DATE_FIELDS:
        values[k] = day(values[k])
    values["consent"] = None if values["consent"] is None else bool(values["consent"])
    return Customer(**values)


def read_period_counts(c: Db) -> list[PeriodCounts]:
    """The typed-in counts per period, in the owner's order."""
    return [PeriodCounts(r[0], r[1], r[2], r[3])
            for r in c.execute('SELECT label, start, "end", new FROM period_counts ORDER BY position')]


def write_period_counts(c: Db, rows: list[PeriodCounts]) -> None:
    """Replace the typed-in counts per period (inside the caller's transaction)."""
    c.execute("DELETE FROM period_counts")
    c.executemany('INSERT INTO period_counts (position, label, start, "end", new) VALUES (?, ?, ?, ?, ?)',
                  [(i, r.label, r.start, r.end, r.new) for i, r in enumerate(rows)])


def read_monthly_lost(c: Db) -> list[MonthlyLost]:
    """The typed-in lost customers per month, oldest first."""
    return [MonthlyLost(date.fromisoformat(r[0]), r[1], r[2])
            for r in c.execute("SELECT month, start, lost FROM monthly_lost ORDER BY month")]


def write_monthly_lost(c: Db, rows: list[MonthlyLost]) -> None:
    """Replace the typed-in lost customers per month (inside the caller's transaction)."""
    c.execute("DELETE FROM monthly_lost")
    c.executemany("INSERT INTO monthly_lost VALUES (?, ?, ?)", [(r.month.isoformat(), r.start, r.lost) for r in rows])


def order_columns(orders: OrderTable) -> tuple[list, list, list, list, list]:
    """The orders as the orders table's columns: customer, day (as text), amount, order number, branch."""
    days = orders.day.tolist()
    text = {d: date.fromordinal(d).isoformat() for d in distinct(days)}
    # (A list made by bytecode: this runs on a worker, and the window must get its turns.)
    return orders.customer_id, [text[d] for d in days], orders.amount.tolist(), orders.order_id, orders.branch


def read_orders(c: Db) -> OrderTable:
    """Every stored order, in the order it was stored, as columns (a million orders: no million objects)."""
    found = c.execute("SELECT customer_id, day, amount, order_id, branch FROM orders ORDER BY id")
    cust: list[str] = []
    days: list[str] = []
    amounts: list[float] = []
    order_ids: list[str] = []
    branches: list[str] = []
    # In steps: this runs on a worker, and the window must get its turns — a million row tuples fetched at once
    # are also freed at once, in one go that held the interpreter for 0.2 s.
    while part := found.fetchmany(STEP):
        part_cust, part_days, part_amounts, part_order_ids, part_branches = zip(*part, strict=True)
        cust += part_cust
        days += part_days
        amounts += part_amounts
        order_ids += part_order_ids
        branches += part_branches
    # A shop has a few thousand distinct days among a million orders: each text is read once.
    ordinal = {d: date.fromisoformat(d).toordinal() for d in distinct(days)}
    return OrderTable(cust, mapped(ordinal.__getitem__, days, np.int64), np.array(amounts, dtype=np.float64),
                      order_ids, branches)


def read_dataset(c: Db) -> Dataset:
    """Everything stored, as the core's dataclasses, in the order it was stored."""
    customers = [customer_from(r) for r in c.execute(f"SELECT * FROM customers ORDER BY {c.row_order('customers')}")]
    fromiso = date.fromisoformat
    orders = read_orders(c)
    surveys = [SurveyResponse(fromiso(r[0]) if r[0] else None, r[1], r[2], r[3], r[4])
               for r in c.execute("SELECT day, score, customer_id, source, branch FROM surveys ORDER BY id")]
    name = c.execute("SELECT value FROM meta WHERE key = 'shop_name'").fetchone()
    return Dataset(customers, orders, surveys, read_period_counts(c), read_monthly_lost(c), name[0] if name else "")
