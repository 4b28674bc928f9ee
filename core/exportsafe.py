"""Writing owner data to spreadsheets without it ever becoming a formula.

A name like ``=HYPERLINK("http://…")`` must stay text. In .xlsx every text cell is written as a string
cell (openpyxl would otherwise turn a leading "=" into a formula); in CSV, a text that starts with
= + - @, a tab or a carriage return gets a leading apostrophe, so spreadsheet programs show it as
text. Numbers stay numbers, and a phone number like "+31 6 1234 5678" stays readable.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
# Control characters (other than tab and line breaks) are illegal in the XML inside an .xlsx: openpyxl
# refuses the whole file for one pasted into a customer's name.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Excel refuses these in a sheet's name, and a name of more than 31 characters.
_SHEET_ILLEGAL = re.compile(r"[\[\]:*?/\\]")
_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value safe for a CSV cell."""
    if isinstance(value, str) and value.startswith(_DANGEROUS) and not _NUMBER.match(value.strip()):
        return "'" + value
    return value


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A CSV file (';' and UTF-8 with BOM, as Dutch Excel opens it) with every text cell neutralised."""
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow([csv_cell(h) for h in header])
        for row in rows:
            w.writerow([csv_cell(v) for v in row])


def xlsx_text(cell, value: Any) -> None:
    """Put ``value`` in an openpyxl cell; text always as a string cell, never as a formula."""
    if isinstance(value, str):
        value = _XML_ILLEGAL.sub("", value)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def sheet_title(name: str) -> str:
    """A name Excel accepts for a sheet: no [ ] : * ? / \\, no quote at either end, at most 31 characters."""
    title = _SHEET_ILLEGAL.sub("-", _XML_ILLEGAL.sub("", name)).strip().strip("'")[:31].strip()
    return title or "Sheet"


def fill_sheet(ws, header: Sequence[str], rows: Sequence[Sequence[Any]],
               formats: dict[int, str] | None = None) -> None:
    """Header (bold on dark blue), rows (text never a formula), number formats per column (1-based),
    column widths from the content, and the header frozen."""
    from openpyxl.styles import Font, PatternFill

    for col, h in enumerate(header, start=1):
        cell = ws.cell(row=1, column=col)
        xlsx_text(cell, h)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F3B4D")
    for r, row in enumerate(rows, start=2):
        for col, v in enumerate(row, start=1):
            cell = ws.cell(row=r, column=col)
            xlsx_text(cell, v)
            if formats and col in formats and v is not None and not isinstance(v, str):
                cell.number_format = formats[col]
    for col, h in enumerate(header, start=1):
        cells = [row[col - 1] for row in rows[:300] if col - 1 < len(row) and row[col - 1] is not None]
        width = max([len(str(h))] + [len(str(v)) for v in cells])
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = min(max(width + 2, 9), 70)
    ws.freeze_panes = "A2"


def write_xlsx(path: Path, sheet: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A one-sheet workbook, filled by ``fill_sheet``."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title(sheet)
    fill_sheet(ws, header, rows)
    wb.save(path)
