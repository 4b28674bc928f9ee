"""Churn: customers lost per month, the 6-month averaging approach, and what it means over time.

Monthly churn = customers lost in the month / customers at the start of the month. Small shops see
that figure jump around, so the seed texts advise the 6-month averaging approach: customers lost
over 6 months / customers at the start of those 6 months / 6.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from core.metrics.frame import UNKNOWN, ShopFrame
from core.metrics.periods import Period, add_months, first_month_from, month_end, month_start, months_between
from core.model import MonthlyLost
from core.text import QT_TRANSLATE_NOOP, Problem

TARGET_MONTHLY_CHURN = 2.0  # percent a month: the seed texts' good target (about 4 years a customer)


@dataclass(frozen=True)
class MonthChurn:
    """Churn of one month."""

    month: date  # first day of the month
    start: int
    lost: int
    percent: float | None  # None when there were no customers at the start
    problem: Problem | None = None


@dataclass(frozen=True)
class SixMonthChurn:
    """The 6-month averaging approach over ``first`` .. ``last`` month."""

    first: date
    last: date
    start: int
    lost: int
    percent: float | None  # average monthly churn in percent
    problem: Problem | None = None

    @property
    def lost_share_percent(self) -> float | None:
        """The share of the starting customers actually lost over the six months (= 6 x the average)."""
        return None if self.percent is None else self.lost / self.start * 100.0


@dataclass(frozen=True)
class ChurnOutlook:
    """What a monthly churn rate means over time, all from that one stated figure."""

    monthly_percent: float
    lost_in_six_months_percent: float  # 1 - (1 - c)^6: c lost every month of six
    lifetime_months: float | None  # 1 / c; None when churn is 0
    lifetime_years: float | None
    meets_target: bool  # at or below the 2 % a month target


def month_churn(month: date, start: int | None, lost: int | None) -> MonthChurn:
    """Monthly churn from counts, with a problem instead of a number for impossible counts."""
    if start is None or lost is None:
        return MonthChurn(month, start or 0, lost or 0, None,
                          Problem(QT_TRANSLATE_NOOP("core", "Fill in both counts.")))
    if start < 0 or lost < 0:
        return MonthChurn(month, start, lost, None, Problem(QT_TRANSLATE_NOOP("core", "Counts cannot be negative.")))
    if start == 0:
        return MonthChurn(month, start, lost, None,
                          Problem(QT_TRANSLATE_NOOP("core", "No customers at the start of the month.")))
    if lost > start:
        return MonthChurn(
            month,
            start,
            lost,
            None,
            Problem(
                QT_TRANSLATE_NOOP("core", "More customers lost ({lost}) than there were at the start ({start})."),
                {"lost": lost, "start": start},
            ),
        )
    return MonthChurn(month, start, lost, lost / start * 100.0)


def _lost_between(frame: ShopFrame, first_day: int, last_day: int) -> tuple[int, int]:
    """(customers at the start of ``first_day``, of whom lost by the end of ``last_day``).

    Lost: the spell they were in at the start ended by ``last_day``, even if they came back after.
    """
    day = first_day - 1
    # One customer's spells never overlap, so the customers lost are the spells covering ``day`` that end by
    # ``last_day``, counted as they are (no per-customer array of spell ends: 31 of them per figures job).
    lost = (frame.spell_start <= day) & (frame.spell_end > day) & (frame.spell_end <= last_day)
    return int(frame.active_on(day).sum()), int(lost.sum())


def full_months(frame: ShopFrame, period: Period | None = None) -> list[date]:
    """Months whose losses are fully known: complete on the data's date, starting once the data shows
    every customer (see ``ShopFrame.observable_from``), and inside ``period``."""
    as_of = frame.as_of_date
    if frame.history_start == UNKNOWN or not frame.losses_known:
        return []  # no one can be seen to leave: no month has a churn figure
    first = first_month_from(date.fromordinal(frame.observable_from)) if frame.censored \
        else month_start(date.fromordinal(frame.history_start))
    months = [m for m in months_between(first, as_of) if month_end(m) <= as_of]
    if period:
        months = [m for m in months if m >= month_start(period.first) and month_end(m) <= period.last]
    return months


def monthly_churn(frame: ShopFrame, period: Period | None = None) -> list[MonthChurn]:
    """Monthly churn for every full month (within ``period`` when given) from the customer intervals.

    Only customers there at the start of a month count as lost in it, so the rate stays 0-100 %.
    """
    out = []
    for m in full_months(frame, period):
        start, lost = _lost_between(frame, m.toordinal(), month_end(m).toordinal())
        out.append(month_churn(m, start, lost))
    return out


def six_month_average(frame: ShopFrame, last_month: date) -> SixMonthChurn:
    """The 6-month averaging approach for the six months ending with ``last_month``."""
    first = add_months(last_month, -5)
    start, lost = _lost_between(frame, first.toordinal(), month_end(last_month).toordinal())
    return six_month_from_counts(first, month_start(last_month), start, lost)


def six_month_from_counts(first: date, last: date, start: int, lost: int) -> SixMonthChurn:
    """The 6-month average from the customers at the start and those lost over the six months."""
    check = month_churn(first, start, lost)
    if check.problem:
        return SixMonthChurn(first, last, start, lost, None, check.problem)
    return SixMonthChurn(first, last, start, lost, lost / start / 6 * 100.0)


def six_month_from_typed(rows: Sequence[MonthlyLost]) -> SixMonthChurn | None:
    """The 6-month average from the last six typed-in months (start of the first, lost summed).

    Returns None with fewer than six months typed in.
    """
    valid = sorted((r for r in rows if r.start is not None and r.lost is not None), key=lambda r: r.month)
    if len(valid) < 6:
        return None
    six = valid[-6:]
    return six_month_from_counts(six[0].month, six[-1].month, six[0].start, sum(r.lost for r in six))


def outlook(monthly_percent: float) -> ChurnOutlook:
    """Share lost in six months and expected lifetime for a monthly churn rate in percent.

    Both follow from the one figure: losing c of the remaining customers every month loses 1 - (1 - c)^6
    in six months (the seed: 10 % a month is about half, 3 % less than a fifth), and a customer stays
    1 / c months on average (2 % a month: 50 months, about four years). Where the figure comes from the
    shop's own counts, the share actually lost is ``SixMonthChurn.lost_share_percent``, shown beside it.
    """
    c = monthly_percent / 100.0
    lifetime = None if c <= 0 else 1.0 / c
    return ChurnOutlook(
        monthly_percent=monthly_percent,
        lost_in_six_months_percent=(1.0 - (1.0 - c) ** 6) * 100.0,
        lifetime_months=lifetime,
        lifetime_years=None if lifetime is None else lifetime / 12.0,
        meets_target=monthly_percent <= TARGET_MONTHLY_CHURN,
    )
