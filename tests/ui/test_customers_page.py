"""Customers page: search, filters, sorting by number, details, and the owner's privacy duties."""

import json

import pytest
from PySide6.QtCore import Qt

from core.metrics.customers import AT_RISK, LOST
from ui.pages.customers import CustomersPage


@pytest.fixture
def page(qtbot, demo_state):
    state = demo_state
    p = CustomersPage(state)
    qtbot.addWidget(p)
    p.show()
    yield p


def _filter(page, key):
    page.filter.setCurrentIndex(page.filter.findData(key))
    page.refresh()


def test_filters_match_the_figures(page):
    s = page.state.summary()
    assert page.model.rowCount() == s.customers == 430
    _filter(page, "at_risk")
    assert page.model.rowCount() == len(s.at_risk)
    assert all(r.status == AT_RISK for r in page.shown)
    _filter(page, "top20")
    assert page.model.rowCount() == s.pareto.top_count
    _filter(page, "new")
    assert page.model.rowCount() == s.crr.new
    _filter(page, "lost")
    assert all(r.status == LOST and r.lost_on for r in page.shown)
    _filter(page, "promoters")
    assert all(r.score >= 9 for r in page.shown) and page.shown


def test_search_and_numeric_sort(page):
    page.search.setText("van vliet")
    assert 0 < page.model.rowCount() < 20
    assert "van de 430 klanten" in page.count.text()
    page.search.setText("")
    revenue = [page.model.headerData(i, Qt.Orientation.Horizontal) for i in range(page.model.columnCount())].index(
        "Omzet")
    page.table.sortByColumn(revenue, Qt.SortOrder.DescendingOrder)
    top = page.row_at(0)
    assert top.revenue == max(r.revenue or 0 for r in page.rows)


def test_details_export_and_delete(page, tmp_path, qtbot):
    row = page.row_at(0)
    dialog = page.show_customer(row)
    assert dialog.windowTitle() in (row.name, row.id)
    dialog.close()
    out = page.export_customer(row, tmp_path / "klant.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["customer"]["id"] == row.id and len(data["orders"]) == row.orders
    # The demo shop made today's backup on opening: the person goes from that copy too.
    from core.store.backups import backup_folder, list_backups
    from core.store.workspace import Workspace
    from ui.paths import data_dir

    ws = page.state.workspace
    copies = list_backups(ws.path, backup_folder(ws.path, data_dir() / "backups"))
    assert copies
    assert page.delete_customer(row, confirm=False)
    assert page.state.workspace.export_customer(row.id)["customer"] is None
    assert all(r.id != row.id for r in page.rows) and len(page.rows) == 429
    for copy in copies:
        with Workspace.open(copy, read_only=True) as backup:
            assert backup.export_customer(row.id) == {"customer": None, "orders": [], "survey_answers": [],
                                                      "calendar_marks": []}


def test_filtered_list_exports(page, tmp_path):
    import openpyxl

    _filter(page, "at_risk")
    n = page.export_list(tmp_path / "risico.xlsx")
    assert n == len(page.state.summary().at_risk)
    ws = openpyxl.load_workbook(tmp_path / "risico.xlsx").active
    assert ws.max_row == n + 1 and ws["A1"].value == "Klant"
    assert page.export_list(tmp_path / "risico.csv") == n
