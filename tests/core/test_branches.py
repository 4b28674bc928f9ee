"""A chain's branches: the branch column read from an import and stored on both back ends, one branch's share of
the data, the comparison in the report (PDF page and Excel sheet, the same rounding), and the command line on a
shop on a server giving the same figures as on the shop file."""

import io
import json
from datetime import date

from openpyxl import load_workbook
from pypdf import PdfReader

from core.branches import branch_names, compare_branches, for_branch
from core.cli import run_import, run_metrics
from core.importing.pipeline import import_file
from core.metrics.summary import summarize_dataset
from core.model import Customer, Dataset, Order, SurveyResponse
from core.numbers import percent
from core.report.cli import run as run_report
from core.store import Workspace

ORDERS = ("Ordernummer;Klantnummer;Orderdatum;Bedrag;Filiaal\n"
          "1;K1;05-01-2024;10,00;Noord\n2;K1;05-02-2025;20,00;Zuid\n3;K2;06-01-2024;30,00;Noord\n"
          "4;K2;06-03-2025;35,00;Noord\n5;K3;07-01-2024;40,00;Zuid\n6;K3;07-03-2025;50,00;Zuid\n"
          "7;K4;08-04-2025;12,50;Zuid\n")
# Two years more of a chain: twelve customers a branch buying in 2022, most again each year.
HISTORY = "".join(f"{b}{100 + 3 * i + k};{b}{i};{10 + k:02d}-0{5 + k}-202{2 + k};{20 + i},00;{name}\n"
                  for b, name in (("N", "Noord"), ("Z", "Zuid")) for i in range(12) for k in range(3)
                  if k == 0 or (i + k) % 4)


def _csv(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_branch_column_is_read_and_stored_on_both_back_ends(shop_place, tmp_path):
    result = import_file(_csv(tmp_path, "orders.csv", ORDERS))
    assert result.mapping[4] == "branch"
    assert [(o.order_id, o.branch) for o in result.orders][:3] == [("1", "Noord"), ("2", "Zuid"), ("3", "Noord")]
    assert {c.id: c.branch for c in result.customers} == {"K1": "Noord", "K2": "Noord", "K3": "Zuid", "K4": "Zuid"}
    answers = _csv(tmp_path, "enquete.csv", "Datum;Klantnummer;Score;Vestiging\n01-03-2025;K1;9;Zuid\n"
                                            "02-03-2025;K2;6;\n")
    with Workspace.create(shop_place, "Keten") as ws:
        ws.apply_import(result)
        ws.apply_import(import_file(answers))
        data = ws.dataset()
        assert ws.branches() == branch_names(data) == ["Noord", "Zuid"]
    assert [o.branch for o in data.orders] == [o.branch for o in result.orders]
    assert [(a.customer_id, a.branch) for a in data.surveys] == [("K1", "Zuid"), ("K2", "")]


def test_one_branchs_share_of_the_data():
    data = Dataset(
        customers=[Customer("K1", branch="Noord"), Customer("K2"), Customer("K3", branch="Zuid")],
        orders=[Order("K1", date(2025, 1, 5), 10.0, "1", "Noord"), Order("K2", date(2025, 1, 6), 20.0, "2", "Zuid"),
                Order("K3", date(2025, 1, 7), 30.0, "3", "Zuid")],
        surveys=[SurveyResponse(date(2025, 2, 1), 9, "K1"), SurveyResponse(date(2025, 2, 1), 3, "K2", "", "Noord"),
                 SurveyResponse(date(2025, 2, 1), 7, "K3")])
    noord = for_branch(data, "Noord")
    # K1's home branch; K2 answered about Noord but bought at Zuid, so K2 is not Noord's customer.
    assert [c.id for c in noord.customers] == ["K1"] and [o.order_id for o in noord.orders] == ["1"]
    assert [(a.customer_id, a.score) for a in noord.surveys] == [("K1", 9), ("K2", 3)]
    zuid = for_branch(data, "Zuid")
    assert [c.id for c in zuid.customers] == ["K2", "K3"] and [a.score for a in zuid.surveys] == [7]
    noord = for_branch(data, "Noord")
    assert for_branch(data, "Oost").orders == [] and compare_branches(noord, summarize_dataset(noord, 365)) == []


def test_the_report_compares_the_branches_with_the_figures_of_each(tmp_path):
    shop = tmp_path / "keten.klantbehoud"
    assert run_import([str(_csv(tmp_path, "orders.csv", ORDERS + HISTORY)), "--workspace", str(shop)],
                      io.StringIO(), io.StringIO()) == 0
    with Workspace.open(shop) as ws:
        data = ws.dataset()
    whole = summarize_dataset(data, 365, predict_now=False)
    rows = compare_branches(data, whole)
    assert [r.branch for r in rows] == ["Noord", "Zuid", None] and rows[2].summary is whole
    for row in rows[:2]:
        own = summarize_dataset(for_branch(data, row.branch), 365, whole.period, predict_now=False)
        assert row.summary.crr.percent == own.crr.percent is not None
        assert row.summary.repeat.percent == own.repeat.percent
    # The last 12 full months up to the last order (8 April 2025): April 2024 – March 2025. In them Noord sold
    # order 4 (35) and the history's July 2024 orders (customers N0, N1, N3, N4, N5, N7, ...: (i + 2) % 4 != 0),
    # Zuid orders 2 and 6 and the same of its own.
    assert (whole.period.first, whole.period.last) == (date(2024, 4, 1), date(2025, 3, 31))
    later = [i for i in range(12) if (i + 2) % 4]
    assert [(r.customers, r.revenue) for r in rows] == [
        (14, 35.0 + sum(20 + i for i in later)), (15, 70.0 + sum(20 + i for i in later)),
        (28, 105.0 + 2 * sum(20 + i for i in later))]
    pdf, xlsx = tmp_path / "r.pdf", tmp_path / "r.xlsx"
    assert run_report([str(shop), "--pdf", str(pdf), "--xlsx", str(xlsx)], io.StringIO(), io.StringIO()) == 0
    page = PdfReader(pdf).pages[1].extract_text()
    assert "Branches compared" in page and "All branches" in page
    zuid = rows[1].summary
    assert f"€ {rows[1].revenue:.2f}".replace(".", ",") in page
    sheet = load_workbook(xlsx)["Branches"]
    values = [[c.value for c in r] for r in sheet.iter_rows(min_row=2)]
    assert values[1][:3] == ["Zuid", 15, rows[1].revenue] and values[1][3] == zuid.crr.percent
    assert sheet.cell(2, 4).number_format == '0.0" %"'  # shown as the PDF shows it: one decimal
    assert f"Zuid 15 € {rows[1].revenue:.2f}".replace(".", ",") + " " + percent(zuid.crr.percent, ",") in page


def test_the_command_line_takes_a_shop_on_a_server_and_gives_the_files_figures(tmp_path, pg_url):
    orders = _csv(tmp_path, "orders.csv", ORDERS)
    shop = tmp_path / "keten.klantbehoud"
    for place in (str(shop), pg_url):
        out, err = io.StringIO(), io.StringIO()
        assert run_import([str(orders), "--workspace", place], out, err) == 0, err.getvalue()
        assert "Orders: 7 new" in out.getvalue()
    figures = []
    for place in (str(shop), pg_url):
        out = io.StringIO()
        assert run_metrics([place, "--json"], out, io.StringIO()) == 0
        figures.append(json.loads(out.getvalue()))
    assert figures[0] == figures[1] and figures[0]["customers"] == 4
    err = io.StringIO()
    assert run_metrics(["postgresql://nobody@127.0.0.1:1/winkel"], io.StringIO(), err) == 2
    assert err.getvalue().strip() == ("The server 127.0.0.1:1 cannot be reached right now; nothing was changed, "
                                      "and what you see stays until it answers again.")
