"""A plain CSV file read as columns of its bytes: no Python object per cell.

Most exports are plain: the same number of fields on every line, quotes on few lines or none. Such a file is
kept as its bytes with the positions of its line ends and delimiters (found with NumPy in one pass each); the
few lines with quotes are read by the csv module. A column is asked for as codes and distinct values — each
distinct value decoded once, each row's code found by hashing the column's bytes — and a row is made only when
asked for (the header, the preview, a row that needs a closer look). Every other file (ragged lines, blank lines,
a lone carriage return, a quoted value over a line end, quotes on many lines) is read line by line as before
(``core/importing/csvfile.py``), so what a row holds never depends on which way it was read.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import overload

import numpy as np

from core.importing.distinct import numbered
from core.packed import PackedTexts, packed_rows
from core.steps import CodedCells, same_items

# Rows gathered or cast at a time: keeps the temporary arrays of a wide column small.
_CHUNK = 1 << 16


class _Lines:
    """The file's bytes and the positions of its line ends and delimiters, shared by a ``ColumnRows`` and its slices
    so that all of them let go of them at once."""

    __slots__ = ("raw", "starts", "ends", "seps")

    def __init__(self, raw: bytes, starts: np.ndarray, ends: np.ndarray, seps: np.ndarray):
        self.raw, self.starts, self.ends, self.seps = raw, starts, ends, seps


class ColumnRows(Sequence[list[str]]):
    """The lines ``lo`` to ``hi`` of a plain CSV file, each a row of text cells (a Sequence, as a list of rows is).

    Build one with ``plain_rows``. Slicing gives the same kind of object over fewer lines (no copy).
    """

    def __init__(self, raw: bytes, encoding: str, delimiter: str, starts: np.ndarray, ends: np.ndarray,
                 seps: np.ndarray, quoted: dict[int, list[str]] | None = None, lo: int = 0, hi: int | None = None,
                 lines: _Lines | None = None):
        self._lines = lines or _Lines(raw, starts, ends, seps)
        self.encoding, self.delimiter = encoding, delimiter
        # Lines with quotes, as the csv module read them (their fields' bytes lie after the file's own).
        self.quoted = quoted or {}
        self.width = seps.shape[1] + 1
        self.lo = lo
        self.hi = len(starts) if hi is None else hi
        self._columns: dict[int, tuple[np.ndarray, Sequence[str]]] = {}

    # The file's bytes and positions, while this rows object (or one it was sliced from) has not let go of them.
    raw = property(lambda self: self._held().raw)
    starts = property(lambda self: self._held().starts)
    ends = property(lambda self: self._held().ends)
    seps = property(lambda self: self._held().seps)

    def _held(self) -> _Lines:
        if self._lines.raw is None:
            raise RuntimeError("the file's bytes were let go: its rows are no longer read")
        return self._lines

    def let_go(self) -> None:
        """Let go of the file's bytes and positions, here and in every slice of the same file (the columns found so
        far stay). For an import that reads the rows no more: ten million lines hold 570 MB."""
        lines = self._lines
        lines.raw = lines.starts = lines.ends = lines.seps = None

    def __len__(self) -> int:
        return self.hi - self.lo

    @overload
    def __getitem__(self, index: int) -> list[str]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[list[str]]: ...

    def __getitem__(self, index: int | slice) -> list[str] | Sequence[list[str]]:
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            stop = max(start, stop)
            return ColumnRows(self.raw, self.encoding, self.delimiter, self.starts, self.ends, self.seps,
                              self.quoted, self.lo + start, self.lo + stop, self._lines)
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        line = self.lo + index
        if line in self.quoted:
            return list(self.quoted[line])
        text = self.raw[int(self.starts[line]):int(self.ends[line])].decode(self.encoding, errors="replace")
        return text.split(self.delimiter)

    def __iter__(self) -> Iterator[list[str]]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same rows (a list of rows, as the line-by-line reader gives)."""
        return same_items(self, other)

    __hash__ = None  # type: ignore[assignment]  # compared by its rows, like a list

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_columns": {}}  # the columns are found again where they are needed

    def empty(self, j: int) -> np.ndarray:
        """Offsets of the rows whose field ``j`` is empty (found from the field's length alone)."""
        first, last = self._bounds(j)
        return np.flatnonzero(last == first)

    def blank(self) -> np.ndarray:
        """Offsets of the rows whose every field is empty (a line of only delimiters)."""
        lines = slice(self.lo, self.hi)
        return np.flatnonzero(self.ends[lines] - self.starts[lines] == self.width - 1)

    def column(self, j: int) -> tuple[np.ndarray, Sequence[str]]:
        """Column ``j`` as a code per row and its distinct texts in first-seen order (``texts[codes[r]]`` is the
        cell of row r); a ``PackedTexts`` when every row holds a value of its own."""
        if j not in self._columns:
            self._columns[j] = self._find_column(j)
        return self._columns[j]

    def found(self, j: int) -> bool:
        """Whether column ``j`` was found already (its codes and texts are at hand)."""
        return j in self._columns

    def find_columns(self, columns: Iterable[int]) -> None:
        """Find these columns ahead, two at a time: NumPy's sorting and gathering let go of the interpreter, so
        a second core halves the wait (0.57 → 0.34 s for the UCI export's five columns)."""
        todo = [j for j in dict.fromkeys(columns) if 0 <= j < self.width and j not in self._columns]
        if len(todo) < 2:
            return
        with ThreadPoolExecutor(2) as pool:
            for j, found in zip(todo, pool.map(self._find_column, todo), strict=True):
                self._columns[j] = found

    def cells(self, j: int) -> Sequence[str]:
        """Column ``j``'s cells as texts: its distinct texts and a code per row (a column whose every row holds a value
        of its own: its distinct texts, packed). No list of every row's cell is made."""
        codes, texts = self.column(j)
        if isinstance(texts, PackedTexts):
            return texts  # a value per row, in row order
        return CodedCells(codes, texts)

    def _bounds(self, j: int) -> tuple[np.ndarray, np.ndarray]:
        lines = slice(self.lo, self.hi)
        first = self.starts[lines] if j == 0 else self.seps[lines, j - 1] + 1
        last = self.ends[lines] if j == self.width - 1 else self.seps[lines, j]
        return first, last

    def _find_column(self, j: int) -> tuple[np.ndarray, Sequence[str]]:
        first, last = self._bounds(j)
        n = len(first)
        if n == 0:
            return np.zeros(0, np.intp), []
        buf = np.frombuffer(self.raw, np.uint8)
        lengths = last - first
        width = max(int(lengths.max()), 1)
        cells = np.empty(n, f"S{width}")  # each cell's bytes, padded with zero bytes (none occurs in the text)
        for lo in range(0, n, _CHUNK):
            part = slice(lo, lo + _CHUNK)
            cells[part] = _gather(buf, first[part], lengths[part], width).view(f"S{width}").ravel()
        every = n > 1 and (_monotonic(cells, np.greater) or _monotonic(cells, np.less))
        if every:
            codes, distinct = np.arange(n), cells  # rising or falling (order numbers): every value a new one
        else:
            codes, distinct = numbered(cells)
        codes = codes.astype(np.int32) if n < 1 << 31 else codes  # half the memory of a code per row
        ascii_only = bool((distinct.view(np.uint8) < 128).all())
        if every and ascii_only:
            # Every row a value of its own (order numbers): one text for the whole column, not a text per row.
            packed = packed_rows(cells.view(np.uint8).reshape(n, width), lengths)
            if packed is not None:
                return codes, packed
        if ascii_only:
            # Plain ASCII (in each encoding read here): C-level casts, a chunk at a time (the cast's 4-byte
            # characters of ten million order numbers would take 360 MB at once); distinct bytes, distinct texts.
            texts: list[str] = []
            for lo in range(0, len(distinct), _CHUNK):
                texts.extend(distinct[lo:lo + _CHUNK].astype(f"U{width}").tolist())
            return codes, texts
        texts = [b.decode(self.encoding, errors="replace") for b in distinct.tolist()]
        unique = dict.fromkeys(texts)
        if len(unique) < len(texts):  # bytes that read as the same text (a replaced character): one value
            position = {t: i for i, t in enumerate(unique)}
            codes = np.fromiter(map(position.__getitem__, texts), np.intp, len(texts))[codes]
            texts = list(unique)
        return codes, texts


def _monotonic(cells: np.ndarray, rising: np.ufunc) -> bool:
    """Whether each cell compares ``rising`` (np.greater or np.less) to the one before. The first thousand are asked
    first: a column of customers or dates shows it there, without comparing a million pairs."""
    head = cells[:1000]
    if not rising(head[1:], head[:-1]).all():
        return False
    return bool(rising(cells[1:], cells[:-1]).all())


def _gather(buf: np.ndarray, first: np.ndarray, lengths: np.ndarray, width: int) -> np.ndarray:
    """The bytes of these fields as rows of ``width`` bytes, zero after each field's end (one gather of every
    position, then the bytes past each field's end cleared: a third of the time of a gather per byte position)."""
    at = first[:, None] + np.arange(width, dtype=first.dtype)
    np.minimum(at, len(buf) - 1, out=at)  # the last field's row may reach past the file's end: cleared below
    block = buf[at]
    if len(lengths) and lengths.min() < width:
        block[np.arange(width) >= lengths[:, None]] = 0
    return block


def plain_rows(raw: bytes, encoding: str, delimiter: str) -> ColumnRows | None:
    """The lines of ``raw`` (the file's bytes after a byte-order mark or ``sep=`` line) as a ``ColumnRows``, or
    None when the file is not plain: a zero byte, a blank line, a lone carriage return, lines with different
    numbers of fields, a quoted value running over a line end, many lines with quotes, an encoding in which the
    delimiter is not one byte (UTF-16). Lines with quotes are read by the csv module, as the line-by-line reader
    reads them."""
    if encoding not in ("utf-8", "utf-8-sig", "cp1252", "ascii") or len(delimiter) != 1 or not delimiter.isascii():
        return None
    if not raw or b"\x00" in raw:
        return None
    buf = np.frombuffer(raw, np.uint8)
    # Positions in 32 bits below 1 GiB (room for the quoted lines' fields written after the file's bytes): half the
    # memory of the positions (ten million lines of four fields: 400 MB less).
    position = np.int32 if len(raw) < 1 << 30 else np.int64
    newlines = _positions(buf, 10)
    ends = newlines.astype(position)
    returns = raw.count(b"\r") if b"\r" in raw else 0
    if returns:  # Windows line ends, on every line and nowhere else
        if returns != len(newlines) or not len(newlines) or (buf[newlines - 1] != 13).any():
            return None
        ends -= 1
    if not len(newlines) or newlines[-1] != len(buf) - 1:
        ends = np.append(ends, np.array([len(buf)], position))  # the last line has no line end of its own
    starts = np.empty(len(ends), position)
    starts[0] = 0
    starts[1:] = newlines[: len(ends) - 1] + 1
    if (ends <= starts).any():
        return None  # a blank line: read line by line, where it is a row of no cells
    plain = np.ones(len(starts), bool)
    quoted: list[int] = []
    if b'"' in raw:
        quotes = np.searchsorted(starts, _positions(buf, 34), side="right") - 1
        per_line = np.bincount(quotes, minlength=len(starts))
        quoted = np.flatnonzero(per_line).tolist()
        if (per_line % 2).any() or len(quoted) * _MOST_QUOTED > len(starts):
            return None  # a quoted value over a line end (the whole-file reader), or mostly quoted lines
        plain[quoted] = False
    at = _positions(buf, ord(delimiter), position)
    fields = int(np.searchsorted(at, ends[0]))  # delimiters on the first line
    if not quoted and fields and len(at) == fields * len(starts):
        # As many delimiters as the first line's on every line, when each line holds its share of them: the k-th
        # delimiter of line i is the (i·fields + k)-th of the file (no search per line).
        grid = at.reshape(len(starts), fields)
        if (grid[:, 0] >= starts).all() and (grid[:, -1] < ends).all():
            return ColumnRows(raw, encoding, delimiter, starts, ends, grid)
    first = np.searchsorted(at, starts)  # each line's first delimiter (an index into ``at``)
    per_line = np.diff(np.append(first, len(at)))[plain]
    if not len(per_line) or per_line.min() != per_line.max() or per_line[0] == 0:
        return None  # lines with different numbers of fields (said line by line), or one field per line
    if not quoted:
        return ColumnRows(raw, encoding, delimiter, starts, ends, at.reshape(len(starts), int(per_line[0])))
    seps = np.empty((len(starts), int(per_line[0])), position)
    seps[plain] = at[first[plain][:, None] + np.arange(seps.shape[1])]
    return _with_quoted_lines(raw, encoding, delimiter, starts, ends, seps, quoted)


def _positions(buf: np.ndarray, byte: int, kind: type = np.intp) -> np.ndarray:
    """Where ``byte`` occurs in ``buf`` (as ``kind``), found a megabyte at a time: the comparison's booleans stay in the
    processor's cache instead of filling an array as long as the file (368 MB for ten million lines: 1.1 → 0.2 s)."""
    parts = []
    for lo in range(0, len(buf), _SPAN):
        found = np.flatnonzero(buf[lo:lo + _SPAN] == byte).astype(kind)
        found += lo
        parts.append(found)
    return np.concatenate(parts) if parts else np.zeros(0, kind)


_SPAN = 1 << 20

# A file with more than one line in this many holding quotes is read line by line (quotes on every line: the
# csv module's own pass is as fast).
_MOST_QUOTED = 10


def _with_quoted_lines(raw: bytes, encoding: str, delimiter: str, starts: np.ndarray, ends: np.ndarray,
                       seps: np.ndarray, quoted: list[int]) -> ColumnRows | None:
    """The rows with the lines that hold quotes read by the csv module; their fields are written after the
    file's bytes, one after another, and the lines' positions point there."""
    texts = [raw[int(starts[i]):int(ends[i])].decode(encoding, errors="replace") for i in quoted]
    try:
        read = list(csv.reader(texts, delimiter=delimiter))
    except csv.Error:
        return None
    width = seps.shape[1] + 1
    extra = bytearray()
    sep = delimiter.encode()
    for line, fields in zip(quoted, read, strict=True):
        if len(fields) != width:
            return None  # as many fields as the other lines, or the line-by-line reader says which line differs
        try:
            encoded = [f.encode(encoding) for f in fields]
        except UnicodeEncodeError:
            return None  # a character that could not be read ("�"), in an encoding without it
        at = len(raw) + len(extra)
        starts[line] = at
        for j, field in enumerate(encoded[:-1]):
            at += len(field)
            seps[line, j] = at
            at += 1
        ends[line] = at + len(encoded[-1])
        extra += sep.join(encoded)
    return ColumnRows(raw + bytes(extra), encoding, delimiter, starts, ends, seps, dict(zip(quoted, read,
                                                                                                 strict=True)))
