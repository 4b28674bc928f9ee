"""Importing a file from the command line as the window does: a workbook in the reading child process
(``core/importing/child.py``), so an owner sees a sentence instead of a crash when calamine gives up. CSV files
never reach calamine and are read in the process itself.
"""

from __future__ import annotations

from pathlib import Path

from core.importing.pipeline import import_file
from core.importing.result import ImportResult
from core.importing.sniff import CSV, detect_format


def import_file_guarded(path: Path | str, sheet: str | None = None) -> ImportResult:
    """``import_file``, for workbooks in a child process; a child that dies becomes an InputError."""
    path = Path(path)
    if detect_format(path) == CSV:
        return import_file(path, sheet)
    from core.importing.child import ReadingChild  # (a CSV file does not load the process pool's code)

    with ReadingChild() as child:
        return child.run(path.name, import_file, path, sheet)
