"""Customer retention rate (CRR) and repeat purchase rate.

CRR = ((E - N) / S) x 100: S customers at the start of the period, E at the end, N new during it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from core.metrics.frame import UNKNOWN, ShopFrame
from core.metrics.periods import Period
from core.text import QT_TRANSLATE_NOOP, Problem

NO_DATED_CUSTOMERS = QT_TRANSLATE_NOOP(
    "core", "Not known: there are no customers with a date yet. Import your customer list or orders, or type the "
            "counts in.")


NO_LOSS_DATES = QT_TRANSLATE_NOOP(
    "core", "Not known: your list says when customers came, but not when they last bought or left. Add a column "
            "'last purchase' or 'left on' (or import your orders) to see who stayed.")


@dataclass(frozen=True)
class CrrResult:
    """CRR with the counts it was computed from. ``percent`` is None when the counts are invalid."""

    start: int | None
    end: int | None
    new: int | None
    percent: float | None
    retained: int | None = None  # customers of S there all period, without a break (only known from data)
    new_lost: int | None = None  # customers who joined in the period and left again within it
    problem: Problem | None = None
    brand_new: int | None = None  # of N: first-time customers
    won_back: int | None = None  # of N: customers who had been lost and came back


def validate_counts(start: int | None, end: int | None, new: int | None) -> Problem | None:
    """Why the counts S, E, N cannot give a CRR, or None when they can."""
    if start is None or end is None or new is None:
        return Problem(QT_TRANSLATE_NOOP("core", "Fill in all three counts: start, end and new."))
    if start < 0 or end < 0 or new < 0:
        return Problem(QT_TRANSLATE_NOOP("core", "Counts cannot be negative."))
    if start == 0:
        return Problem(
            QT_TRANSLATE_NOOP("core", "There were no customers at the start (S = 0), so there is nothing to retain.")
        )
    if new > end:
        return Problem(
            QT_TRANSLATE_NOOP(
                "core", "More new customers ({new}) than customers at the end ({end}): N cannot exceed E."
            ),
            {"new": new, "end": end},
        )
    if end - new > start:
        return Problem(
            QT_TRANSLATE_NOOP(
                "core",
                "E - N = {kept} is more than the {start} customers at the start: "
                "a customer can only be retained once. Check the counts.",
            ),
            {"kept": end - new, "start": start},
        )
    return None


def crr_from_counts(start: int | None, end: int | None, new: int | None) -> CrrResult:
    """CRR from typed-in counts; invalid counts give a result with a ``problem`` and no percent."""
    problem = validate_counts(start, end, new)
    if problem:
        return CrrResult(start, end, new, None, problem=problem)
    return CrrResult(start, end, new, (end - new) / start * 100.0)


def not_known_before(frame: ShopFrame, first_day: int) -> Problem | None:
    """Why a figure that needs the customers on the day before ``first_day`` cannot be known, or None.

    Without "left on" dates, a customer who bought shortly before the data starts is invisible until the
    inactivity window has passed, so the count at the start (and every loss) would come out too low.
    """
    if frame.history_start == UNKNOWN:
        return Problem(NO_DATED_CUSTOMERS)
    if not frame.losses_known:
        return Problem(NO_LOSS_DATES)
    if first_day < frame.observable_from:
        return Problem(
            QT_TRANSLATE_NOOP(
                "core",
                "Not known yet: your data starts on {start}, and with a window of {days} days the customers "
                "at the start of a period are only all known from {known}. Choose a later period or a "
                "shorter window.",
            ),
            {"start": date.fromordinal(frame.history_start), "days": frame.inactive_after,
             "known": date.fromordinal(frame.observable_from)},
        )
    return None


def not_known_after(frame: ShopFrame, last_day: int) -> Problem | None:
    """Why the situation on ``last_day`` cannot be known yet (it lies after the data), or None."""
    if last_day > frame.known_until:
        return Problem(
            QT_TRANSLATE_NOOP("core", "Not known yet: the period ends on {end}, but your data reaches {as_of}."),
            {"end": date.fromordinal(last_day), "as_of": date.fromordinal(frame.known_until)},
        )
    return None


def crr_from_frame(frame: ShopFrame, period: Period) -> CrrResult:
    """CRR over ``period`` with S, E and N derived from each customer's spells.

    S: customers on the day before the period; E: customers on its last day; N: customers who joined
    during it, brand-new or won back. Then E − N = retained − new_lost exactly: the customers of S who
    stayed all period, less those who joined and left again within it.
    """
    a, b = period.first.toordinal(), period.last.toordinal()
    reason = not_known_before(frame, a) or not_known_after(frame, b)
    if reason:
        return CrrResult(None, None, None, None, problem=reason)
    at_start = frame.active_on(a - 1)
    at_end = frame.active_on(b)
    brand_new, won_back = frame.joined_between(a, b)
    joined = brand_new | won_back
    s, e, n = int(at_start.sum()), int(at_end.sum()), int(joined.sum())
    retained = int((at_end & ~joined).sum())  # active at the end through a spell that began before the period
    new_lost = int((joined & ~at_end).sum())
    problem = None
    percent = None
    if s == 0:
        problem = Problem(QT_TRANSLATE_NOOP(
            "core", "Not known: there were no customers at the start of this period (S = 0), so there is "
                    "nothing to retain. Choose a later or longer period."))
    else:
        percent = (e - n) / s * 100.0
    return CrrResult(s, e, n, percent, retained, new_lost, problem, int(brand_new.sum()), int(won_back.sum()))


@dataclass(frozen=True)
class RepeatResult:
    """Of the customers who had bought before the period, the share who bought again during it."""

    earlier_buyers: int
    bought_again: int
    percent: float | None
    from_orders: bool  # False: judged from the customer list's last purchase date
    problem: Problem | None = None


def repeat_rate_from_counts(earlier_buyers: int, bought_again: int) -> RepeatResult:
    """Repeat purchase rate from two counts (the seed's 2,000 customers, 900 buying again: 45 %)."""
    if earlier_buyers <= 0:
        return RepeatResult(
            earlier_buyers,
            bought_again,
            None,
            True,
            Problem(QT_TRANSLATE_NOOP("core", "Not known: there were no customers at the start of this period.")),
        )
    if bought_again < 0 or bought_again > earlier_buyers:
        return RepeatResult(
            earlier_buyers,
            bought_again,
            None,
            True,
            Problem(
                QT_TRANSLATE_NOOP("core", "Returning buyers must be between 0 and {total}."),
                {"total": earlier_buyers},
            ),
        )
    return RepeatResult(earlier_buyers, bought_again, bought_again / earlier_buyers * 100.0, True)


def repeat_rate(frame: ShopFrame, period: Period) -> RepeatResult:
    """Repeat purchase rate over ``period``.

    The base is fixed at the period's start: every customer on the day before it (whatever they do later).
    With an order list, "bought again" means a purchase inside the period; with only a customer list, a
    last purchase date inside it.
    """
    a, b = period.first.toordinal(), period.last.toordinal()
    from_orders = len(frame.order_day) > 0
    reason = not_known_before(frame, a) or not_known_after(frame, b)
    if reason:
        return RepeatResult(0, 0, None, from_orders, reason)
    base = frame.active_on(a - 1)
    if from_orders:
        in_period = (frame.order_day >= a) & (frame.order_day <= b) & frame.purchases()
        bought = np.zeros(frame.n_customers, dtype=bool)
        bought[frame.order_cust[in_period]] = True
    else:
        bought = (frame.last_buy >= a) & (frame.last_buy <= b)
    total = int(base.sum())
    again = int((base & bought).sum())
    result = repeat_rate_from_counts(total, again)
    return RepeatResult(total, again, result.percent, from_orders, result.problem)
