"""Customer retention rate (CRR) and repeat purchase rate.

CRR = ((E - N) / S) x 100: S customers at the start of the period, E at the end, N new during it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.metrics.frame import UNKNOWN, ShopFrame
from core.metrics.periods import Period
from core.text import QT_TRANSLATE_NOOP, Problem


@dataclass(frozen=True)
class CrrResult:
    """CRR with the counts it was computed from. ``percent`` is None when the counts are invalid."""

    start: int | None
    end: int | None
    new: int | None
    percent: float | None
    retained: int | None = None  # customers of S still there at the end (only known from data)
    new_lost: int | None = None  # new customers who already left again within the period
    problem: Problem | None = None


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


def crr_from_frame(frame: ShopFrame, period: Period) -> CrrResult:
    """CRR over ``period`` with S, E and N derived from each customer's interval."""
    a, b = period.first.toordinal(), period.last.toordinal()
    at_start = frame.active_on(a - 1)
    at_end = frame.active_on(b)
    known = frame.known()
    new_mask = known & (frame.start >= a) & (frame.start <= b)
    s, e, n = int(at_start.sum()), int(at_end.sum()), int(new_mask.sum())
    retained = int((at_start & at_end).sum())
    new_lost = int((new_mask & ~at_end).sum())
    result = crr_from_counts(s, e, n)
    return CrrResult(s, e, n, result.percent, retained, new_lost, result.problem)


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
            Problem(QT_TRANSLATE_NOOP("core", "No customers had bought before this period.")),
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

    The base is every customer still a customer at the start who had bought before it. With an
    order list, "bought again" means an order inside the period; with only a customer list, a last
    purchase date inside the period.
    """
    a, b = period.first.toordinal(), period.last.toordinal()
    base = frame.active_on(a - 1) & (frame.first_buy != UNKNOWN) & (frame.first_buy < a)
    from_orders = len(frame.order_day) > 0
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
