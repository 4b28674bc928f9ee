"""The stored orders as blocks of columns (workspace version 5).

A shop's orders are read far more often than they are written: every opening reads all of them, while an import
adds a batch at a time. A table with one row per order made the reading the slowest part of opening a big shop
(a million rows fetched as tuples: 1.3 s, and 2.4 s to have them as columns) and the file six times the size of
the same orders in a column store. So each import's new orders are kept as one or more blocks: a row of
``order_blocks`` with each column compressed on its own — the customer numbers, order numbers and branches as
their distinct texts plus a code per order, the day numbers, amounts and occurrence numbers as arrays.

Reading a block is a few C-level calls; nothing is made per order but the strings themselves. The blocks keep
the orders in the order they were stored. An order is still one order: two orders with the same customer, day,
amount, order number and occurrence are the same order, found in bulk (``core.store.orderkeys``).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from itertools import count
from typing import Any

import numpy as np

from core.model import OrderTable, packed_texts, unpacked_texts
from core.steps import distinct, mapped, taken
from core.store.db import Db
from core.store.orderkeys import firsts, numbered_in

BLOCK = 1 << 20  # orders per block: a million orders are one row of the table
LAST_DAY = date.max.toordinal()

TEXT_COLUMNS = ("customer_id", "order_id", "branch")

# Level 1: a tenth of the time of the default level for nearly the same size (amounts hardly shrink at any level).
_LEVEL = 1
# How the distinct texts are joined (a separator's number, or 0: each text after its length), their number, their
# length in bytes.
_HEADER = struct.Struct("<BII")
_SEPARATORS = {"\x1f": 1, "\x1e": 2, "\x00": 3}
_BY_CODE = {v: k for k, v in _SEPARATORS.items()}


class DamagedBlock(ValueError):
    """A stored block of orders that cannot be read back (a damaged or hand-edited shop)."""


@contextmanager
def _damaged_when_unreadable() -> Iterator[None]:
    """Whatever a block's bytes make the reading raise (not zlib, a header past its end, bytes that are no UTF-8,
    numbers that are not whole values) is a damaged block."""
    try:
        yield
    except DamagedBlock:
        raise
    except (zlib.error, struct.error, UnicodeDecodeError, TypeError, ValueError) as exc:
        raise DamagedBlock(f"a block of orders cannot be read ({exc})") from None


def _deflated(raw: bytes) -> bytes:
    return zlib.compress(raw, _LEVEL)


def _texts_raw(values: Sequence[str] | None, coded: tuple[list[str], np.ndarray | None] | None = None) -> bytes:
    """Texts as their distinct values (joined by a separator none of them holds) and a 32-bit code per value (none
    when every value is distinct), before compressing. ``coded``: the distinct values and codes when they are known
    already (the values themselves are then not needed)."""
    if coded is None:
        assert values is not None
        index = dict(zip(distinct(values), count()))
        names, codes = list(index), None
    else:
        names, codes = coded
    packed = packed_texts(names)
    if isinstance(packed, tuple):
        sep, text = packed
        tag, body = _SEPARATORS[sep], text.encode("utf-8")
    else:  # every separator occurs in some text: each text with its length
        tag = 0
        body = b"".join(struct.pack("<I", len(b)) + b for b in (n.encode("utf-8") for n in names))
    rows = len(codes) if codes is not None else len(names) if coded is not None else len(values)
    if len(names) == rows:  # every text its own (order numbers): the codes are 0, 1, 2 … and go unsaid
        tail = b""
    else:
        if codes is None:
            codes = mapped(index.__getitem__, values, np.int32)
        tail = codes.astype("<i4").tobytes()
    return _HEADER.pack(tag, len(names), len(body)) + body + tail


def _opened(raw: bytes) -> tuple[bytes, int, int, bytes]:
    """A ``_texts_raw`` column (inflated): its whole bytes, how its texts are joined, their number and their joined
    bytes."""
    tag, n, length = _HEADER.unpack_from(raw)
    return raw, tag, n, raw[_HEADER.size:_HEADER.size + length]


def _packed_of(raw: bytes, rows: int) -> tuple[str, str] | list[str]:
    """Each row's text, left packed (``packed_texts``) when every row has a text of its own, as order numbers do:
    splitting a million of them is for whoever asks for them."""
    opened = raw, tag, n, body = _opened(raw)
    if tag and n == rows and len(raw) == _HEADER.size + len(body):
        sep, text = _BY_CODE[tag], body.decode("utf-8")
        if text.count(sep) != n - 1:
            raise DamagedBlock("a block of orders does not hold what it says")
        return sep, text
    return _spelled_out(*_texts_of(opened, rows))


def _texts_of(raw: bytes | tuple[bytes, int, int, bytes], rows: int) -> tuple[list[str], np.ndarray]:
    """The distinct texts and each row's code (an inflated ``_texts_raw`` read back; or what ``_opened`` made of
    it)."""
    raw, tag, n, body = raw if isinstance(raw, tuple) else _opened(raw)
    length = len(body)
    names: list[str] = []
    if tag == 0:
        at = 0
        for _ in range(n):
            (size,) = struct.unpack_from("<I", body, at)
            names.append(body[at + 4:at + 4 + size].decode("utf-8"))
            at += 4 + size
    elif n:
        names = unpacked_texts((_BY_CODE[tag], body.decode("utf-8")))
    codes = np.frombuffer(raw, "<i4", offset=_HEADER.size + length).astype(np.int64)
    if not len(codes) and n == rows:
        codes = np.arange(rows)  # every text its own
    if len(names) != n or len(codes) != rows or (rows and (codes.min() < 0 or codes.max() >= n)):
        raise DamagedBlock("a block of orders does not hold what it says")
    return names, codes


def _spelled_out(names: list[str], codes: np.ndarray) -> list[str]:
    """Each row's text. Order numbers are mostly all different and branches mostly one: both without a pass."""
    if len(names) == len(codes) and np.array_equal(codes, np.arange(len(codes))):
        return names
    if len(names) == 1:
        return names * len(codes)
    return taken(names, codes)


def _numbers_raw(values: np.ndarray, dtype: str) -> bytes:
    return np.ascontiguousarray(values, dtype=dtype).tobytes()


def _numbers_of(raw: bytes, dtype: str, rows: int) -> np.ndarray:
    values = np.frombuffer(raw, dtype)
    if len(values) != rows:
        raise DamagedBlock("a block of orders does not hold what it says")
    return values


@dataclass
class StoredOrders:
    """Stored orders as columns, with what makes each one the same order as another (its occurrence number) and
    the import that brought it."""

    table: OrderTable
    occurrence: np.ndarray  # int64
    import_id: np.ndarray  # int64, -1 for none
    block: np.ndarray  # int64: the id of the block each order is stored in

    def __len__(self) -> int:
        return len(self.table)


def decode(rows: Iterable[Sequence[Any]]) -> StoredOrders:
    """Blocks (id, import_id, rows, customer_id, day, amount, order_id, occurrence, branch) as one set of columns.
    Customer numbers are given to the table with their codes, so the figures need not find them again. A block's
    columns are inflated two at a time (zlib lets go of the interpreter: a million orders 0.10 → 0.06 s)."""
    with ThreadPoolExecutor(2) as pool:
        return _decoded(rows, pool)


def _decoded(rows: Iterable[Sequence[Any]], pool: ThreadPoolExecutor) -> StoredOrders:
    customers: dict[str, int] = {}
    cust_codes, days, amounts, occurrences, imports, blocks = [], [], [], [], [], []
    order_ids: list[tuple[str, str] | list[str]] = []
    branches: list[str] = []
    for block_id, import_id, n, *blobs in rows:
        with _damaged_when_unreadable():
            cust, day, amount, order_id, occurrence, branch = pool.map(zlib.decompress, blobs)
            names, codes = _texts_of(cust, n)
            if not customers:  # the first block's codes are the table's own
                customers.update(zip(names, count()))
                cust_codes.append(codes)
            else:
                remap = numbered_in(customers, names)
                cust_codes.append(remap[codes] if len(names) else codes)
            block_days = _numbers_of(day, "<i4", n)
            if n and (block_days.min() < 1 or block_days.max() > LAST_DAY):
                raise DamagedBlock("an order's day is not a date")
            days.append(block_days)
            amounts.append(_numbers_of(amount, "<f8", n))
            occurrences.append(_numbers_of(occurrence, "<i4", n))
            order_ids.append(_packed_of(order_id, n))
            branches += _spelled_out(*_texts_of(branch, n))
        imports.append(np.full(n, -1 if import_id is None else import_id, np.int64))
        blocks.append(np.full(n, block_id, np.int64))
    names = list(customers)
    codes = np.concatenate(cust_codes) if cust_codes else np.zeros(0, np.int64)
    table = OrderTable.coded(names, codes, _joined(days, np.int64), _joined(amounts, np.float64),
                             _joined_texts(order_ids), branches)
    return StoredOrders(table, _joined(occurrences, np.int64), _joined(imports, np.int64), _joined(blocks, np.int64))


def _joined(parts: list[np.ndarray], dtype: Any) -> np.ndarray:
    return np.concatenate(parts).astype(dtype) if parts else np.zeros(0, dtype)


def _joined_texts(parts: list[tuple[str, str] | list[str]]) -> tuple[str, str] | list[str]:
    """The blocks' texts one after another, still packed when every block's are packed with the same separator."""
    if len(parts) == 1:
        return parts[0]
    if parts and all(isinstance(p, tuple) and p[0] == parts[0][0] for p in parts):
        sep = parts[0][0]
        return sep, sep.join(p[1] for p in parts)
    out: list[str] = []
    for part in parts:
        out += unpacked_texts(part)
    return out


_SELECT = "SELECT id, import_id, rows, customer_id, day, amount, order_id, occurrence, branch FROM order_blocks"


def read(c: Db, where: str = "", params: Sequence[Any] = ()) -> StoredOrders:
    """The stored orders (of the blocks ``where`` picks), in the order they were stored."""
    return decode(fetch(c, where, params))


def fetch(c: Db, where: str = "", params: Sequence[Any] = ()) -> list[tuple]:
    """The stored blocks (that ``where`` picks) as they are stored, for ``decode``: read on the connection's own
    thread, so the decoding may go to another."""
    return c.execute(f"{_SELECT} {where} ORDER BY id", params).fetchall()


def count_orders(c: Db, where: str = "", params: Sequence[Any] = (), prefix: str = "") -> int:
    """How many orders the blocks hold (``prefix``: another schema's copy, such as the undo copy)."""
    return c.execute(f"SELECT COALESCE(SUM(rows), 0) FROM {prefix}order_blocks {where}", params).fetchone()[0]


def texts_in(c: Db, column: str) -> set[str]:
    """The distinct values of a text column (customer_id or branch) over all blocks, without reading the rest."""
    assert column in TEXT_COLUMNS
    found: set[str] = set()
    for n, blob in c.execute(f"SELECT rows, {column} FROM order_blocks"):
        with _damaged_when_unreadable():
            found.update(_texts_of(zlib.decompress(blob), n)[0])
    return found


def _values(part: OrderTable, occurrence: np.ndarray, numbered: bool = False) -> tuple:
    """A block's columns as the table stores them (rows, customer_id, day, amount, order_id, occurrence, branch).
    ``numbered``: every order number is different (known already: they need not be looked through again). The
    columns are compressed two at a time (zlib lets go of the interpreter: a million orders 0.26 → 0.15 s)."""
    raws = (_texts_raw(None, part.customers()), _numbers_raw(part.day, "<i4"), _numbers_raw(part.amount, "<f8"),
            _texts_raw(part.order_id, (part.order_id, None) if numbered else None), _numbers_raw(occurrence, "<i4"),
            _texts_raw(part.branch))
    with ThreadPoolExecutor(2) as pool:
        return (len(part), *pool.map(_deflated, raws))


def write(c: Db, table: OrderTable, occurrence: np.ndarray, import_id: int | None,
          chunk_done: Callable[[int], None] | None = None, numbered: bool = False) -> None:
    """Store these orders as new blocks after the ones there (inside the caller's transaction). ``numbered``: every
    order has an order number of its own."""
    for first in range(0, len(table), BLOCK):
        part = table if len(table) <= BLOCK else table[first:first + BLOCK]  # (a whole table keeps its codes)
        c.execute("INSERT INTO order_blocks (import_id, rows, customer_id, day, amount, order_id, occurrence, "
                  "branch) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                  (import_id, *_values(part, occurrence[first:first + BLOCK], numbered)))
        if chunk_done:
            chunk_done(first + len(part))


def rewrite(c: Db, stored: StoredOrders, keep: np.ndarray, blocks: Iterable[int]) -> None:
    """Store ``blocks`` again with the orders of ``stored`` that ``keep`` marks (a block left empty goes); each
    block keeps its id and import, so the orders stay in their order."""
    t = stored.table
    for block_id in sorted(set(blocks)):
        mine = np.flatnonzero((stored.block == block_id) & keep)
        if not len(mine):
            c.execute("DELETE FROM order_blocks WHERE id = ?", (int(block_id),))
            continue
        c.execute("UPDATE order_blocks SET rows = ?, customer_id = ?, day = ?, amount = ?, order_id = ?, "
                  "occurrence = ?, branch = ? WHERE id = ?",
                  (*_values(t.take(mine), stored.occurrence[mine]), int(block_id)))


def rename(c: Db, new_ids: dict[str, str]) -> None:
    """Give the orders of customer ``old`` the id ``new`` for each pair (inside the caller's transaction); an order
    that would then be a double of one already under the new id goes."""
    stored = read(c)
    names, codes = stored.table.customers()
    moved = [i for i, n in enumerate(names) if n in new_ids]
    if not moved:
        return
    renamed = np.isin(codes, moved)
    new_names = [new_ids.get(n, n) for n in names]
    t = stored.table
    stored.table = OrderTable(np.array(new_names, dtype=object)[codes].tolist(), t.day, t.amount, t.order_id,
                              t.branch)
    keep = firsts([(stored.table, stored.occurrence)], rank=renamed.astype(np.int64))
    rewrite(c, stored, keep, np.unique(stored.block[renamed | ~keep]).tolist())
