"""The workspace: merging imports, versions and migrations, backups, privacy, locks and damage. Every test that
does not concern the file itself (locks, backups, the disk) runs twice: on a shop file and on a PostgreSQL server."""

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from core.importing.pipeline import import_file
from core.model import Customer, MonthlyLost, PeriodCounts, SurveyResponse
from core.store import StoreError, Workspace, WorkspaceLocked, is_workspace, lock, schema
from core.store.backups import backup_folder, daily_backup, list_backups
from core.store.shopfile import restore_backup
from tests.helpers.holder import hold
from tests.helpers.olddb import at_version

ROOT = Path(__file__).resolve().parents[2]


def _csv(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@pytest.fixture
def ws(shop_place):
    """A new shop, as a file and on a server."""
    w = Workspace.create(shop_place, "Bloemenwinkel Roos")
    yield w
    w.close()


@pytest.fixture
def file_ws(tmp_path):
    """A new shop file (for what only a file has: its bytes, its lock, its backups, its disk)."""
    w = Workspace.create(tmp_path / "winkel.klantbehoud", "Bloemenwinkel Roos")
    yield w
    w.close()


def test_create_import_and_read_back(ws, tmp_path):
    f = _csv(tmp_path, "k.csv", "Klantnummer;Naam;Klant sinds;Nieuwsbrief\n1;Anna;01-02-2024;ja\n2;Bram;;nee\n")
    report = ws.apply_import(import_file(f))
    assert (report.customers_added, report.customers_updated) == (2, 0)
    data = ws.dataset()
    assert data.shop_name == "Bloemenwinkel Roos"
    assert [(c.id, c.name, c.since, c.consent) for c in data.customers] == [
        ("1", "Anna", date(2024, 2, 1), True), ("2", "Bram", None, False)]
    assert ws.imports()[0]["file"] == "k.csv" and json.loads(ws.imports()[0]["summary"])["accepted"] == 2
    assert ws.integrity_ok() and (ws.on_server or is_workspace(ws.path))


def test_reimport_of_an_updated_export_merges_without_duplicates(ws, tmp_path):
    ws.apply_import(import_file(_csv(tmp_path, "a.csv", "Klantnummer;Naam;E-mail\n1;Anna;\n2;Bram;b@x.nl\n")))
    report = ws.apply_import(import_file(_csv(tmp_path, "b.csv",
                                              "Klantnummer;Naam;E-mail\n1;Anna;anna@x.nl\n2;Bram;b@x.nl\n3;Cor;\n")))
    assert (report.customers_added, report.customers_updated, report.customers_unchanged) == (1, 1, 1)
    assert report.updated_fields == {"email": 1}
    assert ws.counts()["customers"] == 3
    orders = "Ordernummer;Klantnummer;Orderdatum;Bedrag\n10;1;01-03-2024;5,00\n11;1;01-03-2024;5,00\n"
    first = ws.apply_import(import_file(_csv(tmp_path, "o.csv", orders)))
    again = ws.apply_import(import_file(_csv(tmp_path, "o2.csv", orders + "12;2;02-03-2024;7,50\n")))
    assert (first.orders_added, again.orders_added, again.orders_already_there) == (2, 1, 2)
    # Two identical orders without an order number are both kept, and not doubled on re-import.
    same_day = "Klantnummer;Orderdatum;Bedrag\n3;04-03-2024;9,95\n3;04-03-2024;9,95\n"
    ws.apply_import(import_file(_csv(tmp_path, "s.csv", same_day)))
    ws.apply_import(import_file(_csv(tmp_path, "s2.csv", same_day)))
    assert ws.counts()["orders"] == 5


def test_typed_in_data_settings_and_marks(ws):
    ws.set_period_counts([PeriodCounts("2024", 10, 8, 0), PeriodCounts("2025", 8, 9, 2)])
    ws.set_monthly_lost([MonthlyLost(date(2024, 1, 1), 100, 3)])
    assert ws.add_surveys([SurveyResponse(date(2024, 1, 2), 9), SurveyResponse(date(2024, 1, 2), 9)]) == 2
    ws.set_setting("inactive_after_days", 180)
    ws.mark_action("thanks:2024-01-08", "1", "done")
    ws.mark_action("winback:2024-02-01", "", "snoozed", date(2024, 2, 8))
    data = ws.dataset()
    assert [p.label for p in data.period_counts] == ["2024", "2025"]
    assert data.monthly_lost[0].lost == 3 and len(data.surveys) == 2
    assert ws.setting("inactive_after_days") == 180 and ws.setting("missing", 7) == 7
    assert ws.action_marks()[("winback:2024-02-01", "")] == ("snoozed", date(2024, 2, 8))


def test_delete_customer_removes_the_person_everywhere_and_export_shows_everything(ws, tmp_path):
    ws.apply_import(import_file(_csv(tmp_path, "k.csv", "Klantnummer;Naam\n1;Anna\n2;Bram\n")))
    orders = "Klantnummer;Orderdatum;Bedrag\n1;01-03-2024;5\n2;01-03-2024;6\n"
    ws.apply_import(import_file(_csv(tmp_path, "o.csv", orders)))
    ws.add_surveys([SurveyResponse(date(2024, 3, 2), 10, "1")])
    ws.mark_action("thanks", "1", "done")
    export = ws.export_customer("1")
    assert export["customer"]["name"] == "Anna" and len(export["orders"]) == 1
    assert export["survey_answers"][0]["score"] == 10 and export["calendar_marks"][0]["state"] == "done"
    gone = ws.delete_customer("1")
    assert gone == {"customers": 1, "orders": 1, "surveys": 1, "action_marks": 1}
    assert ws.export_customer("1") == {"customer": None, "orders": [], "survey_answers": [], "calendar_marks": []}
    assert ws.on_server or b"Anna" not in ws.path.read_bytes()  # not left behind in free pages of a file
    assert ws.counts() == {"customers": 1, "orders": 1, "surveys": 0}


def test_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "nieuw.klantbehoud"
    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreError) as info:
        Workspace.open(path)
    assert "newer version" in info.value.problem.render()
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert lock.holder(path) is None  # the lock was given back


def test_migration_takes_a_backup_first(tmp_path, monkeypatch):
    """Every earlier version migrates; here a next version is simulated on top of the real current one."""
    path = tmp_path / "oud.klantbehoud"
    now = schema.SCHEMA_VERSION
    with Workspace.create(path, "Oud") as w:  # a file as this version writes it
        w.set_setting("inactive_after_days", 200)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", now + 1)
    monkeypatch.setitem(schema.MIGRATIONS, now + 1,
                        lambda c: c.execute("ALTER TABLE customers ADD COLUMN extra TEXT"))
    import core.store.upgrade as upgrade

    monkeypatch.setattr(upgrade, "SCHEMA_VERSION", now + 1)
    with Workspace.open(path, backup_dir=tmp_path) as w:
        assert w.migrated_from == now
        assert w.setting("inactive_after_days") == 200
        assert "extra" in [r[1] for r in w.conn.execute("PRAGMA table_info(customers)")]
    (backup,) = tmp_path.glob(f"oud.before-upgrade-v{now}-*.klantbehoud")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == now
    conn.close()


def test_a_version_1_shop_is_upgraded_with_everything_in_it(shop_place, tmp_path):
    """A shop as the first version wrote it (the orders' extra index included) opens on either back end, keeps
    every row, gains the branch columns of version 3 and has its orders in blocks (version 5)."""
    db = at_version(shop_place, 1)
    db.execute("INSERT INTO customers (id, name) VALUES ('K1', 'Anna')")
    db.execute("INSERT INTO orders (customer_id, day, amount) VALUES ('K1', '2025-03-01', 12.5)")
    db.commit()
    assert "branch" not in db.columns("orders")
    db.close()
    with Workspace.open(shop_place, backup_dir=tmp_path) as w:
        assert w.migrated_from == 1 and w.db.version() == schema.SCHEMA_VERSION == 5
        assert "orders" not in w.db.tables() and "order_blocks" in w.db.tables()
        assert all("branch" in w.db.columns(t) for t in ("customers", "surveys"))
        data = w.dataset()
        assert [(c.name, c.branch) for c in data.customers] == [("Anna", "")]
        assert [(o.amount, o.branch) for o in data.orders] == [(12.5, "")]
        w.apply_import(import_file(_csv(tmp_path, "k.csv", "Klantnummer;Naam\nK2;Bram\n")))
        assert [c.id for c in w.dataset().customers] == ["K1", "K2"]  # the order they came in
    backups = list(tmp_path.glob("winkel.before-upgrade-v1-*.klantbehoud"))
    assert len(backups) == (0 if shop_place.startswith("postgresql") else 1)


def test_not_a_workspace(tmp_path):
    f = _csv(tmp_path, "klanten.klantbehoud", "Klantnummer\n1\n")
    with pytest.raises(StoreError) as info:
        Workspace.open(f)
    assert "not a Klantbehoud workspace" in info.value.problem.render()


def test_save_as_copies_and_backups_rotate_and_restore(file_ws, tmp_path):
    ws = file_ws
    ws.apply_import(import_file(_csv(tmp_path, "k.csv", "Klantnummer\n1\n2\n")))
    copy = ws.save_as(tmp_path / "kopie.klantbehoud")
    with Workspace.open(copy) as c:
        assert c.counts()["customers"] == 2 and c.dataset().shop_name == "Bloemenwinkel Roos"
    folder = tmp_path / "backups"
    folder.mkdir()
    start = date(2024, 1, 1)
    for i in range(13):
        daily_backup(ws.conn, ws.path, folder, start + timedelta(days=i))
    assert daily_backup(ws.conn, ws.path, folder, start + timedelta(days=12)) is None  # once a day
    kept = list_backups(ws.path, folder)
    assert len(kept) == 10 and kept[0].name == "winkel.2024-01-13.klantbehoud"
    ws.apply_import(import_file(_csv(tmp_path, "k2.csv", "Klantnummer\n3\n")))
    path = ws.path
    ws.close()
    safety = restore_backup(kept[0], path)
    with Workspace.open(path) as w:
        assert w.counts()["customers"] == 2
    with Workspace.open(safety) as w:
        assert w.counts()["customers"] == 3


def test_full_disk_changes_nothing(file_ws, tmp_path):
    ws = file_ws
    ws.apply_import(import_file(_csv(tmp_path, "k.csv", "Klantnummer\n1\n")))
    pages = ws.conn.execute("PRAGMA page_count").fetchone()[0]
    ws.conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # the disk is as good as full
    big = "Klantnummer;Naam\n" + "".join(f"{i};{'x' * 200}\n" for i in range(2, 3000))
    with pytest.raises(StoreError) as info:
        ws.apply_import(import_file(_csv(tmp_path, "big.csv", big)))
    assert "full" in info.value.problem.render()
    assert ws.counts()["customers"] == 1 and ws.integrity_ok() and len(ws.imports()) == 1


class _FailingCommit:
    """Wraps a connection; the COMMIT fails as it does when a USB stick is pulled out."""

    def __init__(self, conn):
        self._conn = conn

    def execute(self, sql, *args):
        if sql == "COMMIT":
            raise sqlite3.OperationalError("disk I/O error")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_write_error_on_commit_leaves_the_saved_data(file_ws, tmp_path):
    ws = file_ws
    ws.apply_import(import_file(_csv(tmp_path, "k.csv", "Klantnummer\n1\n")))
    real = ws.db.raw
    ws.db.raw = _FailingCommit(real)
    with pytest.raises(StoreError) as info:
        ws.apply_import(import_file(_csv(tmp_path, "k2.csv", "Klantnummer\n2\n3\n")))
    assert "USB stick" in info.value.problem.render()
    ws.db.raw = real
    assert ws.counts()["customers"] == 1 and ws.integrity_ok()


def test_read_only_workspace_refuses_changes(tmp_path):
    path = tmp_path / "w.klantbehoud"
    Workspace.create(path).close()
    with Workspace.open(path, read_only=True) as w:
        with pytest.raises(StoreError) as info:
            w.set_setting("x", 1)
        assert "read-only" in info.value.problem.render()


def test_second_process_is_told_and_a_crashed_lock_is_taken_over(tmp_path):
    path = tmp_path / "gedeeld.klantbehoud"
    Workspace.create(path).close()
    holder = hold(path)
    try:
        with pytest.raises(WorkspaceLocked) as info:
            Workspace.open(path)
        assert "already open in another Klantbehoud" in info.value.problem.render()
        with Workspace.open(path, read_only=True) as w:
            assert w.counts()["customers"] == 0
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    # The operating system freed the lock with the killed process: the file opens at once.
    assert lock.holder(path) is None
    with Workspace.open(path) as w:
        assert w.integrity_ok()


@pytest.mark.slow
def test_killed_at_random_moments_the_workspace_stays_whole(shop_place):
    """200 kills of a writer on a file, 60 on a server (each round there also makes a connection)."""
    import random
    import time

    rng = random.Random(7)
    Workspace.create(shop_place).close()
    worker = ROOT / "tests" / "helpers" / "store_worker.py"
    on_server = shop_place.startswith("postgresql")
    kills = 60 if on_server else 200
    # A process's first round on a server also sets up its connection's types (about 0.1 s on a busy machine):
    # kills there spread over 0.3 s, so they land in later rounds too.
    longest = 0.3 if on_server else 0.08
    for _ in range(kills):
        proc = subprocess.Popen([sys.executable, str(worker), shop_place], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "ready"
        # Sleep a random moment inside the write loop, then kill without warning.
        time.sleep(rng.uniform(0.0, longest))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with Workspace.open(shop_place) as w:
            assert w.integrity_ok()
            c = w.conn
            rounds = c.execute("SELECT COUNT(*) FROM imports").fetchone()[0]
            per_round: dict[str, int] = {}
            for (cid,) in c.execute("SELECT id FROM customers"):
                per_round[cid.split("-")[0]] = per_round.get(cid.split("-")[0], 0) + 1
            assert len(per_round) == rounds and all(n == 50 for n in per_round.values())
            assert w.counts()["orders"] == 50 * rounds
            labels = {r[0] for r in c.execute("SELECT label FROM period_counts")}
            count = c.execute("SELECT COUNT(*) FROM period_counts").fetchone()[0]
            assert count in (0, 5) and len(labels) <= 1
    assert rounds > kills // 10, "the kills should land at many different moments"


def test_another_programs_sqlite_file_is_refused_and_left_alone(tmp_path):
    places = tmp_path / "places.sqlite"
    conn = sqlite3.connect(places)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()
    before = places.read_bytes()
    assert not is_workspace(places)
    with pytest.raises(StoreError) as info:
        Workspace.open(places)
    assert "not a Klantbehoud workspace" in info.value.problem.render()
    assert places.read_bytes() == before


def test_shops_carry_the_application_id_and_older_shops_get_it(tmp_path):
    from core.store.shopfile import APPLICATION_ID

    path = tmp_path / "w.klantbehoud"
    Workspace.create(path).close()
    assert int.from_bytes(path.read_bytes()[68:72], "big") == APPLICATION_ID
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 0")  # as a shop written before the id existed
    conn.commit()
    conn.close()
    assert is_workspace(path)  # recognised by its own tables
    Workspace.open(path).close()
    assert int.from_bytes(path.read_bytes()[68:72], "big") == APPLICATION_ID


def test_answers_imported_by_e_mail_before_the_list_follow_the_customer_and_go_with_them(ws, tmp_path):
    answers = _csv(tmp_path, "enquete.csv", "Datum;E-mail;Score\n01-03-2025;Anna@Voorbeeld.nl;9\n"
                                            "02-03-2025;bram@voorbeeld.nl;4\n")
    ws.apply_import(import_file(answers))
    customers = _csv(tmp_path, "klanten.csv", "Klantnummer;Naam;E-mail\n1;Anna;anna@voorbeeld.nl\n"
                                              "2;Bram;bram@voorbeeld.nl\n")
    ws.apply_import(import_file(customers))
    # The answers now carry the customer numbers.
    assert sorted((a.customer_id, a.score) for a in ws.dataset().surveys) == [("1", 9), ("2", 4)]
    assert [a["score"] for a in ws.export_customer("1")["survey_answers"]] == [9]
    gone = ws.delete_customer("1")
    assert gone["customers"] == 1 and gone["surveys"] == 1
    assert [a.customer_id for a in ws.dataset().surveys] == ["2"]


def test_delete_everywhere_also_finds_records_left_under_an_e_mail_address(ws, tmp_path):
    """A shop imported by an older version: answers stored under the address, never linked."""
    ws.apply_import(import_file(_csv(tmp_path, "klanten.csv", "Klantnummer;Naam;E-mail\n1;Anna;anna@voorbeeld.nl\n")))
    with ws.transaction() as c:
        c.execute("INSERT INTO surveys (day, score, customer_id, source) VALUES ('2025-03-01', 9, "
                  "'ANNA@voorbeeld.nl', '')")
    assert len(ws.export_customer("1")["survey_answers"]) == 1
    ws.delete_customer("1")
    assert ws.dataset().surveys == []


@pytest.mark.slow
def test_killed_during_a_long_import_the_shop_has_all_of_it_or_none(shop_place):
    """Kills land from the first 100 ms of an import that takes 1.5 s or more (600,000 orders), never after it
    ended; on a server the killed client's transaction is rolled back by the server."""
    import random
    import time

    rng = random.Random(11)
    worker = ROOT / "tests" / "helpers" / "big_import_worker.py"
    delays = [rng.uniform(0.0, 0.1) for _ in range(4)] + [rng.uniform(0.1, 1.0) for _ in range(6)]
    Workspace.create(shop_place).close()
    for delay in delays:
        proc = subprocess.Popen([sys.executable, str(worker), shop_place, "60000", "10"], stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.stdout.read() == "", "the import ended before the kill: this round proved nothing"
        with Workspace.open(shop_place) as w:
            assert w.integrity_ok()
            counts = [w.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("imports", "customers",
                                                                                          "order_blocks")]
            assert counts == [0, 0, 0]  # the half-done import left nothing behind


def test_a_person_is_removed_from_daily_and_safety_copies(tmp_path):
    from core.store.backups import every_copy, remove_person

    shop = tmp_path / "winkel.klantbehoud"
    with Workspace.create(shop, "Winkel") as w:
        w.apply_import(import_file(_csv(tmp_path, "k.csv", "Klantnummer;Naam\n1;Anna\n2;Bram\n")))
        folder = backup_folder(shop)
        daily_backup(w.conn, shop, folder)
        w.save_as(tmp_path / "winkel.before-restore-20260101-120000.klantbehoud")
        w.delete_customer("1")
    copies = every_copy(shop, folder)
    assert len(copies) == 2
    held, failed = remove_person(copies, "1")
    assert (held, failed) == (2, [])
    for copy in copies:
        with Workspace.open(copy, read_only=True) as b:
            assert [c.id for c in b.dataset().customers] == ["2"]


def test_customers_keep_the_order_of_the_file_on_both_back_ends(ws, tmp_path):
    """The customers page shows a shop's customers in the order they came, on a file and on a server alike."""
    import random

    ids = [f"K{n:04d}" for n in range(1, 301)]
    random.Random(3).shuffle(ids)
    first = _csv(tmp_path, "a.csv", "Klantnummer;Naam\n" + "".join(f"{i};Klant {i}\n" for i in ids[:200]))
    second = _csv(tmp_path, "b.csv", "Klantnummer;Naam\n" + "".join(f"{i};Klant {i}\n" for i in ids[150:]))
    ws.apply_import(import_file(first))
    assert ws.apply_import(import_file(second)).customers_added == 100
    assert [c.id for c in ws.dataset().customers] == ids


def test_customers_known_by_id_alone_and_in_full_read_back_in_their_order(ws, tmp_path):
    """Customers an order export brings (an id, nothing more) are read from their ids, the others whole: both in the
    order they came, with every field as stored, on a file and on a server alike."""
    orders = _csv(tmp_path, "orders.csv", "Ordernummer;Klantnummer;Datum;Bedrag\n"
                  + "".join(f"O{n};K{n};0{n}-03-2024;1{n},50\n" for n in range(1, 7)))
    people = _csv(tmp_path, "people.csv", "Klantnummer;Naam;Klant sinds;Nieuwsbrief\n"
                  "K5;;;nee\nK2;Bram;;\nK7;Anna;01-02-2024;ja\n")
    ws.apply_import(import_file(orders))
    assert [(c.id, c.name, c.since, c.consent) for c in ws.dataset().customers] == [
        (f"K{n}", "", None, None) for n in range(1, 7)]
    ws.apply_import(import_file(people))
    customers = ws.dataset().customers
    assert [(c.id, c.name, c.since, c.consent) for c in customers] == [
        ("K1", "", None, None), ("K2", "Bram", None, None), ("K3", "", None, None), ("K4", "", None, None),
        ("K5", "", None, False), ("K6", "", None, None), ("K7", "Anna", date(2024, 2, 1), True)]
    assert customers[0] == Customer("K1")


@pytest.mark.parametrize("most_runs", [64, 2])
def test_new_customers_with_only_an_id_and_with_more_land_in_file_order(ws, tmp_path, monkeypatch, most_runs):
    """Customers known by their number alone go in by their id, fuller ones with every field, run by run (or all
    together when the runs are many): either way in the file's order, every field as the file gave it."""
    from core.store import merge

    monkeypatch.setattr(merge, "_MOST_RUNS", most_runs)
    names = {2: "Bram", 5: "Eva", 6: "Fien", 9: "Ida"}
    people = _csv(tmp_path, "k.csv", "Klantnummer;Naam\n" + "".join(f"K{n};{names.get(n, '')}\n" for n in range(1, 11)))
    assert ws.apply_import(import_file(people)).customers_added == 10
    assert [(c.id, c.name) for c in ws.dataset().customers] == [(f"K{n}", names.get(n, "")) for n in range(1, 11)]
    assert ws.dataset().customers[0] == Customer("K1")
