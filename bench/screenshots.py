"""Render every page of the main window offscreen to PNG, in Dutch and English.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screenshots.py [OUT_DIR]

Writes OUT_DIR/<lang>-<width>-<n>-<page>.png at 1366×768 and 1920×1080 (default: test-artifacts/screenshots)
and docs/dashboard.png for the README (Dutch dashboard).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.shot_folders import shot_folders  # noqa: E402


def main() -> int:
    """Render and save the pages."""
    out, tmp = shot_folders("screenshots")  # never the owner's real settings while rendering
    from ui import i18n
    from ui.app import make_app
    from ui.mainwindow import MainWindow
    from ui.state import ShopState

    app = make_app([])
    state = ShopState()
    state.load_demo()
    import time

    deadline = time.monotonic() + 60
    while state.predictions() is None and time.monotonic() < deadline:  # fitted in the background
        app.processEvents()
        time.sleep(0.02)
    window = MainWindow(state)
    window.resize(1366, 860)
    window.show()
    app.processEvents()
    window.dashboard.ensure_charts()
    from ui import tasks
    from ui.paths import resource_path

    tasks.use_pool(tasks.SyncRunner())
    window.import_page.open_file(resource_path("demo", "klanten.csv"))
    for _ in range(20):
        app.processEvents()
    # The calendar on a day with overdue work, so the page shows an agenda.

    from PySide6.QtCore import QDate

    calendar = dict(window.pages)["calendar"]
    overdue = [a for a in calendar.actions if a.is_overdue(calendar.today)]
    if overdue:
        day = overdue[-1].day
        calendar.calendar.setSelectedDate(QDate(day.year, day.month, day.day))
    for width, height in ((1366, 768), (1920, 1080)):
        window.resize(width, height)
        for lang in ("nl", "en"):
            window.set_language(lang)
            app.processEvents()
            for row, (key, _page) in enumerate(window.pages):
                window.sidebar.setCurrentRow(row)
                # A page shown for the first time makes its charts; let the layout settle as the eye would.
                for _ in range(10):
                    app.processEvents()
                    time.sleep(0.02)
                path = out / f"{lang}-{width}-{row + 1}-{key}.png"
                window.grab().save(str(path))
                print(path)
    i18n.install("nl")
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    shutil.copy(out / "nl-1366-1-dashboard.png", docs / "dashboard.png")
    window.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
