"""The shop's predictions: the model fitted on its history (or a plain rule where the data is too thin), and
per customer the chance they are still a customer, expected orders and revenue, a 12-month value, their RFM
segment, how sure the figures are, and whether they are at risk."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np

from core.metrics.frame import ShopFrame
from core.metrics.risk import at_risk as interval_at_risk
from core.predict import bgnbd, fitcache, gammagamma
from core.predict.history import WEEK, History, history
from core.predict.segments import rfm_scores, segment_of
from core.text import PLURAL, QT_TRANSLATE_NOOP, Cancelled, Problem

MODEL, RULE = "model", "rule"
SURE, FAIR, ROUGH = "sure", "fair", "rough"
DEFAULT_HORIZON = 90
YEAR_DAYS = 365
AT_RISK_BELOW = 0.5  # at risk: the chance they buy within the horizon has dropped below one in two

# What a fit needs; below it the plain rule is used (and the screen says why).
MIN_BUYERS = 30
MIN_REPEAT_BUYERS = 10
MIN_HISTORY_DAYS = 90

CERTAINTY_NAMES = {
    SURE: QT_TRANSLATE_NOOP("core", "fairly sure"),
    FAIR: QT_TRANSLATE_NOOP("core", "reasonable"),
    ROUGH: QT_TRANSLATE_NOOP("core", "rough guess"),
}


@dataclass(frozen=True)
class AtRisk:
    """A customer worth keeping whose chance of still being a customer has dropped."""

    index: int  # frame index
    customer_id: str
    days_since_last: int
    p_alive: float | None  # None under the plain rule
    p_buy: float | None  # the chance they buy within the horizon (None under the plain rule)
    revenue: float
    expected_orders: float


@dataclass
class Predictions:
    """Per-customer predictions over the frame's customers (nan where a customer never bought)."""

    as_of: date
    horizon_days: int
    method: str  # MODEL or RULE
    reason: Problem | None  # why the plain rule stands in (None for the model)
    params: bgnbd.Params | None
    spend: gammagamma.SpendParams | None
    ids: list[str]
    has: np.ndarray  # bool: bought by as_of (the others have no prediction)
    p_alive: np.ndarray
    p_buy: np.ndarray  # the chance of at least one purchase within the horizon
    expected_orders: np.ndarray
    expected_revenue: np.ndarray
    value_12m: np.ndarray
    spend_per_order: np.ndarray
    recency: np.ndarray  # R, F, M scores (0 without a purchase)
    frequency: np.ndarray
    monetary: np.ndarray
    segment: np.ndarray  # object: segment key, "" without a purchase
    certainty: np.ndarray  # object: SURE, FAIR or ROUGH ("" without a purchase)
    at_risk: list[AtRisk]
    hist: History
    forecast: object | None = None  # core.predict.forecast.Forecast, when computed (it needs several fits)

    def targets(self) -> dict[str, tuple[float | None, str]]:
        """Per customer who bought: (chance to buy within the horizon or None, segment), for the calendar."""
        return {cid: (None if self.p_buy[i] != self.p_buy[i] else float(self.p_buy[i]), str(self.segment[i]))
                for i, cid in enumerate(self.ids) if self.has[i]}


def fit_problem(h: History) -> Problem | None:
    """Why the data is too thin for a model (None when a fit can be tried)."""
    buyers = int(h.has.sum())
    repeat = int((h.days >= 2).sum())
    span = h.as_of - h.history_start if h.has.any() else 0
    if buyers < MIN_BUYERS:
        return Problem(PLURAL.translate(
            "core", "{n} customers have bought so far; a prediction model needs at least {min}. Until then a plain "
                    "rule is used: customers keep buying at their own pace while they are within the window.", "", 0),
            {"n": buyers, "min": MIN_BUYERS}, count="n")
    if repeat < MIN_REPEAT_BUYERS:
        return Problem(PLURAL.translate(
            "core", "{n} customers have bought more than once; a prediction model needs at least {min} to learn how "
                    "often people come back. Until then a plain rule is used: customers keep buying at their own "
                    "pace while they are within the window.", "", 0),
            {"n": repeat, "min": MIN_REPEAT_BUYERS}, count="n")
    if span < MIN_HISTORY_DAYS:
        return Problem(QT_TRANSLATE_NOOP(
            "core", "The purchases cover {n} days; a prediction model needs at least {min}. Until then a plain rule "
                    "is used: customers keep buying at their own pace while they are within the window."),
            {"n": int(span), "min": MIN_HISTORY_DAYS})
    return None


def fit_history(h: History) -> tuple[bgnbd.Params | None, gammagamma.SpendParams | None]:
    """The MBG/NBD and Gamma-Gamma fits on a history (None for a fit that did not give usable parameters).

    Customers with the same (x, t_x, T) are fitted as one row with a weight: a shop's one-time buyers of
    a day all share one row. A history fitted before (the same grouped input) is not fitted again
    (``core.predict.fitcache``)."""
    x, t_x, T = h.x[h.has], h.t_x[h.has], h.T[h.has]
    # One packed integer per (x, days to the last purchase, days observed): a 1-D unique is fast.
    span = (h.last[h.has] - h.first[h.has]).astype(np.int64)
    seen = (h.as_of - h.first[h.has]).astype(np.int64)
    key = (x.astype(np.int64) << 42) | (span << 21) | seen
    _, first_of, counts = np.unique(key, return_index=True, return_counts=True)
    m = h.repeat_value[h.has]
    ok = (x > 0) & (m > 0) & np.isfinite(m)
    grouped = (x[first_of], t_x[first_of], T[first_of], counts)
    name = fitcache.digest(*grouped, x[ok], m[ok], np.array([MIN_REPEAT_BUYERS]))  # (the bar for a spend fit too)
    remembered = fitcache.recall(name)
    if remembered is not None:
        return remembered  # the same input was fitted before: the same numbers
    # One after the other: with each step now a few array passes, the two fits on two threads waited on each other
    # for the interpreter and took longer together (0.20–0.23 s on a million orders) than in turn (0.17–0.19 s).
    params = bgnbd.fit(bgnbd.MBG, *grouped)
    spend = gammagamma.fit(x[ok], m[ok]) if ok.sum() >= MIN_REPEAT_BUYERS else None
    usable = params.converged and all(np.isfinite(v) for v in (params.r, params.alpha, params.a, params.b))
    if spend is not None and not (spend.converged and spend.q > 1 and np.isfinite(spend.p * spend.gamma)):
        spend = None
    fit = (params if usable else None), spend
    fitcache.keep(name, fit)
    return fit


def _certainty(params: bgnbd.Params | None, x: np.ndarray) -> np.ndarray:
    """How sure a customer's figures are: the spread of what their own purchases say about their buying
    rate (its posterior coefficient of variation, 1/√(r + x)); the plain rule is always a rough guess."""
    if params is None:
        return np.full(len(x), ROUGH, dtype=object)
    cv = 1 / np.sqrt(params.r + x)
    return np.where(cv < 0.5, SURE, np.where(cv < 0.8, FAIR, ROUGH)).astype(object)


def predict(frame: ShopFrame, horizon_days: int = DEFAULT_HORIZON, as_of: int | None = None,
            cancelled: Callable[[], bool] | None = None) -> Predictions:
    """Every customer's predictions as of ``as_of`` (default: the frame's as-of day)."""
    h = history(frame, as_of)
    n = frame.n_customers
    reason = fit_problem(h)
    params = spend = None
    if reason is None:
        params, spend = fit_history(h)
        if params is None:
            reason = Problem(QT_TRANSLATE_NOOP(
                "core", "The prediction model found no stable fit on this history (it happens when purchases are "
                        "very irregular). A plain rule is used: customers keep buying at their own pace while they "
                        "are within the window."))
    if cancelled and cancelled():
        raise Cancelled()
    x, t_x, T = h.x, h.t_x, h.T
    p_alive = np.full(n, np.nan)
    p_buy = np.full(n, np.nan)
    orders = np.full(n, np.nan)
    orders_year = np.full(n, np.nan)
    hz = horizon_days / WEEK
    has = h.has
    shop_mean = _shop_mean(h)
    if params is not None:
        p_alive[has] = bgnbd.p_alive(params, x[has], t_x[has], T[has])
        p_buy[has] = bgnbd.p_buy_within(params, hz, x[has], t_x[has], T[has])
        orders[has] = bgnbd.expected_purchases(params, hz, x[has], t_x[has], T[has])
        orders_year[has] = bgnbd.expected_purchases(params, YEAR_DAYS / WEEK, x[has], t_x[has], T[has])
    else:
        rate = _own_rate(h, frame)
        orders[has] = rate[has] * horizon_days
        orders_year[has] = rate[has] * YEAR_DAYS
    per_order = np.full(n, np.nan)
    if spend is not None:
        per_order[has] = gammagamma.expected_spend(spend, x[has], h.repeat_value[has], shop_mean)
    else:
        own = np.where(h.days > 0, h.revenue / np.maximum(h.days, 1), np.nan)
        per_order[has] = np.where(own[has] > 0, own[has], shop_mean)
    revenue = orders * per_order
    value = orders_year * per_order
    r, f, m = (np.zeros(n, dtype=np.int64) for _ in range(3))
    segment = np.full(n, "", dtype=object)
    certainty = np.full(n, "", dtype=object)
    if has.any():
        r[has], f[has], m[has] = rfm_scores(h.recency_days[has], h.days[has], h.revenue[has])
        segment[has] = segment_of(r[has], f[has], m[has])
        certainty[has] = _certainty(params, x[has])
    preds = Predictions(
        as_of=date.fromordinal(h.as_of), horizon_days=horizon_days, method=MODEL if params else RULE,
        reason=reason, params=params, spend=spend, ids=frame.ids, has=has, p_alive=p_alive, p_buy=p_buy,
        expected_orders=orders, expected_revenue=revenue, value_12m=value, spend_per_order=per_order,
        recency=r, frequency=f, monetary=m, segment=segment, certainty=certainty, at_risk=[], hist=h)
    preds.at_risk = _at_risk(frame, preds)
    return preds


def _shop_mean(h: History) -> float:
    """The shop's mean value per purchase day (0 without purchases)."""
    days = int(h.days[h.has].sum())
    return float(h.revenue[h.has].sum() / days) if days else 0.0


def _own_rate(h: History, frame: ShopFrame) -> np.ndarray:
    """The plain rule's purchases per day: the customer's own pace (purchase days over the days since the first,
    at least a month), for customers still within the window; 0 once they count as lost."""
    observed = np.maximum(h.as_of - h.first + 1, 30)
    rate = np.where(h.has, h.days / observed, 0.0)
    active = frame.active_on(h.as_of) if h.as_of == frame.as_of else (h.as_of - h.last) <= frame.inactive_after
    return np.where(active, rate, 0.0)


def _at_risk(frame: ShopFrame, p: Predictions) -> list[AtRisk]:
    """Customers worth keeping who are slipping away, most valuable first.

    Worth keeping: still counted as a customer, bought on two days or more, and past revenue at least the
    median of those repeat buyers. Slipping away: right after their last purchase the chance that they would
    buy within the horizon was at least one in two, and now it is below that. A customer who always buys
    slowly is not flagged for it; one who stopped is. Under the plain rule: past their usual interval."""
    h = p.hist
    since = h.as_of - h.last
    if p.method == RULE:
        if h.as_of != frame.as_of:  # the interval rule knows only the frame's own day
            return []
        return [AtRisk(a.index, a.customer_id, a.days_since_last, None, None, a.revenue,
                       float(p.expected_orders[a.index])) for a in interval_at_risk(frame)]
    active = h.has & ((frame.active_on(h.as_of)) if h.as_of == frame.as_of else (since <= frame.inactive_after))
    repeat = active & (h.days >= 2)
    if not repeat.any():
        return []
    floor = float(np.median(h.revenue[repeat]))
    hz = p.horizon_days / WEEK
    was = bgnbd.p_buy_within(p.params, hz, h.x, h.t_x, h.t_x)  # as it stood on their last purchase day
    flagged = np.nonzero(repeat & (h.revenue >= floor) & (was >= AT_RISK_BELOW) & (p.p_buy < AT_RISK_BELOW))[0]
    flagged = flagged[np.argsort(-h.revenue[flagged], kind="stable")]
    return [AtRisk(int(i), frame.ids[i], int(since[i]), float(p.p_alive[i]), float(p.p_buy[i]), float(h.revenue[i]),
                   float(p.expected_orders[i])) for i in flagged]
