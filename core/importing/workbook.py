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
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree
from xml.parsers.expat import ExpatError

from core.importing.search import indexes
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


@dataclass
class WorkbookRead:
    """Rows of one sheet, with what else the owner should know about the workbook."""

    rows: list[list[object]]
    sheet: str
    sheets: list[SheetInfo]
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    formula_without_value: dict[int, list[int]] = field(default_factory=dict)  # column -> sheet rows (0-based)
    error_cells: dict[int, list[int]] = field(default_factory=dict)


def check_zip(path: Path) -> None:
    """Refuse a zip container that would unpack to something absurd, before parsing anything."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except zipfile.BadZipFile:
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "{file} is damaged: it is not a complete Excel file."),
                                 {"file": path.name})) from None
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


def _active_sheet_index(path: Path) -> int:
    """The sheet Excel shows when the file opens (workbookView activeTab), 0 when not stated."""
    try:
        with zipfile.ZipFile(path) as zf:
            xml = zf.read("xl/workbook.xml")[:200_000]
    except (KeyError, zipfile.BadZipFile, OSError):
        return 0
    m = re.search(rb"<(?:\w+:)?workbookView\b[^>]*\bactiveTab=\"(\d+)\"", xml)
    return int(m.group(1)) if m else 0


def _all_sheets(path: Path) -> list[SheetInfo]:
    """Every sheet in the workbook's order, chart sheets included (Excel's activeTab counts them too)."""
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    wb = _open(path)
    try:
        return [SheetInfo(m.name, m.visible == SheetVisibleEnum.Visible, m.typ == SheetTypeEnum.WorkSheet)
                for m in wb.sheets_metadata]
    finally:
        wb.close()


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


def read_workbook(
    path: Path,
    fmt: str,
    sheet: str | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> WorkbookRead:
    """Rows of the chosen sheet (default: the active visible one) as Python values.

    Empty cells are ""; whole numbers stay floats here and are normalised by the parsers. A damaged file
    (its zip data or sheet XML broken, often only found while reading) gives a sentence, never a traceback.
    """
    from defusedxml import DefusedXmlException
    from python_calamine import CalamineError

    try:
        return _read_workbook(path, fmt, sheet, progress, cancelled)
    except (InputError, Cancelled):
        raise
    except (CalamineError, zlib.error, zipfile.BadZipFile, EOFError, UnicodeDecodeError, ExpatError,
            ElementTree.ParseError, DefusedXmlException) as exc:
        raise InputError(Problem(QT_TRANSLATE_NOOP(
            "core", "{file} is damaged and cannot be read ({reason}). Open it in Excel or LibreOffice, save it "
                    "again and import that copy."), {"file": path.name, "reason": str(exc)[:160]})) from None


def _read_workbook(
    path: Path,
    fmt: str,
    sheet: str | None,
    progress: Callable[[float], None] | None,
    cancelled: Callable[[], bool] | None,
) -> WorkbookRead:
    if fmt in ("xlsx", "ods"):
        check_zip(path)
    every = _all_sheets(path)
    sheets = [s for s in every if s.worksheet]
    if not sheets:
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "{file} holds no worksheets."), {"file": path.name}))
    if sheet is None:
        active = _active_sheet_index(path) if fmt == "xlsx" else 0
        pick = every[active] if active < len(every) and every[active].visible and every[active].worksheet else None
        pick = pick or next((s for s in sheets if s.visible), sheets[0])
        sheet = pick.name
    elif sheet not in [s.name for s in sheets]:
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "{file} has no sheet called '{sheet}'."),
                                 {"file": path.name, "sheet": sheet}))
    scan = None
    member = _sheet_member(path, sheet) if fmt == "xlsx" else None
    if member:
        from core.importing.cellscan import SheetScan

        _check_extent(path, sheet, member)
        scan = SheetScan(path, member)  # formulas without a result and error cells, on a second core
    if cancelled and cancelled():
        raise Cancelled()
    wb = _open(path)
    try:
        # Whole rows from column A: calamine's own trimming would shift the columns.
        ws = wb.get_sheet_by_name(sheet)
        rows = _trim_empty_rows(ws.to_python(skip_empty_area=False))
        merged = list(ws.merged_cell_ranges or []) if fmt == "xlsx" else []
    finally:
        wb.close()
    if progress:
        progress(1.0)
    result = WorkbookRead(rows, sheet, sheets, merged)
    if scan:
        scan.fill(result)
    return result


def _sheet_member(path: Path, sheet: str) -> str | None:
    """The zip member with the sheet's XML; None when the workbook does not say (calamine reads it anyway)."""
    from core.importing.sheetxml import sheet_member

    try:
        with zipfile.ZipFile(path) as zf:
            return sheet_member(zf, sheet)
    except (KeyError, zipfile.BadZipFile, OSError):
        return None


def _check_extent(path: Path, sheet: str, member: str) -> None:
    """Refuse a sheet whose outermost cells span a grid too large to read (see sheetxml.too_large)."""
    from core.importing.cellscan import column_letter
    from core.importing.sheetxml import too_large

    try:
        with zipfile.ZipFile(path) as zf:
            size = too_large(zf, member)
    except (KeyError, zipfile.BadZipFile, OSError):
        return  # calamine says what is wrong with the file
    if size:
        rows, cols = size
        raise InputError(Problem(QT_TRANSLATE_NOOP(
            "core", "Sheet '{sheet}' of {file} reaches to cell {cell}, far beyond the table. Clear the rows and "
                    "columns after the table (or that cell), save and import again."),
            {"sheet": sheet, "file": path.name, "cell": f"{column_letter(cols - 1)}{rows}"}))


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
