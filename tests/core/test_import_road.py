"""The import's road, step by step: a reader gives one table (opening the file once), one step guesses what it holds,
and build takes the mapped data rows. Each step is given its input by hand here, as the step before would give it."""

import zipfile

import openpyxl

from core.importing import workbook
from core.importing.build import build
from core.importing.guess import guess
from core.importing.rawtable import MappedTable, RawTable
from core.importing.result import WARNING, ImportResult, SourceInfo


def test_a_workbook_is_opened_once_and_its_table_found_behind_a_cover_sheet(tmp_path, monkeypatch):
    wb = openpyxl.Workbook()
    wb.active.title = "Voorblad"
    wb.active.append(["Klantenbestand 2024 — lees eerst de uitleg"])
    data = wb.create_sheet("Klanten")
    data.append(["Contact", None, "Omzet"])
    data.merge_cells("A1:B1")  # a merged header cell above two columns
    data.append(["Klantnummer", "Naam", "Omzet"])
    data.append(["K1", "Anna", 10.5])
    path = tmp_path / "klanten.xlsx"
    wb.save(path)

    opened = {"zip": 0, "calamine": 0}
    real_zip, real_open = zipfile.ZipFile, workbook._open

    def counted_zip(*args, **kwargs):
        opened["zip"] += 1
        return real_zip(*args, **kwargs)

    def counted_open(*args):
        opened["calamine"] += 1
        return real_open(*args)

    monkeypatch.setattr(workbook.zipfile, "ZipFile", counted_zip)
    monkeypatch.setattr(workbook, "_open", counted_open)
    raw = workbook.read_table(path, "xlsx")
    assert opened == {"zip": 1, "calamine": 1}  # two sheets read, their XML scanned: one zip, one calamine
    assert raw.info.sheet == "Klanten" and raw.info.sheets == ["Voorblad", "Klanten"]
    assert raw.rows[0][:2] == ["Contact", "Contact"]  # the merged cell's value over both columns it covers
    said = [n.problem.render() for n in raw.notes if n.action == WARNING]
    assert any("'Voorblad'" in s and "'Klanten'" in s for s in said)


def test_the_guess_is_one_step_on_a_table_made_by_hand():
    rows = [["Overzicht bestellingen"], [], ["Klantnummer", "Besteldatum", "Bedrag"],
            ["K1", "01-03-2024", "10,00"], ["K1", "05-03-2024", "12,00"], ["K2", "06-03-2024", "7,50"]]
    found = guess(RawTable(rows, SourceInfo("bestellingen.csv", "csv"), [], set(), ","))
    assert (found.header_index, found.data_start, found.kind) == (2, 3, "orders")
    assert found.mapping == {0: "customer_id", 1: "order_date", 2: "amount"}
    assert found.headers == ["Klantnummer", "Besteldatum", "Bedrag"] and found.notes == []


def test_build_takes_the_mapped_rows_and_names_each_row_as_the_owner_sees_it():
    rows = [["K1", "01-03-2024", "10,00"], ["K2", "31-02-2024", "5,00"], ["K3", "x;y", ""], ["K4", "04-03-2024", "1"]]
    table = MappedTable(rows, 7, ["Klant", "Datum", "Bedrag"], {0: "customer_id", 1: "order_date", 2: "amount"},
                        "orders", ",", unreadable={2})
    result = ImportResult("orders", "", table.mapping, table.headers, SourceInfo("b.csv", "csv"))
    build(table, result)
    assert [o.customer_id for o in result.orders] == ["K1", "K4"]
    assert (result.rows_read, result.accepted, result.rejected) == (4, 2, 2)
    # The impossible date is on the second data row, which the owner calls row 8 (the first is row 7).
    assert [(p.row, p.column) for p in result.problems if p.column] == [(8, "B (Datum)")]
