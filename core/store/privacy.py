"""The AVG / GDPR rights on one person: everything stored about them, and removing all of it.

A person's records may carry other keys than their customer number: survey answers imported (by e-mail)
before the customer list, or an order export that named them by name. Every key that names the person
is found, so access is complete and deletion leaves nothing behind.
"""

from __future__ import annotations

from datetime import date

import numpy as np

from core.store import orderblocks
from core.store.db import Db

RECORD_TABLES = ("surveys", "action_marks")  # and the orders, kept in blocks (``core.store.orderblocks``)


def _tables(orders_in_rows: bool) -> tuple[str, ...]:
    """The tables with a row per record; ``orders_in_rows``: a copy from before version 5, with an orders table."""
    return ("orders", *RECORD_TABLES) if orders_in_rows else RECORD_TABLES


def person_keys(c: Db, customer_id: str, orders_in_rows: bool = False) -> list[str]:
    """Every id under which records may name this person: their customer number, and the e-mail address
    or the name that answers or orders carried before they were linked (a name only when no other customer
    has it). ``orders_in_rows``: a copy from before version 5 (a backup), whose orders are rows of a table."""
    row = c.execute("SELECT email, name FROM customers WHERE id = ?", (customer_id,)).fetchone()
    keys = [customer_id]
    if row is None:
        return keys
    others = {r[0] for r in c.execute("SELECT id FROM customers WHERE id != ?", (customer_id,))}
    email = (row[0] or "").strip().lower()
    name = " ".join((row[1] or "").split())
    namesakes = c.execute("SELECT COUNT(*) FROM customers WHERE name = ?", (row[1],)).fetchone()[0]
    unique_name = bool(name) and namesakes == 1
    named = set() if orders_in_rows else orderblocks.texts_in(c, "customer_id")
    for table in _tables(orders_in_rows):
        named.update(r[0] for r in c.execute(f"SELECT DISTINCT customer_id FROM {table}"))
    for key in sorted(named - {customer_id}):
        if key in others:
            continue
        if (email and key.strip().lower() == email) or (unique_name and " ".join(key.split()) == name):
            keys.append(key)
    return keys


def export_person(c: Db, customer_id: str) -> dict:
    """Everything stored about one person, under every key that names them."""
    keys = person_keys(c, customer_id)
    marks = ",".join("?" * len(keys))
    row = c.execute("SELECT * FROM customers WHERE id = ?", (customer_id,)).fetchone()
    return {
        "customer": {k: row[k] for k in row.keys() if k != "seq"} if row else None,  # seq: a server's row order
        "orders": _orders_of(c, keys),
        "survey_answers": [dict(r) for r in c.execute(
            f"SELECT day, score, source FROM surveys WHERE customer_id IN ({marks}) ORDER BY day", keys)],
        "calendar_marks": [dict(r) for r in c.execute(
            f"SELECT action_key, state, until, marked_at FROM action_marks WHERE customer_id IN ({marks})", keys)],
    }


def _rows_of(stored: orderblocks.StoredOrders, keys: list[str]) -> np.ndarray:
    """Which stored orders name one of ``keys``."""
    names, codes = stored.table.customers()
    wanted = set(keys)
    return np.isin(codes, [i for i, name in enumerate(names) if name in wanted])


def _orders_of(c: Db, keys: list[str]) -> list[dict]:
    """The person's orders, by day (their day as a date)."""
    stored = orderblocks.read(c)
    t = stored.table
    mine = np.flatnonzero(_rows_of(stored, keys))
    mine = mine[np.argsort(t.day[mine], kind="stable")]
    return [{"day": date.fromordinal(int(t.day[i])).isoformat(), "amount": float(t.amount[i]),
             "order_id": t.order_id[i]} for i in mine.tolist()]


def delete_person(c: Db, customer_id: str, orders_in_rows: bool = False) -> dict[str, int]:
    """Remove the person from every table (inside the caller's transaction); rows gone per table.
    ``orders_in_rows``: a copy from before version 5 (a backup), whose orders are rows of a table."""
    keys = person_keys(c, customer_id, orders_in_rows)
    marks = ",".join("?" * len(keys))
    gone = {"customers": c.execute("DELETE FROM customers WHERE id = ?", (customer_id,)).rowcount}
    if not orders_in_rows:
        stored = orderblocks.read(c)
        theirs = _rows_of(stored, keys)
        orderblocks.rewrite(c, stored, ~theirs, np.unique(stored.block[theirs]).tolist())
        gone["orders"] = int(theirs.sum())
    for table in _tables(orders_in_rows):
        gone[table] = c.execute(f"DELETE FROM {table} WHERE customer_id IN ({marks})", keys).rowcount
    return gone
