"""How long the UI thread stalls while the import page reads and checks the 541,909-line UCI file (or a Dutch
export of N orders), while it stores the result, while the figures are computed and shown, while the owner
picks another period or inactivity window, and while the shop is opened again: storing, reading and those figures
in line on the UI thread (as before) beside on a worker thread (as now).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/import_ui_stall.py [--orders 1000000]

A 10 ms timer ticks on the UI thread while the work runs in the import's child process (as in the app);
the longest gap between ticks is the worst stall an owner would feel. Goal: no stall over 100 ms.
"""

from __future__ import annotations

import argparse
import gzip
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "online-retail-uci-2010-2011.csv.gz"


def main() -> int:
    """Measure and print."""
    p = argparse.ArgumentParser()
    p.add_argument("--orders", type=int, default=0, help="a Dutch export of this many orders instead of UCI")
    a = p.parse_args()
    tmp = Path(tempfile.mkdtemp())
    os.environ["KLANTBEHOUD_CONFIG_DIR"] = str(tmp / "c")
    os.environ["KLANTBEHOUD_DATA_DIR"] = str(tmp / "d")
    if a.orders:
        from bench.big_history import write_csv

        csv_path = write_csv(a.orders)
    else:
        csv_path = tmp / "online-retail.csv"
        with gzip.open(DATA, "rb") as src, open(csv_path, "wb") as dst:
            shutil.copyfileobj(src, dst)
    from PySide6.QtCore import QThreadPool

    from bench import uigaps
    from ui.app import make_app
    from ui.pages.dashboard import DashboardPage
    from ui.pages.importpage import ImportPage
    from ui.paths import remember_fits
    from ui.state import ShopState

    app = make_app([])
    remember_fits()  # as the app does: fits kept in the (fresh) data folder
    state = ShopState()
    state.new_workspace(tmp / "w.klantbehoud", "Bench")
    page = ImportPage(state)
    page.resize(1200, 800)
    page.show()
    dashboard = DashboardPage(state)  # shown beside the import: it paints the figures as they come
    dashboard.resize(1366, 768)
    dashboard.show()

    def watched(start_work, done) -> tuple[float, str]:
        return uigaps.watched(app, start_work, done)

    took, seen = watched(lambda: page.open_file(csv_path), lambda: page.result is not None)
    print(f"read + check of {page.result.rows_read:,} rows took {took:.1f} s in the import child process")
    print(seen)
    page.child.stop()

    # Storing: the same result in line into a second shop (the alternative), then through the page's worker.
    inline = ShopState()
    inline.hold_background()  # as before: no fit, and the figures left to the pages (this bench shows none)
    inline.background_from = 1 << 62
    inline.new_workspace(tmp / "inline.klantbehoud", "Inline")
    start = time.perf_counter()
    inline.import_results([page.result])
    took = time.perf_counter() - start
    print(f"store {len(page.result.orders):,} orders in line: {took:.1f} s, the UI thread frozen all that time")
    inline.close()
    took, seen = watched(page.import_button.click, lambda: page.stored)
    print(f"store on the worker (read back and figures there too): {took:.1f} s; {seen}")
    took, seen = watched(lambda: None, lambda: state.predictions() is not None)
    print(f"then the predictions and the figures with them, on a worker: {took:.1f} s more; {seen}")
    start = time.perf_counter()
    state.summary()
    state.quarterly_trends()
    print(f"the window asks for the figures: {(time.perf_counter() - start) * 1000:.0f} ms (computed already)")
    # The owner picks another period, then another inactivity window: the figures in the window's thread (as
    # before: a huge ``background_from``) beside on a worker while the pages wait (as now).
    from core.metrics.periods import preset_period

    for where, background_from in (("in the window (as before)", 1 << 62), ("on a worker (as now)", 1)):
        state.background_from = background_from
        for kind in ("quarter", "year"):
            period = preset_period(kind, state.summary().as_of)
            took, seen = watched(lambda period=period: state.set_period(period), lambda: not state.busy)
            print(f"period -> last full {kind}, {where}: {took * 1000:.0f} ms; {seen}")
        for days in (180, 365):
            took, seen = watched(lambda days=days: state.set_inactive_after(days), lambda: not state.busy)
            print(f"window -> {days} days, {where}: {took * 1000:.0f} ms; {seen}")
    QThreadPool.globalInstance().waitForDone()  # the fit for the last window
    # Opening the stored shop again: read in line on the window's thread (as before) beside read on a thread of
    # its own while the window paints (as now); then its figures on a worker.
    start = time.perf_counter()
    state.workspace.dataset()
    took = time.perf_counter() - start
    print(f"open the shop again, read in line: {took:.1f} s, the UI thread frozen all that time")
    place = state.workspace.path
    took, seen = watched(lambda: state.open_workspace(place), lambda: not state.busy)
    print(f"open the shop again, read off the window's thread, figures on a worker: {took:.1f} s; {seen}")
    took, seen = watched(lambda: None, lambda: state.predictions() is not None)
    print(f"then its predictions, on a worker (the fits remembered from the first time): {took:.1f} s more; {seen}")
    QThreadPool.globalInstance().waitForDone()
    state.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
