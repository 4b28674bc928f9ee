"""Finding what calamine cannot tell apart from an empty cell: formulas without a saved value and
error cells (#N/A, #DIV/0! ...). Both are read as empty, so they are reported by column and rows.

The sheet's XML is first scanned as raw bytes for formula or error markers (on a second core, while
calamine reads the sheet); only when there are any is it parsed, with defusedxml so entity tricks are
refused.
"""

from __future__ import annotations

import re
import threading
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from core.text import QT_TRANSLATE_NOOP, Problem

if TYPE_CHECKING:
    from core.importing.workbook import WorkbookRead

_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def column_index(letters: str) -> int:
    """0-based index of a column letter such as "A" or "AB"."""
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def column_letter(index: int) -> str:
    """Column letter for a 0-based index."""
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def _sheet_xml_path(zf: zipfile.ZipFile, sheet: str) -> str | None:
    wb = zf.read("xl/workbook.xml").decode("utf-8", "replace")
    rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    for m in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)/?>", wb):
        attrs = m.group(1)
        name = re.search(r'\bname="([^"]*)"', attrs)
        rid = re.search(r'\br:id="([^"]*)"|\bid="([^"]*)"', attrs)
        if not name or not rid:
            continue
        if _unescape(name.group(1)) != sheet:
            continue
        wanted = rid.group(1) or rid.group(2)
        for rel in re.finditer(r"<Relationship\b([^>]*)/?>", rels):
            a = rel.group(1)
            if re.search(r'\bId="' + re.escape(wanted) + '"', a):
                target = re.search(r'\bTarget="([^"]*)"', a).group(1)
                return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return None


def _unescape(s: str) -> str:
    import html

    return html.unescape(s)


class SheetScan:
    """Looks for formula and error markers in one sheet's XML on a background thread.

    The search runs in NumPy, which lets go of the interpreter lock, as does unzipping: it takes
    half a second for the 230 MB of XML of the UCI sheet and overlaps completely with calamine's read.
    """

    def __init__(self, path: Path, sheet: str):
        self.path, self.sheet = path, sheet
        self._member: str | None = None
        self._found = False
        self._thread = threading.Thread(target=self._run, name="sheet-scan", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            with zipfile.ZipFile(self.path) as zf:
                self._member = _sheet_xml_path(zf, self.sheet)
                if self._member:
                    self._found = _has_markers(zf, self._member)
        except (KeyError, zipfile.BadZipFile, OSError, ValueError):
            self._found = False

    def fill(self, result: WorkbookRead) -> None:
        """Wait for the scan; when it found markers, parse the sheet and add the warnings to ``result``."""
        self._thread.join()
        if not self._found or not self._member:
            return
        try:
            with zipfile.ZipFile(self.path) as zf, zf.open(self._member) as fh:
                _parse(fh, result)
        except (KeyError, zipfile.BadZipFile, OSError):
            return
        for cols, template in (
            (result.formula_without_value, QT_TRANSLATE_NOOP(
                "core", "Column {column} has formulas without a saved result in rows {rows}: open the file in "
                        "Excel, let it calculate, save it and import again. These cells were not read as 0.")),
            (result.error_cells, QT_TRANSLATE_NOOP(
                "core", "Column {column} has error values (such as #N/A) in rows {rows}; they were read as empty.")),
        ):
            for col, rows in sorted(cols.items()):
                shown = ", ".join(str(r + 1) for r in rows[:10]) + (" …" if len(rows) > 10 else "")
                result.warnings.append(Problem(template, {"column": column_letter(col), "rows": shown}))


_F, _E, _LT, _COLON, _QUOTE, _EQ, _T = (ord(c) for c in "fe<:\"=t")
_AFTER_TAG = np.array([ord(c) for c in "> /\t\r\n"], np.uint8)


def markers_in(block: bytes) -> bool:
    """Whether ``block`` holds a formula element (<f>, <f .../>, <x:f>) or an error cell (t="e")."""
    a = np.frombuffer(block, np.uint8)
    if a.size < 6:
        return False
    f = np.flatnonzero(a[1:-1] == _F) + 1
    if f.size:
        before = a[f - 1]
        if np.any(((before == _LT) | (before == _COLON)) & np.isin(a[f + 1], _AFTER_TAG)):
            return True
    e = np.flatnonzero(a[3:-1] == _E) + 3
    return bool(e.size) and bool(np.any(
        (a[e - 1] == _QUOTE) & (a[e - 2] == _EQ) & (a[e - 3] == _T) & (a[e + 1] == _QUOTE)))


def _has_markers(zf: zipfile.ZipFile, member: str) -> bool:
    tail = b""
    with zf.open(member) as fh:
        while chunk := fh.read(1 << 22):
            block = tail + chunk
            if markers_in(block):
                return True
            tail = block[-8:]  # a marker cut in two by the chunk border is found whole in the next block
    return False


def _parse(fh, result: WorkbookRead) -> None:
    from defusedxml.ElementTree import iterparse

    for _event, el in iterparse(fh, events=("end",)):
        if el.tag != NS + "c":
            if el.tag == NS + "row":
                el.clear()
            continue
        ref = el.get("r") or ""
        m = _CELL_REF.match(ref)
        if not m:
            continue
        col, row = column_index(m.group(1)), int(m.group(2)) - 1
        v = el.find(NS + "v")
        # openpyxl writes <v/> for a formula it never calculated; Excel writes t="str" with an
        # empty <v></v> for a formula whose result is the empty string, which is a real value.
        has_value = v is not None and ((v.text or "") != "" or el.get("t") == "str")
        if el.get("t") == "e":
            result.error_cells.setdefault(col, []).append(row)
        elif el.find(NS + "f") is not None and not has_value:
            result.formula_without_value.setdefault(col, []).append(row)
