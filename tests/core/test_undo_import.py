"""Undo the last import: the shop goes back to exactly what it held before (every table, row for row), what
would go is said first, and any other change after the import ends the chance to undo it."""

from pathlib import Path

import pytest

from core.importing.pipeline import import_file
from core.store import StoreError, Workspace
from core.store.undo import undo_path
from tests.helpers.shop_tables import shop_content

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"


def _undo_gone(ws) -> bool:
    """No copy left to undo with: no file beside the shop, no undo schema on the server."""
    if ws.on_server:
        return ws.conn.execute("SELECT to_regnamespace('klantbehoud_undo')").fetchone()[0] is None
    return not undo_path(ws.path).exists()


def test_undo_puts_back_exactly_what_was_there(shop_place):
    path = shop_place
    with Workspace.create(path, "Winkel") as ws:
        ws.apply_import(import_file(DEMO / "klanten.csv"))
        ws.set_setting("inactive_after_days", 180)  # a change after the first import: that one is no longer undone
        assert ws.pending_undo() is None
    before = shop_content(path)
    orders = import_file(DEMO / "bestellingen.csv")
    with Workspace.open(path) as ws:
        report = ws.apply_import(orders)
        info = ws.pending_undo()
        assert info.file == "bestellingen.csv"
        assert info.orders == report.orders_added == len(orders.orders) > 0 and info.answers == 0
        assert info.customers == 0  # orders do not change the customer rows
        assert ws.undo_last_import() == info
        assert ws.pending_undo() is None and _undo_gone(ws)
        with pytest.raises(StoreError):
            ws.undo_last_import()
    assert shop_content(path) == before


def test_any_other_change_after_the_import_drops_the_undo(shop_place):
    path = shop_place
    with Workspace.create(path) as ws:
        ws.apply_import(import_file(DEMO / "klanten.csv"))
        ws.apply_import(import_file(DEMO / "enquete.csv"))
        assert ws.pending_undo().answers > 0
        customer = ws.dataset().customers[0].id
        ws.delete_customer(customer)  # the copy held this customer: it goes with the undo
        assert ws.pending_undo() is None and _undo_gone(ws)


def test_a_failed_import_leaves_the_undo_of_the_one_before(tmp_path):
    path = tmp_path / "winkel.klantbehoud"
    with Workspace.create(path) as ws:
        ws.apply_import(import_file(DEMO / "klanten.csv"))
        first = ws.pending_undo()
        ws.conn.execute("CREATE TRIGGER boom BEFORE INSERT ON surveys BEGIN SELECT RAISE(ABORT, 'full'); END")
        with pytest.raises(StoreError):
            ws.apply_import(import_file(DEMO / "enquete.csv"))
        # Nothing was stored, so the import before is still the last one, and it can still be undone.
        assert first is not None and ws.pending_undo() == first
        assert not list(tmp_path.glob("*.next"))  # the copy made for the failed import is gone
