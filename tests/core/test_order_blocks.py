"""The orders kept as blocks of columns (``core.store.orderblocks``), on a real shop file and a real server: what
goes in comes back in its order, an order imported twice is stored once, a linked customer's orders follow the
customer number, a person's orders go with the person, and texts with every separator in them survive."""

from __future__ import annotations

import sqlite3
import zlib

import numpy as np
import pytest

from core.importing.pipeline import import_file
from core.model import OrderTable
from core.store import Workspace, orderblocks


def _csv(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_orders_come_back_in_the_order_stored_over_several_blocks(shop_place, monkeypatch):
    monkeypatch.setattr(orderblocks, "BLOCK", 4)  # ten orders: blocks of 4, 4 and 2
    texts = ["K1", "K\x1f2", "K\x1e3", "K\x004", "Ö5"]
    table = OrderTable([texts[i % 5] for i in range(10)], [738000 + i for i in range(10)],
                       [i * 1.25 for i in range(10)], [f"W{i}" for i in range(10)], ["", "Delft"] * 5)
    with Workspace.create(shop_place, "Winkel") as w:
        with w.transaction() as c:
            orderblocks.write(c, table, np.arange(10) % 3, 7)
        stored = orderblocks.read(w.conn)
        assert stored.table == table and stored.occurrence.tolist() == [i % 3 for i in range(10)]
        assert stored.import_id.tolist() == [7] * 10 and len(set(stored.block.tolist())) == 3
        names, codes = stored.table.customers()  # handed over with the table, as the figures want them
        assert names == texts and codes.tolist() == [i % 5 for i in range(10)]
        assert w.counts()["orders"] == 10 and w.branches() == ["Delft"]
        assert orderblocks.texts_in(w.conn, "customer_id") == set(texts)


def test_an_empty_shop_has_no_orders(shop_place):
    with Workspace.create(shop_place, "Winkel") as w:
        stored = orderblocks.read(w.conn)
        assert len(stored) == 0 and stored.table.day.dtype == np.int64 and w.counts()["orders"] == 0


def test_an_order_imported_again_is_stored_once(shop_place, tmp_path):
    """Without order numbers two identical orders on a day are two purchases (their occurrence tells them apart);
    the same file again adds nothing, a file with one more such order adds exactly that one."""
    head = "Klantnummer;Besteldatum;Bedrag\n"
    twice = "K1;01-03-2025;5,00\nK1;01-03-2025;5,00\nK2;01-03-2025;-0,00\n"
    with Workspace.create(shop_place, "Winkel") as w:
        first = w.apply_import(import_file(_csv(tmp_path, "a.csv", head + twice)))
        # -0,00 and 0,00 are the same amount
        again = w.apply_import(import_file(_csv(tmp_path, "b.csv", head + twice.replace("-0,00", "0,00"))))
        third = w.apply_import(import_file(_csv(tmp_path, "c.csv", head + twice + "K1;01-03-2025;5,00\n")))
        assert (first.orders_added, first.orders_already_there) == (3, 0)
        assert (again.orders_added, again.orders_already_there) == (0, 3)
        assert (third.orders_added, third.orders_already_there) == (1, 3)
        orders = w.dataset().orders
        assert orders.customer_id == ["K1", "K1", "K2", "K1"] and orders.amount.tolist() == [5.0, 5.0, 0.0, 5.0]
        assert orderblocks.read(w.conn).occurrence.tolist() == [0, 1, 0, 2]


def test_numbered_orders_already_stored_are_found_among_many(shop_place, tmp_path):
    rows = "".join(f"W{i};K{i % 37};{1 + i % 28:02d}-02-2025;{i},50\n" for i in range(2000))
    head = "Ordernummer;Klantnummer;Besteldatum;Bedrag\n"
    with Workspace.create(shop_place, "Winkel") as w:
        assert w.apply_import(import_file(_csv(tmp_path, "a.csv", head + rows))).orders_added == 2000
        more = "".join(f"W{i};K{i % 37};{1 + i % 28:02d}-02-2025;{i},50\n" for i in range(1500, 2500))
        report = w.apply_import(import_file(_csv(tmp_path, "b.csv", head + more)))
        assert (report.orders_added, report.orders_already_there) == (500, 500)
        orders = w.dataset().orders
        assert orders.order_id == [f"W{i}" for i in range(2500)] and orders.amount[-1] == 2499.5


def test_a_linked_customers_orders_follow_the_customer_number(shop_place, tmp_path):
    """Orders first stored under an e-mail address take the customer number when the customer list links them; an
    order that is then the same as one already under that number is stored once."""
    with Workspace.create(shop_place, "Winkel") as w:
        w.apply_import(import_file(_csv(tmp_path, "k.csv", "Klantnummer;E-mail\nK1;anna@voorbeeld.nl\n")))
        w.apply_import(import_file(_csv(tmp_path, "o1.csv", "Klantnummer;Besteldatum;Bedrag;Ordernummer\n"
                                                             "K1;01-03-2025;5,00;W1\n")))
        w.apply_import(import_file(_csv(tmp_path, "o2.csv", "E-mail;Besteldatum;Bedrag;Ordernummer\n"
                                                             "piet@voorbeeld.nl;02-03-2025;9,00;W2\n")))
        w.apply_import(import_file(_csv(tmp_path, "k2.csv", "Klantnummer;E-mail\nK2;piet@voorbeeld.nl\n")))
        orders = w.dataset().orders
        assert sorted(zip(orders.customer_id, orders.order_id, strict=True)) == [("K1", "W1"), ("K2", "W2")]
        assert "piet@voorbeeld.nl" not in orderblocks.texts_in(w.conn, "customer_id")


def test_rename_drops_an_order_that_becomes_a_double(shop_place):
    table = OrderTable(["mail", "K9", "mail", "K9"], [738000, 738000, 738001, 738002], [5.0, 5.0, 6.0, 7.0],
                       ["", "", "", ""], ["", "", "", "Delft"])
    with Workspace.create(shop_place, "Winkel") as w:
        with w.transaction() as c:
            orderblocks.write(c, table, np.zeros(4, np.int64), None)
            orderblocks.rename(c, {"mail": "K9"})
        t = orderblocks.read(w.conn).table
        assert t.customer_id == ["K9", "K9", "K9"] and t.day.tolist() == [738000, 738001, 738002]
        assert t.branch == ["", "", "Delft"]


def test_deleting_a_person_rewrites_only_their_orders(shop_place, tmp_path, monkeypatch):
    monkeypatch.setattr(orderblocks, "BLOCK", 3)
    rows = "".join(f"K{i % 3};0{1 + i}-03-2025;{i},00;W{i}\n" for i in range(7))
    with Workspace.create(shop_place, "Winkel") as w:
        w.apply_import(import_file(_csv(tmp_path, "o.csv", "Klantnummer;Besteldatum;Bedrag;Ordernummer\n" + rows)))
        assert [o["order_id"] for o in w.export_customer("K1")["orders"]] == ["W1", "W4"]
        assert w.export_customer("K1")["orders"][0] == {"day": "2025-03-02", "amount": 1.0, "order_id": "W1"}
        w.delete_customer("K1")
        orders = w.dataset().orders
        assert orders.order_id == ["W0", "W2", "W3", "W5", "W6"] and "K1" not in orders.customer_id
        assert w.counts()["orders"] == 5 and w.export_customer("K1")["orders"] == []


def test_doubles_are_found_exactly_when_different_orders_mix_into_one_word(monkeypatch):
    """Every order mixed into the same word (as if all of them collided): the check finds different orders among
    the "equal" ones and every column is sorted exactly, with the same answer as without collisions."""
    from core.store import orderkeys

    stored = OrderTable(["K1", "K2", "K1"], [738000, 738000, 738001], [5.0, 5.0, -0.0], ["", "W2", ""])
    table = OrderTable(["K1", "K1", "K1", "K3", "K2", "K2"], [738000, 738000, 738001, 738000, 738000, 738000],
                       [5.0, 5.0, 0.0, 5.0, 5.0, 5.0], ["", "", "", "", "W2", "W3"])
    occurrence = np.array([0, 1, 0, 0, 0, 0])
    expected = [False, True, False, True, False, True]
    assert orderkeys.new_rows(stored, np.zeros(3, np.int64), table, occurrence).tolist() == expected
    monkeypatch.setattr(orderkeys, "_MIX", np.zeros(5, np.uint64))
    assert orderkeys.new_rows(stored, np.zeros(3, np.int64), table, occurrence).tolist() == expected


def test_a_person_goes_from_backups_of_this_version_and_from_before_it(tmp_path):
    """A daily copy keeps the orders in blocks; the copy kept before the upgrade to version 5 has them as rows of
    a table: the person's orders go from both (under their number and under their e-mail address)."""
    from core.store.backups import remove_person
    from tests.helpers.olddb import at_version

    old = tmp_path / "winkel.before-upgrade-v4-20261201-120000.klantbehoud"
    db = at_version(str(old), 4)
    db.execute("INSERT INTO customers (id, name, email) VALUES ('K1', 'Anna', 'anna@voorbeeld.nl'), ('K2', 'Bram', '')")
    for customer, amount in (("K1", 5.0), ("anna@voorbeeld.nl", 6.0), ("K2", 7.0)):
        db.execute("INSERT INTO orders (customer_id, day, amount) VALUES (?, 739000, ?)", (customer, amount))
    db.commit()
    db.close()
    daily = tmp_path / "winkel-2026-12-04.klantbehoud"
    with Workspace.create(daily, "Winkel") as w:
        w.apply_import(import_file(_csv(tmp_path, "k.csv", "Klantnummer;Naam;E-mail\nK1;Anna;anna@voorbeeld.nl\n"
                                                          "K2;Bram;\n")))
        with w.transaction() as c:
            orderblocks.write(c, OrderTable(["K1", "anna@voorbeeld.nl", "K2"], [739000] * 3, [5.0, 6.0, 7.0]),
                              np.zeros(3, np.int64), None)
    assert remove_person([old, daily], "K1") == (2, [])
    with sqlite3.connect(old) as conn:
        assert conn.execute("SELECT customer_id, amount FROM orders").fetchall() == [("K2", 7.0)]
    with Workspace.open(daily) as w:
        orders = w.dataset().orders
        assert orders.customer_id == ["K2"] and [c.id for c in w.dataset().customers] == ["K2"]


def test_order_numbers_stay_packed_until_asked_for_and_a_damaged_block_is_still_refused(shop_place, monkeypatch):
    monkeypatch.setattr(orderblocks, "BLOCK", 3)  # seven orders: blocks of 3, 3 and 1
    numbered = OrderTable(["K1", "K2", "K1", "K3", "K1", "K2", "K4"], list(range(738000, 738007)), [1.0] * 7,
                          [f"W{i}" for i in range(7)])
    unnumbered = OrderTable(["K5", "K5"], [738010, 738011], [2.0, 3.0])
    with Workspace.create(shop_place, "Winkel") as w:
        with w.transaction() as c:
            orderblocks.write(c, numbered, np.zeros(7, np.int64), 1)
        stored = orderblocks.read(w.conn).table
        assert stored._customer_id is None and isinstance(stored._order_id, tuple)  # three blocks, one text
        assert stored == numbered and stored.order_id == [f"W{i}" for i in range(7)]
        with w.transaction() as c:
            orderblocks.write(c, unnumbered, np.zeros(2, np.int64), 2)  # a block without numbers
        both = orderblocks.read(w.conn).table
        assert both.order_id == [*(f"W{i}" for i in range(7)), "", ""] and both == [*numbered, *unnumbered]
        assert both.customers()[0] == ["K1", "K2", "K3", "K4", "K5"]
        if w.on_server:
            return
        raw = sqlite3.connect(w.path)  # a hand-edited shop: one order number fewer than the block's orders
        blob = raw.execute("SELECT order_id FROM order_blocks ORDER BY id").fetchone()[0]
        fewer = orderblocks._deflated(orderblocks._texts_raw(["W0", "W1"]))
        raw.execute("UPDATE order_blocks SET order_id = ? WHERE order_id = ?", (fewer, blob))
        raw.commit()
        with pytest.raises(orderblocks.DamagedBlock):
            orderblocks.read(w.conn)
        raw.execute("UPDATE order_blocks SET order_id = ? WHERE order_id = ?", (blob, fewer))
        raw.execute("UPDATE order_blocks SET day = ? WHERE id = (SELECT MAX(id) FROM order_blocks)",
                    (zlib.compress(b"12345"),))  # days of five bytes: no whole number of 4-byte days
        raw.commit()
        raw.close()
        with pytest.raises(orderblocks.DamagedBlock):
            orderblocks.read(w.conn)
