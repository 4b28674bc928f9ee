"""Predictions: what the customers you have will bring next month and quarter (with how the same forecast did in
past months), and the RFM segments with what to do for each."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.predict.segments import ACTIONS, NAMES, segment_totals
from core.predict.shop import MODEL, Predictions
from core.report import predict_charts
from ui import format as fmt
from ui.chart import ChartView, month_label, translate
from ui.i18n import core_text, problem_text
from ui.lazy import refresh_when_shown
from ui.models import RowsModel
from ui.pages.cards import FigureCard
from ui.state import ShopState
from ui.translatable import Retranslating, page_header, scroll_page


class PredictionsPage(Retranslating, QWidget):
    """Forecast cards, the backtest and segment charts, and the segment table with actions."""

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.title, self.intro = page_header()
        self.method = QLabel()
        self.method.setWordWrap(True)
        self.method.setObjectName("notice")
        self.how_button = QPushButton()
        self.how_button.clicked.connect(self.show_explanation)
        self.cards = {k: FigureCard(k) for k in ("month", "quarter", "accuracy")}
        for card in self.cards.values():
            card.explain.connect(lambda _key: self.show_explanation())
        self.backtest_title, self.segments_title, self.table_title = QLabel(), QLabel(), QLabel()
        for label in (self.backtest_title, self.segments_title, self.table_title):
            label.setObjectName("sectionTitle")
        # The charts are made when the page is first shown: matplotlib costs about a second to load.
        self.backtest_chart: ChartView | None = None
        self.segments_chart: ChartView | None = None
        self.model = RowsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumHeight(300)

        cards = QGridLayout()
        cards.setSpacing(10)
        for i, card in enumerate(self.cards.values()):
            cards.addWidget(card, 0, i)
        charts = QHBoxLayout()
        self.chart_boxes: list[QVBoxLayout] = []
        for title in (self.backtest_title, self.segments_title):
            box = QVBoxLayout()
            box.addWidget(title)
            charts.addLayout(box, 1)
            self.chart_boxes.append(box)
        method_row = QHBoxLayout()
        method_row.addWidget(self.method, 1)
        method_row.addWidget(self.how_button, 0, Qt.AlignmentFlag.AlignTop)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(method_row)
        layout.addLayout(cards)
        layout.addLayout(charts, 1)
        layout.addWidget(self.table_title)
        layout.addWidget(self.table, 1)
        scroll_page(self, inner)
        refresh_when_shown(self, state.changed, self.refresh)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.backtest_chart is None:
            self.backtest_chart, self.segments_chart = ChartView(height=2.6), ChartView(height=2.6)
            for box, chart in zip(self.chart_boxes, (self.backtest_chart, self.segments_chart), strict=True):
                box.addWidget(chart, 1)
            self.refresh()
        super().showEvent(event)

    # --- filling ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Everything from the current predictions (a line saying they are coming while they are computed)."""
        p = self.state.predictions()
        if p is None:
            self.method.setText(self.tr("Predictions could not be made for this data; the other figures are not "
                                        "affected. The details are in the log file.")
                                if self.state.prediction_error else self.tr("Predictions are being calculated…"))
            for card in self.cards.values():
                card.set_figure("…", "", "none")
            self.model.set_rows([], [])
            return
        self.method.setText(self._method_line(p))
        self._cards(p)
        fc = p.forecast
        totals = segment_totals(p.segment, p.hist.revenue, p.expected_revenue)
        if self.backtest_chart is not None:
            self.backtest_chart.draw(lambda fig: predict_charts.draw_backtest(
                fig, fc.backtest if fc else [], fc.next_month if fc else None, translate, month_label),
                self.backtest_title.text())
            self.segments_chart.draw(lambda fig: predict_charts.draw_segments(
                fig, totals, translate, lambda v: fmt.money(v)[:-3]), self.segments_title.text())
        self.model.set_rows(
            [self.tr("Group"), self.tr("Customers"), self.tr("Revenue so far"),
             self.tr("Expected revenue, next {days} days").format(days=p.horizon_days), self.tr("What to do")],
            [[core_text("core", NAMES[k]), n, revenue, expected, core_text("core", ACTIONS[k])]
             for k, n, revenue, expected in totals])
        self.table.resizeColumnsToContents()

    def _method_line(self, p: Predictions) -> str:
        if p.method != MODEL:
            return problem_text(p.reason)
        h = p.hist
        return self.tr("Learned from the purchases of your {n} customers up to {day}, {repeat} of whom came back at "
                       "least once. Several orders on one day count as one purchase. New customers are not in the "
                       "forecast.", "", int((h.days >= 2).sum())).format(
            n=int(h.has.sum()), day=fmt.day(p.as_of), repeat=int((h.days >= 2).sum()))

    def _cards(self, p: Predictions) -> None:
        fc = p.forecast
        for key, outlook in (("month", fc.next_month if fc else None), ("quarter", fc.next_quarter if fc else None)):
            if outlook is None:
                self.cards[key].set_figure("–", self.tr("Needs the prediction model (see above)"), "none")
                continue
            self.cards[key].set_figure(
                self.tr("{n} purchases", "", round(outlook.purchases)).format(n=fmt.number(outlook.purchases, 0)),
                self.tr("worth about {revenue} from the customers you have").format(revenue=fmt.money(outlook.revenue))
                if outlook.revenue is not None else self.tr("revenue not known: too few repeat purchases with amounts"),
                "info")
        error = fc.typical_error_percent if fc else None
        tested = [b for b in fc.backtest if b.predicted_purchases is not None] if fc else []
        self.cards["accuracy"].set_figure(
            fmt.percent(error, 0) if error is not None else "–",
            self.tr("average difference between forecast and outcome over the last {n} months", "", len(tested)).format(
                n=len(tested))
            if error is not None else (self.tr("Not known yet: no past month had enough history before it")
                                       if self._has_orders() else self.tr(
                "Needs your orders: a customer list's totals cannot show how a forecast made earlier turned out")),
            "none" if error is None else ("good" if error <= 15 else ("warn" if error <= 30 else "bad")))

    def _has_orders(self) -> bool:
        frame = self.state.summary().frame
        return frame is not None and len(frame.order_day) > 0

    # --- explanation --------------------------------------------------------------------------------
    def explanation(self) -> str:
        """How the predictions are made, with this shop's own numbers."""
        p = self.state.predictions()
        if p is None:
            return self.tr("Predictions are being calculated…")
        if p.method != MODEL:
            return problem_text(p.reason)
        m, s = p.params, p.spend
        parts = [self.tr(
            "Each customer buys at their own pace while they are still a customer, and after each purchase there "
            "is a chance they stop for good (the MBG/NBD model of Batislam et al., 2007, after Fader, Hardie & Lee, "
            "2005). Fitted on your shop: r = {r}, α = {alpha}, a = {a}, b = {b} (weeks). From that, per "
            "customer: the chance they are still a customer, the chance they buy in the next {days} days, and the "
            "purchases to expect.").format(r=fmt.number(m.r, 3), alpha=fmt.number(m.alpha, 3),
                                            a=fmt.number(m.a, 3), b=fmt.number(m.b, 3), days=p.horizon_days)]
        if s is not None:
            parts.append(self.tr(
                "The amount per purchase mixes the customer's own average with the shop's (the Gamma-Gamma model of "
                "Fader, Hardie & Lee, 2005): p = {p}, q = {q}, γ = {g}. The 12-month value is the purchases expected "
                "in 365 days times that amount, without discount.").format(
                p=fmt.number(s.p, 2), q=fmt.number(s.q, 2), g=fmt.number(s.gamma, 2)))
        fc = p.forecast
        if fc and fc.backtest:
            lines = [self.tr("{month}: expected {expected}, happened {actual}").format(
                month=fmt.month(b.month), expected=fmt.number(b.predicted_purchases, 0)
                if b.predicted_purchases is not None else "–", actual=b.actual_purchases) for b in fc.backtest]
            parts.append(self.tr("Each past month, fitted on the data up to the day before:") + "\n" + "\n".join(lines))
        return "\n\n".join(parts)

    def show_explanation(self) -> None:
        """The explanation in a dialog."""
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("How the predictions are made"), self.explanation(),
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    # --- language -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Predictions"))
        self.table.setAccessibleName(self.tr("Groups of customers and what to do"))
        self.intro.setText(self.tr("What your customers will probably buy, who is slipping away, and which group "
                                   "needs what. Estimates from your own history, recalculated after every import."))
        self.how_button.setText(self.tr("How is this computed?"))
        for key, title in (("month", self.tr("Next 30 days")), ("quarter", self.tr("Next 3 months")),
                           ("accuracy", self.tr("Forecast error"))):
            self.cards[key].set_texts(title, self.tr("How is this computed?"))
        self.backtest_title.setText(self.tr("Forecast against what happened"))
        self.segments_title.setText(self.tr("Your customers by group"))
        self.table_title.setText(self.tr("Groups and what to do"))
        self.refresh()
