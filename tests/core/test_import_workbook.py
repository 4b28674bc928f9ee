"""Workbook reading details: the byte scan for formulas and error cells, and where a table ends."""

import io

import openpyxl
import pytest

from core.importing.cellscan import CellMarks, _parse
from core.importing.pipeline import import_file, open_source
from core.importing.sheetxml import actual_size, declared_size, marker_positions, scan_sheet
from core.importing.workbook import EMPTY_RUN_STOP, _trim_empty_rows
from core.text import InputError
from tests.helpers.sheets import far_cell_book

NS = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
END = b"</sheetData></worksheet>"


@pytest.mark.parametrize("xml, found", [
    (b'<c r="B2"><f>10*2</f><v></v></c>', True),
    (b'<c r="B3"><f t="shared" ref="B3:B9" si="0"/></c>', True),
    (b'<x:c r="B2"><x:f>SUM(A1:A3)</x:f></x:c>', True),
    (b'<c r="C2" t="e"><v>#N/A</v></c>', True),
    (b'<c r="A1" t="s"><v>0</v></c><c r="B1"><v>12.5</v></c>', False),
    (b'<autoFilter ref="A1:C9"><filterColumn colId="0"/></autoFilter><headerFooter><firstFooter>x</firstFooter>',
     False),
    (b'<c r="A1" t="inlineStr"><is><t>the file of a chef</t></is></c>', False),
])
def test_markers_for_formulas_and_error_cells(xml, found):
    assert (marker_positions(b"<sheetData>" + xml + b"</sheetData>").size > 0) is found


SHEET = NS + (
    b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    b'<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f>A2*2</f><v>2</v></c><c r="C2" t="e"><v>#N/A</v></c></row>'
    b'<row r="3"><c r="A3"><v>2</v></c><c r="B3"><f t="shared" ref="B3:B4" si="0">A3*2</f><v/></c>'
    b'<c r="C3" t="str"><f>""</f><v></v></c></row>'
    b'<row r="4"><c r="A4"><v>3</v></c><c r="B4"><f t="shared" si="0"/></c><c r="C4" t="e"><f>1/0</f>'
    b'<v>#DIV/0!</v></c></row>'
    b'<row r="5"><x:c r="AB5" xmlns:x="urn:x"><x:f>1+1</x:f></x:c></row>'
) + END


@pytest.mark.parametrize("chunk", [7, 64, 1 << 22])
def test_formula_and_error_cells_found_in_the_bytes(chunk):
    # Cached results (B2, the empty string of C3) are values; B3, B4 and AB5 have none; C2 and C4 are errors.
    marks = scan_sheet(io.BytesIO(SHEET), chunk)
    assert marks.formula_without_value == {1: [2, 3], 27: [4]}
    assert marks.error_cells == {2: [1, 3]}


def test_cells_without_a_reference_are_placed_by_parsing_the_xml():
    sheet = NS + b'<row><c><v>1</v></c><c><f>A1*2</f></c></row><row><c t="e"><v>#N/A</v></c></row>' + END
    assert scan_sheet(io.BytesIO(sheet)) is None
    marks = CellMarks()
    _parse(io.BytesIO(sheet), marks)
    assert marks.formula_without_value == {1: [0]} and marks.error_cells == {0: [1]}


def test_a_hundred_thousand_formula_cells_are_all_found():
    rows = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c><c r="B%d"><f>A%d*2</f></c></row>' % (i, i, i, i)
                    for i in range(1, 100_001))
    marks = scan_sheet(io.BytesIO(NS + rows + END))
    assert len(marks.formula_without_value[1]) == 100_000 and not marks.error_cells


def test_empty_rows_inside_and_after_the_table():
    rows = [["", ""], ["Klant", "Naam"], [1.0, "a"], ["", ""], [0.0, ""], [2.0, "b"], ["", ""], ["", ""]]
    assert _trim_empty_rows(rows) == [[], ["Klant", "Naam"], [1.0, "a"], [], [0.0, ""], [2.0, "b"]]


def test_a_long_run_of_empty_rows_ends_the_table():
    rows = [["Klant"], [1.0]] + [[""]] * EMPTY_RUN_STOP + [[2.0]]
    assert _trim_empty_rows(rows) == [["Klant"], [1.0]]
    shorter = [["Klant"], [1.0]] + [[""]] * (EMPTY_RUN_STOP - 1) + [[2.0]]
    assert len(_trim_empty_rows(shorter)) == EMPTY_RUN_STOP + 2


def test_a_table_that_starts_at_c3_keeps_its_columns(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for r, row in enumerate((["Klantnummer", "Naam"], ["007", "Anna"], ["008", "Bram"]), start=3):
        for c, value in enumerate(row, start=3):
            ws.cell(r, c, value)
    wb.save(tmp_path / "c3.xlsx")
    result = import_file(tmp_path / "c3.xlsx")
    assert [(c.id, c.name) for c in result.customers] == [("007", "Anna"), ("008", "Bram")]
    assert result.source.header_row == 3 and result.rows_read == 2


@pytest.mark.parametrize("dimension", ["as saved", None])
def test_a_stray_value_in_the_last_cell_is_refused_with_where_it_is(tmp_path, dimension):
    # calamine would size its grid to 1,048,576 x 16,384 cells and abort the program.
    path = far_cell_book(tmp_path, "klanten.xlsx", dimension)
    with pytest.raises(InputError) as info:
        import_file(path)
    message = info.value.problem.render()
    assert "XFD1048576" in message and "klanten.xlsx" in message


def test_sheet_size_from_the_cell_references_not_the_dimension():
    sheet = (b'<worksheet><dimension ref="A1:XFD1048576"/><sheetData><row r="1"><c r="A1"><v>1</v></c>'
             b'<c r="AB1"><v>2</v></c></row><row r="70000" spans="1:3"><c r="C70000"><v>3</v></c></row>'
             b"</sheetData></worksheet>")
    assert declared_size(sheet[:80]) == (1048576, 16384)
    for chunk in (9, 40, 1 << 20):
        assert actual_size(io.BytesIO(sheet), chunk) == (70000, 28)


def test_the_active_sheet_after_a_chart_sheet_is_the_one_read(tmp_path):
    from openpyxl.chart import BarChart, Reference

    wb = openpyxl.Workbook()
    data = wb.active
    data.title = "Cijfers"
    data.append(["Maand", "Omzet"])
    data.append(["jan", 10])
    chart = BarChart()
    chart.add_data(Reference(data, min_col=2, min_row=1, max_row=2))
    wb.create_chartsheet("Grafiek").add_chart(chart)
    customers = wb.create_sheet("Klanten")
    customers.append(["Klantnummer", "Naam"])
    customers.append(["007", "Anna"])
    wb.active = 2  # Excel counts the chart sheet: the third sheet is the customer list
    wb.save(tmp_path / "boek.xlsx")
    result = import_file(tmp_path / "boek.xlsx")
    assert result.source.sheet == "Klanten" and result.source.sheets == ["Cijfers", "Klanten"]
    assert [c.id for c in result.customers] == ["007"]


def test_a_cover_sheet_is_passed_over_for_the_sheet_with_the_table(tmp_path):
    wb = openpyxl.Workbook()
    cover = wb.active
    cover.title = "Uitleg"
    cover.append(["Dit bestand houdt mijn klanten bij."])
    cover.append(["Vul elke maand het tweede blad aan."])
    customers = wb.create_sheet("Klanten")
    customers.append(["Klantnummer", "Naam", "Klant sinds"])
    customers.append(["007", "Anna", "01-02-2024"])
    wb.save(tmp_path / "klanten.xlsx")
    result = import_file(tmp_path / "klanten.xlsx")
    assert result.source.sheet == "Klanten" and [c.id for c in result.customers] == ["007"]
    assert "'Uitleg'" in result.problems[0].problem.render()
    # Chosen on purpose, the cover sheet is read as it is.
    assert open_source(tmp_path / "klanten.xlsx", sheet="Uitleg").info.sheet == "Uitleg"
