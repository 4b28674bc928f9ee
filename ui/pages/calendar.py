"""The communication calendar: a month view with how many actions are due per day, the day's agenda
with its customers, marks (done, snooze, skip), the rules, and exports to the owner's own agenda."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from core.calendar.export import action_rows, export_action, rule_title, to_ics
from core.calendar.plan import DONE, SKIPPED, SNOOZED, Action, default_range, plan
from core.calendar.rules import RuleSet
from core.store import StoreError, shopsettings
from ui import format as fmt
from ui.i18n import core_text, problem_text
from ui.lazy import refresh_when_shown
from ui.models import RowsModel
from ui.pages.calendar_rules import RulesDialog
from ui.state import ShopState
from ui.tasks import run_quietly
from ui.translatable import Retranslating

OVERDUE, DUE, DONE_COLOR = QColor("#f6d5d1"), QColor("#d8e9f0"), QColor("#dcefe2")
EXPIRED = QColor("#eceff1")  # too late to be worth doing: grey, not red


class CountingCalendar(QCalendarWidget):
    """A month view that writes in each day how many actions are due that day."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.counts: dict[date, int] = {}

    def paintCell(self, painter, rect, qdate: QDate) -> None:  # noqa: N802 - Qt's name
        super().paintCell(painter, rect, qdate)
        n = self.counts.get(qdate.toPython())
        if n:
            painter.save()
            font = painter.font()
            font.setPointSizeF(max(font.pointSizeF() * 0.7, 6))
            painter.setFont(font)
            painter.setPen(QColor("#1f3b4d"))
            painter.drawText(rect.adjusted(2, 1, -3, -1), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             str(n))
            painter.restore()


class CalendarPage(Retranslating, QWidget):
    """Month view on the left, the selected day's agenda and customers on the right."""

    def __init__(self, state: ShopState, parent: QWidget | None = None, today: date | None = None):
        super().__init__(parent)
        self.state = state
        self.today = today or date.today()
        self.actions: list[Action] = []
        self._selected_once = False
        self._planning = 0  # the last plan started on a worker (a big shop's plan takes seconds)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.calendar = CountingCalendar()
        self.calendar.setGridVisible(True)
        self.calendar.selectionChanged.connect(self.show_day)
        self.day_label = QLabel()
        self.day_label.setObjectName("sectionTitle")
        self.day_model = RowsModel()
        self.day_view = QTableView()
        self.day_view.setModel(self.day_model)
        self.day_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.day_view.verticalHeader().setVisible(False)
        self.day_view.horizontalHeader().setStretchLastSection(True)
        self.day_view.clicked.connect(lambda _i: self.show_customers())
        self.people_model = RowsModel()
        self.people_view = QTableView()
        self.people_view.setModel(self.people_model)
        self.people_view.verticalHeader().setVisible(False)
        self.people_view.horizontalHeader().setStretchLastSection(True)
        self.done_button, self.person_done_button = QPushButton(), QPushButton()
        self.snooze_button, self.skip_button, self.reopen_button = QPushButton(), QPushButton(), QPushButton()
        self.export_list_button, self.ics_button, self.rules_button = QPushButton(), QPushButton(), QPushButton()
        self.done_button.clicked.connect(lambda: self.mark(DONE))
        self.skip_button.clicked.connect(lambda: self.mark(SKIPPED))
        self.snooze_button.clicked.connect(lambda: self.mark(SNOOZED))
        self.reopen_button.clicked.connect(lambda: self.mark(""))
        self.person_done_button.clicked.connect(self.mark_person)
        self.export_list_button.clicked.connect(lambda: self.export_list())
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.rules_button.clicked.connect(self.edit_rules)
        marks = QHBoxLayout()
        for b in (self.done_button, self.snooze_button, self.skip_button, self.reopen_button):
            marks.addWidget(b)
        marks.addStretch(1)
        people_buttons = QHBoxLayout()
        for b in (self.person_done_button, self.export_list_button):
            people_buttons.addWidget(b)
        people_buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.day_label)
        right.addWidget(self.day_view, 2)
        right.addLayout(marks)
        right.addWidget(self.people_view, 3)
        right.addLayout(people_buttons)
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(self.summary)
        left.addWidget(self.rules_button)
        left.addWidget(self.ics_button)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        self.when_shown = refresh_when_shown(self, state.changed, self.refresh)
        self.retranslate()

    # --- the plan -----------------------------------------------------------------------------------
    def rules(self) -> RuleSet:
        """The shop's rules (defaults until the owner changes them)."""
        ws = self.state.workspace
        return RuleSet.from_json(shopsettings.read(ws, shopsettings.CALENDAR_RULES) if ws else None)

    def refresh(self) -> None:
        """Recompute the plan from the data, rules and marks, and colour the month view."""
        ws = self.state.workspace
        start, end = default_range(self.state.data, self.today, 120)
        try:
            marks, rules = (ws.action_marks() if ws else {}), self.rules()
            self._last_read = marks, rules
        except StoreError:  # a shop on a server that is away: the plan as last read (the window says why)
            marks, rules = getattr(self, "_last_read", ({}, RuleSet()))
        data, window, predictions = self.state.data, self.state.inactive_after, self.state.predictions()

        def made() -> list[Action]:
            return plan(data, rules, start - timedelta(days=60), end, marks, window,
                        predictions.targets() if predictions else None)
        if len(data.orders) < self.state.background_from:
            self._show_plan(made(), end)
            return
        # A big shop: every rule over 100,000 customers takes seconds; the window goes on meanwhile and the
        # plan as it was stays until the new one is in.
        self._planning += 1
        job = self._planning
        self.summary.setText(self.tr("Working out the plan…"))

        def current() -> bool:  # still the last request, and the page still there (a closed window's is not)
            return isValid(self) and job == self._planning

        def done(actions: list[Action]) -> None:
            if current():
                self._show_plan(actions, end)

        def failed(_exc: BaseException) -> None:
            if current():  # made in the window, then: the error reaches the owner as any other
                self._show_plan(made(), end)

        run_quietly(lambda _progress, _cancelled: made(), done, failed, self)

    def _show_plan(self, actions: list[Action], end: date) -> None:
        """The plan in the month view, the summary line and the selected day's agenda."""
        self.actions = actions
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        per_day: dict[date, list[Action]] = {}
        for a in self.actions:
            per_day.setdefault(a.day, []).append(a)
        self.calendar.counts = {day: len(acts) for day, acts in per_day.items()}
        self.calendar.update()
        for day, acts in per_day.items():
            f = QTextCharFormat()
            f.setFontWeight(700)
            open_acts = [a for a in acts if not a.state and a.open_customers() and not a.is_expired(self.today)]
            expired = any(a.is_expired(self.today) for a in acts)
            color = OVERDUE if any(a.is_overdue(self.today) for a in acts) else (
                DUE if open_acts else EXPIRED if expired else DONE_COLOR)
            f.setBackground(QBrush(color))
            f.setToolTip(self.tr("{count} actions", "", len(acts)).format(count=len(acts)))
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), f)
        overdue = [a for a in self.actions if a.is_overdue(self.today)]
        text = self.tr("{overdue} actions overdue (red), {open} still to do in the coming weeks. "
                       "Plan until {end}.", "", len(overdue)).format(
            overdue=len(overdue), open=sum(1 for a in self.actions if a.day >= self.today and not a.state),
            end=fmt.day(end))
        expired = sum(1 for a in self.actions if a.is_expired(self.today))
        if expired:
            text += " " + self.tr("{n} older actions expired (grey): too late to be worth doing now.", "",
                                  expired).format(n=expired)
        self.summary.setText(text)
        if not self._selected_once:
            self._selected_once = True
            self.calendar.setSelectedDate(QDate(self.today.year, self.today.month, self.today.day))
        self.show_day()

    def day_actions(self) -> list[Action]:
        """Actions on the selected day."""
        day = self.calendar.selectedDate().toPython()
        return [a for a in self.actions if a.day == day]

    def _state_text(self, a: Action) -> str:
        if a.state == DONE or (a.customers and not a.open_customers()):
            return self.tr("done")
        if a.state == SKIPPED:
            return self.tr("skipped")
        if a.is_overdue(self.today):
            return self.tr("overdue")
        if a.is_expired(self.today):
            return self.tr("expired")
        return self.tr("to do")

    def show_day(self) -> None:
        """The agenda of the selected day."""
        day = self.calendar.selectedDate().toPython()
        self.day_label.setText(self.tr("Agenda for {day}").format(day=fmt.day(day)))
        acts = self.day_actions()
        rows = []
        for a in acts:
            left_out = (self.tr("{n} left out (no consent)").format(n=a.left_out_no_consent)
                        if a.left_out_no_consent else "")
            moved = self.tr("moved from {day}").format(day=fmt.day(a.original_day)) if a.original_day else ""
            rows.append([rule_title(a, core_text), len(a.open_customers()), self._state_text(a),
                         " · ".join(x for x in (left_out, moved) if x)])
        self.day_model.set_rows([self.tr("Action"), self.tr("Customers"), self.tr("Status"), self.tr("Remark")], rows)
        self.day_view.resizeColumnsToContents()
        if acts:
            self.day_view.selectRow(0)
        self.show_customers()

    def selected_action(self) -> Action | None:
        """The action selected in the day's agenda."""
        acts = self.day_actions()
        row = self.day_view.currentIndex().row()
        return acts[row] if 0 <= row < len(acts) else (acts[0] if acts else None)

    def show_customers(self) -> None:
        """The selected action's open customers."""
        a = self.selected_action()
        if a is None:
            self.people_model.set_rows([], [])
            return
        header, rows = action_rows(a, self.state.data, core_text)
        self.people_model.set_rows(header, rows)
        self.people_view.resizeColumnsToContents()

    # --- marks --------------------------------------------------------------------------------------
    def _store(self, fn) -> bool:
        ws = self.state.workspace
        if not ws or ws.read_only:
            return False
        try:
            fn(ws)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), problem_text(exc.problem))
            return False
        self.refresh()
        return True

    def mark(self, state: str) -> bool:
        """Mark the selected action done, skipped, snoozed a week, or open again ("")."""
        a = self.selected_action()
        if a is None:
            return False
        if not state:
            return self._store(lambda ws: ws.unmark_action(a.key))
        until = a.day + timedelta(days=7) if state == SNOOZED else None
        return self._store(lambda ws: ws.mark_action(a.key, "", state, until))

    def mark_person(self) -> bool:
        """Mark the selected customer of the action done."""
        a = self.selected_action()
        row = self.people_view.currentIndex().row()
        open_ids = a.open_customers() if a else []
        if a is None or not 0 <= row < len(open_ids):
            return False
        return self._store(lambda ws: ws.mark_action(a.key, open_ids[row], DONE))

    # --- rules and exports --------------------------------------------------------------------------
    def edit_rules(self) -> None:
        """The rules dialog; the plan follows at once."""
        dialog = RulesDialog(self.rules(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            rules = dialog.apply()
            self._store(lambda ws: shopsettings.write(ws, shopsettings.CALENDAR_RULES, rules.to_json()))

    def export_list(self, target: Path | None = None) -> int:
        """The selected action's customers to .xlsx or .csv for a mail merge."""
        a = self.selected_action()
        if a is None:
            return 0
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the list for a mail merge"), f"{a.rule.key}-{a.day.isoformat()}.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not name:
                return 0
            target = Path(name)
        return export_action(a, self.state.data, target, core_text)

    def export_ics(self, target: Path | None = None) -> Path | None:
        """The plan from today on to an .ics file for Outlook, Google or Apple Calendar."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the plan for your agenda"), "klantbehoud.ics",
                                                  self.tr("iCalendar (*.ics)"))
            if not name:
                return None
            target = Path(name)
        start = min(self.today, default_range(self.state.data, self.today)[0])
        acts = [a for a in self.actions if a.day >= start and a.state not in (DONE, SKIPPED)]
        target.write_bytes(to_ics(acts, self.state.title, core_text))
        return target

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Calendar"))
        self.day_view.setAccessibleName(self.tr("Actions on the chosen day"))
        self.people_view.setAccessibleName(self.tr("Customers of the chosen action"))
        # Month and day names follow the language (a widget keeps the locale it was made with).
        self.calendar.setLocale(QLocale())
        self.done_button.setText(self.tr("Done"))
        self.snooze_button.setText(self.tr("A week later"))
        self.skip_button.setText(self.tr("Skip"))
        self.reopen_button.setText(self.tr("Open again"))
        self.person_done_button.setText(self.tr("Customer done"))
        self.export_list_button.setText(self.tr("Export the list…"))
        self.ics_button.setText(self.tr("Put the plan in my agenda (.ics)…"))
        self.rules_button.setText(self.tr("Rules…"))
        self.when_shown()  # the plan is made when the page is shown, not at every start


