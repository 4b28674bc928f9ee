"""Storing a million orders in a shop's orders table: as the app does it now beside the earlier ways.

    .venv/bin/python bench/store_orders.py [--orders 1000000]

Builds the orders table from the app's own schema (``core.store.schema``), then inserts the same rows in one
transaction in chunks of 20,000 with INSERT OR IGNORE, as ``core.store.merge`` does: with version 1's extra
index and SQLite's default 2 MB page cache (before), and as now (one index, rows in the index's order, 64 MB
cache), and as version 4 stores them (days as day numbers, not ISO text). Prints seconds and the file size of each.
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


def store(data: list[tuple], version: int, sort: bool, cache_kb: int | None) -> tuple[float, float]:
    """Seconds to store ``data`` into a fresh shop schema of ``version``; and the file's MB."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.klantbehoud"
        db = SqliteDb(path, False)  # synchronous=FULL and the app's cache; the cache set below for each way
        for step in range(1, version + 1):
            schema.MIGRATIONS[step](db)
        conn = db.raw
        conn.execute(f"PRAGMA cache_size=-{cache_kb or 2000}")
        todo = sorted(data) if sort else data
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for first in range(0, len(todo), CHUNK):
            conn.executemany(SQL, todo[first:first + CHUNK])
        conn.execute("COMMIT")
        took = time.perf_counter() - start
        conn.close()
        return took, path.stat().st_size / 1e6


def main() -> int:
    """Measure and print."""
    p = argparse.ArgumentParser()
    p.add_argument("--orders", type=int, default=1_000_000)
    n = p.parse_args().orders
    data = rows(n)
    # Version 4 stores an order's day as its day number (date.toordinal) instead of ISO text.
    numbered = [(c, date.fromisoformat(d).toordinal(), *rest) for c, d, *rest in data]
    for name, version, sort, cache in (("before: version 1, file order, 2 MB cache", 1, False, None),
                                       ("version 2, days as text, index order, 64 MB cache", 2, True, CACHE_KB),
                                       ("now: version 4, days as numbers, index order, 64 MB cache", 4, True,
                                        CACHE_KB)):
        took, size = store(numbered if version >= 4 else data, version, sort, cache)
        print(f"{n:,} orders, {name}: {took:.1f} s, file {size:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
