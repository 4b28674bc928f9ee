"""One shop through the window, the command line (text and JSON), the PDF and the Excel file: same figures."""

import io
import json
import random
from datetime import date, timedelta

import openpyxl
from pypdf import PdfReader

from core.cli import run_metrics
from core.importing.pipeline import import_file
from core.predict.cli import run as run_customers
from core.report.cli import run as run_report
from core.store import Workspace
from ui.pages.dashboard import DashboardPage
from ui.pages.predictions import PredictionsPage
from ui.state import ShopState


def _shop(tmp_path):
    """Three years of a small shop whose customers lapse and come back (some stop for good), a survey, and a 90-day
    window."""
    rng = random.Random(12)
    lines = ["Klantnummer;Datum;Bedrag"]
    for c in range(150):
        day = date(2022, 1, 1) + timedelta(days=rng.randrange(600))
        # Every fifth customer is a weekly regular who stopped eight weeks before the end: the at-risk list.
        end = date(2024, 10, 5) if c % 5 == 0 else date(2024, 11, 30)
        gaps = [5, 7, 9, 12] if c % 5 == 0 else [20, 45, 80, 130, 200]
        while day < end:
            lines.append(f"K{c};{day:%d-%m-%Y};{rng.randrange(500, 9000) / 100:.2f}".replace(".", ","))
            day += timedelta(days=rng.choice(gaps))
    orders = tmp_path / "bestellingen.csv"
    orders.write_text("\n".join(lines) + "\n", encoding="utf-8")
    answers = tmp_path / "enquete.csv"
    answers.write_text("Datum;Score\n" + "".join(f"{date(2024, 6, 1) + timedelta(days=i):%d-%m-%Y};{(i * 7) % 11}\n"
                                                 for i in range(45)), encoding="utf-8")
    path = tmp_path / "winkel.klantbehoud"
    with Workspace.create(path, "Winkel") as ws:
        ws.apply_import(import_file(orders))
        ws.apply_import(import_file(answers))
        ws.set_setting("inactive_after_days", 90)
    return path


def test_window_cli_pdf_and_excel_show_the_same_figures(qtbot, tmp_path):
    from ui.app import make_app

    make_app([])
    from ui import i18n

    i18n.install("nl")
    path = _shop(tmp_path)
    state = ShopState()
    state.open_workspace(path)
    try:
        page = DashboardPage(state)
        qtbot.addWidget(page)
        qtbot.waitUntil(lambda: state.predictions() is not None, timeout=30000)
        page.refresh()
        app = {k: page.cards[k].value.text() for k in ("crr", "churn", "lifetime", "nps", "repeat", "risk")}
        predictions = PredictionsPage(state)
        qtbot.addWidget(predictions)
        predictions.refresh()
        month = predictions.cards["month"].value.text()
        s = state.summary()
    finally:
        state.close()
    assert s.crr.percent is not None and s.churn_six.percent is not None and s.nps.responses == 45
    assert s.inactive_after == 90

    out = io.StringIO()
    assert run_metrics([str(path), "--json"], out, io.StringIO()) == 0
    data = json.loads(out.getvalue())
    out = io.StringIO()
    assert run_metrics([str(path)], out, io.StringIO(), decimal=",") == 0
    text = out.getvalue()
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert run_report([str(path), "--pdf", str(pdf), "--xlsx", str(xlsx)], io.StringIO(), io.StringIO()) == 0
    first_page = PdfReader(pdf).pages[0].extract_text()
    shown = {row[0].value: row[2].value for row in openpyxl.load_workbook(xlsx)["Key figures"].iter_rows(min_row=2)
             if row[0].value}

    # The same period and window everywhere.
    assert data["period"] == {"from": s.period.first.isoformat(), "to": s.period.last.isoformat()}
    assert data["inactive_after_days"] == 90
    # CRR
    crr = app["crr"]
    assert crr == f"{s.crr.percent:.1f}".replace(".", ",") + " %"
    assert f"Retention rate (CRR): {crr}" in text and crr in first_page and shown["Retention rate (CRR)"] == crr
    assert round(data["crr"]["percent"], 1) == round(s.crr.percent, 1)
    # Churn, 6-month average
    churn = app["churn"]
    assert f"Churn, 6-month average: {churn} a month" in text and churn in first_page
    assert shown["Churn per month (6-month average)"] == churn
    # Lifetime in years: one rounding everywhere
    years = app["lifetime"].split()[0]
    assert f"({years} years)" in text and f"{years} years" in first_page
    assert shown["Expected customer lifetime"] == f"{years} years"
    # NPS and its interval
    assert app["nps"] == f"{s.nps.score:.0f}" and f"NPS: {app['nps']}, 95 % between" in text
    assert shown["Net Promoter Score"] == app["nps"]
    assert data["nps"]["low"] == round(s.nps.low, 4)
    # Repeat purchases
    assert app["repeat"] in text and shown["Repeat purchase rate"] == app["repeat"]
    # At risk: the card, the command line (text, JSON, the per-customer CSV), the PDF and the workbook
    assert s.predictions.method == "model" and int(app["risk"]) == len(s.at_risk) > 0
    assert f"Customers at risk: {app['risk']}" in text and data["at_risk"] == len(s.at_risk)
    assert shown["Customers at risk"] == app["risk"]
    table = tmp_path / "klanten.csv"
    assert run_customers([str(path), "--csv", str(table)], io.StringIO(), io.StringIO()) == 0
    assert sum(line.split(",")[8] == "1" for line in table.read_text(encoding="utf-8").splitlines()[1:]) == len(
        s.at_risk)
    # The forecast for the next 30 days: the page, the PDF's predictions page and the workbook
    purchases = month.split()[0]
    assert any(f"{purchases} aankopen" in page.extract_text() or f"{purchases} purchases" in page.extract_text()
               for page in PdfReader(pdf).pages)
    sheet = openpyxl.load_workbook(xlsx)["Predictions"]
    assert next(row[1].value for row in sheet.iter_rows(min_row=2) if row[0].value == "Next 30 days") == int(purchases)
