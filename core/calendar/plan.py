"""The plan: every rule applied to the customers' history, giving dated actions with their customers."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

from core.calendar.rules import COUPON, FEEDBACK, LOYALTY, NEWSLETTER, ONE_OFF, THANK_YOU, WINBACK, Rule, RuleSet
from core.metrics.periods import add_months, month_start
from core.model import Customer, Dataset

DONE, SKIPPED, SNOOZED = "done", "skipped", "snoozed"

# How long after its day an action is still worth doing; after that it expires instead of piling up as
# "overdue" (a thank-you mail a month late, a coupon for an order long gone, last month's newsletter).
SHELF_DAYS = {THANK_YOU: 14, COUPON: 14, FEEDBACK: 30, WINBACK: 60, LOYALTY: 30, NEWSLETTER: 7, ONE_OFF: 7}
Marks = dict[tuple[str, str], tuple[str, date | None]]


@dataclass
class Action:
    """One rule due on one day, for some customers."""

    rule: Rule
    day: date
    customers: list[str] = field(default_factory=list)  # customer ids
    left_out_no_consent: int = 0
    state: str = ""  # DONE, SKIPPED or "" (open); snoozed actions appear on their new day
    done_customers: set[str] = field(default_factory=set)
    original_day: date | None = None  # set when snoozed to ``day``

    @property
    def key(self) -> str:
        """Stable identity: rule key and original due day (used for marks and .ics UIDs)."""
        return f"{self.rule.key}:{(self.original_day or self.day).isoformat()}"

    def open_customers(self) -> list[str]:
        """Customers not yet marked done."""
        return [c for c in self.customers if c not in self.done_customers]

    def is_expired(self, today: date) -> bool:
        """Still open, but too long past its day to be worth doing (see ``SHELF_DAYS``)."""
        return (not self.state and bool(self.open_customers())
                and (today - self.day).days > SHELF_DAYS.get(self.rule.kind, 30))

    def is_overdue(self, today: date) -> bool:
        """Due before today, still open, and still worth doing."""
        return self.day < today and not self.state and bool(self.open_customers()) and not self.is_expired(today)


def coupon_code(rule: Rule, customer_id: str) -> str:
    """A stable coupon code per customer and rule (the same on every export)."""
    digest = hashlib.sha256(f"{rule.key}|{customer_id}".encode()).hexdigest()[:6].upper()
    return f"{rule.coupon_prefix or 'KORTING'}-{digest}"


def _purchases(data: Dataset) -> dict[str, list[date]]:
    days: dict[str, list[date]] = defaultdict(list)
    orders = data.orders
    day_of = {d: date.fromordinal(d) for d in set(orders.day.tolist())}  # one date object per distinct day
    for cid, d, amount in zip(orders.customer_id, orders.day.tolist(), orders.amount.tolist(), strict=True):
        if amount >= 0:
            days[cid].append(day_of[d])
    for c in data.customers:
        if c.id not in days:
            # A customer list without orders: first and last purchase are all that is known.
            for d in {c.first_purchase, c.last_purchase} - {None}:
                days[c.id].append(d)
    for v in days.values():
        v.sort()
    return days


def nth_weekday(month: date, weekday: int, nth: int) -> date | None:
    """The nth ``weekday`` (0 = Monday) of ``month``; None when the month has no such day."""
    first = month_start(month)
    d = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    return d if d.month == first.month else None


def _due_days(rule: Rule, history: list[date], first: date, last: date) -> list[date]:
    """Days within [first, last] on which ``rule`` concerns a customer with this purchase history."""
    if not history:
        return []
    if rule.kind == THANK_YOU:
        days = [history[0] + timedelta(days=rule.days)]
    elif rule.kind == COUPON:
        days = [history[0] + timedelta(days=rule.days)]
    elif rule.kind == LOYALTY:
        days = [history[rule.order_count - 1]] if len(history) >= rule.order_count else []
    elif rule.kind == WINBACK:
        wait = rule.days
        if rule.use_usual_interval and len(history) >= 2:
            usual = (history[-1] - history[0]).days / (len(history) - 1)
            if usual > 0:
                wait = round(1.5 * usual)
        days = [history[-1] + timedelta(days=wait)]
    elif rule.kind == FEEDBACK:
        days, previous = [], None
        for p in history:
            due = p + timedelta(days=rule.days)
            if previous is None or (due - previous).days >= rule.min_gap_days:
                days.append(due)
                previous = due
    else:
        days = []
    return [d for d in days if first <= d <= last]


def _active_on(customer_history: list[date], day: date, inactive_after: int, c: Customer | None) -> bool:
    if c and c.left_on and c.left_on <= day:
        return False
    if c and c.since and c.since <= day and not customer_history:
        return True
    return bool(customer_history) and customer_history[0] <= day < customer_history[-1] + timedelta(
        days=inactive_after)


Targets = Mapping[str, tuple[float | None, str]]  # customer id → (chance to buy in the horizon, segment)


def plan(data: Dataset, rules: RuleSet, first: date, last: date, marks: Marks | None = None,
         inactive_after: int = 365, targets: Targets | None = None) -> list[Action]:
    """Every action due from ``first`` to ``last`` (inclusive), in day order, with marks applied.

    ``targets`` holds each customer's prediction for rules narrowed to a segment or a chance band; without
    it such rules pick nobody (the predictions are not there yet)."""
    marks = marks or {}
    by_id = {c.id: c for c in data.customers}
    history = _purchases(data)
    ids = list(dict.fromkeys([c.id for c in data.customers] + list(history)))
    actions: dict[tuple[str, date], Action] = {}

    def add(rule: Rule, day: date, cid: str) -> None:
        if rule.targeted and not rule.picks(*(targets or {}).get(cid, (None, ""))):
            return
        action = actions.setdefault((rule.key, day), Action(rule, day))
        c = by_id.get(cid)
        if rule.marketing and c is not None and c.consent is False:
            action.left_out_no_consent += 1
        else:
            action.customers.append(cid)

    for rule in rules.rules:
        if not rule.enabled:
            continue
        if rule.kind in (NEWSLETTER, ONE_OFF):
            if rule.kind == ONE_OFF:
                days = [rule.on] if rule.on and first <= rule.on <= last else []
            else:
                days, m = [], month_start(first)
                while m <= last:
                    d = nth_weekday(m, rule.weekday, rule.nth)
                    if d and first <= d <= last:
                        days.append(d)
                    m = add_months(m, 1)
            for d in days:
                actions.setdefault((rule.key, d), Action(rule, d))
                for cid in ids:
                    if _active_on(history.get(cid, []), d, inactive_after, by_id.get(cid)):
                        add(rule, d, cid)
            continue
        for cid in ids:
            for d in _due_days(rule, history.get(cid, []), first, last):
                add(rule, d, cid)

    out = []
    for action in actions.values():
        state, until = marks.get((action.key, ""), ("", None))
        if state == SNOOZED and until:
            action.original_day, action.day = action.day, until
            state = ""
        action.state = state
        action.done_customers = {cid for cid in action.customers if marks.get((action.key, cid), ("",))[0] == DONE}
        if action.customers or action.left_out_no_consent or action.rule.kind in (NEWSLETTER, ONE_OFF):
            out.append(action)
    return sorted(out, key=lambda a: (a.day, rules.rules.index(a.rule)))


def default_range(data: Dataset, today: date, days: int = 90) -> tuple[date, date]:
    """The next ``days`` days from today: the plan is for what is still to come (what was due before today
    shows as overdue while it is worth doing, see ``Action.is_expired``). ``data`` is not needed; kept for
    callers that pass it."""
    return today, today + timedelta(days=days - 1)
