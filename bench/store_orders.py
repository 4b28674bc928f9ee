"""Storing a million orders in a shop, and the same million again (every one a double): as the app does it now
beside the earlier ways.

    .venv/bin/python bench/store_orders.py [--orders 1000000]

Versions 1 to 4 (an orders table with a unique index): builds the table from the app's own schema
(``core.store.schema``), then inserts the same rows in one transaction in chunks of 20,000 with INSERT OR IGNORE, as
``core.store.merge`` did: with version 1's extra index and SQLite's default 2 MB page cache, with one index, rows in
the index's order and a 64 MB cache (version 2), with days as day numbers (version 4). Version 5 (now): the app's
own store of an import's orders (``core.store.merge``: the doubles found with NumPy, the new orders written as
blocks of columns). Prints seconds and the file size of each.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.store import schema  # noqa: E402
from core.store.db import CACHE_KB, SqliteDb  # noqa: E402
from core.store.merge import CHUNK  # noqa: E402

SQL = ("INSERT OR IGNORE INTO orders (customer_id, day, amount, order_id, occurrence, import_id) "
       "VALUES (?, ?, ?, ?, ?, ?)")


def rows(n: int) -> list[tuple]:
    """``n`` orders of 100,000 customers over three years, in file order (random customers)."""
    rnd = random.Random(1)
    return [(f"K{rnd.randrange(100_000):06d}", f"202{rnd.randrange(3, 6)}-{1 + rnd.randrange(12):02d}-"
             f"{1 + rnd.randrange(28):02d}", rnd.randrange(500) + 0.5, f"W{i}", 0, 1) for i in range(n)]


def store(data: list[tuple], version: int, sort: bool, cache_kb: int | None) -> tuple[float, float, float]:
    """Seconds to store ``data`` into a fresh shop schema of ``version``, seconds to store it again (every order a
    double); and the file's MB."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.klantbehoud"
        db = SqliteDb(path, False)  # synchronous=FULL and the app's cache; the cache set below for each way
        for step in range(1, version + 1):
            schema.MIGRATIONS[step](db)
        conn = db.raw
        conn.execute(f"PRAGMA cache_size=-{cache_kb or 2000}")
        todo = sorted(data) if sort else data
        took = []
        for _ in range(2):  # stored, then stored again
            start = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            for first in range(0, len(todo), CHUNK):
                conn.executemany(SQL, todo[first:first + CHUNK])
            conn.execute("COMMIT")
            took.append(time.perf_counter() - start)
        conn.close()
        return took[0], took[1], path.stat().st_size / 1e6


def store_blocks(data: list[tuple]) -> tuple[float, float, float]:
    """Version 5: ``store`` through the app's own merge of an import's orders, twice."""
    from core.model import OrderTable
    from core.store.merge import _insert_orders

    customer, day, amount, order_id, _occurrence, _import = zip(*data, strict=True)
    orders = OrderTable(customer, day, amount, order_id)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.klantbehoud"
        db = SqliteDb(path, False)
        for step in range(1, schema.SCHEMA_VERSION + 1):
            schema.MIGRATIONS[step](db)
        took = []
        for _ in range(2):
            start = time.perf_counter()
            db.begin_write()
            _insert_orders(db, orders.copy(), 1)
            db.commit()
            took.append(time.perf_counter() - start)
        db.close()
        return took[0], took[1], path.stat().st_size / 1e6


def main() -> int:
    """Measure and print."""
    p = argparse.ArgumentParser()
    p.add_argument("--orders", type=int, default=1_000_000)
    n = p.parse_args().orders
    data = rows(n)
    # Version 4 stores an order's day as its day number (date.toordinal) instead of ISO text.
    numbered = [(c, date.fromisoformat(d).toordinal(), *rest) for c, d, *rest in data]
    for name, version, sort, cache in (("version 1, file order, 2 MB cache", 1, False, None),
                                       ("version 2, days as text, index order, 64 MB cache", 2, True, CACHE_KB),
                                       ("version 4, days as numbers, index order, 64 MB cache", 4, True, CACHE_KB)):
        took, again, size = store(numbered if version >= 4 else data, version, sort, cache)
        print(f"{n:,} orders, {name}: {took:.1f} s, again {again:.1f} s, file {size:.0f} MB")
    took, again, size = store_blocks(numbered)
    print(f"{n:,} orders, now: version 5, blocks of columns: {took:.1f} s, again {again:.1f} s, file {size:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
