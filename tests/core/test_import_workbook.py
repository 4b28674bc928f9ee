"""Workbook reading details: the byte scan for formulas and error cells, and where a table ends."""

import zipfile

import openpyxl
import pytest

from core.importing.cellscan import _has_markers, markers_in
from core.importing.pipeline import import_file
from core.importing.workbook import EMPTY_RUN_STOP, _trim_empty_rows


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
    assert markers_in(b"<sheetData>" + xml + b"</sheetData>") is found


def test_a_marker_cut_by_the_read_chunk_is_still_found(tmp_path):
    filler = b'<c r="A1"><v>1</v></c>' * ((1 << 22) // 22)
    head = filler[: (1 << 22) - 2]  # the 4 MiB chunk ends inside the '<f>' that follows
    path = tmp_path / "cut.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("sheet.xml", head + b"<f>1+1</f>" + filler[:100])
        zf.writestr("plain.xml", head + b"<v>2</v>" + filler[:100])
    with zipfile.ZipFile(path) as zf:
        assert _has_markers(zf, "sheet.xml") and not _has_markers(zf, "plain.xml")


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
