"""Whole files: CSV dialects, workbooks with titles, totals, hidden sheets, formulas, and refused files."""

import zipfile
from datetime import date

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.importing.pipeline import import_file, open_source
from core.importing.result import CHANGED, REJECTED, SKIPPED, WARNING
from core.text import InputError
from tests.helpers.sheets import patch_sheet


def _csv(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# --- CSV ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_delimiter_is_found_by_counting_whole_lines(tmp_path, delimiter):
    rows = [["Klantnummer", "Naam", "Klant sinds"], ["1", "Jan, de Vries" if delimiter != "," else "Jan", "01-02-2024"],
            ["2", "Piet", "03-02-2024"]]
    text = "\n".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in r) for r in rows)
    result = import_file(_csv(tmp_path, "k.csv", text))
    assert result.source.delimiter == delimiter
    assert [c.id for c in result.customers] == ["1", "2"]
    assert result.customers[1].since == date(2024, 2, 3)


def test_sep_line_is_honoured_and_row_numbers_follow_the_file(tmp_path):
    text = "sep=,\nKlantnummer,Klant sinds\n1,01-02-2024\n2,30-02-2024\n"
    result = import_file(_csv(tmp_path, "k.csv", text))
    assert result.source.delimiter == ","
    (problem,) = result.problems
    assert (problem.row, problem.action) == (4, CHANGED)
    assert "B (Klant sinds)" in problem.column


def test_encodings_bom_utf8_and_windows_1252(tmp_path):
    bom = import_file(_csv(tmp_path, "a.csv", "\ufeffKlantnummer;Naam\n1;Zoë\n"))
    assert bom.source.encoding == "utf-8-sig" and bom.customers[0].name == "Zoë"
    ansi = import_file(_csv(tmp_path, "b.csv", "Klantnummer;Naam;Omzet\n1;Renée;€ 12,50\n", encoding="cp1252"))
    assert ansi.source.encoding == "cp1252"
    assert ansi.customers[0].name == "Renée" and ansi.customers[0].total_spent == 12.5


def test_ragged_rows_are_reported_by_line(tmp_path):
    text = "Klantnummer;Naam;Omzet\n1;Jan;10\n2;Piet;1;2;3\n3;Klaas;5\n"
    result = import_file(_csv(tmp_path, "k.csv", text))
    assert [c.id for c in result.customers] == ["1", "3"]
    assert result.rejected == 1 and result.balanced
    assert any(p.row == 3 and p.action == REJECTED and "5 fields" in p.problem.render() for p in result.problems)


def test_dutch_order_csv_with_refunds_and_anonymous_sales(tmp_path):
    text = ("Ordernummer;Klantnummer;Orderdatum;Bedrag\n"
            "1001;K1;01-03-2024;1.234,50\n1002;K2;02-03-2024;€ 10,00\n1003;;02-03-2024;5,00\n"
            "1004;K1;05-03-2024;-34,50\n1005;K2;geen;3,00\n")
    result = import_file(_csv(tmp_path, "orders.csv", text))
    assert result.kind == "orders"
    assert [(o.customer_id, o.date, o.amount) for o in result.orders] == [
        ("K1", date(2024, 3, 1), 1234.5), ("K2", date(2024, 3, 2), 10.0), ("K1", date(2024, 3, 5), -34.5)]
    assert (result.rows_read, result.accepted, result.rejected, result.skipped) == (5, 3, 1, 1)
    assert result.refunds == 1 and result.refund_total == -34.5
    rejected = [p for p in result.problems if p.action == REJECTED]
    assert {p.row for p in rejected} == {6}


def test_order_lines_are_grouped_into_orders(tmp_path):
    # Shopify: one row per line item, the order's own fields only on its first row.
    text = ("Name,Email,Financial Status,Paid at,Created at,Total,Lineitem quantity,Lineitem name\n"
            "#1001,a@x.nl,paid,2021-04-08 17:24:41 +0200,2021-04-08 17:24:41 +0200,30.00,1,Koffie\n"
            "#1001,a@x.nl,,,,,2,Thee\n"
            "#1002,B@x.nl,paid,2021-04-09 10:00:00 +0200,2021-04-09 10:00:00 +0200,12.50,1,Koffie\n")
    result = import_file(_csv(tmp_path, "orders_export.csv", text))
    assert result.layout == "Shopify orders" and result.kind == "orders"
    assert [(o.customer_id, o.date, o.amount) for o in result.orders] == [
        ("a@x.nl", date(2021, 4, 8), 30.0), ("b@x.nl", date(2021, 4, 9), 12.5)]
    assert result.accepted == 3


# --- Known layouts ----------------------------------------------------------------------------------
def test_shopify_customers(tmp_path):
    text = ("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Total Spent,"
            "Total Orders,Note\n'5412,Anna,de Vries,anna@x.nl,yes,,120.50,3,\n'5413,Bram,Smit,bram@x.nl,no,,0.00,0,\n")
    result = import_file(_csv(tmp_path, "customers_export.csv", text))
    assert result.layout == "Shopify customers"
    a, b = result.customers
    assert (a.id, a.name, a.email, a.consent, a.total_spent, a.orders_count) == (
        "5412", "Anna de Vries", "anna@x.nl", True, 120.5, 3)
    assert b.consent is False


def test_woocommerce_customers_with_bom(tmp_path):
    text = ("\ufeffName,Username,Last Active,Sign Up,Email,Orders,Total Spend,AOV,Country / Region\n"
            "Anna Jansen,anna,2024-05-01,2023-01-15,anna@x.nl,4,\"€1,234.00\",\"€308.50\",NL\n")
    result = import_file(_csv(tmp_path, "wc.csv", text))
    assert result.layout == "WooCommerce customers"
    c = result.customers[0]
    assert (c.id, c.since, c.orders_count, c.total_spent) == ("anna", date(2023, 1, 15), 4, 1234.0)


def test_mailchimp_audience_and_stripe(tmp_path):
    mc = import_file(_csv(tmp_path, "mc.csv", '"Email Address","First Name","Last Name","MEMBER_RATING","OPTIN_TIME"\n'
                                               '"a@x.nl","Anna","Bos","2","2024-02-01 10:00:00"\n'))
    assert mc.layout == "Mailchimp audience" and mc.customers[0].since == date(2024, 2, 1)
    st = import_file(_csv(tmp_path, "st.csv", "id,Description,Email,Name,Created (UTC),Total Spend,Payment Count\n"
                                              "cus_1,VIP,a@x.nl,Anna,2024-03-01 09:00,99.50,2\n"))
    c = st.customers[0]
    assert st.layout == "Stripe customers" and (c.id, c.since, c.total_spent, c.orders_count) == (
        "cus_1", date(2024, 3, 1), 99.5, 2)


@pytest.mark.parametrize(("name", "consent"), [("subscribed_members_export_4f2a.csv", True),
                                               ("unsubscribed_members_export_4f2a.csv", False),
                                               ("cleaned_members_export_4f2a.csv", False),
                                               ("audience.csv", None)])
def test_mailchimp_export_name_says_who_may_get_marketing_mail(tmp_path, name, consent):
    text = ('"Email Address","First Name","Last Name","OPTIN_TIME"\n"a@x.nl","Anna","Bos","2024-02-01 10:00:00"\n'
            '"b@x.nl","Bram","Smit","2024-03-01 10:00:00"\n')
    result = import_file(_csv(tmp_path, name, text))
    assert [c.consent for c in result.customers] == [consent, consent]
    notes = [p.problem.render() for p in result.problems if p.action == WARNING]
    assert len(notes) == (0 if consent is None else 1)


def test_google_forms_dutch_survey(tmp_path):
    text = ("Tijdstempel,Hoe waarschijnlijk is het dat je ons aanbeveelt?,Hoe heb je ons gevonden?\n"
            "12-03-2024 10:01:02,9,Via een vriendin\n13-03-2024 11:00:00,7.5,Google\n14-03-2024 12:00:00,11,\n"
            "15-03-2024 09:00:00,3,\n")
    result = import_file(_csv(tmp_path, "form.csv", text))
    assert result.kind == "survey" and result.layout == "Google Forms (Dutch)"
    assert [(s.date, s.score) for s in result.surveys] == [(date(2024, 3, 12), 9), (date(2024, 3, 15), 3)]
    assert result.rejected == 2 and result.balanced
    texts = [p.problem.render() for p in result.problems if p.action == REJECTED]
    assert any("7.5" in t and "whole" in t for t in texts) and any("11" in t and "outside" in t for t in texts)


def test_surveymonkey_two_header_rows(tmp_path):
    text = ("Respondent ID,Collector ID,Start Date,End Date,IP Address,How likely is it that you would recommend us?\n"
            ",,,,,Response\n"
            "1,9,03/14/2024 10:00:00 AM,03/14/2024 10:02:00 AM,1.2.3.4,10\n"
            "2,9,03/15/2024 10:00:00 AM,03/15/2024 10:05:00 AM,1.2.3.5,6\n")
    result = import_file(_csv(tmp_path, "sm.csv", text))
    assert result.layout == "SurveyMonkey" and result.kind == "survey"
    assert [(s.date, s.score) for s in result.surveys] == [(date(2024, 3, 14), 10), (date(2024, 3, 15), 6)]


def test_duplicate_customers_merged_when_identical_reported_when_not(tmp_path):
    text = "Klantnummer;Naam;E-mail\n1;Jan;jan@x.nl\n1;Jan;\n2;Piet;p@x.nl\n2;Pieter;p@x.nl\n"
    result = import_file(_csv(tmp_path, "k.csv", text))
    assert [c.id for c in result.customers] == ["1", "2"]
    assert (result.accepted, result.skipped, result.rejected) == (2, 1, 1)
    conflict = next(p for p in result.problems if p.action == REJECTED)
    assert conflict.row == 5 and "row 4" in conflict.problem.render() and "name" in conflict.problem.render()


def test_mangled_ids_are_flagged(tmp_path):
    result = import_file(_csv(tmp_path, "k.csv", "Klantnummer;Naam\n7.02255E+12;Jan\n0123;Piet\n"))
    assert [c.id for c in result.customers] == ["0123"]
    assert result.rejected == 1 and "rounded" in result.problems[0].problem.render()


# --- Workbooks --------------------------------------------------------------------------------------
def _book(path, build):
    wb = openpyxl.Workbook()
    build(wb)
    wb.save(path)
    return path


def test_workbook_with_title_merged_header_blank_rows_total_and_note(tmp_path):
    def build(wb):
        ws = wb.active
        ws.title = "Klanten"
        ws.append(["Klantenbestand Bloemenwinkel Roos"])
        ws.merge_cells("A1:D1")
        ws.append([])
        ws.append(["Klantnummer", "Naam", "Klant sinds", "Omzet"])
        ws.append(["001", "Anna", date(2023, 5, 1), 120.5])
        ws.append([])
        ws.append([2, "Bram", "15-06-2023", "80,25"])
        ws.append(["Totaal", None, None, "=SUM(D4:D6)"])
        ws.append(["* Omzet is inclusief btw en exclusief verzendkosten"])
        hidden = wb.create_sheet("Oud")
        hidden.sheet_state = "hidden"
        hidden.append(["Klantnummer"])

    result = import_file(_book(tmp_path / "klanten.xlsx", build))
    assert result.source.header_row == 3 and result.source.sheet == "Klanten"
    assert result.source.hidden_sheets == ["Oud"]
    assert [(c.id, c.name, c.since, c.total_spent) for c in result.customers] == [
        ("001", "Anna", date(2023, 5, 1), 120.5), ("2", "Bram", date(2023, 6, 15), 80.25)]
    assert (result.rows_read, result.accepted, result.skipped) == (4, 2, 2)
    assert {p.row for p in result.problems if p.action == SKIPPED} == {7, 8}
    # The total's formula was never calculated (openpyxl does not calculate): reported, not read as 0.
    assert any(p.action == WARNING and "column D" in p.problem.render().replace("Column", "column")
               for p in result.problems)


def test_active_sheet_is_default_and_another_can_be_chosen(tmp_path):
    def build(wb):
        wb.active.title = "Eerste"
        wb.active.append(["Klantnummer", "Naam"])
        wb.active.append(["A", "Anna"])
        second = wb.create_sheet("Tweede")
        second.append(["Klantnummer", "Naam"])
        second.append(["B", "Bram"])
        wb.active = 1

    path = _book(tmp_path / "k.xlsx", build)
    assert import_file(path).customers[0].id == "B"
    assert import_file(path, sheet="Eerste").customers[0].id == "A"
    with pytest.raises(InputError):
        import_file(path, sheet="Derde")


def test_formula_without_value_and_error_cells_are_reported(tmp_path):
    def build(wb):
        ws = wb.active
        ws.append(["Klantnummer", "Omzet", "Aantal bestellingen"])
        ws.append([1, "=10*2", "#N/A"])
        ws.append([2, 5, 3])

    result = import_file(_book(tmp_path / "k.xlsx", build))
    warnings = [p.problem.render() for p in result.problems if p.action == WARNING]
    assert any("Column B" in w and "rows 2" in w and "not read as 0" in w for w in warnings)
    assert any("Column C" in w and "#N/A" in w for w in warnings)
    assert result.customers[0].total_spent is None and result.customers[1].total_spent == 5.0


def test_1904_date_system(tmp_path):
    def build(wb):
        wb.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
        ws = wb.active
        ws.append(["Klantnummer", "Klant sinds"])
        ws.append([1, date(2024, 1, 5)])

    assert import_file(_book(tmp_path / "mac.xlsx", build)).customers[0].since == date(2024, 1, 5)


def test_declared_million_rows_with_three_rows_reads_fast(tmp_path):
    path = _book(tmp_path / "big.xlsx", lambda wb: [wb.active.append(r) for r in
                                                     (["Klantnummer", "Naam"], [1, "a"], [2, "b"], [3, "c"])])
    patched = patch_sheet(path, tmp_path / "lying.xlsx",
                          lambda xml: xml.replace(b'<dimension ref="A1:B4"', b'<dimension ref="A1:XFD1048576"'))
    result = import_file(patched)
    # Nothing is sized from the declared dimension (the speed is measured in bench/import_safety.py).
    assert len(result.customers) == 3 and result.rows_read == 3


# --- Refused files ----------------------------------------------------------------------------------
def test_csv_renamed_to_xlsx_is_read_as_csv(tmp_path):
    result = import_file(_csv(tmp_path, "klanten.xlsx", "Klantnummer;Naam\n1;Jan\n"))
    assert result.source.format == "csv" and result.customers[0].name == "Jan"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "empty"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\0" * 512, "password"),
        (b"<html><body><table><tr><td>Klantnummer</td></tr></table></body></html>", "web page"),
        (b"PK\x03\x04garbage", "damaged"),
        (b"\x00\x01\x02\x03binary\x00", "not a spreadsheet"),
    ],
)
def test_unreadable_files_get_a_message_naming_the_file(tmp_path, content, fragment):
    path = tmp_path / "klanten.xls"
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        import_file(path)
    text = info.value.problem.render()
    assert fragment in text and "klanten.xls" in text


def test_zip_bomb_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            block = b"\0" * (1 << 20)
            for _ in range(60):
                fh.write(block)
    with pytest.raises(InputError) as info:
        import_file(path)
    assert "safety" in info.value.problem.render()


def test_no_recognisable_column_names_the_headers(tmp_path):
    source = open_source(_csv(tmp_path, "x.csv", "Bedrag;Aantal\n1;2\n"))
    assert source.kind == "customers"
    with pytest.raises(InputError) as info:
        import_file(tmp_path / "x.csv")
    assert "A=Bedrag" in info.value.problem.render()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.text(alphabet='ab;,"\n\r 1', max_size=6), min_size=1, max_size=4), max_size=6),
       st.sampled_from([";", ","]), st.sampled_from(["\n", "\r\n"]))
def test_fast_line_splitting_equals_the_csv_module(table, delimiter, line_end):
    import csv
    import io

    from core.importing.csvfile import _split_plain

    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator=line_end).writerows(table)
    text = buf.getvalue()
    expected = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    got = _split_plain(text, delimiter)
    assert got is None or got == expected


def test_ods_spreadsheet_is_read(tmp_path):
    """An OpenDocument sheet (LibreOffice) goes through calamine like an .xlsx."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name="Klanten")
    for row in (["Lijst van mijn klanten"], [], ["Klantnummer", "Naam", "Klant sinds"], ["001", "Anna", "03-04-2024"],
                ["002", "Bram", "05-06-2024"]):
        tr = TableRow()
        for value in row:
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=value))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    path = tmp_path / "klanten.ods"
    doc.save(str(path))
    result = import_file(path)
    assert result.source.format == "ods" and result.source.header_row == 3
    assert [(c.id, c.name, c.since) for c in result.customers] == [
        ("001", "Anna", date(2024, 4, 3)), ("002", "Bram", date(2024, 6, 5))]


def test_old_xls_workbook_is_read(tmp_path):
    """A real Excel 97-2003 workbook (BIFF8, written by xlwt) goes through calamine; a hidden sheet is listed."""
    import xlwt

    wb = xlwt.Workbook()
    old = wb.add_sheet("Oud")
    old.write(0, 0, "Klantnummer")
    old.visibility = 1  # hidden
    ws = wb.add_sheet("Klanten")
    day = xlwt.easyxf(num_format_str="DD-MM-YYYY")
    for c, header in enumerate(["Klantnummer", "Naam", "Klant sinds", "Omzet"]):
        ws.write(0, c, header)
    for r, (cid, name, since, spent) in enumerate([("001", "Anna", date(2024, 4, 3), 12.5),
                                                   ("002", "Bram", date(2024, 6, 5), 1234.0)], start=1):
        ws.write(r, 0, cid)
        ws.write(r, 1, name)
        ws.write(r, 2, since, day)
        ws.write(r, 3, spent)
    path = tmp_path / "klanten.xls"
    wb.save(str(path))
    result = import_file(path)
    assert result.source.format == "xls" and result.source.sheet == "Klanten"
    assert result.source.hidden_sheets == ["Oud"]
    assert [(c.id, c.name, c.since, c.total_spent) for c in result.customers] == [
        ("001", "Anna", date(2024, 4, 3), 12.5), ("002", "Bram", date(2024, 6, 5), 1234.0)]


def test_column_names_without_rows_say_so(tmp_path):
    result = import_file(_csv(tmp_path, "leeg.csv", "Klantnummer;Naam\n"))
    assert (result.rows_read, result.accepted) == (0, 0)
    assert [p.problem.render() for p in result.problems] == [
        "leeg.csv has column names on row 1 but no rows under them."]
