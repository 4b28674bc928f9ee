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
    ws.title = sheet[:31]
    fill_sheet(ws, header, rows)
    wb.save(path)
