"""The import's heavy work as it runs in a child process, so the window never waits for it.

The child keeps the last file it read in memory; the parent gets back only a light copy of it (headers,
the first rows for the preview, the guesses) and, after a check, the ImportResult. Progress goes back
through the reading child's queue (``core/importing/child.py``).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from core.importing.child import report_progress
from core.importing.pipeline import Source, import_source, open_source
from core.importing.result import ImportResult

PREVIEW_ROWS = 80
_cache: dict[tuple, Source] = {}


def source_key(path: Path, sheet: str | None, delimiter: str | None) -> tuple:
    """What identifies a read file: its path, sheet, separator and last change."""
    stat = path.stat()
    return (str(path), sheet, delimiter, stat.st_mtime_ns, stat.st_size)


def light(source: Source) -> Source:
    """The source without the bulk of its rows (enough for the header and the preview)."""
    return replace(source, raw=replace(source.raw, rows=list(source.rows[: source.data_start + PREVIEW_ROWS])))


def open_in_child(path: Path, sheet: str | None, delimiter: str | None) -> tuple[tuple, Source]:
    """Read the file here, keep it, and return its key and a light copy."""
    source = open_source(path, sheet, delimiter, report_progress)
    key = source_key(path, sheet, delimiter)
    _cache.clear()
    _cache[key] = source
    return key, light(source)


def import_in_child(key: tuple, mapping: dict[int, str], kind: str) -> ImportResult:
    """Build the data from the kept file (read again if this child does not have it)."""
    source = _cache.get(key)
    if source is None:
        path, sheet, delimiter = Path(key[0]), key[1], key[2]
        source = open_source(path, sheet, delimiter)
        _cache.clear()
        _cache[key] = source
    return import_source(source, mapping, kind, report_progress)
