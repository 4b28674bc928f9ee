"""The shop's data as plain dataclasses, and its orders as columns (``OrderTable``). Dates are ``datetime.date``;
amounts are euros as floats."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from itertools import count, repeat
from typing import Any, overload

import numpy as np

from core.steps import distinct, mapped, same_items, split_in_steps, taken


@dataclass(slots=True)
class Customer:
    """One customer as the owner's list or the orders describe them. Unknown fields stay ``None``."""

    id: str
    name: str = ""
    email: str = ""
    since: date | None = None
    left_on: date | None = None
    first_purchase: date | None = None
    last_purchase: date | None = None
    orders_count: int | None = None
    total_spent: float | None = None
    source: str = ""
    nps_score: int | None = None
    consent: bool | None = None
    phone: str = ""
    branch: str = ""  # the shop location the customer came from ("" when the file names none)


CUSTOMER_FIELDS = [f.name for f in fields(Customer)]  # in the order Customer() takes them


@dataclass(frozen=True)
class Order:
    """One order (not one order line): who, when, how much. Refunds have a negative amount."""

    customer_id: str
    date: date
    amount: float
    order_id: str = ""  # the shop's own order number, when the export has one
    branch: str = ""  # the shop location it was bought at


# A web shop's history is a million orders. As a million ``Order`` objects it costs seconds to build, to hand from
# the reading process to the window, to store and to read back; as five columns a fraction of that, and the figures
# work on the arrays directly (``core.metrics.frame``). Code that wants one order at a time still can: the table is
# a sequence of ``Order`` values, made when asked for. Days are proleptic ordinals (``date.toordinal()``).
class OrderTable(Sequence[Order]):
    """Orders as five columns of equal length. Equal to any sequence of the same ``Order`` values."""

    # Columns change only through extend/append or by assigning a new list: the customer codes made once are
    # kept with the list they came from and its length.
    # A table read back from the shop or handed from another process may leave its customer ids and order numbers
    # unmade until something asks for them (``coded``): opening a shop of a million orders makes neither, as the
    # figures need only the customers' codes (a million strings each: 0.1-0.2 s and 60 MB).
    # A table whose orders name no branch (a single shop's export) keeps no list of empty branch names (``_branch``
    # None) until one is asked for: ten million of them are 80 MB.
    __slots__ = ("_customer_id", "day", "amount", "_order_id", "_branch", "_customers")

    def __init__(self, customer_id: Sequence[str] = (), day: Sequence[int] | np.ndarray = (),
                 amount: Sequence[float] | np.ndarray = (), order_id: Sequence[str] | None = None,
                 branch: Sequence[str] | None = None):
        n = len(customer_id)
        self._customer_id: list[str] | None = list(customer_id)
        self.day: np.ndarray = np.asarray(day, dtype=np.int64).reshape(-1)
        self.amount: np.ndarray = np.asarray(amount, dtype=np.float64).reshape(-1)
        self._order_id: list[str] | tuple[str, str] = [""] * n if order_id is None else list(order_id)
        self._branch: list[str] | None = None if branch is None else list(branch)
        if (not len(self.day) == len(self.amount) == len(self._order_id) == n
                or (self._branch is not None and len(self._branch) != n)):
            raise ValueError("every column of an order table has one value per order")
        self._customers: tuple[list[str], np.ndarray, list[str] | None, int] | None = None

    @classmethod
    def coded(cls, names: list[str], codes: np.ndarray, day: np.ndarray, amount: np.ndarray,
              order_id: list[str] | tuple[str, str], branch: list[str] | None) -> OrderTable:
        """A table whose customer ids are made from the distinct ids (first-seen order) and a code per order when
        first asked for, and whose order numbers may stay packed (``packed_texts``) until then (``branch`` None: no
        order names a branch)."""
        n = len(codes)
        if (not len(day) == len(amount) == n or (branch is not None and len(branch) != n)
                or (isinstance(order_id, list) and len(order_id) != n)):
            raise ValueError("every column of an order table has one value per order")
        table = cls.__new__(cls)
        table._customer_id, table.day, table.amount, table._branch = None, day, amount, branch
        table._order_id = order_id
        table._customers = (names, codes, None, n)
        return table

    @property
    def customer_id(self) -> list[str]:
        """Each order's customer id."""
        ids = self._customer_id
        if ids is None:  # made from the codes, once
            names, codes = self._customers[0], self._customers[1]
            ids = self._customer_id = taken(names, codes)
            self._customers = (names, codes, ids, len(ids))
        return ids

    @customer_id.setter
    def customer_id(self, ids: list[str]) -> None:
        self._customer_id = ids

    @property
    def branch(self) -> list[str]:
        """Each order's branch ("" where the export names none)."""
        if self._branch is None:  # made when first asked for
            self._branch = [""] * len(self.day)
        return self._branch

    @branch.setter
    def branch(self, names: list[str]) -> None:
        self._branch = names

    def _branch_copy(self) -> list[str] | None:
        """A list of the branches of one's own (None while no order names one)."""
        return None if self._branch is None else list(self._branch)

    @property
    def order_id(self) -> list[str]:
        """Each order's number ("" where the export has none)."""
        numbers = self._order_id
        if isinstance(numbers, tuple):  # still packed, as read
            numbers = self._order_id = unpacked_texts(numbers)
        return numbers

    @order_id.setter
    def order_id(self, numbers: list[str]) -> None:
        self._order_id = numbers

    @classmethod
    def from_orders(cls, orders: Iterable[Order]) -> OrderTable:
        """The table of a sequence of ``Order`` values (an ``OrderTable`` is copied)."""
        if isinstance(orders, OrderTable):
            return orders.copy()
        orders = list(orders)
        return cls([o.customer_id for o in orders], [o.date.toordinal() for o in orders],
                   [o.amount for o in orders], [o.order_id for o in orders], [o.branch for o in orders])

    def copy(self) -> OrderTable:
        """An independent copy, with the customer codes made already. The strings are shared (they cannot change),
        and so are the day and amount arrays: nothing writes into them in place (growing or choosing makes new
        ones), and they are made read-only so nothing can (ten million orders: 160 MB not copied)."""
        for column in (self.day, self.amount):
            column.flags.writeable = False
        made = self._codes_made()
        if made is not None and self._customer_id is None:  # still unmade: the copy makes them when asked
            numbers = self._order_id if isinstance(self._order_id, tuple) else list(self._order_id)
            return OrderTable.coded(*made, self.day, self.amount, numbers, self._branch_copy())
        table = OrderTable(self.customer_id, self.day, self.amount, self.order_id, self._branch)
        if made is not None:
            table.know_customers(*made)
        return table

    # --- a sequence of Order ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.day)

    @overload
    def __getitem__(self, i: int) -> Order: ...

    @overload
    def __getitem__(self, i: slice) -> OrderTable: ...

    def __getitem__(self, i: int | slice) -> Order | OrderTable:
        if isinstance(i, slice):
            return OrderTable(self.customer_id[i], self.day[i], self.amount[i], self.order_id[i],
                              None if self._branch is None else self._branch[i])
        return Order(self.customer_id[i], date.fromordinal(int(self.day[i])), float(self.amount[i]),
                     self.order_id[i], "" if self._branch is None else self._branch[i])

    def __iter__(self) -> Iterator[Order]:
        fromordinal = date.fromordinal
        branches = repeat("", len(self)) if self._branch is None else self._branch
        for c, d, a, o, b in zip(self.customer_id, self.day.tolist(), self.amount.tolist(), self.order_id,
                                 branches, strict=True):
            yield Order(c, fromordinal(d), a, o, b)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, OrderTable):
            return (self.customer_id == other.customer_id and np.array_equal(self.day, other.day)
                    and np.array_equal(self.amount, other.amount) and self.order_id == other.order_id
                    and self.branch == other.branch)
        return same_items(self, other)

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        shown = ", ".join(repr(o) for o in self[:3])
        return f"OrderTable({len(self)} orders: {shown}{', …' if len(self) > 3 else ''})"

    # --- growing and choosing -----------------------------------------------------------------------
    def extend(self, orders: Iterable[Order]) -> None:
        """Add orders at the end (another table's columns are joined as they are)."""
        more = orders if isinstance(orders, OrderTable) else OrderTable.from_orders(orders)
        if not len(more):
            return
        if not len(self) and more._customer_id is None:  # an empty table takes a coded one's columns, ids unmade
            adopted = more.copy()
            for name in self.__slots__:
                setattr(self, name, getattr(adopted, name))
            return
        made = more._codes_made() if not len(self) else None
        if self._branch is not None or more._branch is not None:
            self.branch.extend(more.branch)  # (before the days grow: an unmade list is as long as they are)
        self.customer_id.extend(more.customer_id)
        self.day = np.concatenate((self.day, more.day))
        self.amount = np.concatenate((self.amount, more.amount))
        self.order_id.extend(more.order_id)
        if made is not None:
            self.know_customers(*made)  # an empty table takes the codes along

    def append(self, order: Order) -> None:
        """Add one order at the end. (Each call copies the two arrays: for a few orders, not for an import.)"""
        self.extend((order,))

    def where(self, mask: np.ndarray | Sequence[bool]) -> OrderTable:
        """The orders where ``mask`` is true, in their order."""
        return self.take(np.flatnonzero(np.asarray(mask, dtype=bool)))

    def take(self, positions: np.ndarray | Sequence[int]) -> OrderTable:
        """The orders at ``positions``, in that order."""
        at = np.asarray(positions, dtype=np.intp)
        keep = at.tolist()
        return OrderTable([self.customer_id[i] for i in keep], self.day[at], self.amount[at],
                          [self.order_id[i] for i in keep],
                          None if self._branch is None else [self._branch[i] for i in keep])

    def up_to(self, day: date) -> OrderTable:
        """The orders on or before ``day``."""
        return self.where(self.day <= day.toordinal())

    def renamed(self, ids: dict[str, str]) -> OrderTable:
        """The same orders with every customer id in ``ids`` replaced by the id it maps to."""
        table = self.copy()
        if ids:
            table.customer_id = [ids.get(c, c) for c in self.customer_id]
        return table

    def customers(self) -> tuple[list[str], np.ndarray]:
        """The distinct customer ids in first-seen order, and each order's position among them. Made once: the
        figures, the store and the predictions each need them, and a pass over a million ids costs 0.5 s."""
        made = self._codes_made()
        if made is None:
            index = dict(zip(distinct(self.customer_id), count()))
            made = list(index), mapped(index.__getitem__, self.customer_id, np.int64)
            self.know_customers(*made)
        return made

    def _codes_made(self) -> tuple[list[str], np.ndarray] | None:
        """The customer codes made for the ids as they are now (None: not made yet, or the ids changed since)."""
        made = self._customers
        if made is None:
            return None
        ids = self._customer_id
        if ids is not None and (made[2] is not ids or made[3] != len(ids)):
            return None
        return made[0], made[1]

    def know_customers(self, names: list[str], codes: np.ndarray) -> None:
        """Take the distinct customer ids (first-seen order) and each order's position among them from who read
        them that way (the stored blocks), instead of finding them again."""
        self._customers = (names, codes, self._customer_id, len(codes))

    def customer_codes(self, index: dict[str, int]) -> np.ndarray:
        """Each order's customer as its position in ``index`` (every id must be in it)."""
        names, codes = self.customers()
        return np.fromiter(map(index.__getitem__, names), np.int64, len(names))[codes]

    def dates(self) -> list[date]:
        """Each order's day as a date."""
        fromordinal = date.fromordinal
        return [fromordinal(d) for d in self.day.tolist()]

    # Handed from the reading process to the window as one text per column: unpickling a list of a million strings
    # is one C-level call that holds the interpreter for half a second (the window stood still that long); one
    # long text is copied in a moment and split in a tenth of that.
    # The customer codes, when made, go along: the customers are then sent once each with a code per order, and the
    # store and the figures on the other side need not number a million customer ids again (0.6 s).
    def __getstate__(self) -> dict[str, Any]:
        numbers = self._order_id
        state = {"day": self.day, "amount": self.amount,
                 "branch": None if self._branch is None else packed_texts(self._branch),
                 "order_id": numbers if isinstance(numbers, tuple) else packed_texts(numbers)}
        made = self._codes_made()
        if made is not None:
            state["customer_names"], state["customer_codes"] = packed_texts(made[0]), made[1]
        else:
            state["customer_id"] = packed_texts(self.customer_id)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self._customers = None
        self.day, self.amount = state["day"], state["amount"]
        self._branch = None if state["branch"] is None else unpacked_texts(state["branch"])
        # Order numbers stay packed, and customer ids unmade, until asked for: the window's figures need neither.
        numbers = state["order_id"]
        self._order_id = numbers if isinstance(numbers, tuple) else list(numbers)
        if "customer_codes" in state:
            self._customer_id = None
            self._customers = (unpacked_texts(state["customer_names"]), state["customer_codes"], None,
                               len(state["customer_codes"]))
        else:
            self._customer_id = unpacked_texts(state["customer_id"])


@dataclass(frozen=True)
class SurveyResponse:
    """One answer to the recommendation question (0-10). ``date`` is None for a survey without dates: such
    an answer counts in every period."""

    date: date | None
    score: int
    customer_id: str = ""
    source: str = ""
    branch: str = ""  # the shop location the answer is about


@dataclass(frozen=True)
class PeriodCounts:
    """Counts typed in by an owner without a customer list: S at the start, E at the end, N new."""

    label: str
    start: int | None
    end: int | None
    new: int | None


@dataclass(frozen=True)
class MonthlyLost:
    """Typed-in churn input: customers at the start of a month and customers lost during it."""

    month: date  # first day of the month
    start: int | None
    lost: int | None


def customer_columns(customers: list[Customer]) -> list[list[Any]]:
    """The customers as one list per field (in the order ``Customer()`` takes them), for handing to another process:
    made by Python code, so the window's thread gets its turns, and pickled as plain values in a moment (a hundred
    thousand customer objects pickled or unpickled in one C-level call hold the interpreter 0.2-0.4 s)."""
    return [[getattr(c, f) for c in customers] for f in CUSTOMER_FIELDS]


def customers_from_columns(columns: list[list[Any]]) -> list[Customer]:
    """The customers ``customer_columns`` took apart."""
    return [Customer(*values) for values in zip(*columns, strict=True)]


def packed_texts(values: list[str]) -> tuple[str, str] | list[str]:
    """The texts joined by a separator none of them holds, with that separator; the list itself when every
    candidate occurs in some text."""
    for sep in ("\x1f", "\x1e", "\x00"):
        text = sep.join(values)
        if values and text.count(sep) == len(values) - 1:
            return sep, text
    return values


def unpacked_texts(packed: tuple[str, str] | list[str]) -> list[str]:
    """The texts ``packed_texts`` joined, split again."""
    if not isinstance(packed, tuple):
        return list(packed)
    sep, text = packed
    out: list[str] = []
    for parts in split_in_steps(text, sep):  # so the window's thread gets its turns between the steps
        out += parts
    return out


@dataclass
class Dataset:
    """Everything known about one shop."""

    customers: list[Customer] = field(default_factory=list)
    orders: OrderTable = field(default_factory=OrderTable)  # a list of Order is turned into one
    surveys: list[SurveyResponse] = field(default_factory=list)
    period_counts: list[PeriodCounts] = field(default_factory=list)
    monthly_lost: list[MonthlyLost] = field(default_factory=list)
    shop_name: str = ""
    # The day the data is known up to when that is later than its own latest date: one branch's share of a chain
    # is known up to the chain's latest date (a branch without sales in its last weeks simply had none).
    as_of: date | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.orders, OrderTable):
            self.orders = OrderTable.from_orders(self.orders)
