"""A shop of a million orders, opened: ``main.py metrics`` on the shop file (open, read, every figure) beside
DuckDB opening a database file of the same orders and computing the retention rate the same way; what the window
does before it shows the figures (open, read, every figure, without the prediction fit), timed in a fresh process,
and beside it the cards' quarterly trends and the customer list's rows the window computes with them; and the size
of each file.

    .venv/bin/python bench/open_shop.py [--orders 1000000] [--runs 3]

The shop is made once (into ``bench/.cache/``) by importing ``big_history``'s Dutch export with the app's own
import; the DuckDB file holds the same orders (order number, customer, day, amount). Each run is a fresh process.
Goal (issue 18): open + all figures within 0.5 s; the shop file within 2× the DuckDB file.
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from big_history import CACHE, READ_EXPORT, SPELLS, arguments, side_by_side, write_csv  # noqa: E402

DUCKDB_MAKE = textwrap.dedent("""
    import sys, duckdb
    path, target = sys.argv[1:3]
    con = duckdb.connect(target)
    con.execute(f'''CREATE TABLE orders AS SELECT Ordernummer AS order_id, Klantnummer AS c, Datum AS d,
        Bedrag AS a FROM READ_EXPORT''')
    con.execute("CHECKPOINT")
""").replace("READ_EXPORT", READ_EXPORT)

DUCKDB_OPEN = textwrap.dedent("""
    import sys, duckdb
    path, first, last = sys.argv[1:4]
    con = duckdb.connect(path, read_only=True)
    con.execute("SET enable_progress_bar = false")
    con.execute("CREATE TEMP VIEW o AS SELECT c, d, a FROM orders")
""")


# What the window does before it shows the figures (the prediction fit follows on a worker): the shop opened and
# read, every figure computed; then what the window's pages show besides (the cards' quarterly trends and the
# customer list's rows, made on the same worker: ``ui.figures.figures_of``). Timed inside a fresh process, after its
# imports.
APP_OPEN = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[2])
    start = time.perf_counter()
    from core.gcpause import no_gc
    from core.metrics.customers import customer_rows
    from core.metrics.summary import summarize_dataset
    from core.store import Workspace
    from ui.figures import trends_of
    imported = time.perf_counter()
    with Workspace.open(sys.argv[1], read_only=True) as ws:
        data = ws.dataset()
    read = time.perf_counter()
    with no_gc():
        summary = summarize_dataset(data, predict_now=False)
        done = time.perf_counter()
        trends_of(summary, data.surveys), customer_rows(data, summary)
    shown = time.perf_counter()
    print(f"{imported - start:.3f} {read - imported:.3f} {done - read:.3f} {shown - done:.3f} {summary.crr.percent}")
""")


def open_and_figures(shop: Path, runs: int) -> None:
    """Print the median of ``APP_OPEN``'s times over ``runs`` fresh processes."""
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", APP_OPEN, str(shop), str(ROOT)], check=True, capture_output=True,
                             text=True).stdout.split()
        times.append([float(t) for t in out[:4]])
    imports, read, figures, pages = (statistics.median(t[i] for t in times) for i in range(4))
    print(f"app  open + read + every figure (no prediction fit), in one process: median {read + figures:.2f} s "
          f"(read {read:.2f} s, figures {figures:.2f} s; the imports before it {imports:.2f} s); with the trends "
          f"and the customer list's rows the window shows too: {read + figures + pages:.2f} s")


def make_shop(n: int) -> Path:
    """The shop file of ``n`` orders, made once with the app's own import."""
    path = CACHE / f"shop-{n}.klantbehoud"
    if not path.exists():
        subprocess.run([sys.executable, str(ROOT / "main.py"), "import", str(write_csv(n)), "--workspace",
                        str(path)], check=True, capture_output=True)
    return path


def main() -> int:
    """Measure and print."""
    a = arguments()
    shop = make_shop(a.orders)
    print(f"{a.orders:,} orders; shop file {shop.stat().st_size / 1e6:.0f} MB")
    duck_file = CACHE / f"orders-{a.orders}.duckdb"
    if importlib.util.find_spec("duckdb") and not duck_file.exists():
        subprocess.run([sys.executable, "-c", DUCKDB_MAKE, str(write_csv(a.orders)), str(duck_file)], check=True)
    if duck_file.exists():
        print(f"DuckDB file of the same orders {duck_file.stat().st_size / 1e6:.0f} MB: the shop file is "
              f"{shop.stat().st_size / duck_file.stat().st_size:.1f}x its size")
    open_and_figures(shop, a.runs)
    # The first run fits the prediction model (as the first opening does); the later ones find its fits remembered.
    side_by_side([sys.executable, str(ROOT / "main.py"), "metrics", str(shop)], "main.py metrics on the shop",
                 DUCKDB_OPEN + SPELLS, [str(duck_file)], "DuckDB, its file opened, same CRR", a.runs,
                 tempfile.mkdtemp(prefix="klantbehoud-bench-"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
