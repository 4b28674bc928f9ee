"""A column's cells numbered: each row's code among the distinct cells, and those cells in the order they first
occur, with NumPy (no Python object per cell). Values of few kinds of byte in each place are counted; others are
sorted by their bytes or, past eight bytes, by a hash checked against the bytes."""

from __future__ import annotations

import numpy as np

# Rows hashed at a time: keeps the temporary arrays of a wide column small.
_CHUNK = 1 << 16
_PRIME = np.uint64(1_099_511_628_211)  # FNV's 64-bit prime: any odd multiplier spreads the bytes


def numbered(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each cell's position among the distinct cells, and those in the order they first occur: found by counting
    (values of few kinds of byte per place), else by sorting the cells' bytes or, past eight bytes, their hashes
    (checked against the bytes themselves)."""
    n, width = len(cells), cells.dtype.itemsize
    block = cells.view(np.uint8).reshape(n, width)
    found = counted(block)
    if found is not None:
        at, inverse = found
    elif width <= 8:  # (customer numbers, amounts) the bytes themselves are the key: nothing to hash, nothing to check
        keys = np.zeros((n, 8), np.uint8)
        keys[:, :width] = block
        at, inverse = first_and_inverse(keys.view(np.uint64).ravel())
    else:
        hashes = np.empty(n, np.uint64)
        for lo in range(0, n, _CHUNK):
            hashes[lo:lo + _CHUNK] = hashed(block[lo:lo + _CHUNK])
        at, inverse = first_and_inverse(hashes)
        if not np.array_equal(cells, cells[at][inverse]):  # two values with one hash: sort the bytes themselves
            at, inverse = first_and_inverse(cells)
    order = np.argsort(at)  # the distinct values in the order they first occur (``at`` holds no ties)
    rank = np.empty(len(at), np.intp)
    rank[order] = np.arange(len(at))
    return rank[inverse], cells[at[order]]


def counted(block: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """``first_and_inverse`` of the rows of ``block`` without sorting them, when the values are made of few kinds of
    byte in each place (customer numbers "K0019772", dates "13-11-2021", amounts "212,23"): each place's bytes
    numbered among those that occur there make one whole number per row, and numbers below a few million are counted
    instead of sorted (a million customer numbers: 0.23 → 0.10 s). None when the numbers would run higher."""
    n, width = block.shape
    limit = min(max(2 * n, 1 << 16), 1 << 24)  # (a mark and a count per number: at most 80 MB)
    places, size = [], 1
    for j in range(width):
        seen = np.bincount(block[:, j], minlength=256) > 0
        kinds = int(seen.sum())
        if kinds > 1:  # (a place that holds the same byte in every row says nothing)
            size *= kinds
            if size > limit:
                return None
            places.append((j, kinds, (np.cumsum(seen) - 1).astype(np.int32)))
    key = np.zeros(n, np.int32)  # (below the limit: 32 bits hold it, half the memory)
    for j, kinds, number in places:
        key *= kinds
        key += number[block[:, j]]
    present = np.zeros(size, bool)
    present[key] = True
    inverse = (np.cumsum(present, dtype=np.int32) - 1)[key]
    at = np.full(int(present.sum()), n, np.intp)
    np.minimum.at(at, inverse, np.arange(n))
    return at, inverse


# A column this long is first sampled: with few distinct values (dates, prices) each row is looked up among the
# sample's values (the sample holds them all, as a rule), twice as fast as sorting every row.
_SAMPLE = 1 << 16


def first_and_inverse(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Of each distinct value, where it first occurs; of each row, which distinct value it holds (an index into
    the first array). One unstable sort: a stable one (what ``np.unique`` uses to find first occurrences) is
    several times slower on 64-bit keys."""
    n = len(values)
    sample = np.unique(values[:: n // _SAMPLE]) if n > 4 * _SAMPLE else None
    if sample is not None and len(sample) * 4 < _SAMPLE:
        # Each row looked up among the sample's values; when the sample missed one, among every row's values sorted.
        found, inverse = sample, np.searchsorted(sample, values)
        if (sample[np.minimum(inverse, len(sample) - 1)] != values).any():
            found = np.unique(values)
            inverse = np.searchsorted(found, values)
        at = np.full(len(found), n, np.intp)
        np.minimum.at(at, inverse, np.arange(n))
        return at, inverse
    perm = np.argsort(values)
    ordered = values[perm]
    new = np.empty(len(values), bool)
    new[0] = True
    new[1:] = ordered[1:] != ordered[:-1]
    bounds = np.flatnonzero(new)
    inverse = np.empty(len(values), np.intp)
    inverse[perm] = np.cumsum(new) - 1
    return np.minimum.reduceat(perm, bounds), inverse


def hashed(block: np.ndarray) -> np.ndarray:
    """A 64-bit hash of each row of bytes (multiply and add, wrapping: equal bytes, equal hash)."""
    h = np.zeros(len(block), np.uint64)
    for b in range(block.shape[1]):
        h *= _PRIME
        h += block[:, b]
    return h
