"""A shop on a PostgreSQL server beside a shop file: storing the UCI Online Retail orders and opening the shop.

    .venv/bin/python bench/server_vs_file.py [--runs 3]

Reads the UCI order lines once (541,909 lines → 22,190 orders, refunds included, of 4,372 customers; the lines
without a customer left out), then for each back end, in one run: making a new shop and storing that import
into it (one transaction, with the undo copy), storing it again (every order already there), and opening the
shop and reading everything (what the window does at open). The server is a throwaway PostgreSQL 15 on this
machine (loopback, the PostgreSQL Debian installs, default settings with fsync on), started by the bench itself;
best of ``--runs``.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "online-retail-uci-2010-2011.csv.gz"
CACHE = ROOT / "bench" / ".cache"


def _best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(result, new_place, runs: int) -> tuple[float, float, float]:
    """Best seconds to store ``result`` into a new shop, to store it again, and to open and read the shop."""
    from core.store import Workspace

    stored: list[str] = []

    def store_new():
        place = new_place()
        with Workspace.create(place) as ws:
            ws.apply_import(result)
        stored.append(place)

    first = _best(store_new, runs)

    def store_again():
        with Workspace.open(stored[-1]) as ws:
            assert ws.apply_import(result).orders_added == 0

    def open_and_read():
        with Workspace.open(stored[-1]) as ws:
            assert len(ws.dataset().orders) == len(result.orders)

    return first, _best(store_again, runs), _best(open_and_read, runs)


def main() -> int:
    """Measure and print."""
    import psycopg

    from core.importing.pipeline import import_file
    from tests.helpers import pgserver

    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=3)
    runs = p.parse_args().runs
    CACHE.mkdir(exist_ok=True)
    csv_path = CACHE / "online-retail.csv"
    if not csv_path.exists():
        with gzip.open(DATA, "rb") as src, open(csv_path, "wb") as out:
            shutil.copyfileobj(src, out)
    result = import_file(csv_path)
    print(f"UCI: {len(result.orders):,} orders of {len(result.customers):,} customers")
    server = pgserver.start()
    # The bench's server with fsync on, as a real one runs (the test suite's own runs without).
    with psycopg.connect(server.url("postgres"), autocommit=True) as admin:
        admin.execute("ALTER SYSTEM SET fsync = on")
        admin.execute("SELECT pg_reload_conf()")
    folder = Path(tempfile.mkdtemp())
    made = iter(range(10_000))

    def new_file() -> str:
        return str(folder / f"shop{next(made)}.klantbehoud")

    def new_database() -> str:
        name = f"shop{next(made)}"
        with psycopg.connect(server.url("postgres"), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return server.url(name)

    try:
        for name, new_place in (("shop file (SQLite)", new_file),
                                ("server (PostgreSQL 15, loopback)", new_database)):
            first, again, opening = measure(result, new_place, runs)
            print(f"{name}: store {first:.2f} s, store again {again:.2f} s, open and read {opening:.2f} s")
    finally:
        server.stop()
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
