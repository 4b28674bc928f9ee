"""A column-wise view of the shop for fast metrics.

Every customer gets an index; orders become three NumPy arrays (customer index, day number, amount).
Days are proleptic ordinals (``date.toordinal()``), so intervals are integer arithmetic.

When is someone a customer? From ``since`` (or the first purchase) until ``left_on`` where the data
has "left on" dates, otherwise until ``inactive_after`` days after the last purchase. ``end`` is the
first day on which the customer no longer counts; a customer is active on day ``d`` when
``start <= d < end``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from core.model import Customer, Dataset, Order

NEVER = np.int64(10**9)  # "no end": far beyond any real day number
UNKNOWN = np.int64(-(10**9))  # "no start known"
DEFAULT_INACTIVE_AFTER = 365


@dataclass
class ShopFrame:
    """Customers and orders as arrays, plus the rules used to derive each customer's interval."""

    ids: list[str]
    order_cust: np.ndarray  # int64 customer index per order
    order_day: np.ndarray  # int64 day ordinal per order
    order_amount: np.ndarray  # float64 per order
    start: np.ndarray  # int64 first day as a customer (UNKNOWN if not known)
    end: np.ndarray  # int64 first day no longer a customer (NEVER if still one)
    first_buy: np.ndarray  # int64 first purchase day (UNKNOWN if none)
    last_buy: np.ndarray  # int64 last purchase day (UNKNOWN if none)
    n_orders: np.ndarray  # int64 number of orders (0 if unknown)
    revenue: np.ndarray  # float64 net revenue (nan if unknown)
    as_of: int  # the day the data describes (the latest date in it)
    inactive_after: int
    explicit_leaving: bool  # True when the data says who left, so purchases do not decide it
    customers: list[Customer] | None = None  # the source rows, when built from a Dataset

    @property
    def n_customers(self) -> int:
        """How many customers the frame holds."""
        return len(self.ids)

    @property
    def as_of_date(self) -> date:
        """The latest date in the data."""
        return date.fromordinal(self.as_of)

    def purchases(self) -> np.ndarray:
        """Mask of orders that are purchases (not refunds)."""
        return self.order_amount >= 0

    def known(self) -> np.ndarray:
        """Mask of customers whose start is known (the others cannot be placed in time)."""
        return self.start != UNKNOWN

    def active_on(self, day: int) -> np.ndarray:
        """Mask of customers who are customers on ``day``."""
        return (self.start <= day) & (self.start != UNKNOWN) & (self.end > day)


def _index_customers(customers: Sequence[Customer], order_ids: Iterable[str]) -> tuple[list[str], dict]:
    ids: list[str] = []
    index: dict[str, int] = {}
    for c in customers:
        if c.id not in index:
            index[c.id] = len(ids)
            ids.append(c.id)
    for cid in order_ids:
        if cid not in index:
            index[cid] = len(ids)
            ids.append(cid)
    return ids, index


def frame_from_dataset(
    data: Dataset, inactive_after: int = DEFAULT_INACTIVE_AFTER, as_of: date | None = None
) -> ShopFrame:
    """Build the frame from a :class:`Dataset` (customer list and/or orders)."""
    orders: list[Order] = data.orders
    ids, index = _index_customers(data.customers, (o.customer_id for o in orders))
    cust = np.fromiter((index[o.customer_id] for o in orders), dtype=np.int64, count=len(orders))
    day = np.fromiter((o.date.toordinal() for o in orders), dtype=np.int64, count=len(orders))
    amount = np.fromiter((o.amount for o in orders), dtype=np.float64, count=len(orders))
    extra_days = [s.date.toordinal() for s in data.surveys]
    return build_frame(ids, cust, day, amount, data.customers, inactive_after, as_of, extra_days)


def _opt_day(d: date | None) -> int:
    return int(UNKNOWN) if d is None else d.toordinal()


def build_frame(
    ids: list[str],
    order_cust: np.ndarray,
    order_day: np.ndarray,
    order_amount: np.ndarray,
    customers: Sequence[Customer] = (),
    inactive_after: int = DEFAULT_INACTIVE_AFTER,
    as_of: date | None = None,
    extra_days: Sequence[int] = (),
) -> ShopFrame:
    """Build the frame from order arrays and optional customer rows (whose index is their position).

    Per customer, facts from orders win over the list's own first/last purchase, count and total,
    because the orders are the finer record.
    """
    if inactive_after < 1:
        raise ValueError("inactive_after must be at least one day")
    n = len(ids)
    order_cust = np.asarray(order_cust, dtype=np.int64)
    order_day = np.asarray(order_day, dtype=np.int64)
    order_amount = np.asarray(order_amount, dtype=np.float64)

    first = np.full(n, UNKNOWN, dtype=np.int64)
    last = np.full(n, UNKNOWN, dtype=np.int64)
    count = np.zeros(n, dtype=np.int64)
    revenue = np.full(n, np.nan)
    if len(order_cust):
        # Refunds (negative amounts) lower the revenue but are not purchases: they do not make
        # anyone a customer for longer.
        buy = order_amount >= 0
        buy_cust, buy_day = order_cust[buy], order_day[buy]
        count = np.bincount(buy_cust, minlength=n).astype(np.int64)
        has = count > 0
        first_tmp = np.full(n, NEVER, dtype=np.int64)
        np.minimum.at(first_tmp, buy_cust, buy_day)
        last_tmp = np.full(n, UNKNOWN, dtype=np.int64)
        np.maximum.at(last_tmp, buy_cust, buy_day)
        first[has] = first_tmp[has]
        last[has] = last_tmp[has]
        rev = np.bincount(order_cust, weights=order_amount, minlength=n)
        any_order = np.bincount(order_cust, minlength=n) > 0
        revenue[any_order] = rev[any_order]

    since = np.full(n, UNKNOWN, dtype=np.int64)
    left = np.full(n, UNKNOWN, dtype=np.int64)
    for i, c in enumerate(customers):
        since[i] = _opt_day(c.since)
        left[i] = _opt_day(c.left_on)
        if count[i] == 0 and np.isnan(revenue[i]):
            first[i] = _opt_day(c.first_purchase)
            last[i] = _opt_day(c.last_purchase)
            if c.orders_count is not None:
                count[i] = c.orders_count
            if c.total_spent is not None:
                revenue[i] = c.total_spent
            if first[i] == UNKNOWN and last[i] != UNKNOWN and count[i] == 1:
                first[i] = last[i]  # one order: first and last purchase are the same day
            if last[i] == UNKNOWN and first[i] != UNKNOWN and count[i] == 1:
                last[i] = first[i]

    start = np.where(since != UNKNOWN, since, first)
    # A "since" after the first purchase is a typing slip or a re-registration; the purchase is proof.
    both = (since != UNKNOWN) & (first != UNKNOWN)
    start[both] = np.minimum(since[both], first[both])
    explicit_leaving = bool((left != UNKNOWN).any())
    if explicit_leaving:
        end = np.where(left != UNKNOWN, left, NEVER)
    else:
        # Someone who signed up but never bought counts from the sign-up, like a purchase.
        last_contact = np.where(last != UNKNOWN, last, since)
        end = np.where(last_contact != UNKNOWN, last_contact + inactive_after, NEVER)
    end = np.where(start == UNKNOWN, NEVER, end)
    end = np.maximum(end, start + 1)  # a customer counts for at least the day they started

    candidates = [order_day.max() if len(order_day) else UNKNOWN]
    for arr in (start, last, left):
        known = arr[arr != UNKNOWN]
        if len(known):
            candidates.append(known.max())
    candidates.extend(extra_days)
    day_as_of = as_of.toordinal() if as_of else int(max(candidates))
    if day_as_of == UNKNOWN:
        day_as_of = date.today().toordinal()

    return ShopFrame(
        ids=list(ids),
        order_cust=order_cust,
        order_day=order_day,
        order_amount=order_amount,
        start=start,
        end=end,
        first_buy=first,
        last_buy=last,
        n_orders=count,
        revenue=revenue,
        as_of=int(day_as_of),
        inactive_after=inactive_after,
        explicit_leaving=explicit_leaving,
        customers=list(customers) if customers else None,
    )
