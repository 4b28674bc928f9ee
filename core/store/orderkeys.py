"""When two orders are the same order: the same customer, day, amount, order number and occurrence (the how-manieth
identical order of a file without order numbers). An order imported twice is stored once.

The doubles are found by sorting: each order's key as five whole-number columns (an order number by its hash),
mixed into one 64-bit word, sorted with NumPy; equal neighbours are the same order once their five columns and
order numbers are checked to be equal. A unique index in the database probed once per order did the same a row at
a time (a million orders: seconds of the store's time). Only when two different orders mix into one word or two
order numbers share a hash (rare as a lottery win) is every column sorted exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import count
from operator import eq

import numpy as np

from core.model import OrderTable
from core.steps import distinct, mapped

Tables = Sequence[tuple[OrderTable, np.ndarray]]  # orders and the occurrence of each, one table after the other


def numbered_in(index: dict[str, int], names: Sequence[str]) -> np.ndarray:
    """Each name's number in ``index``, a name not there yet numbered next (``index`` grows): the texts of several
    tables numbered one table after the other."""
    return np.fromiter((index.setdefault(n, len(index)) for n in names), np.int64, len(names))


def _keys(tables: Tables, exact: bool) -> list[np.ndarray]:
    """Customer, day, amount, order number, occurrence as whole-number columns over the tables one after the other;
    customers numbered over all tables, order numbers by their hash (or numbered exactly)."""
    customers: dict[str, int] = {}
    order_ids: dict[str, int] = {}
    columns: list[list[np.ndarray]] = [[], [], [], [], []]
    for table, occurrence in tables:
        names, codes = table.customers()
        remap = numbered_in(customers, names)
        columns[0].append(remap[codes] if len(names) else codes)
        columns[1].append(table.day)
        columns[2].append((table.amount + 0.0).view(np.int64))  # + 0.0: -0.0 is the same amount as 0.0
        if exact:
            order_ids.update(zip(distinct(table.order_id).keys() - order_ids.keys(), count(len(order_ids))))
            columns[3].append(mapped(order_ids.__getitem__, table.order_id, np.int64))
        else:
            columns[3].append(mapped(hash, table.order_id, np.int64))
        columns[4].append(np.asarray(occurrence, np.int64))
    return [np.concatenate(c).astype(np.int64) if c else np.zeros(0, np.int64) for c in columns]


# Odd 64-bit multipliers that spread each column's bits over the whole word before they are combined.
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                 0xFF51AFD7ED558CCD], dtype=np.uint64)


def _groups(keys: list[np.ndarray], rank: np.ndarray | None, combined: bool) -> tuple[np.ndarray, np.ndarray]:
    """Whether each row is the first of its key (the lowest ``rank``, then the earliest row), and the first row of
    each row's key. ``combined``: sorted on one word mixed from the five columns (a sort of one column instead of
    five); the caller checks that the rows found equal are."""
    n = len(keys[0])
    if combined:
        with np.errstate(over="ignore"):
            mixed = np.zeros(n, np.uint64)
            for k, m in zip(keys, _MIX, strict=True):
                mixed ^= k.view(np.uint64) * m
                mixed ^= mixed >> np.uint64(29)
        sort_keys = [mixed]
    else:
        sort_keys = keys[::-1]
    order = np.lexsort(([] if rank is None else [rank]) + sort_keys)  # stable: ties stay in row order
    starts = np.ones(n, bool)
    if n > 1:
        same = np.ones(n - 1, bool)
        for k in sort_keys:
            sorted_k = k[order]
            same &= sorted_k[1:] == sorted_k[:-1]
        starts[1:] = ~same
    first = np.zeros(n, bool)
    first[order[starts]] = True
    leader = np.empty(n, np.int64)
    leader[order] = order[starts][np.cumsum(starts) - 1]
    return first, leader


def firsts(tables: Tables, rank: np.ndarray | None = None) -> np.ndarray:
    """True for the first order of each distinct order over the tables (the lowest ``rank``, then the earliest)."""
    keys = _keys(tables, exact=False)
    first, leader = _groups(keys, rank, combined=True)
    doubles = np.flatnonzero(~first)
    leaders = leader[doubles]
    ids = [o for table, _occurrence in tables for o in table.order_id] if len(tables) > 1 else tables[0][0].order_id
    if all((k[doubles] == k[leaders]).all() for k in keys) and all(
            map(eq, (ids[i] for i in doubles.tolist()), (ids[i] for i in leaders.tolist()))):
        return first
    # Two different orders that mixed into one word, or two order numbers with one hash: every column exactly.
    return _groups(_keys(tables, exact=True), rank, combined=False)[0]


def new_rows(stored: OrderTable, stored_occurrence: np.ndarray, table: OrderTable, occurrence: np.ndarray,
             numbered: bool = False) -> np.ndarray:
    """Which orders of ``table`` are not among the stored ones (nor met earlier in ``table``): a mask over
    ``table``. ``numbered``: every order in ``table`` has an order number of its own, so none is a double of
    another there."""
    if numbered and not len(stored):
        return np.ones(len(table), bool)  # the first import of a shop: nothing to compare
    return firsts([(stored, stored_occurrence), (table, occurrence)])[len(stored):]
