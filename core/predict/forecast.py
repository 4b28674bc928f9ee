"""The shop's forecast: purchases and revenue expected from the customers it has, next month and next quarter,
and the same forecast made in each of the past months with only the data known then, beside what happened
(the backtest the owner sees, so the figure earns trust)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from core.metrics.frame import ShopFrame
from core.metrics.periods import add_months, month_end, month_start
from core.predict import bgnbd, gammagamma
from core.predict.history import WEEK, History, history
from core.predict.shop import fit_history, fit_problem
from core.text import Cancelled

MONTH_DAYS = 30
QUARTER_DAYS = 91
BACKTEST_MONTHS = 6


@dataclass(frozen=True)
class Outlook:
    """Expected purchase days and revenue from existing customers over ``days`` days after the as-of day."""

    days: int
    purchases: float
    revenue: float | None


@dataclass(frozen=True)
class Backtest:
    """One past month: what the model, fitted on the data up to the day before, expected, and what happened."""

    month: date  # first day of the month
    predicted_purchases: float | None  # None: too little data then for a model
    actual_purchases: int
    predicted_revenue: float | None
    actual_revenue: float


@dataclass
class Forecast:
    """Next month and quarter, and the backtest (oldest month first)."""

    next_month: Outlook | None
    next_quarter: Outlook | None
    backtest: list[Backtest]

    @property
    def typical_error_percent(self) -> float | None:
        """The mean absolute difference between forecast and outcome in the backtest, as a percentage of the
        outcome (None without a month to compare)."""
        pairs = [(b.predicted_purchases, b.actual_purchases) for b in self.backtest
                 if b.predicted_purchases is not None and b.actual_purchases]
        if not pairs:
            return None
        return float(np.mean([abs(p - a) / a for p, a in pairs]) * 100)


def outlook(h: History, params: bgnbd.Params, spend: gammagamma.SpendParams | None, days: int) -> Outlook:
    """Expected purchase days and revenue of the customers in ``h`` over the next ``days`` days."""
    has = h.has
    x, t_x, T = h.x[has], h.t_x[has], h.T[has]
    orders = bgnbd.expected_purchases(params, days / WEEK, x, t_x, T)
    if spend is None:
        return Outlook(days, float(orders.sum()), None)
    per = gammagamma.expected_spend(spend, x, h.repeat_value[has])
    return Outlook(days, float(orders.sum()), float((orders * per).sum()))


def _actual(frame: ShopFrame, h: History, first: int, last: int) -> tuple[int, float]:
    """Purchase days and net revenue in ``first .. last`` of the customers who had bought by ``h.as_of``."""
    mask = (frame.order_day >= first) & (frame.order_day <= last) & h.has[frame.order_cust]
    buy = mask & (frame.order_amount >= 0)
    visits = np.unique((frame.order_cust[buy].astype(np.int64) << 32) | frame.order_day[buy])
    return int(len(visits)), float(frame.order_amount[mask].sum())


def backtest(frame: ShopFrame, months: int = BACKTEST_MONTHS,
             cancelled: Callable[[], bool] | None = None) -> list[Backtest]:
    """The last ``months`` full months before the frame's as-of day, each forecast from the day before it.
    Needs the orders themselves: a customer list's counts and totals already hold the later purchases, so a
    forecast from it "as of" an earlier day would know the outcome (none is made)."""
    if not len(frame.order_day):
        return []
    as_of = date.fromordinal(frame.as_of)
    last_full = month_start(as_of) if as_of != month_end(as_of) else add_months(as_of, 1)
    out = []
    for k in range(months, 0, -1):
        first = add_months(last_full, -k)
        last = month_end(first)
        cut = (first - timedelta(days=1)).toordinal()
        h = history(frame, cut)
        actual, revenue = _actual(frame, h, first.toordinal(), last.toordinal())
        predicted = predicted_revenue = None
        if fit_problem(h) is None:
            params, spend = fit_history(h)
            if params is not None:
                o = outlook(h, params, spend, (last - first).days + 1)
                predicted, predicted_revenue = o.purchases, o.revenue
        out.append(Backtest(first, predicted, actual, predicted_revenue, revenue))
        if cancelled and cancelled():
            raise Cancelled()
    return out


def forecast(frame: ShopFrame, h: History, params: bgnbd.Params | None, spend: gammagamma.SpendParams | None,
             cancelled: Callable[[], bool] | None = None, months: int = BACKTEST_MONTHS) -> Forecast:
    """Next month and quarter from the fitted model (None under the plain rule), with the backtest."""
    month = outlook(h, params, spend, MONTH_DAYS) if params else None
    quarter = outlook(h, params, spend, QUARTER_DAYS) if params else None
    return Forecast(month, quarter, backtest(frame, months, cancelled) if months else [])
