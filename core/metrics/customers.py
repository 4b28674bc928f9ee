"""One row per customer with what the owner wants to see and filter on: status, value, last score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from core.metrics.frame import NEVER, UNKNOWN
from core.metrics.summary import Summary
from core.model import Dataset

ACTIVE, AT_RISK, LOST, CONTACT = "active", "at_risk", "lost", "contact"  # contact: on the list, never bought


# Slots and no frozen: a hundred thousand rows are made at each change, and a frozen dataclass sets every field
# through object.__setattr__ (eight times as slow). Nothing changes a row after it is made.
@dataclass(slots=True)
class CustomerRow:
    """A customer as the customer list shows them."""

    id: str
    name: str
    email: str
    since: date | None
    last_purchase: date | None
    orders: int | None  # None: not known (a list without an order count, and no orders)
    revenue: float | None
    status: str  # ACTIVE, AT_RISK, LOST or CONTACT
    lost_on: date | None
    score: int | None  # their latest NPS answer
    source: str
    consent: bool | None
    top20: bool
    new_in_period: bool
    phone: str = ""
    p_alive: float | None = None  # the predictions (None while computed, under the plain rule, or never bought)
    p_buy: float | None = None
    expected_orders: float | None = None
    expected_revenue: float | None = None
    value_12m: float | None = None
    segment: str = ""
    certainty: str = ""
    branch: str = ""  # their home branch (a chain's shop location; "" when the data names none)


def customer_rows(data: Dataset, summary: Summary) -> list[CustomerRow]:
    """Every customer of the summary's frame, in the frame's order."""
    frame = summary.frame
    if frame is None:
        return []
    by_id = {c.id: c for c in data.customers}
    latest: dict[str, tuple[date, int]] = {}
    for a in data.surveys:
        when = a.date or date.min  # an undated answer is older than any dated one
        if a.customer_id and (a.customer_id not in latest or when >= latest[a.customer_id][0]):
            latest[a.customer_id] = (when, a.score)
    n = len(frame.ids)
    first, last = summary.period.first.toordinal(), summary.period.last.toordinal()
    start, end, last_buy = frame.start, frame.end, frame.last_buy
    known = start != UNKNOWN
    lost = known & (end != NEVER) & (end <= frame.as_of)
    at_risk = np.zeros(n, dtype=bool)
    at_risk[[r.index for r in summary.at_risk]] = True
    status = np.where(frame.contacts.astype(bool), CONTACT, np.where(lost, LOST, np.where(at_risk, AT_RISK, ACTIVE)))
    top = np.zeros(n, dtype=bool)
    top[list(summary.pareto.top_indices)] = True
    # A hundred thousand customers share a few thousand days: each date is made once. Columns as Python lists,
    # each made in one pass: per customer and field, NumPy indexing and keyword arguments cost most of the time
    # (100,000 customers: 1.4 s, then 1.1 s; now a third of that).
    days: dict[int, date] = {}

    def day(ordinal: int) -> date:
        found = days.get(ordinal)
        if found is None:
            found = days[ordinal] = date.fromordinal(ordinal)
        return found

    def column(values: np.ndarray, where: np.ndarray) -> list:
        return [day(v) if w else None for v, w in zip(values.tolist(), where.tolist(), strict=True)]

    def chances(values: np.ndarray) -> list[float | None]:
        return [None if v != v else v for v in values.astype(float).tolist()]  # nan: no prediction

    ids = frame.ids
    listed = [by_id.get(cid) for cid in ids]
    orders_known = len(frame.order_day) > 0  # with an order list, no order means 0 orders
    n_orders = [int(k) if orders_known or k or (c and c.orders_count is not None) else None
                for k, c in zip(frame.n_orders.tolist(), listed, strict=True)]
    scores = [latest[cid][1] if cid in latest else (c.nps_score if c else None)
              for cid, c in zip(ids, listed, strict=True)]
    revenue = [v if v == v else None for v in frame.revenue.astype(float).tolist()]  # nan: unknown
    p = summary.predictions
    none = [None] * n
    predicted = ((chances(p.p_alive), chances(p.p_buy), chances(p.expected_orders), chances(p.expected_revenue),
                  chances(p.value_12m), [str(v) for v in p.segment], [str(v) for v in p.certainty])
                 if p is not None else (none, none, none, none, none, [""] * n, [""] * n))
    text = [(c.name, c.email, c.phone, c.source, c.consent, c.branch) if c else ("", "", "", "", None, "")
            for c in listed]
    names, emails, phones, sources, consents, branches = zip(*text, strict=True) if text else ((),) * 6
    new_in_period = known & (start >= first) & (start <= last)
    # Positional, in the dataclass's field order.
    rows = list(map(CustomerRow, ids, names, emails, column(start, known), column(last_buy, last_buy != UNKNOWN),
                    n_orders, revenue, status.tolist(), column(end, lost), scores, sources, consents,
                    top.tolist(), new_in_period.tolist(), phones, *predicted, branches))
    return rows
