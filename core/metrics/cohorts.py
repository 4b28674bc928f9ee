"""Cohorts: customers grouped by the month they became customers, followed month by month."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from core.metrics.frame import ShopFrame
from core.metrics.periods import add_months, month_end, month_index


@dataclass(frozen=True)
class CohortTable:
    """Rows per cohort month; ``active[r][k]`` is the share (percent) that is a customer at the end of
    month k after joining (lost and won back again counts as a customer), ``buying[r][k]`` the share who
    bought in that month. Cells beyond the data
    are None."""

    months: list[date]
    sizes: list[int]
    active: list[list[float | None]]
    buying: list[list[float | None]]


def _month_numbers(days: np.ndarray) -> np.ndarray:
    """Running month number (year * 12 + month - 1) of each day ordinal, through a table over the day range."""
    if not len(days):
        return np.zeros(0, dtype=np.int64)
    lo, hi = int(days.min()), int(days.max())
    table = np.array([month_index(date.fromordinal(d)) for d in range(lo, hi + 1)], dtype=np.int64)
    return table[days - lo]


# A mark per customer and month of the history, up to this many marks; a longer history's pairs are sorted.
_MARKS = 64_000_000


def _bought_in(cust: np.ndarray, month: np.ndarray, most: int = _MARKS) -> tuple[np.ndarray, np.ndarray]:
    """Each (customer, month) pair with a purchase once, by customer then month. A mark per customer and month
    of the history and one pass over them (a million orders: 0.05 s sorted, 0.01 s marked)."""
    if not len(cust):
        return cust, month
    first = int(month.min())
    span = int(month.max()) - first + 1
    if (int(cust.max()) + 1) * span <= most:  # (below 2**31: the numbers in 32 bits, half the memory)
        key = cust.astype(np.int32) * np.int32(span) + (month - first).astype(np.int32)
        marks = np.zeros((int(cust.max()) + 1) * span, dtype=bool)
        marks[key] = True
        del key
        pairs = np.flatnonzero(marks).astype(np.int32)
    else:
        key = cust.astype(np.int64) * span + (month - first)
        key.sort()
        pairs = key[np.concatenate(([True], key[1:] != key[:-1]))]
    return pairs // span, pairs % span + first


def cohorts(frame: ShopFrame, first: date | None = None, last: date | None = None, max_months: int = 24) -> CohortTable:
    """Cohort matrix for cohorts starting from ``first`` to ``last`` month (default: all)."""
    known = frame.known()
    if not known.any():
        return CohortTable([], [], [], [])
    as_of = frame.as_of_date
    start_month = np.full(frame.n_customers, -1, dtype=np.int64)
    start_month[known] = _month_numbers(frame.start[known])
    lo = month_index(first) if first else int(start_month[known].min())
    hi = month_index(last) if last else month_index(as_of)
    n_rows = hi - lo + 1

    # Bought in month k after joining: unique (customer, order month) pairs, then one 2-D count.
    bought = np.zeros((max(n_rows, 0), max_months), dtype=np.int64)
    if len(frame.order_day) and n_rows > 0:
        buy = frame.purchases()
        cust, month = _bought_in(frame.order_cust[buy], _month_numbers(frame.order_day[buy]))
        row = start_month[cust] - lo
        k = month - start_month[cust]
        ok = (row >= 0) & (row < n_rows) & (k >= 0) & (k < max_months) & (start_month[cust] >= 0)
        np.add.at(bought, (row[ok], k[ok]), 1)

    months, sizes, active_rows, buying_rows = [], [], [], []
    active_at: dict[date, np.ndarray] = {}  # who is a customer at a month's end, shared by the cohorts
    for r in range(n_rows):
        mi = lo + r
        members = np.nonzero(start_month == mi)[0]
        size = len(members)
        m = date(mi // 12, mi % 12 + 1, 1)
        months.append(m)
        sizes.append(size)
        active_row: list[float | None] = []
        buying_row: list[float | None] = []
        for k in range(max_months):
            end_k = month_end(add_months(m, k))
            if end_k > as_of or not size:
                active_row.append(None)
                buying_row.append(None)
                continue
            if end_k not in active_at:
                active_at[end_k] = frame.active_on(end_k.toordinal())
            active_row.append(float(active_at[end_k][members].sum()) / size * 100.0)
            buying_row.append(float(bought[r, k]) / size * 100.0 if len(frame.order_day) else None)
        active_rows.append(active_row)
        buying_rows.append(buying_row)
    return CohortTable(months, sizes, active_rows, buying_rows)
