"""The dashboard of four kinds of shop, in Dutch and English, at 1366x768 and 1920x1080 (issue 12's screenshots).

    xvfb-run -s "-screen 0 1920x1080x24" .venv/bin/python bench/dashboard_shots.py [OUT_DIR]

Shops: the demo shop; the UCI Online Retail data (../shared/data, when beside the checkout; 90-day window);
a 20-row owner list with "klant sinds / laatste aankoop / totaal besteed"; a new shop with only typed
counts. Writes OUT_DIR/<shop>-<lang>-<width>.png (default: test-artifacts/dashboards).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.shot_folders import shot_folders  # noqa: E402

UCI = ROOT.parent / "shared" / "data" / "online-retail-uci-2010-2011.csv.gz"


def _owner_list(folder: Path) -> Path:
    """A 20-row list as an owner keeps it in Excel (Dutch dates and amounts)."""
    lines = ["Naam;Klant sinds;Laatste aankoop;Totaal besteed"]
    for i in range(20):
        since = date(2021, 3, 1) + timedelta(days=53 * i)
        last = min(since + timedelta(days=90 + 41 * i), date(2026, 11, 20))
        lines.append(f"Klant {i + 1};{since:%d-%m-%Y};{last:%d-%m-%Y};{123.45 + 57.3 * i:.2f}".replace(".", ","))
    path = folder / "klanten.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _uci(folder: Path) -> Path:
    import gzip
    import shutil

    path = folder / "online-retail.csv"
    with gzip.open(UCI, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def _shops(folder: Path) -> list[tuple[str, Path]]:
    from core.importing.pipeline import import_file
    from core.model import PeriodCounts
    from core.store import Workspace

    shops = []
    files = [("owner-list", _owner_list(folder), 365)]
    if UCI.exists():
        files.insert(0, ("uci", _uci(folder), 90))
    for name, source, window in files:
        path = folder / f"{name}.klantbehoud"
        with Workspace.create(path, name) as ws:
            ws.apply_import(import_file(source))
            ws.set_setting("inactive_after_days", window)
        shops.append((name, path))
    typed = folder / "typed.klantbehoud"
    with Workspace.create(typed, "Nieuwe winkel") as ws:
        ws.set_period_counts([PeriodCounts("2025", 10, 8, 0), PeriodCounts("2026 t/m nov", 8, 11, 4)])
    shops.append(("typed", typed))
    return shops


def main() -> int:
    """Render every shop's dashboard in both languages at both sizes."""
    out, tmp = shot_folders("dashboards")
    from ui import i18n
    from ui.app import make_app
    from ui.mainwindow import MainWindow
    from ui.state import ShopState

    app = make_app([])
    shops = [("demo", None), *_shops(tmp)]
    for name, path in shops:
        state = ShopState()
        if path is None:
            state.load_demo()
        else:
            state.open_workspace(path)
        window = MainWindow(state)
        window.show()
        window.dashboard.ensure_charts()
        for lang in ("nl", "en"):
            i18n.install(lang)
            window.set_language(lang)
            for width, height in ((1366, 768), (1920, 1080)):
                window.showNormal()
                window.resize(width, height)
                for _ in range(10):
                    app.processEvents()
                target = out / f"{name}-{lang}-{width}.png"
                window.grab().save(str(target))
                print(target)
        window.close()
        state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
