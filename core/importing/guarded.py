"""Importing a workbook from the command line in a child process.

calamine ends the whole process (a Rust abort, not an exception) when a sheet's grid does not fit in
memory. The window's imports already run in a child (``ui/childwork.py``); this does the same for the
command line, so an owner sees a sentence instead of a crash. CSV files never reach calamine and are
read in the process itself.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from core.importing.pipeline import import_file
from core.importing.result import ImportResult
from core.importing.sniff import CSV, detect_format
from core.text import QT_TRANSLATE_NOOP, InputError, Problem


def _quiet() -> None:
    """In the child: calamine's last words on an abort are for developers, not for the owner's terminal."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)


def import_file_guarded(path: Path | str, sheet: str | None = None) -> ImportResult:
    """``import_file``, for workbooks in a child process; a child that dies becomes an InputError."""
    path = Path(path)
    if detect_format(path) == CSV:
        return import_file(path, sheet)
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet) as pool:
        try:
            return pool.submit(import_file, path, sheet).result()
        except BrokenProcessPool:
            raise InputError(Problem(QT_TRANSLATE_NOOP(
                "core", "Reading {file} stopped unexpectedly: it may be damaged or far too large. Open it in "
                        "Excel, save it again and import that copy."), {"file": path.name})) from None
