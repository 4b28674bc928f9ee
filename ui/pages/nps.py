"""NPS: type or paste scores (one per line, or a count per score), or use the imported survey answers."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from core.metrics.nps import NpsResult, check_score, nps_from_counts
from core.model import SurveyResponse
from core.report import charts
from core.store import StoreError
from core.text import InputError
from ui import format as fmt
from ui.chart import ChartView, month_label, translate
from ui.i18n import problem_text
from ui.lazy import refresh_when_shown
from ui.state import ShopState
from ui.translatable import Retranslating

IMPORTED, PASTED, COUNTS = range(3)


def parse_pasted(text: str) -> tuple[list[int], list[tuple[int, str]]]:
    """Scores from pasted text (one or more per line, separated by spaces, tabs or ';'); bad ones by line."""
    scores, bad = [], []
    for n, line in enumerate(text.splitlines(), start=1):
        for part in re.split(r"[\s;]+", line.strip()):
            if not part:
                continue
            try:
                scores.append(check_score(part))
            except InputError as exc:
                bad.append((n, problem_text(exc.problem)))
    return scores, bad


class NpsPage(Retranslating, QWidget):
    """Source choice on the left, the score and charts on the right."""

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.mode = QButtonGroup(self)
        self.use_imported, self.use_pasted, self.use_counts = QRadioButton(), QRadioButton(), QRadioButton()
        for i, b in enumerate((self.use_imported, self.use_pasted, self.use_counts)):
            self.mode.addButton(b, i)
        self.use_imported.setChecked(True)
        self.mode.idToggled.connect(lambda _i, on: on and self.refresh())
        self.inputs = QStackedWidget()
        self.inputs.addWidget(QWidget())
        self.paste = QPlainTextEdit()
        self.paste.textChanged.connect(self.refresh)
        self.inputs.addWidget(self.paste)
        counts_box = QWidget()
        grid = QGridLayout(counts_box)
        self.spins = []
        for score in range(11):
            spin = QSpinBox()
            spin.setRange(0, 100000)
            spin.valueChanged.connect(self.refresh)
            grid.addWidget(QLabel(str(score)), score, 0)
            grid.addWidget(spin, score, 1)
            self.spins.append(spin)
        self.inputs.addWidget(counts_box)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_typed)
        left = QVBoxLayout()
        for b in (self.use_imported, self.use_pasted, self.use_counts):
            left.addWidget(b)
        left.addWidget(self.inputs, 1)
        left.addWidget(self.save_button)

        self.score = QLabel()
        self.score.setObjectName("cardValue")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c0392b;")
        self.right = QVBoxLayout()
        self.right.addWidget(self.score)
        self.right.addWidget(self.details)
        self.right.addWidget(self.problems)
        self.dist_chart: ChartView | None = None
        self.trend_chart: ChartView | None = None
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(self.right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addLayout(body, 1)
        refresh_when_shown(self, state.changed, self.refresh)
        self.retranslate()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.dist_chart is None:
            self.dist_chart = ChartView(self, 2.3)
            self.trend_chart = ChartView(self, 2.3)
            self.right.addWidget(self.dist_chart, 1)
            self.right.addWidget(self.trend_chart, 1)
            self.refresh()
        super().showEvent(event)

    def current(self) -> tuple[NpsResult, list[tuple[int, str]]]:
        """The NPS for the chosen source, and pasted lines that were refused."""
        mode = self.mode.checkedId()
        self.inputs.setCurrentIndex(mode)
        if mode == PASTED:
            scores, bad = parse_pasted(self.paste.toPlainText())
            counts = [scores.count(i) for i in range(11)]
            return nps_from_counts(counts), bad
        if mode == COUNTS:
            return nps_from_counts([s.value() for s in self.spins]), []
        return self.state.summary().nps, []

    def refresh(self) -> None:
        """Score, groups, margin and charts."""
        result, bad = self.current()
        self.save_button.setVisible(self.mode.checkedId() != IMPORTED)
        self.save_button.setEnabled(bool(result.responses) and not self.state.read_only)
        if result.score is None:
            self.score.setText("–")
            self.details.setText(self.tr("No answers yet."))
        else:
            self.score.setText(self.tr("NPS {score}").format(score=fmt.number(result.score, 0)))
            self.details.setText(self.tr(
                "{n} answers: {p} promoters ({pp}), {pa} passives, {d} detractors ({dp}). The score can be {moe} "
                "points higher or lower (with 95 % certainty).").format(
                n=result.responses, p=result.promoters, pp=fmt.percent(result.share(result.promoters)),
                pa=result.passives, d=result.detractors, dp=fmt.percent(result.share(result.detractors)),
                moe=fmt.number(result.margin_of_error, 0)))
        self.problems.setText("\n".join(self.tr("Line {line}: {why}").format(line=n, why=why) for n, why in bad[:10]))
        if self.dist_chart:
            self.dist_chart.draw(lambda fig: charts.draw_nps_distribution(fig, result, translate),
                                 self.tr("Answers per score"))
            trend = self.state.summary().nps_trend if self.mode.checkedId() == IMPORTED else []
            self.trend_chart.setVisible(bool(trend))
            self.trend_chart.draw(lambda fig: charts.draw_nps_trend(fig, trend, translate, month_label),
                                  self.tr("NPS over time"))

    def save_typed(self) -> None:
        """Store the typed scores as today's survey answers, so they count in the dashboard too."""
        result, _ = self.current()
        answers = [SurveyResponse(date.today(), score) for score in range(11) for _ in range(result.counts[score])]
        try:
            added = self.state.workspace.add_surveys(answers) if self.state.workspace else 0
        except StoreError as exc:
            self.problems.setText(problem_text(exc.problem))
            return
        self.details.setText(self.details.text() + "\n" + self.tr("{n} answers saved.", "", added).format(n=added))
        self.state.reload()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("NPS"))
        self.use_imported.setText(self.tr("Imported survey answers (this period)"))
        self.use_pasted.setText(self.tr("Type or paste scores, one per line"))
        self.paste.setAccessibleName(self.tr("Scores, one per line"))
        for score, spin in enumerate(self.spins):
            spin.setAccessibleName(self.tr("Answers with score {score}").format(score=score))
        self.use_counts.setText(self.tr("Number of answers per score"))
        self.paste.setPlaceholderText(self.tr("For example:\n9\n10\n7\n6"))
        self.save_button.setText(self.tr("Save as today's answers"))
        self.refresh()

