"""The predictions page on the demo shop: the forecast cards equal the core's forecast, the groups add up to
the customers who bought, the explanation holds the shop's own parameters; the customers page shows and
filters the predictions."""

import pytest
from PySide6.QtCore import Qt

from core.predict.segments import SEGMENTS
from ui import format as fmt
from ui.pages.customers import CustomersPage
from ui.pages.predictions import PredictionsPage


@pytest.fixture
def page(qtbot, demo_state):
    p = PredictionsPage(demo_state)
    qtbot.addWidget(p)
    p.show()
    p.refresh()
    return p


def test_cards_show_the_forecast_and_groups_add_up(page):
    p = page.state.predictions()
    fc = p.forecast
    assert p.method == "model"
    assert page.cards["month"].value.text() == f"{fmt.number(fc.next_month.purchases, 0)} aankopen"
    assert fmt.money(fc.next_month.revenue) in page.cards["month"].detail.text()
    assert page.cards["quarter"].value.text() == f"{fmt.number(fc.next_quarter.purchases, 0)} aankopen"
    assert len(fc.backtest) == 6
    assert page.cards["accuracy"].value.text() == fmt.percent(fc.typical_error_percent, 0)
    assert page.model.rowCount() == len(SEGMENTS)
    assert sum(page.model.row_values(i)[1] for i in range(len(SEGMENTS))) == int(p.hist.has.sum())
    text = page.explanation()
    assert fmt.number(p.params.r, 3) in text and fmt.number(p.spend.gamma, 2) in text


def test_customers_page_sorts_and_filters_on_predictions(qtbot, demo_state):
    page = CustomersPage(demo_state)
    qtbot.addWidget(page)
    page.show()
    headers = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())]
    chance = headers.index("Kans op aankoop binnen 90 dagen")
    page.table.sortByColumn(chance, Qt.SortOrder.DescendingOrder)
    first = page.row_at(0)
    assert first.p_buy == max(r.p_buy for r in page.rows if r.p_buy is not None)
    assert page.model.index(0, chance).data().endswith(" %")
    page.filter.setCurrentIndex(page.filter.findData("segment:champions"))
    page.refresh()
    assert page.shown and all(r.segment == "champions" for r in page.shown)
    page.filter.setCurrentIndex(page.filter.findData("unlikely"))
    page.refresh()
    assert page.shown and all(r.p_buy < 0.2 for r in page.shown)


def test_the_window_shows_a_sentence_while_predictions_are_computed(qtbot):
    from ui import i18n
    from ui.app import make_app
    from ui.state import ShopState
    from ui.tasks import use_pool

    make_app([])
    i18n.install("nl")

    class Never:
        """A pool that never runs the work: the predictions stay "being computed"."""

        def start(self, runnable):
            self.kept = runnable

    use_pool(Never())
    try:
        state = ShopState()
        state.load_demo()
        page = PredictionsPage(state)
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        assert state.predictions() is None and state.summary().at_risk == []
        assert page.method.text() == "Voorspellingen worden berekend…"
        assert page.cards["month"].value.text() == "…"
    finally:
        use_pool(None)
        state.close()
