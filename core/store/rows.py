"""Customers as rows of the workspace's customers table, and back."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import fields
from datetime import date
from operator import attrgetter
from typing import Any

from core.model import Customer, Dataset, MonthlyLost, PeriodCounts, SurveyResponse
from core.store import orderblocks
from core.store.db import Db


def iso(d: date | None) -> str | None:
    """A date as text for SQLite (None stays None)."""
    return None if d is None else d.isoformat()


def day(s: str | None) -> date | None:
    """A date read back from SQLite."""
    return None if s is None else date.fromisoformat(s)


CUSTOMER_FIELDS = [f.name for f in fields(Customer)]
DATE_FIELDS = {"since", "left_on", "first_purchase", "last_purchase"}


_FIELDS_OF = attrgetter(*CUSTOMER_FIELDS)
_DATED = [i for i, name in enumerate(CUSTOMER_FIELDS) if name in DATE_FIELDS]
_CONSENT = CUSTOMER_FIELDS.index("consent")
ID_ALONE = _FIELDS_OF(Customer(""))[1:]  # every field but the id as a customer known by their id alone has it


def customer_values(c: Customer) -> tuple:
    """The customer's column values in ``CUSTOMER_FIELDS`` order: dates as text, consent as 0/1. (One C-level
    call for the fields, not ``dataclasses.asdict``, which deep-copies every value: 100,000 new customers of an
    import 0.4 s → 0.15 s; a customer known by an id alone has nothing to convert.)"""
    found = _FIELDS_OF(c)
    if found[1:] == ID_ALONE:
        return found
    values = list(found)
    for i in _DATED:
        values[i] = iso(values[i])
    if values[_CONSENT] is not None:
        values[_CONSENT] = int(values[_CONSENT])
    return tuple(values)


def customer_row(c: Customer) -> dict[str, Any]:
    """The customer as column values by name."""
    return dict(zip(CUSTOMER_FIELDS, customer_values(c), strict=True))


def _plain(name: str) -> str:
    """SQL: the column holds what a customer known only by id holds."""
    default = Customer.__dataclass_fields__[name].default
    return f'COALESCE("{name}", \'\') = \'\'' if default == "" else f'"{name}" IS NULL'


# A customer known only by an id (every customer an order-only import brings: a web shop's hundred thousand).
_BARE = " AND ".join(_plain(name) for name in CUSTOMER_FIELDS if name != "id")


def read_customers(c: Db) -> list[Customer]:
    """Every stored customer, in the order they came. Only customers with more than an id are read whole (each stored
    date parsed once); the rest are made from their ids. (Fetching every field of 100,000 customers known only by id
    made 1.4 million values: 0.35 s of opening a big shop; this a third of it.)"""
    columns = ", ".join(f'"{name}"' for name in CUSTOMER_FIELDS)
    order = c.row_order("customers")
    days: dict[str, date] = {}

    def typed(values: list) -> Customer:
        for i in _DATED:
            text = values[i]
            if text is not None:
                found = days.get(text)
                if found is None:
                    found = days[text] = date.fromisoformat(text)
                values[i] = found
        if values[_CONSENT] is not None:
            values[_CONSENT] = bool(values[_CONSENT])
        return Customer(*values)

    whole = {row[0]: typed(list(row[1:]))
             for row in c.execute(f"SELECT {order}, {columns} FROM customers WHERE NOT ({_BARE}) ORDER BY {order}")}
    if not whole:
        return list(map(Customer, [i for (i,) in c.execute(f"SELECT id FROM customers ORDER BY {order}")]))
    if len(whole) == c.execute("SELECT COUNT(*) FROM customers").fetchone()[0]:
        return list(whole.values())
    ids = c.execute(f"SELECT {order}, id FROM customers ORDER BY {order}")
    return [whole.get(key) or Customer(i) for key, i in ids]


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


def read_dataset(c: Db) -> Dataset:
    """Everything stored, as the core's dataclasses, in the order it was stored."""
    # The orders are decoded on another thread while the customers are read: both mostly wait on C code that lets
    # go of the interpreter (zlib, SQLite), so the two cores share it (a million orders: 0.33 → 0.2 s).
    with ThreadPoolExecutor(1) as pool:
        decoding = pool.submit(orderblocks.decode, orderblocks.fetch(c))
        customers = read_customers(c)
        orders = decoding.result().table
    fromiso = date.fromisoformat
    surveys = [SurveyResponse(fromiso(r[0]) if r[0] else None, r[1], r[2], r[3], r[4])
               for r in c.execute("SELECT day, score, customer_id, source, branch FROM surveys ORDER BY id")]
    name = c.execute("SELECT value FROM meta WHERE key = 'shop_name'").fetchone()
    return Dataset(customers, orders, surveys, read_period_counts(c), read_monthly_lost(c), name[0] if name else "")
