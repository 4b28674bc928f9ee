"""Churn: customers lost per month, the 6-month averaging approach with the shop's numbers, and a chart."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.importing import parse_month
from core.metrics.churn import month_churn, outlook, six_month_from_typed
from core.metrics.periods import add_months, month_start
from core.model import MonthlyLost
from core.report import charts
from core.store import StoreError
from ui import format as fmt
from ui.chart import ChartView, month_label, translate
from ui.counttable import CountTableModel
from ui.i18n import problem_text
from ui.lazy import refresh_when_shown
from ui.models import RowsModel
from ui.pages.explain import Explainer
from ui.state import ShopState
from ui.translatable import Retranslating


def _churn_cells(row: list) -> tuple[list[str], str]:
    month = parse_month(row[0])
    result = month_churn(month or date.today(), row[1], row[2])
    if month is None:
        return ["–"], QCoreApplication.translate("TypedMonths", "Write the month like 2026-01 or jan 2026.")
    return ([fmt.percent(result.percent) if result.percent is not None else "–"],
            problem_text(result.problem) if result.problem else "")


class TypedMonths(Retranslating, QWidget):
    """Customers at the start and lost per month, typed in by an owner without a customer list."""

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.model = CountTableModel(2, self._headers, _churn_cells, lambda: self.tr("Type whole numbers only."),
                                     self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_month)
        self.remove_button.clicked.connect(lambda: self.model.remove_row(self.table.currentIndex().row()))
        self.result = QLabel()
        self.result.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.result)
        self.model.edited.connect(self._save)
        refresh_when_shown(self, state.changed, self.load)
        self.retranslate()
        self.load()

    def _headers(self) -> list[str]:
        return [self.tr("Month"), self.tr("Customers at the start"), self.tr("Lost"), self.tr("Churn"),
                self.tr("Remark")]

    def months(self) -> list[MonthlyLost]:
        """The rows whose month could be read."""
        return [MonthlyLost(m, r[1], r[2]) for r in self.model.rows if (m := parse_month(r[0]))]

    def load(self) -> None:
        """Rows from the workspace."""
        if self.months() != self.state.all_data.monthly_lost:
            self.model.set_rows([[fmt.month(r.month), r.start, r.lost] for r in self.state.all_data.monthly_lost])
        self._show_average()

    def add_month(self) -> None:
        """A row for a month that is over, named as the language writes it ("nov 2026"): the month after the
        last one typed while that month has ended, else the month before the first; the last full month first."""
        months = sorted(m.month for m in self.months())
        current = month_start(date.today())
        if not months:
            month = add_months(current, -1)
        elif add_months(months[-1], 1) < current:
            month = add_months(months[-1], 1)
        else:
            month = add_months(months[0], -1)
        self.model.add_row(fmt.month(month))

    def _save(self) -> None:
        if self.state.workspace and not self.state.read_only:
            try:
                self.state.workspace.set_monthly_lost(self.months())
                self.state.all_data.monthly_lost = self.months()
            except StoreError as exc:
                self.result.setText(problem_text(exc.problem))
                return
        self._show_average()

    def _show_average(self) -> None:
        six = six_month_from_typed(self.months())
        if six is None or six.percent is None:
            self.result.setText(self.tr("Type in at least six months to see the 6-month average."))
            return
        o = outlook(six.percent)
        lifetime = (self.tr("; the average customer stays {years} years").format(years=fmt.number(o.lifetime_years, 1))
                    if o.lifetime_years else "")
        self.result.setText(self.tr(
            "6-month average: {lost} lost / {start} at the start / 6 = {pct} a month ({first} to {last}). That is "
            "{six} of your customers in six months{lifetime}.").format(
            lost=six.lost, start=six.start, pct=fmt.percent(six.percent, 2), first=fmt.month(six.first),
            last=fmt.month(six.last), six=fmt.percent(o.lost_in_six_months_percent), lifetime=lifetime))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.add_button.setText(self.tr("Add a month"))
        self.table.setAccessibleName(self.tr("Lost customers per month, typed in"))
        self.remove_button.setText(self.tr("Remove the month"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        self._show_average()



class ChurnPage(Retranslating, QWidget):
    """Month table, explanation and chart; the inactivity window is set here and stored with the shop."""

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.window_label = QLabel()
        self.window = QSpinBox()
        self.window.setRange(14, 3650)
        self.window.setSingleStep(30)
        self.window.editingFinished.connect(lambda: self.state.set_inactive_after(self.window.value()))
        row = QHBoxLayout()
        row.addWidget(self.window_label)
        row.addWidget(self.window)
        row.addStretch(1)
        self.model = RowsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.typed = TypedMonths(state)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.typed, "")
        self.chart: ChartView | None = None
        body = QHBoxLayout()
        body.addWidget(self.tabs, 2)
        self._body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.explain)
        layout.addLayout(body, 1)
        refresh_when_shown(self, state.changed, self.refresh)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.chart is None:
            self.chart = ChartView(self, 3.0)
            self._body.addWidget(self.chart, 3)
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Everything from the current summary."""
        s = self.state.summary()
        self.window.setValue(self.state.inactive_after)
        explainer = Explainer()
        self.explain.setText(explainer.explanation("churn", s) + "\n\n" + explainer.explanation("lifetime", s))
        headers = [self.tr("Month"), self.tr("Customers at the start"), self.tr("Lost"), self.tr("Churn")]
        rows = [[fmt.month(m.month), m.start, m.lost, fmt.percent(m.percent)] for m in s.churn_monthly]
        self.model.set_rows(headers, rows)
        self.table.resizeColumnsToContents()
        if self.chart:
            self.chart.draw(lambda fig: charts.draw_churn(fig, s.churn_monthly, s.churn_six, translate, month_label),
                            self.tr("Churn per month"))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Churn"))
        self.window_label.setText(self.tr("A customer counts as lost after this many days without a purchase:"))
        self.window.setSuffix(self.tr(" days"))
        self.window_label.setBuddy(self.window)  # the label names the box for a screen reader
        self.table.setAccessibleName(self.tr("Churn per month"))
        self.tabs.setTabText(0, self.tr("From your data"))
        self.tabs.setTabText(1, self.tr("Typed in"))
        self.refresh()

