"""The 80/20 rule: how much of the revenue comes from the best-paying 20 % of customers."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from core.metrics.frame import ShopFrame
from core.metrics.periods import Period


@dataclass(frozen=True)
class ParetoResult:
    """Revenue concentration. ``curve`` holds (share of customers, share of revenue) in percent."""

    customers: int  # customers with revenue in the period
    top_count: int  # ceil(20 % of them)
    top_revenue: float
    total_revenue: float  # positive revenue only, so refunds cannot push a share past 100 %
    top20_share_percent: float | None
    top_indices: list[int]  # frame indices of the top customers, best first
    curve: list[tuple[float, float]]


def revenue_per_customer(frame: ShopFrame, period: Period | None) -> np.ndarray:
    """Net revenue per customer in ``period`` (from orders), or the list's totals without orders."""
    if len(frame.order_day):
        mask = np.ones(len(frame.order_day), dtype=bool)
        if period:
            mask = (frame.order_day >= period.first.toordinal()) & (frame.order_day <= period.last.toordinal())
        return np.bincount(frame.order_cust[mask], weights=frame.order_amount[mask], minlength=frame.n_customers)
    return np.nan_to_num(frame.revenue, nan=0.0)


def _top_count(n: int, top_share: float) -> int:
    """How many of ``n`` paying customers the top ``top_share`` are (at least one)."""
    return max(1, math.ceil(n * top_share - 1e-9))


def top_share_percent(frame: ShopFrame, period: Period | None = None, top_share: float = 0.2) -> float | None:
    """``pareto(...).top20_share_percent`` alone, for a trend: the revenues sorted without their customers (the
    same values in the same order, so the same sums to the last bit), no list of the top customers, no curve."""
    revenue = revenue_per_customer(frame, period)
    values = -np.sort(-revenue[revenue > 0])  # largest first, as pareto has them
    if not len(values):
        return None
    return float(values[:_top_count(len(values), top_share)].sum()) / float(values.sum()) * 100.0


def pareto(frame: ShopFrame, period: Period | None = None, top_share: float = 0.2, points: int = 101) -> ParetoResult:
    """Share of revenue from the top ``top_share`` of paying customers, with a curve of ``points`` points."""
    revenue = revenue_per_customer(frame, period)
    paying = np.nonzero(revenue > 0)[0]
    values = revenue[paying]
    order = np.argsort(-values, kind="stable")
    values = values[order]
    n = len(values)
    if n == 0:
        return ParetoResult(0, 0, 0.0, 0.0, None, [], [(0.0, 0.0), (100.0, 100.0)])
    k = _top_count(n, top_share)
    total = float(values.sum())
    top = float(values[:k].sum())
    cumulative = np.concatenate(([0.0], np.cumsum(values))) / total * 100.0
    xs = np.linspace(0, n, min(points, n + 1)).round().astype(int)
    curve = [(float(x / n * 100.0), float(cumulative[x])) for x in xs]
    return ParetoResult(n, k, top, total, top / total * 100.0, [int(i) for i in paying[order[:k]]], curve)
