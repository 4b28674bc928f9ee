"""The metrics command line: human text, JSON with the agreed keys, and refused files (exit 2, no traceback)."""

import io
import json
import subprocess
import sys
from pathlib import Path

from core.cli import run_metrics
from core.store import Workspace

ROOT = Path(__file__).resolve().parents[2]
DEMO = [str(ROOT / "resources" / "demo" / n) for n in ("klanten.csv", "bestellingen.csv", "enquete.csv")]


def _run(args):
    out, err = io.StringIO(), io.StringIO()
    code = run_metrics(args, out, err)
    return code, out.getvalue(), err.getvalue()


def test_json_has_the_agreed_keys():
    code, out, _ = _run([*DEMO, "--json"])
    assert code == 0
    data = json.loads(out)
    for key in ("customers", "crr", "churn", "repeat_purchase_rate_percent", "nps", "referral_rate_percent",
                "pareto", "problems"):
        assert key in data
    assert set(data["crr"]) >= {"S", "E", "N", "retained", "percent"}
    assert set(data["churn"]) >= {"monthly", "six_month_average_percent"}
    assert set(data["churn"]["monthly"][0]) == {"month", "start", "lost", "percent"}
    assert set(data["nps"]) >= {"score", "promoters", "passives", "detractors", "responses", "margin_of_error"}
    assert "top20_revenue_share_percent" in data["pareto"]
    crr = data["crr"]
    assert crr["percent"] == round((crr["E"] - crr["N"]) / crr["S"] * 100, 4)
    # Without --from/--to the period is the last full 12 months of the data (which ends 2026-10-31).
    assert data["period"] == {"from": "2025-11-01", "to": "2026-10-31"}


def test_period_and_window_options(tmp_path):
    f = tmp_path / "klanten.csv"
    f.write_text("Klantnummer;Klant sinds;Opgezegd op\n1;01-01-2023;\n2;01-01-2023;15-03-2024\n3;01-02-2024;\n"
                 "4;01-06-2022;01-01-2023\n5;01-01-2023;\n6;01-01-2023;\n7;01-01-2023;\n8;01-01-2023;\n"
                 "9;01-01-2023;\n10;01-01-2023;01-12-2024\n", encoding="utf-8")
    code, out, _ = _run([str(f), "--from", "2024-01-01", "--to", "2024-12-31", "--json"])
    data = json.loads(out)
    # 8 at the start (1, 2, 5..10), 7 at the end (2 and 10 left, 3 is new): (7 - 1) / 8 = 75 %
    assert (data["crr"]["S"], data["crr"]["E"], data["crr"]["N"], data["crr"]["retained"]) == (8, 7, 1, 6)
    assert data["crr"]["percent"] == 75.0
    assert data["nps"] is None


def test_human_readable_output_names_the_figures():
    code, out, _ = _run(DEMO)
    assert code == 0
    assert "Retention rate (CRR)" in out and "6-month average" in out and "NPS:" in out


def test_refused_file_says_why_with_exit_2(tmp_path):
    bad = tmp_path / "klanten.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\0" * 600)
    code, out, err = _run([str(bad)])
    assert code == 2 and out == ""
    assert "password" in err and "klanten.xlsx" in err


def test_missing_file_through_main_py_has_no_traceback(tmp_path):
    env_free = subprocess.run([sys.executable, str(ROOT / "main.py"), "metrics", str(tmp_path / "weg.csv")],
                              capture_output=True, text=True, cwd=ROOT,
                              env={"KLANTBEHOUD_LANG": "nl", "KLANTBEHOUD_CONFIG_DIR": str(tmp_path / "c"),
                                   "KLANTBEHOUD_DATA_DIR": str(tmp_path / "d"), "PATH": "/usr/bin:/bin",
                                   "QT_QPA_PLATFORM": "offscreen"})
    assert env_free.returncode == 2
    assert "Traceback" not in env_free.stderr
    assert "bestaat niet" in env_free.stderr  # Dutch, the default language


def test_a_workspace_and_a_file_together_merge_their_customers(tmp_path):
    from core.importing.pipeline import import_file
    from core.store import Workspace

    shop = tmp_path / "winkel.klantbehoud"
    customers = tmp_path / "klanten.csv"
    customers.write_text("Klantnummer;Naam;Klant sinds\n1;Anna;01-01-2023\n2;Bram;01-02-2023\n", encoding="utf-8")
    with Workspace.create(shop, "Winkel") as ws:
        ws.apply_import(import_file(customers))
    orders = tmp_path / "orders.csv"
    orders.write_text("Ordernummer;Klantnummer;Orderdatum;Bedrag\nA1;1;05-03-2024;10,00\nA2;3;06-03-2024;5,00\n",
                      encoding="utf-8")
    code, out, _ = _run([str(shop), str(orders), "--from", "2024-01-01", "--to", "2024-12-31", "--json"])
    assert code == 0
    # Customer 1 is in both and counted once; customer 3 only has an order.
    assert json.loads(out)["customers"] == 3


def test_a_workbook_that_would_crash_the_reader_gives_a_sentence(tmp_path):
    """A dimension that lies small hides a value in XFD1048576 (calamine would abort the process): the cell
    references are measured before reading, so the owner is told which cell, and nothing is allocated."""
    from tests.helpers.sheets import far_cell_book

    code, out, err = _run([str(far_cell_book(tmp_path, "klanten.xlsx", "A1:B2"))])
    assert code == 2 and "klanten.xlsx" in err and "XFD1048576" in err and "Traceback" not in err


def test_files_into_a_missing_folder_get_a_sentence_and_exit_2(tmp_path):
    from core.calendar.cli import run as run_calendar
    from core.cli import run_import
    from core.predict.cli import run as run_customers
    from core.report.cli import run as run_report

    missing = tmp_path / "nope"
    cases = [
        (run_report, [*DEMO, "--pdf", str(missing / "r.pdf")]),
        (run_report, [*DEMO, "--pdf", str(tmp_path / "r.pdf"), "--xlsx", str(missing / "r.xlsx")]),
        (run_calendar, [*DEMO[:2], "--ics", str(missing / "plan.ics")]),
        (run_import, [DEMO[0], "--workspace", str(missing / "winkel.klantbehoud")]),
        (run_customers, [*DEMO[:2], "--csv", str(missing / "klanten.csv")]),
    ]
    for run, args in cases:
        out, err = io.StringIO(), io.StringIO()
        assert run(args, out, err) == 2, args
        assert "the folder" in err.getvalue() and "nope" in err.getvalue() and "does not exist" in err.getvalue()
    assert not missing.exists() and not (tmp_path / "r.pdf").exists()  # refused before any work


def test_main_help_prints_the_verbs_without_opening_a_window():
    run = subprocess.run([sys.executable, "main.py", "--help"], cwd=ROOT, capture_output=True, text=True,
                         timeout=60, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert run.returncode == 0
    assert "main.py metrics" in run.stdout and "main.py customers" in run.stdout


def test_a_shop_made_on_the_command_line_is_named_after_its_file(tmp_path):
    from pypdf import PdfReader

    from core.cli import run_import
    from core.report.cli import run as run_report

    shop = tmp_path / "Bakkerij Jansen.klantbehoud"
    for f in DEMO[:2]:
        assert run_import([f, "--workspace", str(shop)], io.StringIO(), io.StringIO()) == 0
    pdf = tmp_path / "r.pdf"
    assert run_report([str(shop), "--pdf", str(pdf)], io.StringIO(), io.StringIO()) == 0
    first = PdfReader(pdf).pages[0].extract_text()
    assert "Klantbehoud · Bakkerij Jansen" in first


def test_a_window_under_one_day_is_refused_by_metrics_and_customers():
    from core.predict.cli import run as run_customers

    for run, args in ((run_metrics, [*DEMO, "--inactive-after", "0"]),
                      (run_customers, [*DEMO[:2], "--inactive-after", "0", "--csv", "-"])):
        out, err = io.StringIO(), io.StringIO()
        assert run(args, out, err) == 2
        assert err.getvalue().strip() == "--inactive-after must be at least 1 day." and out.getvalue() == ""


def test_verbs_that_read_a_shop_do_not_load_the_spreadsheet_readers(tmp_path):
    """metrics, customers and calendar on a shop read the shop only: no reader, no child-process pool."""
    from core.cli import run_import

    shop = tmp_path / "winkel.klantbehoud"
    for f in DEMO[:2]:
        assert run_import([f, "--workspace", str(shop)], io.StringIO(), io.StringIO()) == 0
    code = ("import io, sys\n"
            "from core.cli import run_metrics\n"
            "from core.calendar.cli import run as run_calendar\n"
            "from core.predict.cli import run as run_customers\n"
            f"shop = {str(shop)!r}\n"
            "assert run_metrics([shop, '--json'], io.StringIO(), io.StringIO()) == 0\n"
            f"assert run_customers([shop, '--csv', {str(tmp_path / 'k.csv')!r}], io.StringIO(), io.StringIO()) == 0\n"
            f"assert run_calendar([shop, '--ics', {str(tmp_path / 'p.ics')!r}], io.StringIO(), io.StringIO()) == 0\n"
            "print(sorted(m for m in sys.modules if m.startswith('core.importing.')))\n")
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    loaded = set(eval(run.stdout.strip().splitlines()[-1]))  # noqa: S307 - our own printed list
    assert not loaded & {"core.importing.pipeline", "core.importing.guarded", "core.importing.workbook",
                         "core.importing.csvfile", "core.importing.orders"}, loaded


def test_a_big_input_loads_the_fits_scipy_while_it_is_read(tmp_path):
    import sys

    from core.cli import _bytes_in
    from core.predict.special import load_meanwhile

    big = tmp_path / "orders.csv"
    big.write_bytes(b"x" * 1000)
    shop = Workspace.create(tmp_path / "winkel.klantbehoud", "Winkel")
    shop.close()
    assert _bytes_in([str(big), str(tmp_path / "missing.csv"), "postgresql://server/shop"]) == 1000
    assert _bytes_in([str(tmp_path / "winkel.klantbehoud")]) == 0  # a shop is read quickly; its fits mostly kept
    thread = load_meanwhile()
    thread.join(timeout=60)
    assert not thread.is_alive() and "scipy.optimize" in sys.modules and "scipy.special" in sys.modules
