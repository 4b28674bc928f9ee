"""The dashboard: every key figure on a card, with churn and NPS charts underneath."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.metrics.churn import TARGET_MONTHLY_CHURN
from core.metrics.said import crr_counts, referral_counts, repeat_counts
from core.metrics.summary import FUTURE_DATES, Summary
from core.predict.shop import MODEL
from core.report import charts
from ui import format as fmt
from ui.chart import ChartView, month_label, translate
from ui.i18n import problem_text
from ui.lazy import refresh_when_shown
from ui.pages.cards import FigureCard
from ui.pages.explain import Explainer
from ui.state import ShopState
from ui.translatable import Retranslating, scroll_page

CARD_KEYS = ("crr", "churn", "lifetime", "nps", "repeat", "referral", "pareto", "risk")


def _grade(value: float | None, good: float, warn: float, higher_is_better: bool = True) -> str:
    if value is None:
        return "none"
    if not higher_is_better:
        value, good, warn = -value, -good, -warn
    return "good" if value >= good else ("warn" if value >= warn else "bad")


class DashboardPage(Retranslating, QWidget):
    """Cards plus charts; recomputed when the shop state changes."""

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setWordWrap(True)
        # Why the view is not the usual twelve months, with one click to a window that shows figures.
        self.note = QLabel()
        self.note.setObjectName("notice")
        self.note.setWordWrap(True)
        self.window_button = QPushButton()
        self.window_button.clicked.connect(self._use_suggested_window)
        self.note_row = QWidget()
        self.note_row.setObjectName("noteRow")
        self.note_row.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        note_layout = QHBoxLayout(self.note_row)
        note_layout.setContentsMargins(10, 6, 10, 6)
        note_layout.addWidget(self.note, 1)
        note_layout.addWidget(self.window_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.note_row.setStyleSheet("#noteRow { background: #fff6e0; border-radius: 6px; }")
        self.note_row.hide()
        self.cards = {key: FigureCard(key) for key in CARD_KEYS}
        grid = QGridLayout()
        grid.setSpacing(10)
        for i, key in enumerate(CARD_KEYS):
            grid.addWidget(self.cards[key], i // 4, i % 4)
            self.cards[key].explain.connect(self.show_explanation)
        self.churn_title = QLabel()
        self.churn_title.setObjectName("sectionTitle")
        self.nps_title = QLabel()
        self.nps_title.setObjectName("sectionTitle")
        self.charts_row = QHBoxLayout()
        self.churn_box = QVBoxLayout()
        self.churn_box.addWidget(self.churn_title)
        self.nps_box = QVBoxLayout()
        self.nps_box.addWidget(self.nps_title)
        self.charts_row.addLayout(self.churn_box, 3)
        self.charts_row.addLayout(self.nps_box, 2)
        self.churn_chart: ChartView | None = None
        self.nps_chart: ChartView | None = None

        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.note_row)
        layout.addLayout(grid)
        layout.addLayout(self.charts_row, 1)
        scroll_page(self, inner)
        refresh_when_shown(self, state.changed, self.refresh)
        self.retranslate()

    def ensure_charts(self) -> None:
        """Create the chart canvases (imports matplotlib): called right after the window is painted."""
        if self.churn_chart is None:
            self.churn_chart = ChartView(self, 2.6)
            self.nps_chart = ChartView(self, 2.6)
            self.churn_box.addWidget(self.churn_chart)
            self.nps_box.addWidget(self.nps_chart)
            self.draw_charts()

    def draw_charts(self) -> None:
        """Draw both charts from the current summary."""
        if self.churn_chart is None:
            return
        s = self.state.summary()
        self.churn_chart.draw(lambda fig: charts.draw_churn(fig, s.churn_monthly, s.churn_six, translate, month_label),
                              self.churn_title.text())
        self.nps_chart.draw(lambda fig: charts.draw_nps_distribution(fig, s.nps, translate), self.nps_title.text())

    def retranslate(self) -> None:
        """All texts in the current language."""
        how = self.tr("How is this computed?")
        names = {
            "crr": self.tr("Retention rate (CRR)"),
            "churn": self.tr("Churn per month"),
            "lifetime": self.tr("Expected customer lifetime"),
            "nps": self.tr("Net Promoter Score"),
            "repeat": self.tr("Repeat purchases"),
            "referral": self.tr("Came on a recommendation"),
            "pareto": self.tr("Revenue from your top 20 %"),
            "risk": self.tr("Customers at risk"),
        }
        for key, card in self.cards.items():
            card.set_texts(names[key], how)
        self.title.setText(self.tr("Dashboard"))
        self.churn_title.setText(self.tr("Churn per month, with the 6-month average and the 2 % target"))
        self.nps_title.setText(self.tr("How likely customers are to recommend you (0–10)"))
        self.refresh()

    def refresh(self) -> None:
        """Fill the cards from the current summary."""
        s = self.state.summary()
        self._fill(s)
        self._trends(s)
        self.draw_charts()

    def _trends(self, s: Summary) -> None:
        """Sparklines per quarter for the six quarters up to the period's end."""
        series = self.state.quarterly_trends()
        if not series:
            return
        tip = self.tr("Per quarter, the last six quarters up to {last}").format(last=fmt.day(s.period.last))
        for key, card in self.cards.items():
            card.set_trend(series.get(key, []), tip)

    def _use_suggested_window(self) -> None:
        suggested = self.state.summary().suggested_window
        if suggested:
            self.state.set_inactive_after(suggested)

    def _fill_note(self, s: Summary) -> None:
        notes = [problem_text(s.period_note)] if s.period_note else []
        future = [p for p in s.problems if p.template == FUTURE_DATES]
        notes += [problem_text(p) for p in future]
        self.note.setText(" ".join(notes))
        self.window_button.setVisible(bool(s.period_note and s.suggested_window))
        if s.suggested_window:
            self.window_button.setText(self.tr("Use {days} days instead").format(days=s.suggested_window))
        self.note_row.setVisible(bool(notes))

    def _fill(self, s: Summary) -> None:
        self._fill_note(s)
        demo = self.tr(" (demo shop)") if self.state.is_demo else ""
        self.subtitle.setText(self.tr("{shop}{demo} · {first} to {last} · a customer counts as lost after {days} "
                                      "days without a purchase").format(
            shop=self.state.title, demo=demo, first=fmt.day(s.period.first), last=fmt.day(s.period.last),
            days=s.inactive_after))
        c = s.crr
        self.cards["crr"].set_figure(fmt.percent(c.percent), self._crr_line(s), _grade(c.percent, 80, 60))
        six = s.churn_six
        last = next((m for m in reversed(s.churn_monthly) if m.percent is not None), None)
        known = six is not None and six.percent is not None
        self.cards["churn"].set_figure(
            fmt.percent(six.percent if known else None, 1),
            (self.tr("6-month average; last month {pct} (target 2 %)").format(pct=fmt.percent(last.percent))
             if known and last else (problem_text(s.churn_reason) if s.churn_reason else "")),
            _grade(six.percent if known else None, TARGET_MONTHLY_CHURN, 2 * TARGET_MONTHLY_CHURN,
                   higher_is_better=False))
        o = s.churn_outlook
        self.cards["lifetime"].set_figure(
            self.tr("{years} years").format(years=fmt.number(o.lifetime_years, 1)) if o and o.lifetime_years else "–",
            self.tr("At this rate {six} of customers are lost in 6 months").format(
                six=fmt.percent(o.lost_in_six_months_percent)) if o and o.lifetime_years
            else (self.tr("No customers lost in these six months") if o
                  else self.tr("Follows from the churn rate, which is not known yet")),
            _grade(o.lifetime_months if o and o.lifetime_months else None, 48, 24))
        n = s.nps
        nps_line = self.tr("{n} answers, between {low} and {high} (95 %)", "", n.responses).format(
            n=n.responses, low=fmt.number(n.low, 0), high=fmt.number(n.high, 0)) if n.responses else ""
        if n.few_answers:
            nps_line += " · " + self.tr("few answers: a rough figure")
        self.cards["nps"].set_figure(
            fmt.number(n.score, 0) if n.score is not None else "–",
            nps_line or self._no_answers_line(),
            _grade(n.score, 30, 0))
        r = s.repeat
        self.cards["repeat"].set_figure(
            fmt.percent(r.percent),
            repeat_counts(r, QCoreApplication.translate) if r.percent is not None
            else (problem_text(r.problem) if r.problem else ""),
            _grade(r.percent, 40, 25))
        ref = s.referral
        self.cards["referral"].set_figure(
            fmt.percent(ref.percent),
            referral_counts(ref, QCoreApplication.translate) if ref.known_source
            else self.tr("Not known: no new customer has a “how did you hear about us?” answer in your data"),
            _grade(ref.percent, 25, 10))
        p = s.pareto
        self.cards["pareto"].set_figure(
            fmt.percent(p.top20_share_percent),
            self.tr("{k} customers bring this share of the revenue", "", p.top_count).format(k=p.top_count)
            if p.top20_share_percent is not None
            else self.tr("Not known: no amounts in this period (import orders, or a list with total spent)"),
            "info" if p.top20_share_percent is not None else "none")
        dated = s.frame is not None and bool((s.frame.last_buy >= 0).any())
        pending = dated and s.predictions is None
        if not dated:
            self.cards["risk"].set_figure(
                "–", self.tr("Not known: needs purchase dates (orders, or a last purchase date per customer)"), "none")
        elif pending:
            self.cards["risk"].set_figure(
                "…", self.tr("Predictions could not be made; see the log file") if self.state.prediction_error
                else self.tr("being calculated…"), "none")
        else:
            model = s.predictions.method == MODEL
            self.cards["risk"].set_figure(
                fmt.number(len(s.at_risk)),
                self.tr("regular customers whose chance to buy in the next {days} days dropped below half").format(
                    days=s.predictions.horizon_days) if model
                else self.tr("past their usual time between purchases (too little history for predictions)"),
                "warn" if s.at_risk else "good")

    def _no_answers_line(self) -> str:
        """Why the NPS card is empty: no survey at all, or answers that lie outside this period (and where)."""
        answers = self.state.data.surveys
        if not answers:
            return self.tr("No answers in this period; import a survey or type scores on the NPS page")
        days = [a.date for a in answers if a.date]
        if not days:
            return self.tr("No answers in this period; import a survey or type scores on the NPS page")
        return self.tr("None of your {n} answers is in this period: they run from {first} to {last}", "",
                       len(answers)).format(
            n=len(answers), first=fmt.day(min(days)), last=fmt.day(max(days)))

    def _crr_line(self, s: Summary) -> str:
        """The line under the CRR: the counts that make E − N, in words that agree with the headline."""
        c = s.crr
        if c.percent is None:
            return problem_text(c.problem) if c.problem else ""
        if s.typed_crr_label:
            return self.tr("Typed in for {label}: S {s}, E {e}, N {n}").format(
                label=s.typed_crr_label, s=c.start, e=c.end, n=c.new)
        return "; ".join(crr_counts(c, QCoreApplication.translate))  # the words of the CLI and the report too

    def show_explanation(self, key: str) -> None:
        """Open the formula with the shop's numbers for one card."""
        box = QMessageBox(QMessageBox.Icon.Information, self.cards[key].title.text(),
                          Explainer().explanation(key, self.state.summary()), QMessageBox.StandardButton.Close,
                          self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

