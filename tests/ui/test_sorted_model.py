"""The customers table's own sorting and search: numbers, dates and empty cells sort as they should, the search
looks at the text cells (number, name, e-mail, status, group), and both survive new rows."""

from datetime import date

from PySide6.QtCore import Qt

from ui.app import make_app
from ui.models import Share, SortedRowsModel

ROWS = [["K3", "Bram", date(2025, 3, 1), 12.5, Share(0.4)],
        ["K1", "anna", None, 100.0, None],
        ["K2", "Cees", date(2024, 12, 31), 7.0, Share(0.9)],
        ["K10", "Dirk", date(2025, 1, 15), None, Share(0.05)]]


def _column(model, col):
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_sorts_numbers_dates_and_text_with_empty_cells_first(qtbot):
    make_app([])
    model = SortedRowsModel()
    model.set_rows(["Nr", "Naam", "Laatst", "Omzet", "Kans"], ROWS)
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert [ROWS[model.source_row(r)][0] for r in range(4)] == ["K10", "K2", "K3", "K1"]  # 12.5 < 100, not "100" < "7"
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert [ROWS[model.source_row(r)][0] for r in range(4)] == ["K3", "K10", "K2", "K1"]
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert _column(model, 1) == ["anna", "Bram", "Cees", "Dirk"]  # case does not count
    model.sort(4, Qt.SortOrder.DescendingOrder)
    assert _column(model, 4)[:3] == ["90 %", "40 %", "5 %"]


def test_search_looks_at_the_text_cells_and_stays_with_new_rows(qtbot):
    make_app([])
    model = SortedRowsModel()
    model.set_rows(["Nr", "Naam", "Laatst", "Omzet", "Kans"], ROWS)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_filter("  ANNA ")
    assert model.rowCount() == 1 and ROWS[model.source_row(0)][0] == "K1"
    model.set_filter("k1")
    assert sorted(model.index(r, 0).data() for r in range(model.rowCount())) == ["K1", "K10"]
    model.set_filter("2025")  # not in a date or amount column: those are not searched
    assert model.rowCount() == 0
    model.set_filter("nr")  # no match across two cells or in the headers
    assert model.rowCount() == 0
    model.set_filter("k")
    model.set_rows(["Nr", "Naam"], [["K9", "Els"], ["X1", "Fien"], ["K4", "Gijs"]])
    assert _column(model, 0) == ["K4", "K9"]  # the search and the sort stay
    model.set_filter("")
    assert _column(model, 0) == ["K4", "K9", "X1"]
