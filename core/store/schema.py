"""The workspace's tables, its schema version, and the migrations from every earlier version: one description
for both back ends (a SQLite file and a PostgreSQL database).

A migration is a function taking an open ``Db`` inside a transaction; ``MIGRATIONS[n]`` brings a workspace from
version ``n - 1`` to ``n`` (version 0 is an empty database). The text is SQL both back ends read; the few words
that differ are ``{id}`` (a row id the database chooses), ``{real}`` (a floating-point amount), ``{blob}`` (bytes)
and ``{seq}`` (on a server, the column that keeps customers in the order they came; SQLite has its rowid).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np

from core.model import OrderTable
from core.store import orderblocks
from core.store.db import Db

SCHEMA_VERSION = 5
UPSERT_META = "INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"

_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE customers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    since TEXT, left_on TEXT, first_purchase TEXT, last_purchase TEXT,
    orders_count INTEGER, total_spent {real},
    source TEXT NOT NULL DEFAULT '',
    nps_score INTEGER,
    consent INTEGER{seq}
);
CREATE TABLE orders (
    id {id},
    customer_id TEXT NOT NULL,
    day TEXT NOT NULL,
    amount {real} NOT NULL,
    order_id TEXT NOT NULL DEFAULT '',
    occurrence INTEGER NOT NULL DEFAULT 0,
    import_id INTEGER,
    UNIQUE (customer_id, day, amount, order_id, occurrence)
);
CREATE INDEX orders_customer ON orders (customer_id);
CREATE TABLE surveys (
    id {id},
    day TEXT NOT NULL,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
    customer_id TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    occurrence INTEGER NOT NULL DEFAULT 0,
    import_id INTEGER,
    UNIQUE (day, score, customer_id, source, occurrence)
);
CREATE TABLE period_counts (
    position INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    start INTEGER, "end" INTEGER, new INTEGER
);
CREATE TABLE monthly_lost (month TEXT PRIMARY KEY, start INTEGER, lost INTEGER);
CREATE TABLE imports (
    id {id},
    file TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    kind TEXT NOT NULL,
    layout TEXT NOT NULL DEFAULT '',
    mapping TEXT NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE action_marks (
    action_key TEXT NOT NULL,
    customer_id TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL CHECK (state IN ('done', 'skipped', 'snoozed')),
    until TEXT,
    marked_at TEXT NOT NULL,
    PRIMARY KEY (action_key, customer_id)
);
"""


def _run(db: Db, script: str) -> None:
    # Statement by statement: SQLite's executescript() would commit the surrounding transaction first.
    for statement in script.format(**db.types).split(";"):
        if statement.strip():
            db.execute(statement)


def _to_v1(db: Db) -> None:
    _run(db, _V1)


def _to_v2(db: Db) -> None:
    # The orders' UNIQUE index starts with customer_id, so it already serves every lookup by customer; the
    # second index only cost time on every stored order (a million orders: 19.8 s instead of 11.8 s).
    db.execute("DROP INDEX IF EXISTS orders_customer")


BRANCH_TABLES = ("customers", "orders", "surveys")


def _to_v3(db: Db) -> None:
    # The branch (shop location) a customer, order or answer came from; '' where the file named none.
    for table in BRANCH_TABLES:
        db.execute(f"ALTER TABLE {table} ADD COLUMN branch TEXT NOT NULL DEFAULT ''")


# Version 4's orders table on a shop file, column for column as version 3 left it (an undo copy or a backup is put
# back with INSERT ... SELECT *, so the order of the columns is part of the format).
_ORDERS_V4 = """
CREATE TABLE orders_v4 (
    id {id},
    customer_id TEXT NOT NULL,
    day INTEGER NOT NULL,
    amount {real} NOT NULL,
    order_id TEXT NOT NULL DEFAULT '',
    occurrence INTEGER NOT NULL DEFAULT 0,
    import_id INTEGER,
    branch TEXT NOT NULL DEFAULT '',
    UNIQUE (customer_id, day, amount, order_id, occurrence)
)"""

# The version whose upgrade makes the orders table again: a shop file upgraded from an earlier one is compacted
# afterwards, or it keeps the old table's pages as free space.
ORDERS_REBUILT_IN = 5

# julianday() of a date at midnight minus this is its day number (date.toordinal: 0001-01-01 is day 1).
_JULIAN_DAY_ZERO = 1721424.5


class DamagedDay(ValueError):
    """A stored order's day that is not a date: the shop is damaged, and the migration stops with nothing changed."""


def _check_days(db: Db) -> None:
    # A shop has a few thousand distinct days among a million orders: each text is checked once, in Python, the
    # same way on both back ends (SQLite's date() would quietly turn 2024-02-30 into 1 March).
    for (text,) in db.execute("SELECT DISTINCT day FROM orders").fetchall():
        try:
            ok = isinstance(text, str) and date.fromisoformat(text).isoformat() == text
        except ValueError:
            ok = False
        if not ok:
            raise DamagedDay(f"an order's day {str(text)[:40]!r} is not a date")


def _to_v4(db: Db) -> None:
    # The orders' days as day numbers instead of ISO text: 4 bytes instead of 10 in the table and again in its
    # unique index, and read back as numbers without a date parsed per order (the figures work on day numbers).
    _check_days(db)
    if db.kind == "sqlite":  # SQLite cannot change a column's type: the table is made again, rows and ids as they were
        db.execute(_ORDERS_V4.format(**db.types))
        # In the unique index's order, which the old index gives for free (ISO text sorts as the dates do).
        db.execute(f"INSERT INTO orders_v4 SELECT id, customer_id, CAST(julianday(day) - {_JULIAN_DAY_ZERO} AS "
                   "INTEGER), amount, order_id, occurrence, import_id, branch FROM orders "
                   "ORDER BY customer_id, day, amount, order_id, occurrence")
        db.execute("DROP TABLE orders")
        db.execute("ALTER TABLE orders_v4 RENAME TO orders")
    else:
        db.execute("ALTER TABLE orders ALTER COLUMN day TYPE integer USING (day::date - DATE '0001-01-01' + 1)")


_ORDER_BLOCKS = """
CREATE TABLE order_blocks (
    id {id},
    import_id INTEGER,
    rows INTEGER NOT NULL,
    customer_id {blob} NOT NULL,
    day {blob} NOT NULL,
    amount {blob} NOT NULL,
    order_id {blob} NOT NULL,
    occurrence {blob} NOT NULL,
    branch {blob} NOT NULL
)"""


def _day_numbers(days: list) -> np.ndarray:
    """Version 4's stored days as an array; one that is not a day number (a hand-edited or damaged file) stops the
    upgrade. Checked once per distinct day: a few thousand."""
    for d in set(days):
        if type(d) is not int or not 1 <= d <= orderblocks.LAST_DAY:
            raise DamagedDay(f"an order's day {str(d)[:40]!r} is not a date")
    return np.array(days, dtype=np.int64)


def _to_v5(db: Db) -> None:
    # The orders as blocks of columns (``core.store.orderblocks``): a million orders read back in a tenth of a
    # second instead of two and a half, in a fifth of the room. Each import's orders become blocks of their own, in
    # the order they were stored.
    db.execute(_ORDER_BLOCKS.format(**db.types))
    found = db.execute("SELECT customer_id, day, amount, order_id, occurrence, import_id, branch FROM orders "
                       "ORDER BY id")
    rows: list[tuple] = []

    def store() -> None:
        customer, days, amounts, order_ids, occurrence, _imports, branches = zip(*rows, strict=True)
        table = OrderTable(customer, _day_numbers(list(days)), np.array(amounts, np.float64), order_ids, branches)
        orderblocks.write(db, table, np.array(occurrence, np.int64), rows[0][5])
        rows.clear()

    while part := found.fetchmany(orderblocks.BLOCK):
        for row in part:
            if rows and (row[5] != rows[-1][5] or len(rows) == orderblocks.BLOCK):
                store()  # one import's orders together, a block at most
            rows.append(tuple(row))
    if rows:
        store()
    db.execute("DROP TABLE orders")


MIGRATIONS: dict[int, Callable[[Db], None]] = {1: _to_v1, 2: _to_v2, 3: _to_v3, 4: _to_v4, 5: _to_v5}
