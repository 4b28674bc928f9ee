"""Churn: customers lost per month, the 6-month averaging approach with the shop's numbers, and a chart."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QTableView, QVBoxLayout, QWidget

from core.report import charts
from ui import format as fmt
from ui.chart import ChartView, month_label, translate
from ui.models import RowsModel
from ui.pages.explain import Explainer
from ui.state import ShopState


class ChurnPage(QWidget):
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
        self.chart: ChartView | None = None
        body = QHBoxLayout()
        body.addWidget(self.table, 2)
        self._body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.explain)
        layout.addLayout(body, 1)
        state.changed.connect(self.refresh)
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
            self.chart.draw(lambda fig: charts.draw_churn(fig, s.churn_monthly, s.churn_six, translate, month_label))

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Churn"))
        self.window_label.setText(self.tr("A customer counts as lost after this many days without a purchase:"))
        self.window.setSuffix(self.tr(" days"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
