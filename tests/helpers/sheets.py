"""Workbooks with a doctored first sheet, for the tests of what a reader must survive."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"


def patch_sheet(source: Path, target: Path, change: Callable[[bytes], bytes]) -> Path:
    """A copy of workbook ``source`` whose first sheet's XML went through ``change``."""
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, change(data) if item.filename == SHEET else data)
    return target


def far_cell_book(folder: Path, name: str, dimension: str | None = "as saved") -> Path:
    """A two-row customer list with a stray value in XFD1048576; its <dimension> as saved, left out (None)
    or claiming ``dimension`` (a lie such as "A1:B2")."""
    wb = openpyxl.Workbook()
    wb.active.append(["Klantnummer", "Naam"])
    wb.active.append([1, "Anna"])
    wb.active.cell(1048576, 16384, "x")
    plain = folder / ("plain-" + name)
    wb.save(plain)
    if dimension == "as saved":
        return plain
    new = b"" if dimension is None else b'<dimension ref="' + dimension.encode() + b'"/>'
    return patch_sheet(plain, folder / name, lambda xml: re.sub(rb"<dimension [^>]*/>", new, xml))
