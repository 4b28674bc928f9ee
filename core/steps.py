"""Passes over a million values in steps, so a worker thread never holds the interpreter for long.

Python hands the interpreter to another thread between bytecodes only. One C-level call over a whole column —
``dict.fromkeys`` of a million customer ids, ``np.fromiter(map(...))`` — runs 0.2–0.8 s without a single
bytecode, and the window's thread waits all that time (a frozen window while a shop is stored on a worker). In
steps of 65,536 values each call is over in a few tens of milliseconds and the window gets its turn in between;
the result is the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any

import numpy as np

STEP = 1 << 16


def slices(values: Sequence[Any], step: int = STEP) -> Iterator[Sequence[Any]]:
    """``values`` in consecutive slices of at most ``step``."""
    for start in range(0, len(values), step):
        yield values[start:start + step]


def distinct(values: Sequence[Any]) -> dict[Any, None]:
    """The distinct values in first-seen order, as dict keys (``dict.fromkeys(values)``)."""
    found: dict[Any, None] = {}
    for part in slices(values):
        found.update(dict.fromkeys(part))
    return found


def mapped(function: Callable[[Any], Any], values: Sequence[Any], dtype: Any) -> np.ndarray:
    """``np.fromiter(map(function, values), dtype)``."""
    out = np.empty(len(values), dtype=dtype)
    for start in range(0, len(values), STEP):
        part = values[start:start + STEP]
        out[start:start + len(part)] = np.fromiter(map(function, part), dtype, len(part))
    return out


def joined(*columns: Sequence[Any]) -> list[tuple]:
    """``list(zip(*columns))``: rows from columns of equal length."""
    rows: list[tuple] = []
    for start in range(0, len(columns[0]) if columns else 0, STEP):
        rows.extend(zip(*(c[start:start + STEP] for c in columns), strict=True))
    return rows


def taken(texts: Sequence[str], codes: np.ndarray) -> list[str]:
    """``[texts[c] for c in codes]``: each row's text from the distinct texts and a code per row (the texts are
    shared, not copied)."""
    table = np.empty(len(texts), object)
    table[:] = texts
    out: list[str] = []
    for part in slices(codes):
        out.extend(table[part].tolist())
    return out


def split_in_steps(text: str, sep: str) -> Iterator[list[str]]:
    """``text.split(sep)`` a step of pieces at a time: the window's thread gets its turns between them, and a pass
    over the pieces never holds all of them at once."""
    while True:
        parts = text.split(sep, STEP)
        if len(parts) <= STEP:
            yield parts
            return
        text = parts.pop()
        yield parts


def same_items(seq: Sequence[Any], other: object) -> bool:
    """``seq == other`` as a list answers it: equal to any sequence (not a text) of equal items in the same order;
    NotImplemented for anything else (so Python asks ``other``)."""
    if isinstance(other, Sequence) and not isinstance(other, (str, bytes)):
        return len(other) == len(seq) and all(a == b for a, b in zip(seq, other, strict=True))
    return NotImplemented


def all_distinct(values: Sequence[Any]) -> bool:
    """Whether no value occurs twice. Found from the values' hashes, sorted by NumPy (which lets go of the
    interpreter), instead of a dict of a million values whose resizing holds it for tens of milliseconds at a time;
    two equal hashes are looked at with the values themselves."""
    hashes = np.sort(mapped(hash, values, np.int64))
    if not (hashes[1:] == hashes[:-1]).any():
        return True
    return len(distinct(values)) == len(values)


class CodedCells(Sequence[Any]):
    """A column kept as its distinct values and a code per row (row r holds ``values[codes[r]]``): the list of every
    row's value is not made (ten million rows: 80 MB and half a second per column); a row's value is looked up when
    asked for, and a pass over the rows goes a step at a time."""

    __slots__ = ("codes", "values")

    def __init__(self, codes: np.ndarray, values: Sequence[Any]):
        self.codes, self.values = codes, values

    def __len__(self) -> int:
        return len(self.codes)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return taken(self.values, self.codes[index])  # a list, as a list's slice is
        return self.values[self.codes[index]]

    def __iter__(self) -> Iterator[Any]:
        for part in slices(self.codes):
            yield from taken(self.values, part)

    def take(self, rows: np.ndarray) -> list[Any]:
        """The values of these rows, in that order."""
        return taken(self.values, self.codes[rows])

    def rows_holding(self, value: Any) -> np.ndarray:
        """The rows whose value is ``value`` (as ``list.index`` compares: the same object, or equal), rising."""
        wanted = np.fromiter((v is value or bool(v == value) for v in self.values), bool, len(self.values))
        return np.flatnonzero(wanted[self.codes]) if wanted.any() else np.zeros(0, np.intp)

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """The first row at or after ``start`` (and before ``stop``) holding ``value``; ValueError when none."""
        start, stop, _ = slice(start, stop).indices(len(self))  # (bounds read as a list's index reads them)
        rows = self.rows_holding(value)
        rows = rows[(rows >= start) & (rows < stop)]
        if not len(rows):
            raise ValueError(f"{value!r} is not in the column")
        return int(rows[0])

    def count(self, value: Any) -> int:
        return len(self.rows_holding(value))

    def __contains__(self, value: object) -> bool:
        return len(self.rows_holding(value)) > 0

    def __eq__(self, other: object) -> bool:
        return same_items(self, other)

    __hash__ = None  # type: ignore[assignment]  # compared by its values, like a list
