"""Storing an import off the window's thread: the worker writes through a connection of its own while the
opening thread goes on reading, progress is reported, and Cancel leaves the shop exactly as it was (every
table row for row, and the undo of the import before)."""

import threading
from pathlib import Path

import pytest

from core.importing.pipeline import import_file
from core.store import Workspace
from core.store.merge import CHUNK
from core.text import Cancelled
from tests.helpers.shop_tables import shop_content

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"


@pytest.fixture
def big_orders(tmp_path) -> Path:
    """2.5 chunks of orders for the demo's customers (each customer buys on many days)."""
    lines = ["Klantnummer;Besteldatum;Bedrag;Ordernummer"]
    n = CHUNK * 5 // 2
    for i in range(n):
        day = 1 + i % 28
        month = 1 + (i // 28) % 12
        lines.append(f"K{1 + i % 430:04d};{day:02d}-{month:02d}-2025;{10 + i % 90},50;W{i}")
    path = tmp_path / "bestellingen.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _in_thread(fn):
    out: dict = {}

    def run():
        try:
            out["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the test's thread
            out["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    worker.join(timeout=120)
    return out


def test_a_worker_thread_stores_while_the_shop_stays_readable(shop_place, big_orders):
    path = shop_place
    with Workspace.create(path, "Winkel") as ws:
        ws.apply_import(import_file(DEMO / "klanten.csv"))
        result = import_file(big_orders)
        steps: list[float] = []
        out = _in_thread(lambda: (ws.apply_import(result, progress=steps.append), ws.dataset()))
        assert "error" not in out, out.get("error")
        report, data = out["result"]
        assert report.orders_added == CHUNK * 5 // 2 and report.orders_already_there == 0
        assert len(data.orders) == CHUNK * 5 // 2 and len(data.customers) == 430
        assert steps == sorted(steps) and len(steps) >= 3 and steps[-1] == pytest.approx(1.0)
        # The opening thread's own connection sees the stored orders at once.
        assert ws.counts() == {"customers": 430, "orders": CHUNK * 5 // 2, "surveys": 0}
        assert ws.pending_undo().orders == CHUNK * 5 // 2


def test_cancel_leaves_the_shop_and_its_undo_as_they_were(shop_place, big_orders, tmp_path):
    path = shop_place
    with Workspace.create(path, "Winkel") as ws:
        ws.apply_import(import_file(DEMO / "klanten.csv"))
        undo_before = ws.pending_undo()
        before = shop_content(path)
        result = import_file(big_orders)
        seen: list[float] = []
        # Cancel once the first chunk of orders is in: the rows written so far must go again.
        out = _in_thread(lambda: ws.apply_import(result, progress=seen.append, cancelled=lambda: len(seen) >= 2))
        assert isinstance(out.get("error"), Cancelled)
        assert shop_content(path) == before
        assert ws.pending_undo() == undo_before
        assert not list(tmp_path.glob("*.next"))
        # And the shop takes the same import whole afterwards.
        assert ws.apply_import(result).orders_added == CHUNK * 5 // 2
