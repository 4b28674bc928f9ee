"""Churn and NPS pages on the demo shop, and NPS from pasted scores."""

import pytest

from ui.app import make_app
from ui.pages.churn import ChurnPage
from ui.pages.nps import COUNTS, PASTED, NpsPage, parse_pasted
from ui.state import ShopState


@pytest.fixture
def state(qtbot):
    make_app([])
    from ui import i18n

    i18n.install("nl")
    s = ShopState()
    s.load_demo()
    yield s
    s.close()


def test_churn_page_shows_months_the_six_month_average_and_changes_the_window(state, qtbot):
    page = ChurnPage(state)
    qtbot.addWidget(page)
    page.show()
    s = state.summary()
    assert page.model.rowCount() == len(s.churn_monthly) == 12
    assert f"{s.churn_six.lost} / {s.churn_six.start} / 6" in page.explain.text()
    assert page.chart is not None and page.chart.figure.axes
    page.window.setValue(180)
    page.window.editingFinished.emit()
    assert state.inactive_after == 180 and state.workspace.setting("inactive_after_days") == 180
    assert state.summary().inactive_after == 180


def test_nps_from_pasted_scores_with_refused_lines(state, qtbot):
    page = NpsPage(state)
    qtbot.addWidget(page)
    page.show()
    assert page.score.text() == f"NPS {state.summary().nps.score:.0f}"
    page.mode.button(PASTED).setChecked(True)
    page.paste.setPlainText("9\n10\n9 10\n10\n7\n8\n7\n3\n6\n7,5\nelf\n")
    assert page.score.text() == "NPS 30"  # 5 promoters, 3 passives, 2 detractors
    assert "10 antwoorden" in page.details.text()
    assert "Regel 10" in page.problems.text() and "Regel 11" in page.problems.text()
    before = state.workspace.counts()["surveys"]
    page.save_button.click()
    assert state.workspace.counts()["surveys"] == before + 10


def test_nps_from_counts_per_score(state, qtbot):
    page = NpsPage(state)
    qtbot.addWidget(page)
    page.mode.button(COUNTS).setChecked(True)
    page.spins[10].setValue(70)
    page.spins[7].setValue(10)
    page.spins[0].setValue(20)
    assert page.score.text() == "NPS 50"


def test_parse_pasted_accepts_separators():
    scores, bad = parse_pasted("9;10\t8\n\n  6 ")
    assert scores == [9, 10, 8, 6] and bad == []
