"""The calendar page on the demo shop: overdue days, the agenda, marks kept in the workspace, exports."""

from datetime import date

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate

from core.calendar.cli import run as run_calendar
from ui.pages.calendar import CalendarPage
from ui.pages.calendar_rules import RulesDialog

TODAY = date(2026, 11, 23)


@pytest.fixture
def page(qtbot, demo_state):
    state = demo_state
    p = CalendarPage(state, today=TODAY)
    qtbot.addWidget(p)
    p.show()
    overdue = [a for a in p.actions if a.is_overdue(TODAY)]
    p.calendar.setSelectedDate(QDate(overdue[-1].day.year, overdue[-1].day.month, overdue[-1].day.day))
    yield p


def test_overdue_actions_stand_out_and_the_agenda_lists_customers(page):
    assert "achterstallig" in page.summary.text()
    assert page.calendar.selectedDate().toPython() < TODAY
    assert page.day_model.rowCount() == len(page.day_actions()) > 0
    assert page.day_model.index(0, 2).data() == "achterstallig"
    a = page.selected_action()
    assert page.people_model.rowCount() == len(a.open_customers())


def test_marks_are_kept_in_the_workspace(page):
    a = page.selected_action()
    assert page.mark("done")
    assert page.state.workspace.action_marks()[(a.key, "")][0] == "done"
    again = next(x for x in page.actions if x.key == a.key)
    assert again.state == "done" and not again.is_overdue(TODAY)
    assert page.mark("")
    page.people_view.setCurrentIndex(page.people_model.index(0, 0))
    first = page.selected_action().open_customers()[0]
    assert page.mark_person()
    assert page.state.workspace.action_marks()[(page.selected_action().key, first)][0] == "done"


def test_snooze_moves_the_action_a_week(page):
    a = page.selected_action()
    assert page.mark("snoozed")
    moved = next(x for x in page.actions if x.key == a.key)
    assert (moved.day - a.day).days == 7 and moved.original_day == a.day


def test_exports(page, tmp_path):
    n = page.export_list(tmp_path / "lijst.xlsx")
    assert n == len(page.selected_action().open_customers())
    path = page.export_ics(tmp_path / "plan.ics")
    events = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert events and all(e.get("uid") and e.get("dtstart") and e.get("summary") for e in events)
    assert "klanten" in str(events[0].get("summary"))


def test_rules_dialog_switches_a_rule_off(page):
    dialog = RulesDialog(page.rules(), page)
    for rule, check, _spin, _who in dialog.widgets:
        if rule.key == "newsletter":
            check.setChecked(False)
    rules = dialog.apply()
    page.state.workspace.set_setting("calendar_rules", rules.to_json())
    page.refresh()
    assert not any(a.rule.key == "newsletter" for a in page.actions)


def test_calendar_command_line(tmp_path, page):
    ws_path = page.state.workspace.path
    page.state.close()
    out = tmp_path / "plan.ics"
    import io

    buf, err = io.StringIO(), io.StringIO()
    assert run_calendar([str(ws_path), "--ics", str(out), "--list", "win-back", "--csv", str(tmp_path / "w.csv")],
                        buf, err, today=TODAY) == 0
    assert out.exists() and (tmp_path / "w.csv").exists()
    assert run_calendar([str(ws_path), "--list", "bestaat-niet", "--csv", str(tmp_path / "x.csv")],
                        io.StringIO(), err, today=TODAY) == 2
    assert "bestaat-niet" in err.getvalue()


def test_one_off_action_added_in_the_rules_dialog(page):
    from PySide6.QtCore import QDate

    dialog = RulesDialog(page.rules(), page)
    dialog.one_off_title.setText("Uitverkoop")
    dialog.one_off_date.setDate(QDate(2026, 12, 12))
    rules = dialog.apply()
    page.state.workspace.set_setting("calendar_rules", rules.to_json())
    page.refresh()
    sale = [a for a in page.actions if a.rule.title == "Uitverkoop"]
    assert len(sale) == 1 and sale[0].day == date(2026, 12, 12) and sale[0].customers
    assert page.calendar.counts[date(2026, 12, 12)] >= 1


def test_win_back_for_one_group_only(page):
    dialog = RulesDialog(page.rules(), page)
    for rule, _check, _spin, who in dialog.widgets:
        if rule.key == "win-back":
            who.setCurrentIndex(who.findText("voor de groep: Kampioenen"))
            assert who.currentIndex() >= 0
    rules = dialog.apply()
    assert rules.get("win-back").segments == ["champions"]
    page.state.workspace.set_setting("calendar_rules", rules.to_json())
    page.refresh()
    p = page.state.predictions()
    champions = {cid for cid, (_chance, segment) in p.targets().items() if segment == "champions"}
    picked = {c for a in page.actions if a.rule.key == "win-back" for c in a.customers}
    assert picked and picked <= champions


def test_month_and_day_names_follow_the_language(page):
    from PySide6.QtCore import QCoreApplication, QLocale

    from ui import i18n

    assert page.calendar.locale().monthName(12) == "december"
    try:
        i18n.install("en")
        QCoreApplication.processEvents()  # the language change reaches the widgets as an event
        assert page.calendar.locale().monthName(12) == "December"
        assert page.calendar.locale().dayName(1, QLocale.FormatType.ShortFormat) == "Mon"
    finally:
        i18n.install("nl")
        QCoreApplication.processEvents()
    assert page.calendar.locale().dayName(1, QLocale.FormatType.ShortFormat) == "ma"


def test_a_big_shops_plan_is_made_on_a_worker(qtbot, demo_state, monkeypatch):
    """Every rule over 100,000 customers takes seconds: from the state's ``background_from`` orders (the same
    bound as the figures') the plan is made on a worker, the summary line says so meanwhile, and the plan that
    comes is the one made in line."""
    import threading

    from core.calendar.plan import plan
    from ui import tasks
    from ui.pages import calendar as calendar_module

    where: list[int] = []

    def watched(*args, **kwargs):
        where.append(threading.get_ident())
        return plan(*args, **kwargs)

    in_line = CalendarPage(demo_state, today=TODAY)
    qtbot.addWidget(in_line)
    in_line.refresh()
    expected = [(a.key, a.customers, a.state) for a in in_line.actions]
    monkeypatch.setattr(demo_state, "background_from", 1)
    monkeypatch.setattr(calendar_module, "plan", watched)
    tasks.use_pool(None)
    page = CalendarPage(demo_state, today=TODAY)
    qtbot.addWidget(page)
    page.refresh()
    assert page.summary.text() == "Het plan wordt gemaakt…"
    qtbot.waitUntil(lambda: page.actions != [], timeout=30000)
    assert where and threading.get_ident() not in where
    assert [(a.key, a.customers, a.state) for a in page.actions] == expected
    assert "achterstallig" in page.summary.text()
