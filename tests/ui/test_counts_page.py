"""Period counts: CRR appears as the owner types, invalid rows say why, and everything is stored."""

import pytest

from ui.app import make_app
from ui.pages.counts import CRR, END, LABEL, NEW, NOTE, START, CountsPage
from ui.state import ShopState


@pytest.fixture
def page(qtbot, tmp_path):
    make_app([])
    from ui import i18n

    i18n.install("nl")
    state = ShopState()
    state.new_workspace(tmp_path / "w.klantbehoud", "Winkel")
    p = CountsPage(state)
    qtbot.addWidget(p)
    p.show()
    yield p
    state.close()


def _type(page, row, col, text):
    page.model.setData(page.model.index(row, col), text)


def test_typing_counts_shows_crr_and_stores_it(page, tmp_path):
    page.model.add_row("2024")
    _type(page, 0, START, "10")
    _type(page, 0, END, "8")
    assert page.model.index(0, CRR).data() == "–"  # N still empty
    assert "alle drie" in page.model.index(0, NOTE).data()
    _type(page, 0, NEW, "0")
    assert page.model.index(0, CRR).data() == "80,0 %"
    page.add_period()
    assert page.model.rows[1][0] == "2025"
    for col, text in ((START, "500"), (END, "525"), (NEW, "300")):
        _type(page, 1, col, text)
    assert page.model.index(1, CRR).data() == "45,0 %"
    assert [p.label for p in page.state.workspace.dataset().period_counts] == ["2024", "2025"]
    assert page.state.workspace.dataset().period_counts[1].new == 300


def test_invalid_rows_are_marked_with_the_reason(page):
    page.model.add_row("Q1")
    for col, text in ((START, "10"), (END, "5"), (NEW, "6")):
        _type(page, 0, col, text)
    assert page.model.index(0, CRR).data() == "–"
    assert "N kan niet groter zijn dan E" in page.model.index(0, NOTE).data()
    _type(page, 0, NEW, "veel")
    assert page.model.index(0, NOTE).data() == "Typ alleen hele getallen."
    _type(page, 0, LABEL, "Kwartaal 1")
    assert page.state.workspace.dataset().period_counts[0].label == "Kwartaal 1"
    page.model.remove_row(0)
    assert page.state.workspace.dataset().period_counts == []
