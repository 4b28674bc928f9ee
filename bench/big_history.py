"""A big web shop's history: ``main.py metrics`` on a Dutch CSV of N orders, beside DuckDB on the same file.

    .venv/bin/python bench/big_history.py [--orders 1000000] [--runs 3]

Writes (once, into ``bench/.cache/``) a Dutch order export — ``;``, decimal comma, dd-mm-jjjj — of N orders by
N/10 customers over four years, then times, each in a fresh process, the app's command line reading it and
printing every figure, and DuckDB reading the same file and computing the retention rate the same way (spells of
purchases with a 365-day window; S, E and N of the app's own period). Prints seconds (median of the runs) and the
peak memory of each, and whether the two retention rates agree. DuckDB is a benchmark-only comparison
(``pip install -c constraints.txt duckdb``); without it only the app is timed.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"

# One process measured from the outside: its wall time and peak memory (ru_maxrss of the waited child, in KB).
MEASURE = textwrap.dedent("""
    import resource, subprocess, sys, time
    start = time.perf_counter()
    run = subprocess.run(sys.argv[1:], capture_output=True, text=True)
    took = time.perf_counter() - start
    sys.stdout.write(run.stdout)
    print(f"@@ {took:.3f} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss} {run.returncode}")
""")

# DuckDB reading the Dutch export at ``path`` (a variable of the script it stands in, inside an f-string there);
# shared with open_shop, which makes a database file from the same export.
READ_EXPORT = ("read_csv('{path}', delim=';', decimal_separator=',', dateformat='%d-%m-%Y', header=true, "
               "columns={{'Ordernummer': 'VARCHAR', 'Klantnummer': 'VARCHAR', 'Datum': 'DATE', 'Bedrag': 'DOUBLE'}})")

DUCKDB_READ = textwrap.dedent("""
    import sys, duckdb
    path, first, last = sys.argv[1:4]
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    con.execute(f'''CREATE TABLE o AS SELECT Klantnummer AS c, Datum AS d, Bedrag AS a FROM READ_EXPORT''')
""").replace("READ_EXPORT", READ_EXPORT)

# The retention rate from the orders in the view or table ``o`` (c customer, d day, a amount) of the DuckDB
# connection ``con`` for the period ``first`` to ``last``; prints S, E, N and the CRR. Shared with open_shop.
SPELLS = textwrap.dedent("""
    # Spells: a purchase more than 365 days after the one before starts a new spell; a spell ends 365 days
    # after its last purchase (the app's rule for an order history). S: customers on the day before the period,
    # E: on its last day, N: spells that start in it.
    s, e, n, customers, revenue = con.execute(f'''
        WITH b AS (SELECT c, d, d - LAG(d) OVER (PARTITION BY c ORDER BY d) AS gap FROM o WHERE a >= 0),
        g AS (SELECT c, d, SUM(CASE WHEN gap IS NULL OR gap > 365 THEN 1 ELSE 0 END)
                                OVER (PARTITION BY c ORDER BY d ROWS UNBOUNDED PRECEDING) AS k FROM b),
        sp AS (SELECT c, MIN(d) AS s, MAX(d) + 365 AS e FROM g GROUP BY c, k)
        SELECT COUNT(DISTINCT c) FILTER (WHERE s < DATE '{first}' AND e >= DATE '{first}'),
               COUNT(DISTINCT c) FILTER (WHERE s <= DATE '{last}' AND e > DATE '{last}'),
               COUNT(DISTINCT c) FILTER (WHERE s >= DATE '{first}' AND s <= DATE '{last}'),
               (SELECT COUNT(DISTINCT c) FROM o), (SELECT SUM(a) FROM o) FROM sp''').fetchone()
    print(f"S {s} E {e} N {n} customers {customers} revenue {revenue:.2f}")
    print(f"CRR {(e - n) / s * 100:.1f}")
""")


def write_csv(n: int) -> Path:
    """The Dutch order export of ``n`` orders (written once, the same every time)."""
    path = CACHE / f"orders-{n}.csv"
    if path.exists():
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    rnd = random.Random(7)
    customers = max(n // 10, 1)
    with path.open("w", encoding="utf-8") as f:
        f.write("Ordernummer;Klantnummer;Datum;Bedrag\n")
        for i in range(n):
            amount = f"{rnd.randrange(1, 50000) / 100:.2f}".replace(".", ",")
            f.write(f"W{i:08d};K{rnd.randrange(customers):07d};{1 + rnd.randrange(28):02d}-{1 + rnd.randrange(12):02d}-"
                    f"{2021 + rnd.randrange(4)};{amount}\n")
    return path


def measure(args: list[str], data_dir: str | None = None) -> tuple[float, float, str]:
    """Seconds, peak MB and the output of one fresh process running ``args`` (with ``data_dir`` as the app's data
    folder, where it remembers its fits; by default a new empty one: nothing remembered)."""
    # In English whatever this machine's settings say: the figures are found in the output by their English words.
    env = {**os.environ, "KLANTBEHOUD_DATA_DIR": data_dir or tempfile.mkdtemp(prefix="klantbehoud-bench-"),
           "KLANTBEHOUD_LANG": "en"}
    run = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, check=True, env=env)
    out, _, tail = run.stdout.rpartition("@@ ")
    took, rss_kb, code = tail.split()
    if code != "0":
        raise SystemExit(f"{args[1:3]} failed:\n{out}")
    return float(took), int(rss_kb) / 1024, out


def side_by_side(app: list[str], app_label: str, duck_script: str, duck_args: list[str], duck_label: str,
                 runs: int, data_dir: str | None = None) -> None:
    """Run the app's command line ``app`` and the DuckDB script (given ``duck_args`` and the period the app
    chose) ``runs`` times each in fresh processes; print the median seconds and peak memory of each, their
    ratio, and whether the two agree on S, E and N. ``data_dir``: one data folder for all the app's runs (the
    later ones find the first one's fits), else a new one for each."""
    took = [measure(app, data_dir) for _ in range(runs)]
    out = took[-1][2]
    period = re.search(r"Period (\d{4}-\d\d-\d\d) to (\d{4}-\d\d-\d\d)", out)
    crr = re.search(r"Retention rate \(CRR\): ([\d.]+) %  = \(E (\d+) - N (\d+)\) / S (\d+)", out)
    app_median = statistics.median(t for t, _, _ in took)
    print(f"app  {app_label}: median {app_median:.2f} s (runs {', '.join(f'{t:.2f}' for t, _, _ in took)}), "
          f"peak {max(m for _, m, _ in took):.0f} MB; CRR {crr.group(1)} % (S {crr.group(4)} E {crr.group(2)} "
          f"N {crr.group(3)})")
    try:
        import duckdb  # noqa: F401
    except ImportError:
        print("DuckDB is not installed here (pip install -c constraints.txt duckdb): no comparison")
        return
    duck = [measure([sys.executable, "-c", duck_script, *duck_args, period.group(1), period.group(2)])
            for _ in range(runs)]
    median = statistics.median(t for t, _, _ in duck)
    print(f"{duck_label}: median {median:.2f} s (runs {', '.join(f'{t:.2f}' for t, _, _ in duck)}), "
          f"peak {max(m for _, m, _ in duck):.0f} MB; {duck[-1][2].strip().replace(chr(10), '; ')}")
    agree = f"S {crr.group(4)} E {crr.group(2)} N {crr.group(3)}" in duck[-1][2]
    print(f"app / DuckDB: {app_median / median:.1f}x; S, E and N agree: {'yes' if agree else 'NO'}")


def arguments() -> argparse.Namespace:
    """The command line of a benchmark on N orders: ``--orders`` (default a million) and ``--runs``."""
    p = argparse.ArgumentParser()
    p.add_argument("--orders", type=int, default=1_000_000)
    p.add_argument("--runs", type=int, default=3)
    return p.parse_args()


def main() -> int:
    """Measure and print."""
    a = arguments()
    path = write_csv(a.orders)
    print(f"{a.orders:,} orders, {path.stat().st_size / 1e6:.0f} MB: {path}")
    side_by_side([sys.executable, str(ROOT / "main.py"), "metrics", str(path)], "main.py metrics",
                 DUCKDB_READ + SPELLS, [str(path)], "DuckDB, same file and CRR", a.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
