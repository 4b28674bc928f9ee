"""The plan into the owner's own agenda (.ics) and an action's customers into a mail-merge list."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from core.calendar.plan import Action, coupon_code
from core.calendar.rules import COUPON, KIND_LABELS
from core.exportsafe import write_csv, write_xlsx
from core.model import Dataset
from core.text import QT_TRANSLATE_NOOP, Numerus, Translate


def _t(translate: Translate | None, text: str) -> str:
    return translate("core", text) if translate else text


def rule_title(action: Action, translate: Translate | None = None) -> str:
    """The rule's own name, or its kind's label."""
    return action.rule.title or _t(translate, KIND_LABELS[action.rule.kind])


def uid(action: Action, shop: str) -> str:
    """Stable across exports, so a calendar app updates the event instead of adding a second one."""
    digest = hashlib.sha256(f"{shop}|{action.key}".encode()).hexdigest()[:24]
    return f"{digest}@klantbehoud"


def one_line(text: str) -> str:
    """Text for one line of an agenda entry: line breaks (CR, LF, either alone) and other control characters
    pasted into a shop's name or a rule's title become spaces, so they cannot break the file's lines."""
    return " ".join(re.sub(r"[\x00-\x1f\x7f\u2028\u2029]", " ", text).split())


def to_ics(actions: Sequence[Action], shop: str, translate: Translate | None = None) -> bytes:
    """An iCalendar file: one all-day event per action, with the count and the rule in the description."""
    from icalendar import Calendar, Event

    cal = Calendar()
    cal.add("prodid", "-//Klantbehoud//Klantbehoud//NL")
    cal.add("version", "2.0")
    shop = one_line(shop)
    cal.add("x-wr-calname", f"Klantbehoud – {shop}" if shop else "Klantbehoud")
    stamp = datetime.now(UTC).replace(microsecond=0)
    for a in actions:
        event = Event()
        title = one_line(rule_title(a, translate))
        count = len(a.open_customers())
        event.add("uid", uid(a, shop))
        event.add("dtstamp", stamp)
        event.add("dtstart", a.day)
        event.add("dtend", a.day + timedelta(days=1))
        event.add("summary", Numerus(translate, count).translate("core", "{rule}: {count} customers", "", 0)
                  .format(rule=title, count=count))
        lines = [_t(translate, QT_TRANSLATE_NOOP("core", "Rule: {rule}. Customers: {count}.")).format(
            rule=title, count=count)]
        if a.left_out_no_consent:
            lines.append(Numerus(translate, a.left_out_no_consent).translate(
                "core", "{count} customers left out: no consent for marketing.", "", 0).format(
                count=a.left_out_no_consent))
        lines.append(_t(translate, QT_TRANSLATE_NOOP(
            "core", "The names are in Klantbehoud (Calendar page); they are not put in your agenda.")))
        event.add("description", "\n".join(lines))
        event.add("transp", "TRANSPARENT")
        cal.add_component(event)
    return cal.to_ical()


def action_rows(action: Action, data: Dataset, translate: Translate | None = None) -> tuple[list[str], list[list]]:
    """Header and rows of an action's open customers: name, e-mail, reason, coupon code."""
    by_id = {c.id: c for c in data.customers}
    header = [_t(translate, QT_TRANSLATE_NOOP("core", "Customer number")), _t(translate, "Name"),
              _t(translate, "E-mail"), _t(translate, QT_TRANSLATE_NOOP("core", "Reason")),
              _t(translate, QT_TRANSLATE_NOOP("core", "Coupon code"))]
    reason = rule_title(action, translate)
    rows = []
    for cid in action.open_customers():
        c = by_id.get(cid)
        code = coupon_code(action.rule, cid) if action.rule.kind == COUPON else ""
        rows.append([cid, c.name if c else "", c.email if c else "", reason, code])
    return header, rows


def export_action(action: Action, data: Dataset, path: Path, translate: Translate | None = None) -> int:
    """Write the action's customers to .xlsx or .csv (by the file's suffix); returns the number of rows."""
    header, rows = action_rows(action, data, translate)
    if path.suffix.lower() == ".csv":
        write_csv(path, header, rows)
    else:
        write_xlsx(path, rule_title(action, translate), header, rows)
    return len(rows)
