"""Churn and NPS pages on the demo shop, and NPS from pasted scores."""

import pytest

from ui.pages.churn import ChurnPage
from ui.pages.nps import COUNTS, PASTED, NpsPage, parse_pasted


@pytest.fixture
def state(demo_state):
    return demo_state


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


def test_typed_in_months_give_the_six_month_average(state, qtbot):
    page = ChurnPage(state)
    qtbot.addWidget(page)
    typed = page.typed
    starts = [120, 118, 117, 115, 114, 112]
    lost = [2, 1, 2, 1, 2, 1]
    for i in range(6):
        typed.model.add_row(f"2026-{i + 1:02d}")
        typed.model.setData(typed.model.index(i, 1), str(starts[i]))
        typed.model.setData(typed.model.index(i, 2), str(lost[i]))
    assert typed.model.index(0, 3).data() == "1,7 %"
    # 9 lost / 120 at the start / 6 = 1.25 % a month
    assert "9 verloren / 120 aan het begin / 6 = 1,25 % per maand" in typed.result.text()
    assert [m.lost for m in state.workspace.dataset().monthly_lost] == lost
    typed.model.setData(typed.model.index(5, 0), "dertiende maand")
    assert "2026-01" in typed.model.index(5, 4).data() or "jan 2026" in typed.model.index(5, 4).data()
    typed.model.setData(typed.model.index(5, 2), "200")
    typed.model.setData(typed.model.index(5, 0), "jun 2026")
    assert "Meer klanten verloren" in typed.model.index(5, 4).data()


def test_parse_month():
    from datetime import date

    from core.importing.values import parse_month

    assert parse_month("2026-01") == date(2026, 1, 1)
    assert parse_month("3/2025") == date(2025, 3, 1)
    assert parse_month("Januari 2026") == date(2026, 1, 1)
    assert parse_month("mrt. 2026") == date(2026, 3, 1)
    assert parse_month("2026-13") is None and parse_month("morgen") is None


def test_new_typed_months_are_past_months_named_in_words(state, qtbot):
    from datetime import date

    from core.metrics.periods import add_months, month_start
    from ui import format as fmt

    page = ChurnPage(state)
    qtbot.addWidget(page)
    typed = page.typed
    typed.model.set_rows([])
    last_full = add_months(month_start(date.today()), -1)
    typed.add_month()
    assert typed.model.rows[-1][0] == fmt.month(last_full)  # "nov 2026", never the current or a future month
    typed.add_month()  # the month after the last one has not ended yet: the one before the first
    assert typed.model.rows[-1][0] == fmt.month(add_months(last_full, -1))
    assert all(m.month < month_start(date.today()) for m in typed.months())
