"""Calendar rules on a small hand-made shop, the .ics export, and mail-merge lists that stay text."""

import csv
from datetime import date, timedelta

import openpyxl
import pytest
from icalendar import Calendar

from core.calendar.export import export_action, to_ics, uid
from core.calendar.plan import DONE, SNOOZED, coupon_code, default_range, nth_weekday, plan
from core.calendar.rules import ONE_OFF, Rule, RuleSet
from core.exportsafe import csv_cell
from core.model import Customer, Dataset, Order


def _shop():
    customers = [
        Customer("a", name="Anna", email="anna@x.nl", consent=True),
        Customer("b", name="=HYPERLINK(\"http://evil\",\"klik\")", email="b@x.nl", consent=True,
                 phone="+31 6 1234 5678"),
        Customer("c", name="Cor", email="c@x.nl", consent=False),
    ]
    orders = [
        Order("a", date(2024, 3, 1), 20.0),
        Order("a", date(2024, 3, 31), 20.0),  # usual interval 30 days
        Order("b", date(2024, 3, 10), 15.0),  # one purchase
        Order("c", date(2024, 3, 5), 10.0),
        Order("c", date(2024, 6, 1), 10.0),
    ]
    return Dataset(customers, orders)


def _by_rule(actions, key):
    return {a.day: sorted(a.customers) for a in actions if a.rule.key == key}


def test_thank_you_is_due_exactly_seven_days_after_the_first_purchase():
    actions = plan(_shop(), RuleSet(), date(2024, 3, 1), date(2024, 3, 31))
    assert _by_rule(actions, "thank-you") == {date(2024, 3, 8): ["a"], date(2024, 3, 12): ["c"],
                                               date(2024, 3, 17): ["b"]}


def test_coupon_comes_with_the_first_order_and_respects_consent():
    actions = plan(_shop(), RuleSet(), date(2024, 3, 1), date(2024, 3, 31))
    assert _by_rule(actions, "coupon") == {date(2024, 3, 1): ["a"], date(2024, 3, 5): [], date(2024, 3, 10): ["b"]}
    no_consent = next(a for a in actions if a.rule.key == "coupon" and a.day == date(2024, 3, 5))
    assert no_consent.left_out_no_consent == 1
    assert coupon_code(RuleSet().get("coupon"), "a").startswith("WELKOM-")
    assert coupon_code(RuleSet().get("coupon"), "a") == coupon_code(RuleSet().get("coupon"), "a")


def test_win_back_not_before_the_usual_interval():
    rules = RuleSet()
    actions = plan(_shop(), rules, date(2024, 3, 1), date(2024, 12, 31))
    winback = _by_rule(actions, "win-back")
    # a: last 2024-03-31, usual 30 days -> 1.5 x 30 = 45 days -> 2024-05-15; b: one order -> 90 days
    assert winback[date(2024, 5, 15)] == ["a"]
    assert winback[date(2024, 6, 8)] == ["b"]
    assert all(day > date(2024, 5, 14) for day in winback)
    rules.get("win-back").use_usual_interval = False
    actions = plan(_shop(), rules, date(2024, 3, 1), date(2024, 12, 31))
    assert _by_rule(actions, "win-back")[date(2024, 6, 29)] == ["a"]  # 90 days after 31 March


def test_feedback_at_most_once_per_six_months():
    orders = [Order("a", date(2024, 1, 1) + timedelta(days=20 * i), 10.0) for i in range(15)]
    data = Dataset([Customer("a", consent=True)], orders)
    days = sorted(_by_rule(plan(data, RuleSet(), date(2024, 1, 1), date(2025, 12, 31)), "feedback"))
    assert days[0] == date(2024, 1, 15)
    assert all((b - a).days >= 180 for a, b in zip(days, days[1:], strict=False))
    assert len(days) == 2


def test_newsletter_first_tuesday_and_loyalty_and_one_off():
    assert nth_weekday(date(2024, 10, 1), 1, 1) == date(2024, 10, 1)
    assert nth_weekday(date(2024, 11, 1), 1, 1) == date(2024, 11, 5)
    assert nth_weekday(date(2024, 2, 1), 3, 5) == date(2024, 2, 29)  # a leap year has five Thursdays
    assert nth_weekday(date(2024, 2, 1), 4, 5) is None
    rules = RuleSet()
    rules.get("loyalty").order_count = 2
    rules.rules.append(Rule("sale", ONE_OFF, title="Uitverkoop", on=date(2024, 4, 20)))
    actions = plan(_shop(), rules, date(2024, 3, 1), date(2024, 4, 30))
    news = {a.day: a for a in actions if a.rule.key == "newsletter"}
    assert sorted(news) == [date(2024, 3, 5), date(2024, 4, 2)]
    # On 5 March: a and c are customers (c without consent is left out); b starts on 10 March.
    assert news[date(2024, 3, 5)].customers == ["a"] and news[date(2024, 3, 5)].left_out_no_consent == 1
    assert sorted(news[date(2024, 4, 2)].customers) == ["a", "b"]
    assert _by_rule(actions, "loyalty") == {date(2024, 3, 31): ["a"]}
    assert sorted(_by_rule(actions, "sale")[date(2024, 4, 20)]) == ["a", "b"]


def test_marks_done_skipped_and_snoozed():
    first = plan(_shop(), RuleSet(), date(2024, 3, 1), date(2024, 3, 31))
    thanks = next(a for a in first if a.rule.key == "thank-you")
    marks = {(thanks.key, "a"): (DONE, None),
             ("coupon:2024-03-10", ""): (SNOOZED, date(2024, 3, 20))}
    again = plan(_shop(), RuleSet(), date(2024, 3, 1), date(2024, 3, 31), marks)
    t = next(a for a in again if a.key == thanks.key)
    assert t.open_customers() == []
    snoozed = next(a for a in again if a.key == "coupon:2024-03-10")
    assert snoozed.day == date(2024, 3, 20) and snoozed.original_day == date(2024, 3, 10)
    assert t.is_overdue(date(2024, 4, 1)) is False  # done
    assert snoozed.is_overdue(date(2024, 4, 1)) and not snoozed.is_overdue(date(2024, 3, 20))


def test_rules_round_trip_through_json():
    rules = RuleSet()
    rules.rules.append(Rule("sale", ONE_OFF, on=date(2024, 4, 20)))
    back = RuleSet.from_json(rules.to_json())
    assert back.to_json() == rules.to_json() and back.get("sale").on == date(2024, 4, 20)
    assert RuleSet.from_json(None).get("thank-you").days == 7


def test_the_plan_runs_from_today_and_stale_actions_expire():
    assert default_range(_shop(), date(2026, 11, 23)) == (date(2026, 11, 23), date(2027, 2, 20))
    actions = plan(_shop(), RuleSet(), date(2024, 3, 1), date(2024, 12, 31))
    thanks = next(a for a in actions if a.rule.key == "thank-you" and a.day == date(2024, 3, 8))
    winback = next(a for a in actions if a.rule.key == "win-back" and a.day == date(2024, 5, 15))
    # A thank-you mail is worth sending for two weeks; a win-back offer for two months.
    assert thanks.is_overdue(date(2024, 3, 22)) and not thanks.is_expired(date(2024, 3, 22))
    assert thanks.is_expired(date(2024, 3, 23)) and not thanks.is_overdue(date(2024, 3, 23))
    assert winback.is_overdue(date(2024, 7, 14)) and winback.is_expired(date(2024, 7, 15))
    future = Dataset(orders=[Order("a", date(2027, 1, 1), 1.0)])
    assert default_range(future, date(2026, 11, 23))[0] == date(2026, 11, 23)


def test_ics_parses_back_validates_and_keeps_uids():
    actions = plan(_shop(), RuleSet(), date(2024, 3, 1), date(2024, 3, 31))
    first, second = to_ics(actions, "Winkel"), to_ics(actions, "Winkel")
    events = [c for c in Calendar.from_ical(first).walk("VEVENT")]
    assert len(events) == len(actions)
    for e in events:
        assert e.get("dtstart") and e.get("uid") and e.get("summary")
    uids = [str(e.get("uid")) for e in events]
    assert uids == [str(e.get("uid")) for e in Calendar.from_ical(second).walk("VEVENT")]
    assert len(set(uids)) == len(uids) and uids[0] == uid(actions[0], "Winkel")
    assert "customers" in str(events[0].get("summary"))
    assert b"Anna" not in first  # names stay on the PC, not in the agenda


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_mail_merge_lists_create_no_formulas(tmp_path, suffix):
    actions = plan(_shop(), RuleSet(), date(2024, 3, 1), date(2024, 3, 31))
    coupon = next(a for a in actions if a.rule.key == "coupon" and a.day == date(2024, 3, 10))
    path = tmp_path / f"coupon{suffix}"
    assert export_action(coupon, _shop(), path) == 1
    if suffix == ".xlsx":
        ws = openpyxl.load_workbook(path).active
        cells = [c for row in ws.iter_rows() for c in row]
        assert [c for c in cells if c.data_type == "f"] == []
        assert ws["B2"].value.startswith("=HYPERLINK") and ws["E2"].value.startswith("WELKOM-")
        assert ws.freeze_panes == "A2"
    else:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, delimiter=";"))
        assert rows[1][1].startswith("'=HYPERLINK")


def test_csv_cells_neutralised_but_numbers_and_phones_readable():
    assert csv_cell("=1+1") == "'=1+1"
    assert csv_cell("@SUM(A1)") == "'@SUM(A1)"
    assert csv_cell("\tx") == "'\tx"
    assert csv_cell("-12,50") == "-12,50" and csv_cell(-3) == -3
    assert csv_cell("+31 6 1234 5678") == "'+31 6 1234 5678"
    assert csv_cell("Anna") == "Anna"


def test_rules_narrowed_to_a_segment_or_a_chance_band():
    rules = RuleSet()
    winback = rules.get("win-back")
    thanks = rules.get("thank-you")
    targets = {"a": (0.15, "at_risk"), "b": (0.70, "promising"), "c": (None, "")}
    everyone = _by_rule(plan(_shop(), rules, date(2024, 3, 1), date(2024, 12, 31), targets=targets), "win-back")
    winback.segments = ["at_risk"]
    only_a = _by_rule(plan(_shop(), rules, date(2024, 3, 1), date(2024, 12, 31), targets=targets), "win-back")
    assert only_a == {day: ["a"] for day, who in everyone.items() if "a" in who}
    winback.segments, winback.chance_below = [], 50
    assert _by_rule(plan(_shop(), rules, date(2024, 3, 1), date(2024, 12, 31), targets=targets), "win-back") == only_a
    thanks.chance_from = 50  # "b" is likely to buy; "c" has no prediction and is in no band
    assert _by_rule(plan(_shop(), rules, date(2024, 3, 1), date(2024, 3, 31), targets=targets), "thank-you") == {
        date(2024, 3, 17): ["b"]}
    # Without predictions (not computed yet) a narrowed rule picks nobody; the others are unchanged.
    plain = plan(_shop(), rules, date(2024, 3, 1), date(2024, 12, 31))
    assert _by_rule(plain, "win-back") == {} and _by_rule(plain, "thank-you") == {}
    assert _by_rule(plain, "coupon") == _by_rule(plan(_shop(), RuleSet(), date(2024, 3, 1), date(2024, 12, 31)),
                                                 "coupon")


def test_a_narrowed_rule_round_trips_through_json():
    rules = RuleSet()
    rules.get("win-back").segments = ["cant_lose", "at_risk"]
    rules.get("thank-you").chance_from, rules.get("thank-you").chance_below = 20, 50
    back = RuleSet.from_json(rules.to_json())
    assert back.get("win-back").segments == ["cant_lose", "at_risk"]
    assert (back.get("thank-you").chance_from, back.get("thank-you").chance_below) == (20, 50)
    assert back.get("thank-you").picks(0.2, "lost") and not back.get("thank-you").picks(0.5, "lost")
