"""The Customers page with 100,000 customers: a refresh, a sort and a search, with the page's own sorting model
beside a QSortFilterProxyModel over the same rows (what the page used before).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/customers_page.py [--customers 100000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    """Measure and print."""
    p = argparse.ArgumentParser()
    p.add_argument("--customers", type=int, default=100_000)
    n = p.parse_args().customers
    tmp = tempfile.mkdtemp()
    os.environ["KLANTBEHOUD_CONFIG_DIR"], os.environ["KLANTBEHOUD_DATA_DIR"] = f"{tmp}/c", f"{tmp}/d"
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QTableView

    from core.model import Customer, Dataset, Order
    from ui.app import make_app
    from ui.models import RowsModel, sort_key
    from ui.pages.customers import CustomersPage
    from ui.state import ShopState

    app = make_app([])
    rnd = random.Random(2)
    start = date(2023, 1, 1)
    data = Dataset(customers=[Customer(f"K{i:06d}", name=f"Klant {i}", email=f"klant{i}@example.nl")
                              for i in range(n)],
                   orders=[Order(f"K{rnd.randrange(n):06d}", start + timedelta(days=rnd.randrange(1000)),
                                 float(rnd.randrange(5, 300))) for _ in range(n * 10)])
    state = ShopState()
    state.hold_background()  # the figures without predictions, the same for both
    state.data = data
    state.summary()
    began = time.perf_counter()
    state.customer_rows()  # in the app, on the worker that read the shop (ui.state._figures)
    built = time.perf_counter() - began
    page = CustomersPage(state)
    page.resize(1366, 768)
    page.show()
    app.processEvents()

    def timed(fn) -> float:
        t = time.perf_counter()
        fn()
        app.processEvents()
        return time.perf_counter() - t

    refresh = timed(page.refresh)
    sort = timed(lambda: page.table.sortByColumn(10, Qt.SortOrder.DescendingOrder))
    search = timed(lambda: page.search.setText("klant123"))
    print(f"{n:,} customers: rows built {built:.2f} s (off the window's thread in the app); own model: page refresh "
          f"{refresh:.2f} s, sort {sort:.2f} s, search {search:.2f} s ({page.model.rowCount():,} shown)")

    # The alternative: the same rows in a RowsModel behind a QSortFilterProxyModel sorting on a sort role.
    class Keyed(RowsModel):
        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.UserRole + 1:
                row = self._rows[index.row()]
                return sort_key(row[index.column()], index.column() in self._numeric)
            return super().data(index, role)

    page.search.setText("")
    rows = [page.model.row_values(i) for i in range(page.model.rowCount())]
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    source = Keyed()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(source)
    proxy.setSortRole(Qt.ItemDataRole.UserRole + 1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1100, 600)
    view.show()
    refresh = timed(lambda: (source.set_rows(headers, rows), view.resizeColumnsToContents()))
    sort = timed(lambda: view.sortByColumn(10, Qt.SortOrder.DescendingOrder))
    search = timed(lambda: proxy.setFilterFixedString("klant123"))
    print(f"{n:,} customers, proxy model: refresh {refresh:.2f} s (the rows already built), sort {sort:.2f} s, "
          f"search {search:.2f} s ({proxy.rowCount():,} shown)")
    state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
