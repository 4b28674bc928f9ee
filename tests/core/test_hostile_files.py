"""Hostile and damaged spreadsheets, each class at its root: a sentence that names the problem, never a
traceback, and never a silent guess."""

import io
import zipfile

import openpyxl
import pytest

from core.importing.pipeline import import_file
from core.text import InputError


def test_lines_in_two_encodings_are_each_read_right_and_reported(tmp_path):
    f = tmp_path / "samengevoegd.csv"
    f.write_bytes(b"Klantnummer;Naam\n" + "1;José Müller\n".encode()
                  + "2;Renée Çelik\n".encode("cp1252") + "3;Zoë\n".encode())
    result = import_file(f)
    assert [c.name for c in result.customers] == ["José Müller", "Renée Çelik", "Zoë"]
    assert any("another encoding" in line and "lines 3" in line for line in result.summary_lines())


def test_utf16_cut_off_mid_character_is_read_and_reported(tmp_path):
    f = tmp_path / "afgekapt.csv"
    f.write_bytes("Klantnummer;Naam\n1;Anna\n2;Bram\n".encode("utf-16")[:-1])
    result = import_file(f)
    assert [c.id for c in result.customers][:1] == ["1"]
    assert any("middle of a character" in line for line in result.summary_lines())


def test_a_quote_never_closed_names_the_line(tmp_path):
    f = tmp_path / "quote.csv"
    f.write_text('Klantnummer;Naam\n1;Anna\n2;"Bram\n' + "x" * 200_000 + "\n3;Cor\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        import_file(f)
    assert "line" in info.value.problem.render() and "quote" in info.value.problem.render()


def _xlsx_with(tmp_path, change) -> str:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Klantnummer", "Naam"])
    ws.append(["1", "Anna"])
    ws.append(["2", "Bram"])
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(buf)
    path = tmp_path / "blad.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            dst.writestr(item.filename, change(body) if item.filename.endswith("sheet1.xml") else body)
    return path


@pytest.mark.parametrize(("change", "cell"), [
    (lambda x: x.replace(b'r="B3"', b'r="ZZZZ3"'), "ZZZZ3"),  # a column past XFD, the dimension still says B3
    (lambda x: x.replace(b'<row r="3"', b'<row r="2000000"').replace(b'r="A3"', b'r="A2000000"')
     .replace(b'r="B3"', b'r="B2000000"'), "B2000000"),  # a row past 1,048,576
])
def test_cells_beyond_excels_grid_are_refused_before_reading(tmp_path, change, cell):
    with pytest.raises(InputError) as info:
        import_file(_xlsx_with(tmp_path, change))
    assert cell in info.value.problem.render()


def test_damaged_sheet_xml_is_a_sentence(tmp_path):
    with pytest.raises(InputError) as info:
        import_file(_xlsx_with(tmp_path, lambda x: x[: len(x) // 2]))
    assert "damaged" in info.value.problem.render()
