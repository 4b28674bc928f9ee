"""Calendar helpers: months, periods and the default reporting period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Period:
    """An inclusive date range ``first`` .. ``last``."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"period ends ({self.last}) before it starts ({self.first})")

    @property
    def days(self) -> int:
        """Number of days in the period, both ends included."""
        return (self.last - self.first).days + 1


def month_start(d: date) -> date:
    """The first day of ``d``'s month."""
    return d.replace(day=1)


def add_months(d: date, n: int) -> date:
    """The first day of the month ``n`` months after ``d``'s month."""
    index = d.year * 12 + (d.month - 1) + n
    return date(index // 12, index % 12 + 1, 1)


def month_end(d: date) -> date:
    """The last day of ``d``'s month."""
    return add_months(d, 1) - timedelta(days=1)


def month_index(d: date) -> int:
    """A running month number (year * 12 + month - 1), handy as an integer key."""
    return d.year * 12 + d.month - 1


def months_between(first: date, last: date) -> list[date]:
    """First days of every month from ``first``'s month to ``last``'s month, inclusive."""
    out = []
    m = month_start(first)
    while m <= last:
        out.append(m)
        m = add_months(m, 1)
    return out


def last_full_month_end(as_of: date) -> date:
    """The last day of the last month that is complete on ``as_of``.

    A month counts as complete when ``as_of`` is its last day; otherwise the month before is the
    last full one.
    """
    if as_of == month_end(as_of):
        return as_of
    return month_start(as_of) - timedelta(days=1)


def last_full_months(as_of: date, count: int) -> Period:
    """The ``count`` full calendar months that end at or before ``as_of``."""
    last = last_full_month_end(as_of)
    first = add_months(last, -(count - 1))
    return Period(first, last)
