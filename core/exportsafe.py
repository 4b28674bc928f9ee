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
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


def write_xlsx(path: Path, sheet: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A one-sheet workbook: bold frozen header, sensible column widths, no formulas from text."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    for col, h in enumerate(header, start=1):
        xlsx_text(ws.cell(row=1, column=col), h)
        ws.cell(row=1, column=col).font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for col, v in enumerate(row, start=1):
            xlsx_text(ws.cell(row=r, column=col), v)
    for col, h in enumerate(header, start=1):
        width = max([len(str(h))] + [len(str(row[col - 1])) for row in rows[:500] if row[col - 1] is not None])
        ws.column_dimensions[ws.cell(row=1, column=col).column_letter].width = min(max(width + 2, 8), 60)
    ws.freeze_panes = "A2"
    wb.save(path)
