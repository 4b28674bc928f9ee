"""Formula and error cells found in a worksheet's raw XML bytes, without parsing the whole sheet.

Calamine reads a formula without a saved result and an error cell (#N/A ...) as empty, so they are
looked up here to be reported. The bytes are searched with NumPy (which lets go of the interpreter
lock, so this runs beside calamine's read); only the few marked cells are looked at one by one.
Parsing the XML instead took 9 s for 100,000 rows with a formula column; this takes a fraction of that.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from typing import BinaryIO

import numpy as np

CHUNK = 1 << 22

_F, _E, _LT, _COLON, _QUOTE, _EQ, _T = (ord(c) for c in "fe<:\"=t")
_AFTER_TAG = np.array([ord(c) for c in "> /\t\r\n"], np.uint8)
_REF = re.compile(rb'\sr="([A-Z]{1,3})(\d+)"')
_TYPE = re.compile(rb'\st="(\w+)"')
_VALUE = re.compile(rb"<(?:[\w.-]+:)?v(?:\s[^>]*)?(?:/>|>(.*?)</(?:[\w.-]+:)?v>)", re.S)
_CELL_END = re.compile(rb"</(?:[\w.-]+:)?c>")


def sheet_member(zf: zipfile.ZipFile, sheet: str) -> str | None:
    """The zip member holding the XML of the sheet called ``sheet`` (via workbook.xml and its relations)."""
    wb = zf.read("xl/workbook.xml").decode("utf-8", "replace")
    rels = zf.read("xl/_rels/workbook.xml.rels").decode("utf-8", "replace")
    for m in re.finditer(r"<(?:\w+:)?sheet\b([^>]*)/?>", wb):
        attrs = m.group(1)
        name = re.search(r'\bname="([^"]*)"', attrs)
        rid = re.search(r'\br:id="([^"]*)"|\bid="([^"]*)"', attrs)
        if not name or not rid:
            continue
        if html.unescape(name.group(1)) != sheet:
            continue
        wanted = rid.group(1) or rid.group(2)
        for rel in re.finditer(r"<Relationship\b([^>]*)/?>", rels):
            a = rel.group(1)
            if re.search(r'\bId="' + re.escape(wanted) + '"', a):
                target = re.search(r'\bTarget="([^"]*)"', a).group(1)
                return target.lstrip("/") if target.startswith("/") else "xl/" + target
    return None


@dataclass
class CellMarks:
    """Column (0-based) -> sheet rows (0-based) of the cells calamine reads as empty but are not."""

    formula_without_value: dict[int, list[int]] = field(default_factory=dict)
    error_cells: dict[int, list[int]] = field(default_factory=dict)


def marker_positions(block: bytes) -> np.ndarray:
    """Sorted offsets of formula elements (<f>, <f .../>, <x:f>) and error-cell attributes (t="e")."""
    a = np.frombuffer(block, np.uint8)
    if a.size < 6:
        return np.zeros(0, np.intp)
    f = np.flatnonzero(a[1:-1] == _F) + 1
    if f.size:
        before = a[f - 1]
        f = f[((before == _LT) | (before == _COLON)) & np.isin(a[f + 1], _AFTER_TAG)]
    e = np.flatnonzero(a[3:-1] == _E) + 3
    if e.size:
        e = e[(a[e - 1] == _QUOTE) & (a[e - 2] == _EQ) & (a[e - 3] == _T) & (a[e + 1] == _QUOTE)]
    return np.union1d(f, e)


def column_index(letters: bytes | str) -> int:
    """0-based index of a column letter such as "A" or "AB"."""
    n = 0
    for ch in letters.encode() if isinstance(letters, str) else letters:
        n = n * 26 + (ch - 64)
    return n - 1


def _cell_start(block: bytes, pos: int) -> int:
    """Where the <c ...> element holding ``pos`` starts (-1 when there is none)."""
    while pos > 0:
        start = block.rfind(b"<", 0, pos)
        if start < 0:
            return -1
        name_end = start + 1
        while name_end < len(block) and block[name_end] not in b" \t\r\n/>":
            name_end += 1
        name = block[start + 1 : name_end]
        if name == b"c" or name.endswith(b":c"):
            return start
        pos = start
    return -1


def _cut(block: bytes) -> int:
    """A place after which no cell is cut in two: just after the last "row>" (a row's start or end tag)."""
    i = block.rfind(b"row>")
    return -1 if i < 0 else i + 4


def scan_sheet(fh: BinaryIO, chunk_size: int = CHUNK) -> CellMarks | None:
    """The marked cells of the sheet XML read from ``fh``; None when a marked cell has no reference
    (r="B2", optional in the format), so the caller must parse the XML to know where it is."""
    marks = CellMarks()
    carry = b""
    while True:
        chunk = fh.read(chunk_size)
        block = carry + chunk
        if not block:
            return marks
        cut = _cut(block) if chunk else len(block)
        if cut < 0:
            carry = block  # no row boundary yet: read on
            continue
        part, carry = block[:cut], block[cut:]
        if not _cells(part, marker_positions(part), marks):
            return None
        if not chunk:
            return marks


def _cells(part: bytes, positions: np.ndarray, marks: CellMarks) -> bool:
    seen: set[int] = set()
    for pos in positions.tolist():
        start = _cell_start(part, pos)
        if start < 0 or start in seen:
            continue
        seen.add(start)
        tag_end = part.find(b">", start)
        tag = part[start:tag_end]
        ref = _REF.search(tag)
        if not ref:
            return False
        col, row = column_index(ref.group(1)), int(ref.group(2)) - 1
        kind = _TYPE.search(tag)
        kind = kind.group(1) if kind else b""
        if kind == b"e":
            marks.error_cells.setdefault(col, []).append(row)
            continue
        if tag.endswith(b"/"):
            continue  # an empty cell: no formula inside
        end = _CELL_END.search(part, tag_end)
        value = _VALUE.search(part, tag_end, end.start() if end else len(part))
        # openpyxl writes <v/> for a formula it never calculated; Excel writes t="str" with an
        # empty <v></v> for a formula whose result is the empty string, which is a real value.
        has_value = value is not None and (bool(value.group(1)) or kind == b"str")
        if not has_value:
            marks.formula_without_value.setdefault(col, []).append(row)
    return True


# A sheet spanning more cells than this is refused before calamine reads it: calamine sizes its grid
# from the outermost cells and aborts the whole program when that grid does not fit in memory (a stray
# value in XFD1048576 asks for half a terabyte). 15 million cells, 3.5 times the UCI order lines, take
# about 1 GB.
MAX_CELLS = 15_000_000
_DIMENSION = re.compile(rb"<(?:[\w.-]+:)?dimension\s+ref=\"([A-Z]{1,3})?(\d+)?(?::([A-Z]{1,3})(\d+))?\"")
_R, _QUOTE_EQ = ord("r"), (ord("="), ord('"'))
_SPACE = np.array([ord(c) for c in " \t\r\n"], np.uint8)


def declared_size(head: bytes) -> tuple[int, int] | None:
    """Rows and columns the sheet's <dimension> claims (from its first bytes); None when it says nothing."""
    m = _DIMENSION.search(head)
    if not m or not m.group(2):
        return None
    last_col, last_row = (m.group(3), m.group(4)) if m.group(3) else (m.group(1), m.group(2))
    return int(last_row), column_index(last_col or b"A") + 1


def actual_size(fh: BinaryIO, chunk_size: int = CHUNK) -> tuple[int, int]:
    """Rows and columns up to the outermost cell that is really there, from the cell references (r="B7").

    The dimension may lie; this reads every reference, with NumPy, in about half a second per 200 MB.
    """
    rows = cols = 0
    carry = b""
    while True:
        chunk = fh.read(chunk_size)
        block = carry + chunk
        if chunk and len(block) < 64:
            carry = block
            continue
        a = np.pad(np.frombuffer(block, np.uint8), (0, 16))
        # A reference starting near the end of a block is left for the next one (up to 5 letters, 8 digits).
        end = len(block) - 16 if chunk else len(block)
        p = np.flatnonzero(a[1:end] == _R) + 1
        p = p[np.isin(a[p - 1], _SPACE) & (a[p + 1] == _QUOTE_EQ[0]) & (a[p + 2] == _QUOTE_EQ[1])]
        if p.size:
            r, c = _references(a, p + 3)
            rows, cols = max(rows, int(r.max())), max(cols, int(c.max()))
        if not chunk:
            return rows, cols
        carry = block[end - 1 :]  # with the byte before, which tells a reference's ' r="' apart


def _references(a: np.ndarray, start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Row numbers and 1-based column numbers of the references (A1, XFD1048576, or a row's bare 7) at ``start``."""
    col, pos = _number(a, start, ord("A"), ord("Z"), 26, 5)  # ZZZZ and beyond: past XFD, so they are caught
    row, _ = _number(a, pos, ord("0"), ord("9"), 10, 8)
    return row, col


def _number(
    a: np.ndarray, start: np.ndarray, low: int, high: int, base: int, longest: int
) -> tuple[np.ndarray, np.ndarray]:
    """The numbers written from ``start`` with the characters ``low``..``high`` as digits 1.. (letters) or 0..
    (figures), and where each ends."""
    value = np.zeros(start.size, np.int64)
    pos = start.copy()
    going = np.ones(start.size, bool)
    zero = low - 1 if base == 26 else low  # column letters count from A = 1
    for _ in range(longest):
        ch = a[pos].astype(np.int64)
        going &= (ch >= low) & (ch <= high)
        value = np.where(going, value * base + ch - zero, value)
        pos = np.where(going, pos + 1, pos)
    return value, pos


EXACT_CHECK_UP_TO = 32 * 1024**2  # sheets without a <dimension> are measured exactly up to this much XML


def too_large(zf: zipfile.ZipFile, member: str) -> tuple[int, int] | None:
    """The sheet's rows and columns when its grid is too large to read or lies outside Excel's own grid
    (XFD1048576), else None.

    Up to EXACT_CHECK_UP_TO of XML the cell references themselves are measured (milliseconds with NumPy):
    the <dimension> at the top may lie, and one cell at ZZZZ3 in a 7 KB file would make the reader
    allocate hundreds of megabytes. Bigger sheets come from programs that write dense tables; for them a
    small <dimension> is trusted, and a large or missing one is measured.
    """
    info = zf.getinfo(member)
    with zf.open(member) as fh:
        declared = declared_size(fh.read(4096))
    if info.file_size > EXACT_CHECK_UP_TO and (not declared or _fits(*declared)):
        return None
    with zf.open(member) as fh:
        rows, cols = actual_size(fh)
    return None if _fits(rows, cols) else (rows, cols)


EXCEL_ROWS, EXCEL_COLUMNS = 1_048_576, 16_384


def _fits(rows: int, cols: int) -> bool:
    return rows * cols <= MAX_CELLS and rows <= EXCEL_ROWS and cols <= EXCEL_COLUMNS
