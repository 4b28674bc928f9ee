"""Reading CSV and text exports: encoding, delimiter and a ``sep=`` first line."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path

import numpy as np

from core.importing.bytecolumns import plain_rows
from core.importing.rawtable import RawTable
from core.importing.result import WARNING, RowProblem, SourceInfo
from core.importing.search import indexes
from core.text import PLURAL, QT_TRANSLATE_NOOP, InputError, Problem

DELIMITERS = (";", ",", "\t", "|")


@dataclass
class CsvInfo:
    """How the text file was read."""

    encoding: str
    delimiter: str
    sep_line: bool
    notes: list[Problem] = field(default_factory=list)  # what was odd about the encoding


def decode(raw: bytes) -> tuple[str, str, list[Problem]]:
    """Text, encoding and what was odd about it: byte-order mark first, then UTF-8, then Windows-1252.

    A file pasted together from two systems has some lines in UTF-8 and others in Windows-1252: each line
    is read in its own encoding (so "José" stays "José"), and the lines read the old way are reported.
    Bytes that fit no encoding (a UTF-16 file cut off mid-character) become "�" and are reported too.
    """
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(name), name, []
            except UnicodeDecodeError as exc:
                return raw.decode(name, errors="replace"), name, [Problem(QT_TRANSLATE_NOOP(
                    "core", "The file ends in the middle of a character (byte {at}): it may be cut off. "
                            "What could not be read shows as “�”."), {"at": exc.start})]
    try:
        return raw.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    lines = raw.split(b"\n")
    old: list[int] = []
    texts = []
    utf8_lines = 0  # lines with letters beyond ASCII that are valid UTF-8
    for number, line in enumerate(lines, start=1):
        try:
            texts.append(line.decode("utf-8"))
            utf8_lines += not line.isascii()
        except UnicodeDecodeError:
            texts.append(line.decode("cp1252", errors="replace"))
            old.append(number)
    if not utf8_lines:  # the whole file is Windows-1252 (plain ASCII lines read the same): nothing to report
        return "\n".join(texts), "cp1252", []
    shown = ", ".join(map(str, old[:10])) + (" …" if len(old) > 10 else "")
    return "\n".join(texts), "utf-8", [Problem(PLURAL.translate(
        "core", "{count} lines are in another encoding than the rest (Windows-1252 instead of UTF-8): lines "
                "{lines}. They were read in their own encoding; check the names on those lines.", "", 0),
        {"count": len(old), "lines": shown}, count="count")]


def _count_outside_quotes(line: str, delimiter: str) -> int:
    count, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == delimiter and not quoted:
            count += 1
    return count


def sniff_delimiter(lines: list[str]) -> str:
    """The delimiter that splits the most lines into the same number of fields (whole lines counted)."""
    sample = [ln for ln in lines[:200] if ln.strip()]
    best, best_score = ",", -1.0
    for d in DELIMITERS:
        counts = [_count_outside_quotes(ln, d) for ln in sample]
        if not counts or max(counts) == 0:
            continue
        mode = max(set(counts), key=counts.count)
        if mode == 0:
            continue
        consistent = counts.count(mode) / len(counts)
        score = consistent * 1000 + mode
        if score > best_score:
            best, best_score = d, score
    return best


def _split_plain(text: str, delimiter: str) -> list[list[str]] | None:
    """Rows by splitting lines at the delimiter, three times faster than the csv module and the same
    result: lines with quotes go through csv one by one. None (use csv for the whole file) when a quoted
    field may run over a line end (an odd number of quotes on a line), or line ends are mixed or a lone
    carriage return."""
    crlf = text.count("\r\n")
    if crlf and crlf == text.count("\r") == text.count("\n"):
        lines = text.split("\r\n")  # Windows line ends throughout
    elif "\r" in text:
        return None
    else:
        lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the newline that ends the last line
    quoted = [i for i, line in enumerate(lines) if '"' in line] if '"' in text else []
    if any(lines[i].count('"') % 2 for i in quoted):
        return None
    rows: list[list[str]] = list(map(str.split, lines, repeat(delimiter)))  # one C-level pass
    for i in indexes(lines, ""):
        rows[i] = []  # an empty line is an empty row, not one empty cell
    if quoted:
        try:
            parsed = list(csv.reader([lines[i] for i in quoted], delimiter=delimiter))
        except csv.Error:
            return None  # the whole-file reader names the line
        for i, row in zip(quoted, parsed, strict=True):
            rows[i] = row
    return rows


def _ascii(raw: bytes) -> bool:
    """Whether the file is plain ASCII (one C-level pass, no copy)."""
    return raw.isascii()


def read_csv(path: Path, delimiter: str | None = None) -> tuple[Sequence[list[str]], CsvInfo,
                                                                 list[tuple[int, Problem]]]:
    """Rows of a CSV file as text cells, how it was read, and problems per line (ragged rows).

    A plain file (no quotes, every line as many fields) comes back as a ``ColumnRows``: its bytes, read a column
    at a time; any other as a list of rows."""
    raw = path.read_bytes()
    # A file of plain ASCII reads the same in every encoding: its whole text is made only if the columns path
    # cannot take the file (10 million orders: 0.3 s and 368 MB less); its first line and a sample are decoded.
    text, encoding, notes = (None, "utf-8", []) if _ascii(raw) else decode(raw)
    seen: str | bytes = raw if text is None else text
    first_nl = seen.find(b"\n" if text is None else "\n")
    first_line = seen[: first_nl if first_nl >= 0 else len(seen)]
    first = (first_line.decode("ascii") if isinstance(first_line, bytes) else first_line).strip()
    sep_line = first.lower().startswith("sep=") and len(first) >= 5
    skip = (first_nl + 1 if first_nl >= 0 else len(seen)) if sep_line else 0  # (one byte per character in ASCII)
    if sep_line and delimiter is None:
        delimiter = first[4]
    if text is not None:
        text = text[skip:]
    if delimiter is None:
        sample = text[:200_000] if text is not None else raw[skip:skip + 200_000].decode("ascii")
        delimiter = sniff_delimiter(sample.splitlines()[:200])
    if not notes:  # one encoding throughout: the bytes of the text after a byte-order mark and sep= line
        body = raw[len(codecs.BOM_UTF8):] if encoding == "utf-8-sig" else raw
        if sep_line:
            body = body[body.find(b"\n") + 1:] if b"\n" in body else b""
        plain = plain_rows(body, encoding, delimiter)
        if plain is not None:
            return plain, CsvInfo(encoding, delimiter, sep_line, notes), []
    if text is None:
        text = raw[skip:].decode("ascii")
    rows = _split_plain(text, delimiter)
    if rows is None:
        # One C-level call for the whole file: big files are read in the import's child process, so this
        # never holds up the window.
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        rows = []
        try:
            rows.extend(reader)
        except csv.Error:
            raise InputError(Problem(QT_TRANSLATE_NOOP(
                "core", "{file}: around line {line} a value runs on for more than {limit} characters. Is a quote "
                        "(\") opened there and never closed? Fix that line and import again."),
                {"file": path.name, "line": reader.line_num, "limit": f"{csv.field_size_limit():,}"})) from None
    problems: list[tuple[int, Problem]] = []
    widths = [len(r) for r in rows[:2000] if len(r) > 1]
    if widths:
        usual = max(set(widths), key=widths.count)
        offset = 2 if sep_line else 1
        wide = np.flatnonzero(np.fromiter(map(len, rows), np.intp, len(rows)) > usual).tolist()
        for i in wide:
            row = rows[i]
            if any(c.strip() for c in row[usual:]):
                problems.append((i + offset, Problem(QT_TRANSLATE_NOOP(
                    "core", "Line {line} has {found} fields where the file has {usual}; check for a stray '{sep}'."),
                    {"line": i + offset, "found": len(row), "usual": usual, "sep": delimiter})))
    return rows, CsvInfo(encoding, delimiter, sep_line, notes), problems


def read_table(path: Path, delimiter: str | None = None) -> RawTable:
    """The file as the guessing takes it: its rows, how it was read, the encoding's oddities and the lines with more
    fields than the file has (said, and not read). Numbers in a file split by ";" are Dutch (decimal comma) unless a
    column shows otherwise; in a file split by "," they have a decimal point."""
    rows, info, line_problems = read_csv(path, delimiter)
    notes = [RowProblem(0, "", WARNING, note) for note in info.notes]
    notes += [RowProblem(line, "", "rejected", problem) for line, problem in line_problems]
    # A line number as the owner sees it, back to the row it is (the first line is 1, after a sep= line 2).
    unreadable = {line - 1 - (1 if info.sep_line else 0) for line, _problem in line_problems}
    source = SourceInfo(path.name, "csv", encoding=info.encoding, delimiter=info.delimiter, sep_line=info.sep_line)
    return RawTable(rows, source, notes, unreadable, "," if info.delimiter == ";" else ".")
