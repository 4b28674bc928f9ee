"""Finding what calamine cannot tell apart from an empty cell: formulas without a saved value and
error cells (#N/A, #DIV/0! ...). Both are read as empty, so they are reported by column and rows.

The sheet's XML bytes are searched on a second core while calamine reads the sheet
(``core/importing/sheetxml.py``); only a sheet whose marked cells carry no reference is parsed as
XML, with defusedxml so entity tricks are refused.
"""

from __future__ import annotations

import re
import threading
import zipfile

from core.importing.sheetxml import CellMarks, column_index, scan_sheet
from core.text import QT_TRANSLATE_NOOP, Problem

_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def column_letter(index: int) -> str:
    """Column letter for a 0-based index."""
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


class SheetScan:
    """Finds the formula and error cells of one sheet (``member`` of the open zip ``zf``) on a background thread,
    while calamine reads the same sheet (a zip opened once may be read from several threads)."""

    def __init__(self, zf: zipfile.ZipFile, member: str):
        self._zf, self._member = zf, member
        self._marks: CellMarks | None = CellMarks()
        self._thread = threading.Thread(target=self._run, name="sheet-scan", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with self._zf.open(self._member) as fh:
                self._marks = scan_sheet(fh)
        except (KeyError, zipfile.BadZipFile, OSError, ValueError):
            self._marks = CellMarks()

    def marks(self) -> CellMarks:
        """What the scan found, once it is done (the sheet parsed as XML when a marked cell has no reference)."""
        self._thread.join()
        if self._marks is not None:
            return self._marks
        marks = CellMarks()
        try:
            with self._zf.open(self._member) as fh:
                _parse(fh, marks)
        except (KeyError, zipfile.BadZipFile, OSError):
            return CellMarks()
        return marks


def said(marks: CellMarks) -> list[Problem]:
    """A warning per column with formulas without a saved result, and per column with error values."""
    out = []
    for cols, template in (
        (marks.formula_without_value, QT_TRANSLATE_NOOP(
            "core", "Column {column} has formulas without a saved result in rows {rows}: open the file in "
                    "Excel, let it calculate, save it and import again. These cells were not read as 0.")),
        (marks.error_cells, QT_TRANSLATE_NOOP(
            "core", "Column {column} has error values (such as #N/A) in rows {rows}; they were read as empty.")),
    ):
        for col, rows in sorted(cols.items()):
            shown = ", ".join(str(r + 1) for r in rows[:10]) + (" …" if len(rows) > 10 else "")
            out.append(Problem(template, {"column": column_letter(col), "rows": shown}))
    return out


def _parse(fh, result: CellMarks) -> None:
    """The slow way: the whole sheet parsed as XML, for cells that carry no reference (a cell without
    one follows the cell before it, a row without one the row before it)."""
    from defusedxml.ElementTree import iterparse

    row = col = -1
    for event, el in iterparse(fh, events=("start", "end")):
        if event == "start":
            if el.tag == NS + "row":
                r = el.get("r")
                row, col = (int(r) - 1 if r and r.isdigit() else row + 1), -1
            continue
        if el.tag != NS + "c":
            if el.tag == NS + "row":
                el.clear()
            continue
        m = _CELL_REF.match(el.get("r") or "")
        col = column_index(m.group(1)) if m else col + 1
        if m:
            row = int(m.group(2)) - 1
        v = el.find(NS + "v")
        # openpyxl writes <v/> for a formula it never calculated; Excel writes t="str" with an
        # empty <v></v> for a formula whose result is the empty string, which is a real value.
        has_value = v is not None and ((v.text or "") != "" or el.get("t") == "str")
        if el.get("t") == "e":
            result.error_cells.setdefault(col, []).append(row)
        elif el.find(NS + "f") is not None and not has_value:
            result.formula_without_value.setdefault(col, []).append(row)
