"""What a file really is, judged by its first bytes, not its name."""

from __future__ import annotations

import zipfile
from pathlib import Path

from core.text import QT_TRANSLATE_NOOP, InputError, Problem

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"

XLSX, XLS, ODS, CSV = "xlsx", "xls", "ods", "csv"


def _utf16(name: str) -> bytes:
    return name.encode("utf-16-le")


def detect_format(path: Path) -> str:
    """"xlsx", "xls", "ods" or "csv"; raises InputError for files the app cannot read, saying what they are."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except FileNotFoundError:
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "The file {file} does not exist (any more)."),
                                 {"file": path.name})) from None
    except OSError as exc:
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "The file {file} cannot be opened: {reason}"),
                                 {"file": path.name, "reason": exc.strerror or str(exc)})) from None
    if not head:
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "The file {file} is empty."), {"file": path.name}))
    if head.startswith(OLE2_MAGIC):
        return _ole2_kind(path)
    if head.startswith(ZIP_MAGIC):
        return _zip_kind(path)
    lowered = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")) or b"<html" in lowered[:512]:
        raise InputError(Problem(QT_TRANSLATE_NOOP(
            "core",
            "{file} is a web page (an HTML table) with a spreadsheet name, not a real spreadsheet. "
            "Open it in Excel and save it as an Excel workbook (.xlsx) or as CSV."), {"file": path.name}))
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(Problem(QT_TRANSLATE_NOOP(
            "core", "{file} is not a spreadsheet or text file that Klantbehoud can read."), {"file": path.name}))
    return CSV


def _ole2_kind(path: Path) -> str:
    # An OLE2 container is either an old .xls or an Office file locked with a password; the stream
    # names in its directory tell them apart.
    data = path.read_bytes()[:4_000_000]
    if _utf16("EncryptedPackage") in data or _utf16("EncryptionInfo") in data:
        raise InputError(Problem(QT_TRANSLATE_NOOP(
            "core",
            "{file} is protected with a password. Open it in Excel, remove the password "
            "(File > Info > Protect Workbook) and save it as .xlsx without a password."), {"file": path.name}))
    if _utf16("Workbook") in data or _utf16("Book") in data:
        return XLS
    raise InputError(Problem(QT_TRANSLATE_NOOP(
        "core", "{file} is an old Office document, not a spreadsheet. Save it as .xlsx or CSV."),
        {"file": path.name}))


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mimetype = zf.read("mimetype")[:100]
                if b"spreadsheet" in mimetype:
                    return ODS
            if "xl/workbook.xml" in names or "xl/workbook.bin" in names:
                if "xl/workbook.bin" in names:
                    raise InputError(Problem(QT_TRANSLATE_NOOP(
                        "core", "{file} is a binary Excel workbook (.xlsb). Save it as .xlsx."), {"file": path.name}))
                return XLSX
            if "word/document.xml" in names:
                raise InputError(Problem(QT_TRANSLATE_NOOP(
                    "core", "{file} is a Word document, not a spreadsheet."), {"file": path.name}))
    except zipfile.BadZipFile:
        raise InputError(Problem(QT_TRANSLATE_NOOP(
            "core", "{file} looks like an Excel file but is damaged or incomplete. Save it again from Excel."),
            {"file": path.name})) from None
    raise InputError(Problem(QT_TRANSLATE_NOOP(
        "core", "{file} is a zip archive, not a spreadsheet."), {"file": path.name}))
