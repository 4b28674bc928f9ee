"""Many texts kept as one: a column of ten million order numbers is one text of 110 MB instead of ten million
string objects (about 600 MB), and a search over the whole column is one C-level search of that text.

A ``PackedTexts`` is a read-only sequence of texts; it makes a text object only for the values asked for, and
the positions of the values only when one is asked for by its place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from operator import itemgetter
from typing import Any, overload

import numpy as np

from core.steps import STEP, CodedCells, same_items, split_in_steps

# The ASCII characters ``str.strip`` takes away, as a lookup by byte and as characters.
_SPACE = np.array([chr(i).isspace() for i in range(128)])
_SPACES = [chr(i) for i in range(128) if chr(i).isspace()]


class PackedTexts(Sequence[str]):
    """``n`` texts joined by ``sep``, a separator none of them holds (the caller makes sure of it)."""

    __slots__ = ("sep", "text", "_n", "_starts")

    def __init__(self, sep: str, text: str, n: int):
        if len(sep) != 1:
            raise ValueError("the separator is one character")
        if (text.count(sep) + 1 if n else 0) != n or (n == 0 and text):
            raise ValueError("a value holds the separator, or the count is wrong")
        self.sep, self.text, self._n = sep, text, n
        self._starts: np.ndarray | None = None

    @property
    def packed(self) -> tuple[str, str]:
        """``(sep, text)``, the form ``core.model.packed_texts`` gives (an order table keeps its numbers so)."""
        return self.sep, self.text

    def __len__(self) -> int:
        return self._n

    def _units(self) -> np.ndarray:
        """The text as an array of one code unit per character (positions in it are positions in the text)."""
        if self.text.isascii():
            return np.frombuffer(self.text.encode("ascii"), np.uint8)
        return np.frombuffer(self.text.encode("utf-32-le"), np.uint32)

    def _bounds(self, keep: bool = True) -> np.ndarray:
        """Where each value starts in ``text``, and one past the end (as if a separator followed the last); kept
        for the next question unless ``keep`` is False (a pass over every value needs them once)."""
        if self._starts is not None:
            return self._starts
        units = self._units()
        starts = np.empty(self._n + 1, np.int64)
        starts[0] = 0
        starts[1:self._n] = np.flatnonzero(units == ord(self.sep)) + 1
        starts[self._n] = len(self.text) + 1
        if keep:
            self._starts = starts
        return starts

    @overload
    def __getitem__(self, index: int) -> str: ...

    @overload
    def __getitem__(self, index: slice) -> list[str]: ...

    def __getitem__(self, index: int | slice) -> str | list[str]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._n)
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            if start >= stop:
                return []
            starts = self._bounds()
            return self.text[starts[start]:starts[stop] - 1].split(self.sep)
        if index < 0:
            index += self._n
        if not 0 <= index < self._n:
            raise IndexError(index)
        starts = self._bounds()
        return self.text[starts[index]:starts[index + 1] - 1]

    def __iter__(self) -> Iterator[str]:
        if self._n:  # (no value at all is "", which splits into one)
            for parts in split_in_steps(self.text, self.sep):  # never every value as an object at once
                yield from parts

    def __contains__(self, value: object) -> bool:
        if not isinstance(value, str) or self.sep in value or not self._n:
            return False
        text, sep = self.text, self.sep
        return (text == value or text.startswith(value + sep) or text.endswith(sep + value)
                or (sep + value + sep) in text)

    def index(self, value: Any, start: int = 0, stop: int | None = None) -> int:
        """The place of the first ``value`` at or after ``start`` (and before ``stop``); ValueError when none."""
        start, stop, _ = slice(start, stop).indices(self._n)  # (bounds read as a list's index reads them)
        if isinstance(value, str) and self.sep not in value and start < stop:
            starts, text, sep = self._bounds(), self.text, self.sep
            if start == 0 and (text.startswith(value + sep) or (self._n == 1 and text == value)):
                return 0
            # Any later value stands between two separators, or after the last one.
            at = text.find(sep + value + sep, int(starts[start]) - 1 if start else 0)
            if at != -1:
                found = int(np.searchsorted(starts, at + 1))
                if found < stop:
                    return found
            elif self._n > 1 and text.endswith(sep + value) and start <= self._n - 1 < stop:
                return self._n - 1
        raise ValueError(f"{value!r} is not among the texts")

    def take(self, rows: np.ndarray) -> list[str]:
        """The values at these places, in that order (many of them: split once, then picked)."""
        if len(rows) * 16 < self._n:
            return [self[i] for i in rows.tolist()]
        every = list(self)
        return [every[i] for i in rows.tolist()]

    def space_at_edges(self) -> bool:
        """Whether some value starts or ends with space of a kind ``str.strip`` takes away."""
        if not self._n:
            return False
        if not self.text.isascii():
            return any(v != v.strip() for v in self)
        # No space anywhere (order numbers): a C-level search per kind of space, not every value's edges.
        if not any(c in self.text for c in _SPACES if c != self.sep):
            return False
        starts = self._bounds(keep=False)  # (80 MB for ten million values: not kept for a question asked once)
        units = self._units()
        first, end = starts[:-1], starts[1:] - 1
        filled = end > first
        return bool(_SPACE[units[first[filled]]].any() or _SPACE[units[end[filled] - 1]].any())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedTexts):
            return self._n == other._n and (self.text == other.text if self.sep == other.sep else
                                             list(self) == list(other))
        return same_items(self, other)

    __hash__ = None  # type: ignore[assignment]  # compared by its values, like a list

    def __getstate__(self) -> tuple[str, str, int]:
        return self.sep, self.text, self._n  # the positions are found again when asked for

    def __setstate__(self, state: tuple[str, str, int]) -> None:
        self.sep, self.text, self._n = state
        self._starts = None

    def __repr__(self) -> str:
        return f"PackedTexts({self._n} texts: {self[:3]!r}{' …' if self._n > 3 else ''})"


def packed_rows(block: np.ndarray, lengths: np.ndarray, sep: str = "\n") -> PackedTexts | None:
    """The rows of ``block`` (one value's ASCII bytes per row, zero bytes after its ``lengths``) as one text, or None
    when a value holds a zero byte or ``sep`` (then the caller keeps a list)."""
    n = len(block)
    if not n:
        return PackedTexts(sep, "", 0)
    whole = int(lengths.min()) == block.shape[1]  # every value as long as the longest (order numbers with zeros)
    parts: list[bytes] = []
    for lo in range(0, n, STEP):  # a step at a time: the temporary arrays stay small
        rows = np.zeros((min(STEP, n - lo), block.shape[1] + 1), np.uint8)
        rows[:, :-1] = block[lo:lo + STEP]
        if whole:  # the bytes as they are and a separator after each: no search for where each value ends
            rows[:, -1] = ord(sep)
            parts.append(rows.tobytes())
        else:
            rows[np.arange(len(rows)), lengths[lo:lo + STEP]] = ord(sep)
            parts.append(rows[rows != 0].tobytes())
    text = b"".join(parts)[:-1].decode("ascii")
    if len(text) != int(lengths.sum()) + n - 1 or "\x00" in text:
        return None  # a zero byte inside a value: not packed
    try:
        return PackedTexts(sep, text, n)  # (which counts the separators)
    except ValueError:
        return None  # a value holds the separator: not packed


def rows_at(cells: Sequence[Any], rows: np.ndarray) -> list[Any]:
    """A column's values at these rows (rising or not), whatever form the column is kept in: a list, the distinct
    values and a code per row (``CodedCells``), or one text (``PackedTexts``) — each picked without a Python call
    per row."""
    if isinstance(cells, (CodedCells, PackedTexts)):
        return cells.take(rows)
    if len(rows) < 2:
        return [cells[i] for i in rows.tolist()]
    return list(itemgetter(*rows.tolist())(cells))
