"""What customers and owners type never breaks an export: math signs in the PDF, sheet names, control
characters in .xlsx, line breaks in the agenda file."""

from datetime import date, timedelta

import openpyxl
from icalendar import Calendar
from pypdf import PdfReader

from core.calendar.export import export_action, to_ics
from core.calendar.plan import Action
from core.calendar.rules import Rule
from core.metrics.summary import summarize_dataset
from core.model import Customer, Dataset, Order
from core.report.excel import write_workbook
from core.report.pages import ReportOptions, build_pages, write_pdf

NAMES = ["$5 korting$ Jansen", "Bel\x07 de Vries", "Ann\x00a [VIP]: Smit?", "O'Brien \\ / *"]


def _shop() -> Dataset:
    customers = [Customer(f"K{i}", name=n) for i, n in enumerate(NAMES)]
    orders = [Order(f"K{i}", date(2025, 1, 1) + timedelta(days=30 * k + i), 25.0 + k * 10)
              for i in range(len(NAMES)) for k in range(12)]
    return Dataset(customers=customers, orders=orders)


def test_pdf_and_workbook_take_names_with_math_signs_and_control_characters(tmp_path):
    data = _shop()
    s = summarize_dataset(data, 90)
    pdf = tmp_path / "r.pdf"
    assert write_pdf(build_pages(s, data, ReportOptions(), None, "Bakkerij $ & Zn\x07"), pdf) >= 1
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "$5 korting$ Jansen" in text
    xlsx = tmp_path / "r.xlsx"
    write_workbook(s, data, xlsx)
    cells = [c.value for sheet in openpyxl.load_workbook(xlsx) for row in sheet.iter_rows() for c in row
             if isinstance(c.value, str)]
    assert not any(ch in v for v in cells for ch in "\x00\x07")
    assert {"$5 korting$ Jansen", "Bel de Vries", "Anna [VIP]: Smit?", "O'Brien \\ / *"} & set(cells)


def test_mail_merge_sheet_named_after_a_rule_with_signs_excel_refuses(tmp_path):
    rule = Rule("r1", "thank_you", title="Bedankt: /nieuw? [2025]*")
    action = Action(rule, date(2025, 3, 1), ["K0", "K1", "K2"])
    path = tmp_path / "lijst.xlsx"
    assert export_action(action, _shop(), path) == 3
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Bedankt- -nieuw- -2025--"]
    cells = [c.value for row in book.active.iter_rows() for c in row]
    assert "Bel de Vries" in cells


def test_line_breaks_in_shop_name_and_rule_title_never_break_the_agenda_file():
    rule = Rule("r1", "thank_you", title="Bedankt\r\nmail\rnu")
    ics = to_ics([Action(rule, date(2025, 3, 1), ["K0"])], "Bakkerij\nDe Boon\r")
    assert b"\r" not in ics.replace(b"\r\n", b"")  # only the standard CRLF line ends
    cal = Calendar.from_ical(ics)
    assert str(cal["x-wr-calname"]) == "Klantbehoud – Bakkerij De Boon"
    event = next(iter(cal.walk("VEVENT")))
    assert str(event["summary"]).startswith("Bedankt mail nu:")


def test_report_lists_show_how_to_reach_people_in_euros_and_send_long_lists_to_excel(tmp_path):
    from datetime import date

    from pypdf import PdfReader

    from core.metrics.summary import summarize_dataset
    from core.model import Customer, Dataset, Order
    from core.numbers import money
    from core.report.pages import ReportOptions, build_pages, write_pdf

    assert money(12402.62, ",") == "€ 12.402,62" and money(12402.62) == "€ 12,402.62" and money(None) == "–"
    people = [Customer(f"K{i}", name=f"Klant {i}", email=f"k{i}@x.nl", phone="" if i % 2 else "+31 6 1234")
              for i in range(400)]
    orders = [Order(f"K{i}", date(2025, 1 + i % 12, 1 + i % 27), 1000.0 + i) for i in range(400)]
    data = Dataset(customers=people, orders=orders)
    s = summarize_dataset(data, 365)
    pdf = tmp_path / "r.pdf"
    pages = build_pages(s, data, ReportOptions(decimal=","), shop="Winkel")
    write_pdf(pages, pdf)
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "€ 1.399,00" in text and "k399@x.nl" in text
    assert f"and {s.pareto.top_count - 68} more: the whole list is in the Excel file" in text
    anonymous = "".join(p.extract_text() for p in PdfReader(write_pdf(
        build_pages(s, data, ReportOptions(names=False)), tmp_path / "a.pdf") and tmp_path / "a.pdf").pages)
    assert "@x.nl" not in anonymous and "Klant 399" not in anonymous
