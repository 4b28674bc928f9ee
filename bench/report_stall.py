"""How long the window stalls while the report page draws its small page images, saves the PDF and makes the print
preview's pages: drawn in the report's child process (as now) beside drawn in line on the window's thread (as
before, measured in the same run).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/report_stall.py [shop.klantbehoud]

Without an argument the demo shop is used. A 10 ms timer ticks on the window's thread; the longest gap between
ticks is the worst stall an owner would feel (goal: none over 100 ms).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Measure and print."""
    tmp = Path(tempfile.mkdtemp())
    os.environ["KLANTBEHOUD_CONFIG_DIR"] = str(tmp / "c")
    os.environ["KLANTBEHOUD_DATA_DIR"] = str(tmp / "d")
    from bench.uigaps import watched
    from core.report.pages import build_pages
    from ui import format as fmt
    from ui import i18n
    from ui.app import make_app
    from ui.chart import translate
    from ui.pages.report import ReportPage
    from ui.paths import remember_fits
    from ui.reportchild import stop_report_child, thumbnails
    from ui.state import ShopState

    app = make_app([])
    i18n.install("nl")
    remember_fits()
    state = ShopState()
    if len(sys.argv) > 1:
        state.open_workspace(Path(sys.argv[1]), read_only=True)
    else:
        state.load_demo()
    start = time.perf_counter()
    while state.predictions() is None and time.perf_counter() - start < 300:
        app.processEvents()
        time.sleep(0.02)
    print(f"shop: {state.title}, {len(state.data.customers):,} customers")
    page = ReportPage(state)
    page.resize(1366, 768)

    def in_line() -> None:
        job = page.job()
        thumbnails(build_pages(job.summary, job.data, job.options, translate, job.title, fmt.month, job.rows))

    for run in (1, 2):
        took, seen = watched(app, in_line, lambda: True)
        print(f"in line on the window's thread (before), run {run}: {took:.2f} s; {seen}")
    shown: list[int] = []
    page.thumbnails_shown.connect(shown.append)
    took, seen = watched(app, page.show, lambda: bool(shown))
    print(f"in the child, first showing (the child starts): {took:.2f} s; {seen}")
    for run in (2, 3):
        shown.clear()
        took, seen = watched(app, state.changed.emit, lambda: bool(shown))
        print(f"in the child after a change, run {run}: {took:.2f} s; {seen}")
    saved: list[object] = []
    page.saved.connect(saved.append)
    took, seen = watched(app, lambda: page.save_pdf(tmp / "rapport.pdf"), lambda: bool(saved))
    print(f"save as PDF in the child: {took:.2f} s; {seen}")
    opened: list[object] = []
    page.preview_opened.connect(opened.append)
    took, seen = watched(app, page.print_preview, lambda: bool(opened))
    print(f"print preview's pages in the child: {took:.2f} s; {seen}")
    page.preview.close()
    stop_report_child()
    state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
