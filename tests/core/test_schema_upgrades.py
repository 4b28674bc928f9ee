"""Versions 4 and 5 of the workspace: an order's day is stored as a day number (4), the orders as blocks of columns
(5). A version-3 shop (days as ISO text) or a version-4 one is upgraded on either back end with every order,
duplicate and import as it was, in the order stored; a stored day that is not a date stops the upgrade with the
"damaged" sentence and changes nothing."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from core.importing.pipeline import import_file
from core.store import StoreError, Workspace, orderblocks, schema
from core.store.undo import SERVER_SCHEMA, undo_path
from tests.helpers.olddb import at_version, raw_db

# customer, day as version 3 stored it, amount, order number, occurrence (two identical orders on one day: 0 and 1)
ORDERS = [("K1", "2024-02-29", 12.5, "", 0), ("K1", "2024-02-29", 12.5, "", 1), ("K2", "2023-12-31", 40.0, "W7", 0),
          ("K3", "0001-01-01", 1.0, "", 0), ("K2", "2025-01-01", 99.99, "W8", 0)]


def _version_3_shop(place: str, days: list[str] | None = None, undo: bool = False) -> None:
    """A shop as version 3 wrote it; ``undo``: with the copy that undoes its last import."""
    db = at_version(place, 3)
    db.execute("INSERT INTO customers (id, name) VALUES ('K1', 'Anna'), ('K2', 'Bram'), ('K3', 'Cor')")
    for (cust, _day, amount, order_id, occurrence), stored in zip(ORDERS, days or [o[1] for o in ORDERS], strict=True):
        db.execute("INSERT INTO orders (customer_id, day, amount, order_id, occurrence, import_id) "
                   "VALUES (?, ?, ?, ?, ?, 1)", (cust, stored, amount, order_id, occurrence))
    db.commit()
    if undo:  # the shop before its one import: what undo would put back
        if db.kind == "sqlite":
            db.raw.execute("VACUUM INTO ?", (str(undo_path(db.path)),))
        else:
            db.begin_write()
            db.execute(f"CREATE SCHEMA {SERVER_SCHEMA}")
            for table in db.tables():
                db.execute(f'CREATE TABLE {SERVER_SCHEMA}."{table}" AS SELECT * FROM "{table}"')
            db.commit()
    db.begin_write()
    db.execute("INSERT INTO imports (file, imported_at, kind, mapping, summary) "
               "VALUES ('bestellingen.csv', '2025-01-02T10:00:00', 'orders', '{}', '{}')")
    db.commit()
    db.close()


def _stored(w: Workspace) -> list[tuple]:
    """Every stored order as (customer, day number, amount, order number, occurrence, import, branch)."""
    s = orderblocks.read(w.conn)
    t = s.table
    return list(zip(t.customer_id, t.day.tolist(), t.amount.tolist(), t.order_id, s.occurrence.tolist(),
                    s.import_id.tolist(), t.branch, strict=True))


def test_a_version_3_shop_keeps_every_order_with_its_day_as_a_number(shop_place, tmp_path):
    _version_3_shop(shop_place, undo=True)
    with Workspace.open(shop_place, backup_dir=tmp_path) as w:
        assert w.migrated_from == 3 and w.db.version() == schema.SCHEMA_VERSION == 5
        if not w.on_server:  # a file is copied as it was before it is upgraded
            assert len(list(tmp_path.glob("winkel.before-upgrade-v3-*.klantbehoud"))) == 1
        assert _stored(w) == [(c, date.fromisoformat(d).toordinal(), a, o, n, 1, "") for c, d, a, o, n in ORDERS]
        assert "orders" not in w.db.tables() and w.conn.execute("SELECT COUNT(*) FROM order_blocks").fetchone()[0] == 1
        orders = w.dataset().orders
        assert orders.day.dtype == np.int64 and orders.dates() == [date.fromisoformat(o[1]) for o in ORDERS]
        assert list(orders.amount) == [o[2] for o in ORDERS] and orders.customer_id == [o[0] for o in ORDERS]
        # The undo copy was of version 3 (days as text): the upgrade dropped it, as any change but an import does.
        assert w.pending_undo() is None
        if not w.on_server:
            assert not undo_path(tmp_path / "winkel.klantbehoud").exists()
        # Each stored order is still known: the same two orders again add nothing, a third one is new.
        csv = tmp_path / "opnieuw.csv"
        csv.write_text("Klantnummer;Besteldatum;Bedrag;Ordernummer\nK2;31-12-2023;40,00;W7\nK2;01-01-2025;99,99;W8\n"
                       "K2;02-01-2025;5,00;W9\n", encoding="utf-8")
        report = w.apply_import(import_file(csv))
        assert (report.orders_added, report.orders_already_there) == (1, 2)
        # The person's own copy of their data reads dates, not day numbers.
        assert [o["day"] for o in w.export_customer("K1")["orders"]] == ["2024-02-29", "2024-02-29"]


@pytest.mark.parametrize("bad", ["2024-02-30", "gisteren", "2024-1-5", ""])
def test_a_day_that_is_not_a_date_stops_the_upgrade_and_changes_nothing(shop_place, tmp_path, bad):
    days = [o[1] for o in ORDERS]
    days[2] = bad
    _version_3_shop(shop_place, days)
    before = (tmp_path / "winkel.klantbehoud").read_bytes() if "://" not in shop_place else None
    with pytest.raises(StoreError) as info:
        Workspace.open(shop_place, backup_dir=tmp_path)
    text = info.value.problem.render()
    assert "is damaged" in text and repr(bad) in text and "Restore a backup" in text
    if before is not None:
        assert (tmp_path / "winkel.klantbehoud").read_bytes() == before
    db = raw_db(shop_place)
    try:
        assert db.version() == 3
        assert [r[0] for r in db.execute("SELECT day FROM orders ORDER BY id")] == days
    finally:
        db.close()


def _version_4_shop(place: str, orders: list[tuple]) -> None:
    """A shop as version 4 wrote it: orders (customer, day number, amount, order number, occurrence, import)."""
    db = at_version(place, 4)
    db.execute("INSERT INTO customers (id, name) VALUES ('K1', 'Anna'), ('K2', 'Bram'), ('K3', 'Cor')")
    for n in sorted({o[5] for o in orders if o[5] is not None}):
        db.execute("INSERT INTO imports (id, file, imported_at, kind, mapping, summary) "
                   f"VALUES ({n}, 'b{n}.csv', '2025-01-02T10:00:00', 'orders', '{{}}', '{{}}')")
    for order in orders:
        db.execute("INSERT INTO orders (customer_id, day, amount, order_id, occurrence, import_id, branch) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)", (*order, "Delft" if order[0] == "K2" else ""))
    db.commit()
    db.close()


def test_a_version_4_shop_keeps_its_orders_in_their_order_one_block_per_import(shop_place, tmp_path):
    leap = date(2024, 2, 29).toordinal()
    orders = [("K1", leap, 12.5, "", 0, 1), ("K1", leap, 12.5, "", 1, 1), ("K2", 1, 40.0, "W7", 0, 1),
              ("K3", leap + 3, -0.0, "W1", 0, 2), ("K2", 3_652_059, 99.99, "W8", 0, 2), ("K1", leap, 7.0, "", 0, None)]
    _version_4_shop(shop_place, orders)
    with Workspace.open(shop_place, backup_dir=tmp_path) as w:
        assert w.migrated_from == 4
        assert _stored(w) == [(*o, "Delft" if o[0] == "K2" else "") for o in
                              [(c, d, a, i, n, -1 if imp is None else imp) for c, d, a, i, n, imp in orders]]
        blocks = w.conn.execute("SELECT import_id, rows FROM order_blocks ORDER BY id").fetchall()
        assert [tuple(b) for b in blocks] == [(1, 3), (2, 2), (None, 1)]
        assert w.counts()["orders"] == 6 and w.branches() == ["Delft"]
        assert w.pending_undo() is None  # (no undo copy to begin with)
        if not w.on_server:  # the old table's pages are given back, not kept as free space
            assert w.conn.execute("PRAGMA freelist_count").fetchone()[0] == 0


@pytest.mark.parametrize("bad", [0, 3_652_060, "2024-01-05", 1.5])
def test_a_version_4_day_that_is_not_a_day_number_stops_the_upgrade(shop_place, tmp_path, bad):
    if "://" in shop_place and not isinstance(bad, int):
        pytest.skip("a server's integer column holds no text or fraction")
    _version_4_shop(shop_place, [("K1", 738000, 5.0, "", 0, 1), ("K2", bad, 6.0, "", 0, 1)])
    with pytest.raises(StoreError) as info:
        Workspace.open(shop_place, backup_dir=tmp_path)
    assert "is damaged" in info.value.problem.render() and repr(bad)[:10] in info.value.problem.render()
    db = raw_db(shop_place)
    try:
        assert db.version() == 4 and "order_blocks" not in db.tables()
        assert db.execute("SELECT COUNT(*) FROM orders").fetchone()[0] == 2
    finally:
        db.close()


@pytest.mark.parametrize("column, damage", [("day", b"not zlib"), ("amount", "zlib:12345"),
                                            ("customer_id", "zlib:\x05\x00\x00\x00"), ("day", "days:0")])
def test_a_damaged_block_of_orders_is_said_not_a_crash(tmp_path, column, damage):
    import zlib

    import numpy as np

    path = tmp_path / "winkel.klantbehoud"
    with Workspace.create(path, "Winkel") as w:
        csv = tmp_path / "b.csv"
        csv.write_text("Klantnummer;Besteldatum;Bedrag;Filiaal\nK1;01-03-2025;5,00;Delft\nK2;02-03-2025;6,00;Delft\n",
                       encoding="utf-8")
        w.apply_import(import_file(csv))
        if damage == "days:0":
            blob = zlib.compress(np.array([738000, 0], "<i4").tobytes())
        elif isinstance(damage, str):
            blob = zlib.compress(damage[5:].encode("latin-1"))
        else:
            blob = damage
        w.conn.execute(f"UPDATE order_blocks SET {column} = ?", (blob,))
        for read in (w.dataset, w.counts if column == "branch" else w.dataset):
            with pytest.raises(StoreError) as info:
                read()
            assert "is damaged" in info.value.problem.render()
