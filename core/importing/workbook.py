"""Reading workbooks (.xlsx/.xlsm, and .xls/.ods through python-calamine) safely and quickly.

Safety: the zip container is checked before any parsing (total size, compression ratio, number of
members), so a zip bomb is refused at once. The declared sheet dimension is never trusted: reading
stops after a long run of empty rows.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree
from xml.parsers.expat import ExpatError

from core.importing.cellscan import SheetScan, column_letter, said
from core.importing.columns import has_known_header
from core.importing.rawtable import RawTable
from core.importing.result import WARNING, RowProblem, SourceInfo
from core.importing.search import indexes
from core.importing.values import is_empty
from core.text import QT_TRANSLATE_NOOP, Cancelled, InputError, Problem

MAX_UNCOMPRESSED = 2 * 1024**3  # 2 GiB of XML is far beyond any shop's customer list
MAX_RATIO = 200  # real sheets compress 5-20x; bombs compress thousands of times
RATIO_CHECK_FROM = 50 * 1024**2  # only large members are judged by their ratio
MAX_MEMBERS = 10_000
EMPTY_RUN_STOP = 1_000  # this many empty rows in a row end the table


@dataclass
class SheetInfo:
    """A sheet's name and whether the owner can see it in Excel."""

    name: str
    visible: bool
    worksheet: bool = True  # False for a chart sheet


def check_zip(path: Path, zf: zipfile.ZipFile) -> None:
    """Refuse a zip container that would unpack to something absurd, before parsing anything."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise _bomb(path)
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > RATIO_CHECK_FROM and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bomb(path)
    if total > MAX_UNCOMPRESSED:
        raise _bomb(path)


def _bomb(path: Path) -> InputError:
    return InputError(Problem(QT_TRANSLATE_NOOP(
        "core", "{file} would unpack to far more data than a spreadsheet holds; it was not opened for safety."),
        {"file": path.name}))


def _active_sheet_index(zf: zipfile.ZipFile) -> int:
    """The sheet Excel shows when the file opens (workbookView activeTab), 0 when not stated."""
    try:
        xml = zf.read("xl/workbook.xml")[:200_000]
    except (KeyError, zipfile.BadZipFile, OSError):
        return 0
    m = re.search(rb"<(?:\w+:)?workbookView\b[^>]*\bactiveTab=\"(\d+)\"", xml)
    return int(m.group(1)) if m else 0


def _open(path: Path):
    from python_calamine import CalamineError, CalamineWorkbook, PasswordError

    try:
        return CalamineWorkbook.from_path(str(path))
    except PasswordError:
        raise InputError(Problem(QT_TRANSLATE_NOOP(
            "core", "{file} is protected with a password. Save it as .xlsx without a password."),
            {"file": path.name})) from None
    except (CalamineError, OSError, ValueError) as exc:
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "{file} cannot be read as a spreadsheet: {reason}"),
                                 {"file": path.name, "reason": str(exc)[:200]})) from None


def read_table(
    path: Path,
    fmt: str,
    sheet: str | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RawTable:
    """The rows of the chosen sheet as Python values, with what the owner should know about the workbook.

    Without a chosen sheet: the one Excel opens on, unless it holds no table Klantbehoud recognises (a cover or
    instructions sheet) and another visible sheet does (said in a note). Empty cells are ""; whole numbers stay
    floats here and are normalised by the parsers; merged header cells give their value to every cell they cover.
    The zip is opened once and calamine once. A damaged file (its zip data or sheet XML broken, often only found
    while reading) gives a sentence, never a traceback.
    """
    from defusedxml import DefusedXmlException
    from python_calamine import CalamineError

    try:
        with _Workbook(path, fmt) as book:
            return book.table(sheet, progress, cancelled)
    except (InputError, Cancelled):
        raise
    except (CalamineError, zlib.error, zipfile.BadZipFile, EOFError, UnicodeDecodeError, ExpatError,
            ElementTree.ParseError, DefusedXmlException) as exc:
        raise InputError(Problem(QT_TRANSLATE_NOOP(
            "core", "{file} is damaged and cannot be read ({reason}). Open it in Excel or LibreOffice, save it "
                    "again and import that copy."), {"file": path.name, "reason": str(exc)[:160]})) from None


class _Workbook:
    """One workbook, open once: its zip (for .xlsx and .ods, checked before anything is parsed) and calamine's
    reader of it."""

    def __init__(self, path: Path, fmt: str):
        from python_calamine import SheetTypeEnum, SheetVisibleEnum

        self.path, self.fmt = path, fmt
        self.zf: zipfile.ZipFile | None = None
        if fmt in ("xlsx", "ods"):
            try:
                self.zf = zipfile.ZipFile(path)
            except zipfile.BadZipFile:
                raise InputError(Problem(QT_TRANSLATE_NOOP(
                    "core", "{file} is damaged: it is not a complete Excel file."), {"file": path.name})) from None
        try:
            if self.zf is not None:
                check_zip(path, self.zf)
            self.wb = _open(path)
        except BaseException:
            self.close()
            raise
        # Every sheet in the workbook's order, chart sheets included (Excel's activeTab counts them too).
        self.every = [SheetInfo(m.name, m.visible == SheetVisibleEnum.Visible, m.typ == SheetTypeEnum.WorkSheet)
                      for m in self.wb.sheets_metadata]
        self.sheets = [s for s in self.every if s.worksheet]

    def __enter__(self) -> _Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close calamine's reader and the zip."""
        wb = getattr(self, "wb", None)
        if wb is not None:
            wb.close()
        if self.zf is not None:
            self.zf.close()

    def table(self, sheet: str | None, progress: Callable[[float], None] | None,
              cancelled: Callable[[], bool] | None) -> RawTable:
        """The chosen sheet (or the one to read when none is chosen) as a table."""
        if not self.sheets:
            raise InputError(Problem(QT_TRANSLATE_NOOP("core", "{file} holds no worksheets."),
                                     {"file": self.path.name}))
        chosen = sheet or self._opened_on()
        if chosen not in [s.name for s in self.sheets]:
            raise InputError(Problem(QT_TRANSLATE_NOOP("core", "{file} has no sheet called '{sheet}'."),
                                     {"file": self.path.name, "sheet": chosen}))
        rows, merged, warnings = self._sheet(chosen, progress, cancelled)
        notes = []
        if sheet is None and not has_known_header(rows):
            for other in self.sheets:
                if other.name == chosen or not other.visible:
                    continue
                other_rows, other_merged, other_warnings = self._sheet(other.name, None, cancelled)
                if has_known_header(other_rows):
                    notes.append(Problem(QT_TRANSLATE_NOOP(
                        "core", "Sheet '{first}' holds no table Klantbehoud recognises, so sheet '{sheet}' was read. "
                                "Choose another sheet if that is not the right one."),
                        {"first": chosen, "sheet": other.name}))
                    chosen, rows, merged, warnings = other.name, other_rows, other_merged, other_warnings
                    break
        _fill_merged_headers(rows, merged)
        info = SourceInfo(self.path.name, self.fmt, sheet=chosen, sheets=[s.name for s in self.sheets],
                          hidden_sheets=[s.name for s in self.sheets if not s.visible])
        said_notes = [RowProblem(0, "", WARNING, p) for p in notes + warnings]
        return RawTable(rows, info, said_notes, set(), ",")

    def _opened_on(self) -> str:
        """The sheet Excel shows when the file opens, when it is a visible worksheet; else the first visible one."""
        active = _active_sheet_index(self.zf) if self.fmt == "xlsx" and self.zf is not None else 0
        every = self.every
        pick = every[active] if active < len(every) and every[active].visible and every[active].worksheet else None
        return (pick or next((s for s in self.sheets if s.visible), self.sheets[0])).name

    def _sheet(self, name: str, progress: Callable[[float], None] | None,
               cancelled: Callable[[], bool] | None) -> tuple[list[list[object]], list, list[Problem]]:
        """A sheet's rows, its merged cell ranges, and the warnings about cells calamine reads as empty."""
        scan = None
        member = self._member(name)
        if member:
            _check_extent(self.path, self.zf, name, member)
            scan = SheetScan(self.zf, member)  # formulas without a result and error cells, on a second core
        if cancelled and cancelled():
            raise Cancelled()
        # Whole rows from column A: calamine's own trimming would shift the columns.
        ws = self.wb.get_sheet_by_name(name)
        rows = _trim_empty_rows(ws.to_python(skip_empty_area=False))
        merged = list(ws.merged_cell_ranges or []) if self.fmt == "xlsx" else []
        if progress:
            progress(1.0)
        return rows, merged, said(scan.marks()) if scan else []

    def _member(self, sheet: str) -> str | None:
        """The zip member with the sheet's XML; None when the workbook does not say (calamine reads it anyway)."""
        if self.fmt != "xlsx" or self.zf is None:
            return None
        from core.importing.sheetxml import sheet_member

        try:
            return sheet_member(self.zf, sheet)
        except (KeyError, zipfile.BadZipFile, OSError):
            return None


def _check_extent(path: Path, zf: zipfile.ZipFile, sheet: str, member: str) -> None:
    """Refuse a sheet whose outermost cells span a grid too large to read (see sheetxml.too_large)."""
    from core.importing.sheetxml import too_large

    try:
        size = too_large(zf, member)
    except (KeyError, zipfile.BadZipFile, OSError):
        return  # calamine says what is wrong with the file
    if size:
        rows, cols = size
        raise InputError(Problem(QT_TRANSLATE_NOOP(
            "core", "Sheet '{sheet}' of {file} reaches to cell {cell}, far beyond the table. Clear the rows and "
                    "columns after the table (or that cell), save and import again."),
            {"sheet": sheet, "file": path.name, "cell": f"{column_letter(cols - 1)}{rows}"}))


def _fill_merged_headers(rows: list[list[object]], merged: list) -> None:
    """A merged cell's value belongs to every cell it covers (merged header cells above columns)."""
    for (r0, c0), (r1, c1) in merged:
        if r1 - r0 > 3 or r0 >= len(rows):
            continue  # only small header merges; a merged block of data is left as it is
        value = rows[r0][c0] if c0 < len(rows[r0]) else None
        if is_empty(value):
            continue
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if is_empty(row[c]):
                    row[c] = value


def _trim_empty_rows(rows: list[list[object]]) -> list[list[object]]:
    """Empty rows become []; the table ends at the first run of EMPTY_RUN_STOP empty rows, and empty
    rows at the end are dropped.

    Calamine gives empty cells as "": a row is empty when every cell is. ``any`` finds the candidates
    without a Python loop over all rows (a row of zeros is a candidate too, and kept as data).
    """
    empty = [n for n in indexes(list(map(any, rows)), False) if rows[n].count("") + rows[n].count(None) == len(rows[n])]
    end, run_start, previous = len(rows), 0, -2
    for n in empty:
        if n != previous + 1:
            run_start = n
        previous = n
        if n + 1 - run_start >= EMPTY_RUN_STOP:
            end = run_start
            break
    blank = set(empty)
    while end and end - 1 in blank:
        end -= 1
    del rows[end:]
    for n in empty:
        if n >= end:
            break
        rows[n] = []
    return rows
