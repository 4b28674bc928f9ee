"""The report page's small images of its pages on the demo shop: drawn in line on the window's thread (as before)
beside drawn on a worker while a 10 ms timer ticks on the window's thread (as now).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/report_page.py

Goal (issue 18): no gap of the window's timer over 100 ms.
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
    from PySide6.QtCore import QThreadPool, QTimer

    from core.report.pages import build_pages
    from ui.app import _open_start_workspace, make_app
    from ui.pages.report import ReportPage, _thumbnails
    from ui.state import ShopState

    app = make_app([])
    state = ShopState()
    _open_start_workspace(state)  # the demo shop, as the app opens it
    QThreadPool.globalInstance().waitForDone()
    page = ReportPage(state)
    page.resize(1366, 768)
    start = time.perf_counter()
    _thumbnails(build_pages(*page._report_args()))
    print(f"pages drawn in line: {time.perf_counter() - start:.2f} s, the window's thread frozen all that time")
    for label, ask in (("first showing", page.show), ("drawn again", page.show_thumbnails)):
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick(gaps: list[float] = gaps, last: list[float] = last) -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(10)
        shown: list[int] = []
        page.thumbnails_shown.connect(shown.append)
        start = last[0] = time.perf_counter()
        ask()
        while not shown and time.perf_counter() - start < 120:
            app.processEvents()
            time.sleep(0.001)
        timer.stop()
        page.thumbnails_shown.disconnect(shown.append)
        print(f"{label}, on a worker: {time.perf_counter() - start:.2f} s; window timer: {len(gaps)} ticks, longest "
              f"gap {max(gaps, default=0) * 1000:.0f} ms, gaps over 100 ms: {sum(g > 0.1 for g in gaps)} (goal: none)")
    QThreadPool.globalInstance().waitForDone()
    state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
