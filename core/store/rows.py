"""Customers as rows of the workspace's customers table, and back."""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, fields
from datetime import date
from typing import Any

from core.model import Customer


def iso(d: date | None) -> str | None:
    """A date as text for SQLite (None stays None)."""
    return None if d is None else d.isoformat()


def day(s: str | None) -> date | None:
    """A date read back from SQLite."""
    return None if s is None else date.fromisoformat(s)


CUSTOMER_FIELDS = [f.name for f in fields(Customer)]
DATE_FIELDS = {"since", "left_on", "first_purchase", "last_purchase"}


def customer_row(c: Customer) -> dict[str, Any]:
    """The customer as column values."""
    row = asdict(c)
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
