"""Customers as rows of the workspace's customers table, and back."""

from __future__ import annotations

import sqlite3
from dataclasses import fields
from datetime import date
from typing import Any

from core.model import Customer, MonthlyLost, PeriodCounts


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


def customer_from(row: sqlite3.Row) -> Customer:
    """The customer from a row of the customers table."""
    values = {k: row[k] for k in CUSTOMER_FIELDS}
    for k in DATE_FIELDS:
        values[k] = day(values[k])
    values["consent"] = None if values["consent"] is None else bool(values["consent"])
    return Customer(**values)


def read_period_counts(c: sqlite3.Connection) -> list[PeriodCounts]:
    """The typed-in counts per period, in the owner's order."""
    return [PeriodCounts(r[0], r[1], r[2], r[3])
            for r in c.execute('SELECT label, start, "end", new FROM period_counts ORDER BY position')]


def write_period_counts(c: sqlite3.Connection, rows: list[PeriodCounts]) -> None:
    """Replace the typed-in counts per period (inside the caller's transaction)."""
    c.execute("DELETE FROM period_counts")
    c.executemany('INSERT INTO period_counts (position, label, start, "end", new) VALUES (?, ?, ?, ?, ?)',
                  [(i, r.label, r.start, r.end, r.new) for i, r in enumerate(rows)])


def read_monthly_lost(c: sqlite3.Connection) -> list[MonthlyLost]:
    """The typed-in lost customers per month, oldest first."""
    return [MonthlyLost(date.fromisoformat(r[0]), r[1], r[2])
            for r in c.execute("SELECT month, start, lost FROM monthly_lost ORDER BY month")]


def write_monthly_lost(c: sqlite3.Connection, rows: list[MonthlyLost]) -> None:
    """Replace the typed-in lost customers per month (inside the caller's transaction)."""
    c.execute("DELETE FROM monthly_lost")
    c.executemany("INSERT INTO monthly_lost VALUES (?, ?, ?)", [(r.month.isoformat(), r.start, r.lost) for r in rows])
