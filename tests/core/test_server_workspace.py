"""What only a shop on a server has: several PCs at once, PostgreSQL's own read-only roles, a server that is
unreachable or cuts the connection, and moving a shop from a file to a server and back. A real PostgreSQL server
(started by the suite) every time."""

import json
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import psycopg
import pytest

from core.importing.pipeline import import_file
from core.store import StoreError, Workspace
from core.store.pgdb import ServerAddress, is_server_address
from tests.helpers.shop_tables import shop_content

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"


def test_two_pcs_importing_at_once_both_land_and_nothing_is_doubled(pg_url, tmp_path):
    """2 processes x 50 imports into one shop at the same moment; each import shares a customer and an order
    with the other PC's import of the same number."""
    Workspace.create(pg_url, "Keten").close()
    go = tmp_path / "go"
    worker = ROOT / "tests" / "helpers" / "concurrent_importer.py"
    procs = [subprocess.Popen([sys.executable, str(worker), pg_url, name, "50", str(go)], stdout=subprocess.PIPE,
                              text=True) for name in ("A", "B")]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    go.touch()
    outs = [json.loads(p.communicate(timeout=300)[0].strip().splitlines()[-1]) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    with Workspace.open(pg_url) as ws:
        assert ws.counts() == {"customers": 150, "orders": 150, "surveys": 0}  # 50 shared + 2 x 50 own, each
        assert len(ws.imports()) == 100
        ids = [c.id for c in ws.dataset().customers]
        assert len(ids) == len(set(ids)) == 150
    # What each PC was told it added sums to what is there: every shared row was added by exactly one of them.
    assert sum(o["customers"] for o in outs) == 150 and sum(o["orders"] for o in outs) == 150


def test_a_mark_made_on_one_pc_shows_on_the_other(pg_url):
    with Workspace.create(pg_url, "Keten") as counter, Workspace.open(pg_url) as office:
        seen = office.revision()
        counter.mark_action("thanks:2025-01-06", "K1", "done")
        assert office.revision() != seen  # what the window polls to read the shop again
        assert office.action_marks() == {("thanks:2025-01-06", "K1"): ("done", None)}
        office.mark_action("winback:2025-02-01", "", "snoozed", date(2025, 2, 8))
        assert counter.action_marks()[("winback:2025-02-01", "")] == ("snoozed", date(2025, 2, 8))


def test_a_read_only_role_reads_the_shop_and_changes_nothing(pg_url, shop_user):
    with Workspace.create(pg_url, "Keten") as ws:
        ws.apply_import(import_file(DEMO / "klanten.csv"))
        customers = ws.counts()["customers"]
    reader_url = shop_user("lezer", "SELECT")  # the server's own roles: a user that may only read
    with Workspace.open(reader_url) as ws:
        assert ws.read_only and ws.counts()["customers"] == customers
        with pytest.raises(StoreError) as info:
            ws.set_setting("inactive_after_days", 30)
        assert "read-only" in info.value.problem.render()
        assert ws.pending_undo() is None


def test_an_unreachable_server_is_said_in_one_sentence(pg_server):
    url = f"postgresql://postgres@127.0.0.1:{pg_server.port + 1}/winkel"  # nothing listens there
    with pytest.raises(StoreError) as info:
        Workspace.open(url)
    text = info.value.problem.render()
    assert text == (f"The server 127.0.0.1:{pg_server.port + 1} cannot be reached right now; nothing was changed, "
                    "and what you see stays until it answers again.")


def test_a_missing_database_and_a_foreign_one_are_named(pg_server, postgresql, pg_url):
    with pytest.raises(StoreError) as info:
        Workspace.open(pg_server.server.url("bestaat_niet"))
    assert "There is no database bestaat_niet" in info.value.problem.render()
    with postgresql.cursor() as cur:
        cur.execute("CREATE TABLE boekhouding (id INTEGER)")
    postgresql.commit()
    with pytest.raises(StoreError) as info:
        Workspace.open(pg_url)
    assert "holds other tables than Klantbehoud's" in info.value.problem.render()
    with postgresql.cursor() as cur:
        assert cur.execute("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
                           ).fetchone()[0] == 1  # left as it was


def _cut(pg_server, dbname: str) -> None:
    """The network between this PC and the server goes: the server ends every connection to the shop."""
    with psycopg.connect(host=pg_server.host, port=pg_server.port, user="postgres", dbname="postgres",
                         autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid != "
                      "pg_backend_pid()", (dbname,))


def test_a_cut_mid_import_leaves_nothing_half_written_and_the_next_try_lands(pg_url, pg_server):
    with Workspace.create(pg_url, "Keten") as ws:
        ws.apply_import(import_file(DEMO / "klanten.csv"))
        before = shop_content(pg_url)
        orders = import_file(DEMO / "bestellingen.csv")
        cut = threading.Event()

        def progress(_fraction: float) -> None:
            if not cut.is_set():  # the first progress report comes after the customers are merged
                cut.set()
                _cut(pg_server, pg_server.dbname)

        with pytest.raises(StoreError) as info:
            ws.apply_import(orders, progress=progress)
        assert "cannot be reached" in info.value.problem.render()
        assert shop_content(pg_url) == before
        # The connection comes back by itself: the figures are read again and the import is tried again.
        assert ws.counts()["orders"] == 0
        assert ws.apply_import(orders).orders_added == len(orders.orders) > 0


def test_a_cut_between_reads_is_retried_without_the_owner_noticing(pg_url, pg_server):
    with Workspace.create(pg_url, "Keten") as ws:
        ws.apply_import(import_file(DEMO / "klanten.csv"))
        _cut(pg_server, pg_server.dbname)
        with pytest.raises(StoreError):
            ws.dataset()  # the first read after the cut finds the connection gone and says so
        assert len(ws.dataset().customers) == ws.counts()["customers"] > 0  # the next one reconnects


def test_a_shop_moves_to_a_server_and_back_losslessly(tmp_path, pg_url):
    shop = tmp_path / "winkel.klantbehoud"
    with Workspace.create(shop, "Koffiebranderij") as ws:
        for name in ("klanten.csv", "bestellingen.csv", "enquete.csv"):
            ws.apply_import(import_file(DEMO / name))
        ws.set_setting("inactive_after_days", 120)
        ws.mark_action("thanks:2025-01-06", "K0001", "done")
        ws.delete_customer(ws.dataset().customers[3].id)  # ids with a gap, as a real shop has
        ws.copy_to_server(pg_url)
        with pytest.raises(StoreError) as info:
            ws.copy_to_server(pg_url)  # a database that holds a shop is never overwritten
        assert "already holds a shop" in info.value.problem.render()
    original = shop_content(shop)
    assert shop_content(pg_url) == original
    back = tmp_path / "terug.klantbehoud"
    with Workspace.open(pg_url) as server:
        server.save_as(back)
        # New rows on the server after the copy get ids after the copied ones.
        server.add_surveys([SurveyResponseFor(9)])
    assert shop_content(back) == original
    with Workspace.open(back) as ws:
        assert ws.dataset().shop_name == "Koffiebranderij" and ws.setting("inactive_after_days") == 120


def SurveyResponseFor(score: int):  # noqa: N802 - reads as the value it makes
    from core.model import SurveyResponse

    return SurveyResponse(date(2025, 6, 1), score)


def test_a_password_is_never_part_of_the_address():
    address = ServerAddress.parse("postgresql://eigenaar:geheim@nas.local:5433/winkel")
    assert address.url == "postgresql://eigenaar@nas.local:5433/winkel" and "geheim" not in repr(address)
    assert address.keyring_name == "eigenaar@nas.local:5433/winkel"
    assert ServerAddress.password_in("postgresql://eigenaar:ge%40heim@nas.local/winkel") == "ge@heim"
    assert ServerAddress.password_in(address.url) is None
    assert is_server_address("postgres://x@y/z") and not is_server_address("/home/anna/winkel.klantbehoud")
    for bad in ("postgresql://", "postgresql://host/", "postgresql://host:notaport/db"):
        with pytest.raises(ValueError):
            ServerAddress.parse(bad)


def test_a_build_without_a_working_driver_says_so_and_files_still_open(tmp_path):
    """As a package that lost psycopg's binary part would: the server is refused in a sentence, never a traceback."""
    code = ("import sys; sys.modules['psycopg'] = None\n"
            "from core.store import StoreError, Workspace\n"
            "try:\n    Workspace.open('postgresql://eigenaar@127.0.0.1:1/winkel')\n"
            "except StoreError as exc:\n    print(exc.problem.render())\n"
            f"Workspace.create({str(tmp_path / 'w.klantbehoud')!r}).close(); print('file ok')\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    first, second = run.stdout.splitlines()
    assert first.startswith("This Klantbehoud cannot open shops on a server: its PostgreSQL driver does not load")
    assert second == "file ok"


def test_a_user_with_a_password_is_refused_without_it_and_let_in_with_it(pg_url, pg_server, shop_user):
    from core.store import LoginRefused
    from tests.helpers.pgserver import PASSWORD_USER

    Workspace.create(pg_url, "Keten").close()
    url = shop_user(PASSWORD_USER, "ALL", "geheim")
    server = f"127.0.0.1:{pg_server.port}"
    for password in (None, "fout"):
        with pytest.raises(LoginRefused) as info:
            Workspace.open(url, password=password)
        assert info.value.problem.render() == f"The server {server} did not accept user kassa with this password."
    with Workspace.open(url, password="geheim") as ws:
        assert ws.dataset().shop_name == "Keten"
    # A password written in the address is used for that connection (and never part of what is kept).
    with Workspace.open(url.replace("kassa@", "kassa:geheim@")) as ws:
        assert ws.location == url and "geheim" not in ws.location
