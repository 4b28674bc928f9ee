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


def first_month_from(d: date) -> date:
    """The first day of the first month that starts on or after ``d``."""
    return d if d.day == 1 else add_months(d, 1)


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


def preset_period(kind: str, as_of: date) -> Period:
    """A period named by the owner's choice: "month", "quarter", "year" (the last full one) or "12m"."""
    if kind == "month":
        return last_full_months(as_of, 1)
    if kind == "quarter":
        last = last_full_month_end(as_of)
        while last.month % 3:
            last = month_start(last) - timedelta(days=1)
        return Period(add_months(last, -2), last)
    if kind == "year":
        last = last_full_month_end(as_of)
        if last.month != 12:
            last = date(last.year - 1, 12, 31)
        return Period(date(last.year, 1, 1), last)
    return last_full_months(as_of, 12)


def previous_periods(period: Period, count: int) -> list[Period]:
    """``count`` periods of the same number of months, ending with ``period`` (oldest first).

    Periods that are not whole months step back by their length in days.
    """
    whole = period.first.day == 1 and period.last == month_end(period.last)
    out = [period]
    for _ in range(count - 1):
        p = out[0]
        if whole:
            months = (p.last.year - p.first.year) * 12 + p.last.month - p.first.month + 1
            first = add_months(p.first, -months)
            out.insert(0, Period(first, p.first - timedelta(days=1)))
        else:
            out.insert(0, Period(p.first - timedelta(days=p.days), p.first - timedelta(days=1)))
    return out
