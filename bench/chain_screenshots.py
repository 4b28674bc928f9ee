"""Render what a chain sees, in Dutch and English at 1366×768 and 1920×1080: the dashboard of one branch (the
branch choice in the bar above it) with the "server cannot be reached" sentence shown, its customers with their
branch, the dialog for a shop on a server, and the report's page comparing the branches.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/chain_screenshots.py [OUT_DIR]

The chain is the demo coffee roaster split over two branches: each order goes to Utrecht or Amersfoort by its
customer number (odd: Amersfoort), a few customers buy at both. Writes OUT_DIR/chain-<lang>-<width>-<what>.png
(default: test-artifacts/screenshots).
"""

from __future__ import annotations

import os
import shutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.shot_folders import shot_folders  # noqa: E402


def chain_orders(folder: Path) -> Path:
    """The demo's orders with a branch column (every 7th order of a customer at the other branch)."""
    lines = (ROOT / "resources" / "demo" / "bestellingen.csv").read_text(encoding="utf-8").splitlines()
    out = [lines[0] + ";Filiaal"]
    for n, line in enumerate(lines[1:]):
        number = int(line.split(";")[1][1:])
        odd = (number % 2 == 1) != (n % 7 == 0)
        out.append(f"{line};{'Amersfoort' if odd else 'Utrecht'}")
    path = folder / "bestellingen-filialen.csv"
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def main() -> int:
    """Render and save."""
    out, tmp = shot_folders("screenshots")
    from PySide6.QtCore import QCoreApplication

    from core.importing.pipeline import import_file
    from core.metrics.summary import summarize_dataset
    from core.report.pages import ReportOptions, build_pages
    from core.store import Workspace
    from ui import i18n
    from ui.app import make_app
    from ui.mainwindow import MainWindow
    from ui.serverdialog import ServerDialog
    from ui.state import ShopState

    app = make_app([])
    shop = tmp / "keten.klantbehoud"
    with Workspace.create(shop, "Koffiebranderij De Boon") as ws:
        ws.apply_import(import_file(ROOT / "resources" / "demo" / "klanten.csv"))
        ws.apply_import(import_file(chain_orders(tmp)))
        ws.apply_import(import_file(ROOT / "resources" / "demo" / "enquete.csv"))
    state = ShopState()
    state.open_workspace(shop)
    state.set_branch("Amersfoort")
    deadline = time.monotonic() + 60
    while state.predictions() is None and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    window = MainWindow(state)
    window.show()
    window.dashboard.ensure_charts()
    for width, height in ((1366, 768), (1920, 1080)):
        window.resize(width, height)
        for lang in ("nl", "en"):
            window.set_language(lang)
            # The sentence the window shows while the server is away (the core's, translated).
            window._server_lost(QCoreApplication.translate(
                "core", "The server {server} cannot be reached right now; nothing was changed, and what you see "
                        "stays until it answers again.").format(server="192.168.1.20"))
            for _ in range(10):
                app.processEvents()
                time.sleep(0.02)
            window.grab().save(str(out / f"chain-{lang}-{width}-dashboard.png"))
            window.sidebar.setCurrentRow([k for k, _ in window.pages].index("customers"))
            for _ in range(10):
                app.processEvents()
                time.sleep(0.02)
            window.grab().save(str(out / f"chain-{lang}-{width}-customers.png"))
            window.sidebar.setCurrentRow(0)
            dialog = ServerDialog(window, window.files.tr("Open a shop on a server"), window.files.tr("Open"),
                                  "postgresql://eigenaar@192.168.1.20/winkel")
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"chain-{lang}-{width}-server-dialog.png"))
            dialog.close()
            if width == 1366:  # the report of all branches together: its second page compares them
                whole = summarize_dataset(state.all_data, state.inactive_after, predict_now=False)
                pages = build_pages(whole, state.all_data, ReportOptions(decimal="," if lang == "nl" else "."),
                                    QCoreApplication.translate, state.all_data.shop_name)
                pages[1].savefig(out / f"chain-{lang}-report-branches.png", dpi=80)
    i18n.install("nl")
    window.close()
    state.close()
    shutil.rmtree(tmp, ignore_errors=True)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
