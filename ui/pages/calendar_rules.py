"""The calendar's rules dialog: switch each rule on or off, tune its main number, and narrow it to a group of
customers or a band of the chance to buy soon."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from core.calendar.export import rule_title
from core.calendar.plan import Action
from core.calendar.rules import LOYALTY, NEWSLETTER, ONE_OFF, Rule, RuleSet
from core.predict.segments import NAMES, SEGMENTS
from ui.i18n import core_text


class RulesDialog(QDialog):
    """Switch rules on and off and tune their main number."""

    def __init__(self, rules: RuleSet, parent: QWidget | None = None):
        super().__init__(parent)
        self.rules = rules
        self.setWindowTitle(self.tr("Calendar rules"))
        form = QFormLayout(self)
        self.widgets = []
        for rule in rules.rules:
            check = QCheckBox(rule_title(Action(rule, date.today()), core_text))
            check.setChecked(rule.enabled)
            spin = QSpinBox()
            spin.setRange(0, 3650)
            if rule.kind == LOYALTY:
                spin.setValue(rule.order_count)
                spin.setPrefix(self.tr("at order no. "))
            elif rule.kind == NEWSLETTER:
                spin.setRange(1, 4)
                spin.setValue(rule.nth)
                spin.setPrefix(self.tr("on Tuesday no. ") if rule.weekday == 1 else self.tr("on weekday no. "))
            elif rule.kind == ONE_OFF:
                spin.setEnabled(False)
            else:
                spin.setValue(rule.days)
                spin.setSuffix(self.tr(" days"))
            who = self._target_box(rule)
            self.widgets.append((rule, check, spin, who))
            row = QHBoxLayout()
            row.addWidget(spin)
            if who is not None:
                row.addWidget(who, 1)
            form.addRow(check, row)
        self.one_off_title = QLineEdit()
        self.one_off_title.setPlaceholderText(self.tr("For example: Sale, opening of the new shop"))
        self.one_off_date = QDateEdit(QDate.currentDate().addDays(14))
        self.one_off_date.setCalendarPopup(True)
        self.one_off_date.setDisplayFormat("dd-MM-yyyy")
        one_off = QHBoxLayout()
        one_off.addWidget(self.one_off_title, 1)
        one_off.addWidget(self.one_off_date)
        form.addRow(self.tr("Add a one-off action:"), one_off)
        note = QLabel(self.tr("Thank-you mails and feedback requests also go to customers without marketing "
                              "consent; the other rules leave them out."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _target_box(self, rule: Rule) -> QComboBox | None:
        """Who the rule is for: everyone, one group, or a band of the chance to buy soon (not for newsletters
        and one-off actions, which go to everyone)."""
        if rule.kind in (NEWSLETTER, ONE_OFF):
            return None
        box = QComboBox()
        box.setToolTip(self.tr("Who this rule is for (groups and chances come from the Predictions page)"))
        options = [(self.tr("for every customer"), ((), None, None)),
                   (self.tr("for customers unlikely to buy soon (under 20 %)"), ((), None, 20)),
                   (self.tr("for customers with under 50 % chance to buy soon"), ((), None, 50)),
                   (self.tr("for customers likely to buy soon (50 % or more)"), ((), 50, None))]
        options += [(self.tr("for the group: {name}").format(name=core_text("core", NAMES[k])), ((k,), None, None))
                    for k in SEGMENTS]
        current = (tuple(rule.segments), rule.chance_from, rule.chance_below)
        if current not in [o for _, o in options]:
            options.append((self.tr("as set in the shop file"), current))
        for text, target in options:
            box.addItem(text, target)
        box.setCurrentIndex([o for _, o in options].index(current))
        return box

    def apply(self) -> RuleSet:
        """The rules as the owner set them."""
        for rule, check, spin, who in self.widgets:
            if who is not None:
                segments, rule.chance_from, rule.chance_below = who.currentData()
                rule.segments = list(segments)
            rule.enabled = check.isChecked()
            if rule.kind == LOYALTY:
                rule.order_count = max(spin.value(), 1)
            elif rule.kind == NEWSLETTER:
                rule.nth = spin.value()
            elif rule.kind != ONE_OFF:
                rule.days = spin.value()
        title = self.one_off_title.text().strip()
        if title:
            n = sum(1 for r in self.rules.rules if r.kind == ONE_OFF) + 1
            key = f"one-off-{n}"
            while self.rules.get(key):
                n += 1
                key = f"one-off-{n}"
            self.rules.rules.append(Rule(key, ONE_OFF, title=title, on=self.one_off_date.date().toPython()))
        return self.rules
