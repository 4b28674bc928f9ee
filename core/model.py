"""The shop's data as plain dataclasses. Dates are ``datetime.date``; amounts are euros as floats."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Customer:
    """One customer as the owner's list or the orders describe them. Unknown fields stay ``None``."""

    id: str
    name: str = ""
    email: str = ""
    since: date | None = None
    left_on: date | None = None
    first_purchase: date | None = None
    last_purchase: date | None = None
    orders_count: int | None = None
    total_spent: float | None = None
    source: str = ""
    nps_score: int | None = None
    consent: bool | None = None
    phone: str = ""
    branch: str = ""  # the shop location the customer came from ("" when the file names none)


@dataclass(frozen=True)
class Order:
    """One order (not one order line): who, when, how much. Refunds have a negative amount."""

    customer_id: str
    date: date
    amount: float
    order_id: str = ""  # the shop's own order number, when the export has one
    branch: str = ""  # the shop location it was bought at


@dataclass(frozen=True)
class SurveyResponse:
    """One answer to the recommendation question (0-10). ``date`` is None for a survey without dates: such
    an answer counts in every period."""

    date: date | None
    score: int
    customer_id: str = ""
    source: str = ""
    branch: str = ""  # the shop location the answer is about


@dataclass(frozen=True)
class PeriodCounts:
    """Counts typed in by an owner without a customer list: S at the start, E at the end, N new."""

    label: str
    start: int | None
    end: int | None
    new: int | None


@dataclass(frozen=True)
class MonthlyLost:
    """Typed-in churn input: customers at the start of a month and customers lost during it."""

    month: date  # first day of the month
    start: int | None
    lost: int | None


@dataclass
class Dataset:
    """Everything known about one shop."""

    customers: list[Customer] = field(default_factory=list)
    orders: list[Order] = field(default_factory=list)
    surveys: list[SurveyResponse] = field(default_factory=list)
    period_counts: list[PeriodCounts] = field(default_factory=list)
    monthly_lost: list[MonthlyLost] = field(default_factory=list)
    shop_name: str = ""
    # The day the data is known up to when that is later than its own latest date: one branch's share of a chain
    # is known up to the chain's latest date (a branch without sales in its last weeks simply had none).
    as_of: date | None = None
