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


def test_items_are_read_a_cell_at_a_time_and_a_word_among_numbers_sorts_after_them(qtbot):
    """Rows given as items: no cell is read until it is shown, sorted on or searched; a column of numbers with
    a word in it ("unknown" orders) sorts the numbers, then the word, instead of failing to compare them."""
    make_app([])
    read: list[int] = []

    def orders(item):
        read.append(item["nr"])
        return item["orders"]

    items = [{"nr": i, "name": f"Klant {i}", "orders": "unknown" if i % 4 == 0 else (i * 7) % 10}
             for i in range(1, 1001)]
    model = SortedRowsModel()
    model.set_items(["Naam", "Bestellingen"], items, [lambda item: item["name"], orders], numeric={1})
    assert read == [] and model.rowCount() == 1000
    assert model.index(2, 1).data() == "1" and read == [3]  # (3 * 7) % 10
    model.sort(1, Qt.SortOrder.AscendingOrder)
    values = [model.row_values(r)[1] for r in range(1000)]
    numbers = [v for v in values if v != "unknown"]
    assert numbers == sorted(numbers) and values[len(numbers):] == ["unknown"] * 250
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert model.row_values(0)[1] == "unknown" and model.row_values(999)[1] == 0
    model.set_filter("klant 99")
    assert sorted(model.row_values(r)[0] for r in range(model.rowCount())) == [
        "Klant 99", "Klant 990", "Klant 991", "Klant 992", "Klant 993", "Klant 994", "Klant 995", "Klant 996",
        "Klant 997", "Klant 998", "Klant 999"]


def test_equal_numbers_keep_their_order_both_ways(qtbot):
    make_app([])
    model = SortedRowsModel()
    rows = [[f"K{i}", float(i % 3)] for i in range(9)]
    model.set_rows(["Nr", "Omzet"], rows)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [rows[model.source_row(r)][0] for r in range(9)] == ["K0", "K3", "K6", "K1", "K4", "K7", "K2", "K5", "K8"]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    assert [rows[model.source_row(r)][0] for r in range(9)] == ["K2", "K5", "K8", "K1", "K4", "K7", "K0", "K3", "K6"]
