"""The bar above every page: the period (the last 12 months, last month, quarter, year, or own dates) and, for a
chain, the branch to show (one, or all together)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from core.metrics.periods import Period, preset_period
from ui.state import ShopState
from ui.translatable import Retranslating

PRESETS = ("12m", "month", "quarter", "year", "custom")


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PeriodBar(Retranslating, QWidget):
    """Sets ``state.period``; every page follows the state."""

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.label = QLabel()
        self.choice = QComboBox()
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # every language fits
        self.first, self.last = QDateEdit(), QDateEdit()
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")  # as every date in the app, the report and the command line
            edit.dateChanged.connect(self._custom_changed)
        self.to_label = QLabel()
        self.choice.activated.connect(lambda _=0: self.apply())
        self.branch_label = QLabel()
        self.branch = QComboBox()
        self.branch.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.branch_label.setBuddy(self.branch)
        self.branch.activated.connect(lambda _=0: self.state.set_branch(self.branch.currentData()))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        for w in (self.label, self.choice, self.first, self.to_label, self.last):
            layout.addWidget(w)
        layout.addSpacing(24)
        layout.addWidget(self.branch_label)
        layout.addWidget(self.branch)
        layout.addSpacing(24)
        # A big shop's figures for a new choice come from a worker: this says the pages are waiting for them.
        self.busy = QLabel()
        self.busy.setObjectName("busyNote")
        self.busy.hide()
        layout.addWidget(self.busy)
        layout.addStretch(1)
        self.retranslate()
        self._show_dates(False)
        state.changed.connect(self._fill_branches)
        state.busy_changed.connect(self.busy.setVisible)
        self._fill_branches()

    def _fill_branches(self) -> None:
        """The branch choice: shown only for a shop whose data names branches."""
        names = self.state.branches()
        items = [None, *names]
        if [self.branch.itemData(i) for i in range(self.branch.count())] != items:
            self.branch.clear()
            self.branch.addItem(self.tr("All branches"), None)
            for name in names:
                self.branch.addItem(name, name)
        self.branch.setCurrentIndex(max(self.branch.findData(self.state.branch), 0))
        for w in (self.branch_label, self.branch):
            w.setVisible(bool(names))

    def _show_dates(self, visible: bool) -> None:
        for w in (self.first, self.to_label, self.last):
            w.setVisible(visible)

    def apply(self) -> None:
        """Set the chosen period on the state."""
        kind = self.choice.currentData()
        as_of = self.state.summary().as_of
        if kind == "custom":
            self._show_dates(True)
            current = self.state.summary().period
            self.first.blockSignals(True)
            self.last.blockSignals(True)
            self.first.setDate(_qdate(current.first))
            self.last.setDate(_qdate(current.last))
            self.first.blockSignals(False)
            self.last.blockSignals(False)
            return
        self._show_dates(False)
        self.state.set_period(None if kind == "12m" else preset_period(kind, as_of))

    def _custom_changed(self) -> None:
        first, last = self.first.date().toPython(), self.last.date().toPython()
        if self.choice.currentData() == "custom" and first <= last:
            self.state.set_period(Period(first, last))

    def retranslate(self) -> None:
        """Texts in the current language."""
        for edit in (self.first, self.last):
            edit.setLocale(QLocale())  # month names in the chosen language
        self.label.setText(self.tr("Period:"))
        self.choice.setAccessibleName(self.tr("Period"))
        self.first.setAccessibleName(self.tr("First day of the period"))
        self.last.setAccessibleName(self.tr("Last day of the period"))
        self.to_label.setText(self.tr("to"))
        self.busy.setText(self.tr("Working out the figures…"))
        self.branch_label.setText(self.tr("Branch:"))
        self.branch.setAccessibleName(self.tr("Branch"))
        if self.branch.count():
            self.branch.setItemText(0, self.tr("All branches"))
        names = [self.tr("Last 12 full months"), self.tr("Last full month"), self.tr("Last full quarter"),
                 self.tr("Last full year"), self.tr("Choose dates…")]
        at = max(self.choice.currentIndex(), 0)
        self.choice.clear()
        for key, name in zip(PRESETS, names, strict=True):
            self.choice.addItem(name, key)
        self.choice.setCurrentIndex(at)

