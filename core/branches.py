"""Branches of a chain: one branch's share of the data, and the key figures of every branch side by side.

A branch's data are its own orders and answers, and the customers who belong to it: those whose home branch it is
or who bought there. A customer who buys at two branches counts at both (each branch keeps them or loses them by its
own orders); the figures of all branches together are the shop's own, never a sum of the branches'. Counts typed in
per period or per month carry no branch, so they belong to the whole shop only.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from core.metrics.summary import Summary, summarize_dataset
from core.model import Dataset


def branch_names(data: Dataset) -> list[str]:
    """The branches the data names, alphabetically ("" — no branch given — left out)."""
    names = {c.branch for c in data.customers} | set(data.orders.branch) | {a.branch for a in data.surveys}
    names.discard("")
    return sorted(names, key=str.casefold)


def known_up_to(data: Dataset) -> date | None:
    """The latest day the data describes, as the figures take it (a date after today is a typing slip)."""
    today = date.today()
    ordinals = data.orders.day[data.orders.day <= today.toordinal()]
    days = [date.fromordinal(int(ordinals.max()))] if len(ordinals) else []
    days += [d for c in data.customers for d in (c.since, c.first_purchase, c.last_purchase, c.left_on)
             if d is not None and d <= today]
    if not days:  # survey answers only
        days = [a.date for a in data.surveys if a.date is not None and a.date <= today]
    return data.as_of or (max(days) if days else None)


def for_branch(data: Dataset, branch: str, as_of: date | None = None) -> Dataset:
    """The part of ``data`` that belongs to ``branch``, known up to the whole shop's latest day (``as_of``, else
    worked out from ``data``)."""
    orders = data.orders.where([b == branch for b in data.orders.branch])
    members = set(orders.customer_id) | {c.id for c in data.customers if c.branch == branch}
    customers = [c for c in data.customers if c.id in members]
    # An answer names its branch, or (a survey without a branch column) belongs to its customer's branches.
    surveys = [a for a in data.surveys if a.branch == branch or (not a.branch and a.customer_id in members)]
    return Dataset(customers, orders, surveys, [], [], data.shop_name, as_of or known_up_to(data))


@dataclass
class BranchFigures:
    """One branch's key figures for a period (``branch`` None: all branches together)."""

    branch: str | None
    summary: Summary
    customers: int  # who belong to the branch
    revenue: float  # its orders' amounts in the period


def compare_branches(data: Dataset, whole: Summary) -> list[BranchFigures]:
    """Every branch's key figures for the period of ``whole`` (the shop's own summary of ``data``, which is the
    last row as it is), then all together; empty when the data names fewer than two branches. The branches'
    predictions are left out (a fit per branch says little)."""
    names = branch_names(data)
    if len(names) < 2:
        return []
    out = []
    as_of = known_up_to(data)
    for name in [*names, None]:
        part = data if name is None else for_branch(data, name, as_of)
        s = whole if name is None else summarize_dataset(part, whole.inactive_after, whole.period, predict_now=False)
        days = part.orders.day
        inside = (days >= whole.period.first.toordinal()) & (days <= whole.period.last.toordinal())
        revenue = math.fsum(part.orders.amount[inside].tolist())
        out.append(BranchFigures(name, s, len(part.customers), round(revenue, 2)))
    return out
