"""A column-wise view of the shop for fast metrics.

Every customer gets an index; orders become three NumPy arrays (customer index, day number, amount).
Days are proleptic ordinals (``date.toordinal()``), so intervals are integer arithmetic.

When is someone a customer? Where the data has "left on" dates, from ``since`` (or the first purchase)
until ``left_on``: one spell. Otherwise a customer's history is a series of *spells*: a purchase (or the
sign-up) starts a spell or extends the current one, and the spell ends, the customer lost, once
``inactive_after`` days pass without a purchase; a later purchase wins the customer back and starts a
new spell. A spell is ``[start, end)``: ``end`` is the first day the customer no longer counts. Whether a
customer is active on day ``d`` depends only on purchases up to ``d``, so the figures of a past period
never change when later data is added.

Only a customer list (first and last purchase, no orders) cannot show a lapse between those two dates:
such a customer has one spell from the start until the window after the last purchase.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from operator import attrgetter
from typing import Any

import numpy as np

from core.metrics.visits import purchase_visits, sorted_pairs
from core.model import Customer, Dataset, customer_columns, customers_from_columns

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
    spell_cust: np.ndarray  # int64 customer index per spell, sorted by customer then start
    spell_start: np.ndarray  # int64 first day of each spell
    spell_end: np.ndarray  # int64 first day after each spell (NEVER when it has no end)
    history_start: int  # the first day the data knows anything (UNKNOWN when empty)
    from_list: bool  # True when a customer list gave dates (it names every customer, not only recent buyers)
    contacts: np.ndarray  # bool per index: on the list with 0 orders (never bought): not a customer
    customers: list[Customer] | None = None  # the source rows, when built from a Dataset

    # Handed to the report's child process with the summary: the customers as columns, so pickling it leaves the
    # window's thread its turns (see ``core.model.customer_columns``).
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_active", None)  # made again on the other side when asked
        state.pop("_visits", None)
        if self.customers is not None:
            state["customers"] = customer_columns(self.customers)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        if state.get("customers") is not None:
            state["customers"] = customers_from_columns(state["customers"])
        self.__dict__.update(state)

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

    def visits(self) -> tuple[np.ndarray, np.ndarray]:
        """Each customer's purchase days, each once: (customer, day) sorted by customer, then day. Found once (the
        spells and the predictions' history both ask)."""
        found = self.__dict__.get("_visits")
        if found is None:
            found = self.__dict__["_visits"] = purchase_visits(self.order_cust, self.order_day, self.order_amount)
        return found

    def active_on(self, day: int) -> np.ndarray:
        """Mask of customers who are customers on ``day`` (in a spell that covers it). Read-only: each day's mask
        is made once, as the retention, churn and cohort figures ask for the same month ends (28 asks, 13 days)."""
        known = self.__dict__.setdefault("_active", {})
        mask = known.get(day)
        if mask is None:
            mask = np.zeros(self.n_customers, dtype=bool)
            mask[self.spell_cust[(self.spell_start <= day) & (self.spell_end > day)]] = True
            mask.flags.writeable = False
            if len(known) < 64:  # (a bool per customer each: a few days' worth is plenty)
                known[day] = mask
        return mask

    def joined_between(self, first_day: int, last_day: int) -> tuple[np.ndarray, np.ndarray]:
        """Masks of customers who joined in ``first_day .. last_day``: (brand-new, won back).

        Brand-new: their first spell starts then. Won back: a later spell starts then (they had been
        lost). A customer who is both in one long period counts as new.
        """
        starts = (self.spell_start >= first_day) & (self.spell_start <= last_day)
        joined = np.zeros(self.n_customers, dtype=bool)
        joined[self.spell_cust[starts]] = True
        new = self.known() & (self.start >= first_day) & (self.start <= last_day)
        return new, joined & ~new

    @property
    def observable_from(self) -> int:
        """The first day whose status is fully known from the data (UNKNOWN when nothing is known).

        An order export starts on some day: a customer who last bought just before it is invisible until
        the window has passed, so a period's starting count and its losses are only complete from
        ``history_start + inactive_after`` on. A customer list names every customer, so it is complete
        from its first date.
        """
        return self.observable_from_for(self.inactive_after)

    def observable_from_for(self, window: int) -> int:
        """``observable_from`` as it would be with an inactivity window of ``window`` days."""
        if self.history_start == UNKNOWN:
            return int(UNKNOWN)
        return self.history_start + (window if self.censored else 0)

    @property
    def losses_known(self) -> bool:
        """Whether the data can tell who stopped being a customer: "left on" dates, or purchase dates. A list
        with only "customer since" says when people came, never whether they are still customers."""
        return self.explicit_leaving or bool((self.last_buy != UNKNOWN).any())

    @property
    def censored(self) -> bool:
        """True for an order history without a customer list: who bought before it started is not in it."""
        return not (self.explicit_leaving or self.from_list)

    @property
    def known_until(self) -> int:
        """The last day whose status the data can tell: the last order for an order history; today for a
        customer list without orders (it describes the shop as it is now)."""
        if self.from_list and not len(self.order_day):
            return max(self.as_of, date.today().toordinal())
        return self.as_of


def _index_customers(customers: Sequence[Customer], order_ids: Iterable[str]) -> tuple[list[str], dict]:
    """Every customer id once (the list's first, then the orders' in first-seen order) and each one's position.
    (C-level passes: a loop per id took 0.07 s for 100,000 customers.)"""
    ids = list(dict.fromkeys(chain(map(_ID, customers), order_ids)))
    return ids, dict(zip(ids, range(len(ids)), strict=True))


_ID = attrgetter("id")


def frame_from_dataset(
    data: Dataset, inactive_after: int = DEFAULT_INACTIVE_AFTER, as_of: date | None = None
) -> ShopFrame:
    """Build the frame from a :class:`Dataset` (customer list and/or orders)."""
    orders = data.orders
    names, codes = orders.customers()
    listed = list(map(_ID, data.customers))
    if names[:len(listed)] == listed:  # the orders' own customers, the listed ones first (an order export's shop)
        ids = names
    else:
        ids, index = _index_customers(data.customers, names)
        codes = orders.customer_codes(index)
    extra_days = [s.date.toordinal() for s in data.surveys if s.date]
    return build_frame(ids, codes, orders.day, orders.amount, data.customers, inactive_after, as_of or data.as_of,
                       extra_days)


def _opt_days(customers: Sequence[Customer], name: str) -> list[int] | None:
    """Each customer's date ``name`` as a day number (``UNKNOWN`` where none); None when no customer has one, as
    with every customer an order export brings."""
    days = list(map(attrgetter(name), customers))
    if days.count(None) == len(days):
        return None
    unknown = int(UNKNOWN)
    return [unknown if d is None else d.toordinal() for d in days]


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
    listed = {name: _opt_days(customers, name) for name in ("since", "left_on", "first_purchase", "last_purchase")}
    from_list = any(days is not None for days in listed.values())
    contact = np.zeros(n, dtype=bool)
    for column, name in ((since, "since"), (left, "left_on")):
        if listed[name] is not None:
            column[:len(customers)] = listed[name]
    # Only the listed customers without any order take their facts from the list.
    for i in np.flatnonzero((count[:len(customers)] == 0) & np.isnan(revenue[:len(customers)])).tolist():
        c = customers[i]
        # The list says this person never bought (an account, a newsletter sign-up): a contact for
        # mailings, not a customer in any retention figure.
        contact[i] = c.orders_count == 0 and c.first_purchase is None and c.last_purchase is None
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
    start[contact] = UNKNOWN  # never placed in time: no spell, in no count
    from_orders = np.zeros(n, dtype=bool)
    if len(order_cust):
        from_orders[order_cust[order_amount >= 0]] = True
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

    if explicit_leaving:
        spell_cust = np.nonzero(start != UNKNOWN)[0]
        spell_start, spell_end = start[spell_cust], end[spell_cust]
    else:
        visits = purchase_visits(order_cust, order_day, order_amount)
        spell_cust, spell_start, spell_end = _spells(visits, since, start, end, from_orders, inactive_after)

    today = date.today().toordinal()
    candidates = []
    for arr in (order_day, start, last, left):
        known = arr[(arr != UNKNOWN) & (arr <= today)]  # a date after today is a typing slip, not "now"
        if len(known):
            candidates.append(int(known.max()))
    if not candidates:  # survey answers only: their dates say how far the data reaches
        candidates = [d for d in extra_days if d <= today]
    day_as_of = as_of.toordinal() if as_of else (max(candidates) if candidates else today)
    known_starts = start[(start != UNKNOWN) & (start <= day_as_of)]
    history_start = int(known_starts.min()) if len(known_starts) else int(UNKNOWN)

    frame = ShopFrame(
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
        spell_cust=spell_cust,
        spell_start=spell_start,
        spell_end=spell_end,
        history_start=history_start,
        from_list=from_list,
        contacts=contact,
        customers=list(customers) if customers else None,
    )
    if not explicit_leaving:
        frame.__dict__["_visits"] = visits  # found for the spells; the predictions' history needs them too
    return frame


def _spells(visits: tuple[np.ndarray, np.ndarray], since: np.ndarray, start: np.ndarray, end: np.ndarray,
            from_orders: np.ndarray, inactive_after: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every customer's spells as three arrays (customer, start, end), sorted by customer then start.

    Customers with orders: the purchases (``visits``: each customer's purchase days, sorted) and the sign-up day
    are the events; a gap of more than ``inactive_after`` days between two events ends a spell. Customers known only
    from the list: one spell.
    """
    cust, day = visits
    signed = np.nonzero(from_orders & (since != UNKNOWN))[0]
    if len(signed):
        cust, day = sorted_pairs(np.concatenate((cust, signed)), np.concatenate((day, since[signed])), distinct=True)
    if len(cust):
        new = np.ones(len(cust), dtype=bool)
        # A purchase on the very day the window runs out continues the spell: no day went by without one.
        new[1:] = (cust[1:] != cust[:-1]) | (day[1:] - day[:-1] > inactive_after)
        first_pos = np.nonzero(new)[0]
        last_pos = np.append(first_pos[1:], len(cust)) - 1
        o_cust, o_start, o_end = cust[first_pos], day[first_pos], day[last_pos] + inactive_after
    else:
        o_cust = o_start = o_end = np.zeros(0, dtype=np.int64)
    listed = np.nonzero(~from_orders & (start != UNKNOWN))[0]
    if not len(listed):  # (the purchases' spells come sorted by customer and start already)
        return o_cust.astype(np.int64), o_start.astype(np.int64), o_end.astype(np.int64)
    all_cust = np.concatenate((o_cust, listed))
    all_start = np.concatenate((o_start, start[listed]))
    all_end = np.concatenate((o_end, end[listed]))
    order = np.lexsort((all_start, all_cust))
    return all_cust[order].astype(np.int64), all_start[order].astype(np.int64), all_end[order].astype(np.int64)
