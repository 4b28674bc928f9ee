"""Calendar rules: what to send whom, when. Each rule is plain data the owner can switch on, tune and add.

Kinds: thank-you mail N days after the first purchase; a coupon for the next order with the first order;
a win-back offer when a customer is past their usual interval (or N days) without buying; a feedback /
NPS request N days after a purchase, at most once per so many days; a newsletter on the Nth weekday of
each month; a loyalty reward at the Nth order; a one-off action on a date. Any rule can be narrowed to
RFM segments or to a band of the chance to buy soon (both from the predictions).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date

from core.text import QT_TRANSLATE_NOOP

THANK_YOU, COUPON, WINBACK, FEEDBACK, NEWSLETTER, LOYALTY, ONE_OFF = (
    "thank_you", "coupon", "winback", "feedback", "newsletter", "loyalty", "one_off")

KIND_LABELS = {
    THANK_YOU: QT_TRANSLATE_NOOP("core", "Thank-you e-mail"),
    COUPON: QT_TRANSLATE_NOOP("core", "Coupon for the next order"),
    WINBACK: QT_TRANSLATE_NOOP("core", "Win-back offer"),
    FEEDBACK: QT_TRANSLATE_NOOP("core", "Ask for feedback (NPS)"),
    NEWSLETTER: QT_TRANSLATE_NOOP("core", "Newsletter"),
    LOYALTY: QT_TRANSLATE_NOOP("core", "Loyalty reward"),
    ONE_OFF: QT_TRANSLATE_NOOP("core", "One-off action"),
}


@dataclass
class Rule:
    """One rule. ``marketing`` rules leave out customers without marketing consent."""

    key: str  # unique, stable: it is part of every action's key and of the .ics UIDs
    kind: str
    title: str = ""  # the owner's own name for it; empty: the kind's label
    enabled: bool = True
    days: int = 7  # thank-you / feedback: days after the purchase; win-back: days without buying
    use_usual_interval: bool = True  # win-back: past 1.5 x the customer's own interval when they have one
    min_gap_days: int = 180  # feedback: at most once per this many days per customer
    weekday: int = 1  # newsletter: 0 = Monday
    nth: int = 1  # newsletter: the nth such weekday of the month
    order_count: int = 10  # loyalty: reward at this order
    on: date | None = None  # one-off: the date
    marketing: bool = True
    coupon_prefix: str = ""  # coupon: codes look like PREFIX-XXXXX
    # Who, by the predictions: only these RFM segments (empty: every segment), and only customers whose chance
    # to buy within the prediction horizon is at least ``chance_from`` % and below ``chance_below`` %.
    segments: list[str] = field(default_factory=list)
    chance_from: int | None = None
    chance_below: int | None = None

    @property
    def targeted(self) -> bool:
        """Whether the rule picks its customers by segment or by chance to buy."""
        return bool(self.segments) or self.chance_from is not None or self.chance_below is not None

    def picks(self, chance: float | None, segment: str) -> bool:
        """Whether a customer with this chance to buy (0..1, None: not predicted) and segment is in the rule's
        target. A customer without a prediction is never in a chance band."""
        if self.segments and segment not in self.segments:
            return False
        if self.chance_from is None and self.chance_below is None:
            return True
        if chance is None:
            return False
        pct = chance * 100
        return (self.chance_from is None or pct >= self.chance_from) and (
            self.chance_below is None or pct < self.chance_below)

    def to_json(self) -> dict:
        """For the workspace's settings."""
        d = asdict(self)
        d["on"] = self.on.isoformat() if self.on else None
        return d

    @classmethod
    def from_json(cls, d: dict) -> Rule:
        """From the workspace's settings (unknown keys ignored, so newer files still load)."""
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in d.items() if k in known}
        if values.get("on"):
            values["on"] = date.fromisoformat(values["on"])
        return cls(**values)


def default_rules() -> list[Rule]:
    """The practices of the seed texts, with sensible defaults."""
    return [
        Rule("thank-you", THANK_YOU, days=7, marketing=False),
        Rule("coupon", COUPON, days=0, coupon_prefix="WELKOM"),
        Rule("win-back", WINBACK, days=90),
        Rule("feedback", FEEDBACK, days=14, min_gap_days=180, marketing=False),
        Rule("newsletter", NEWSLETTER, weekday=1, nth=1),
        Rule("loyalty", LOYALTY, order_count=10),
    ]


@dataclass
class RuleSet:
    """The shop's rules, in the order the owner sees them."""

    rules: list[Rule] = field(default_factory=default_rules)

    def to_json(self) -> list[dict]:
        """For the workspace's settings."""
        return [r.to_json() for r in self.rules]

    @classmethod
    def from_json(cls, data: list[dict] | None) -> RuleSet:
        """The stored rules, or the defaults when none are stored."""
        return cls([Rule.from_json(d) for d in data]) if data else cls()

    def get(self, key: str) -> Rule | None:
        """The rule with ``key``."""
        return next((r for r in self.rules if r.key == key), None)
