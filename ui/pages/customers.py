"""Customers: a searchable, filterable table; double-click shows a customer's orders and answers, with
the owner's privacy duties at hand (export everything about them, or delete them everywhere)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from functools import cache
from operator import attrgetter
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from core.exportsafe import write_csv, write_xlsx
from core.metrics.customers import AT_RISK, CONTACT, LOST, CustomerRow
from core.predict.segments import NAMES, SEGMENTS
from core.predict.shop import CERTAINTY_NAMES, DEFAULT_HORIZON, MODEL
from core.store import StoreError
from core.store.backups import KEEP, backup_folder, every_copy, remove_person
from ui import format as fmt
from ui.i18n import core_text, problem_text
from ui.lazy import refresh_when_shown
from ui.models import RowsModel, Share, SortedRowsModel
from ui.paths import data_dir
from ui.state import ShopState
from ui.translatable import Retranslating

FILTERS = ("all", "at_risk", "lost", "top20", "new", "promoters", "detractors", "likely", "unlikely")
SEGMENT_FILTER = "segment:"  # followed by a segment key


_FILTER_TESTS: dict[str, Callable[[CustomerRow], bool]] = {
    "all": lambda row: True,
    "at_risk": lambda row: row.status == AT_RISK,
    "lost": lambda row: row.status == LOST,
    "top20": lambda row: row.top20,
    "new": lambda row: row.new_in_period,
    "promoters": lambda row: row.score is not None and row.score >= 9,
    "detractors": lambda row: row.score is not None and row.score <= 6,
    "likely": lambda row: row.p_buy is not None and row.p_buy >= 0.5,
    "unlikely": lambda row: row.p_buy is not None and row.p_buy < 0.2,
}


def keep(row: CustomerRow, key: str) -> bool:
    """Whether ``row`` passes the filter ``key``."""
    if key.startswith(SEGMENT_FILTER):
        return row.segment == key[len(SEGMENT_FILTER):]
    return _FILTER_TESTS[key](row)


def _chance(value: float | None) -> Share | None:
    return None if value is None else Share(value)


def _segment(key: str) -> str:
    return core_text("core", NAMES[key]) if key else ""


def _certainty(key: str) -> str:
    return core_text("core", CERTAINTY_NAMES[key]) if key else ""


class CustomersPage(Retranslating, QWidget):
    """Search box, filter, table and the selected customer's actions."""

    def __init__(self, state: ShopState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.rows: list[CustomerRow] = []
        self.shown: list[CustomerRow] = []
        self._fitted_to: tuple | None = None  # what the column widths were last fitted to (see ``refresh``)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox()
        self.count = QLabel()
        self.method = QLabel()  # why predictions are missing or rough, when they are
        self.method.setWordWrap(True)
        self.method.setObjectName("notice")
        self.model = SortedRowsModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        # Column widths from the first 200 rows, not from all of them (100,000 customers: 0.7 s each refresh).
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda index: self.show_customer(self.row_at(index.row())))
        self.search.textChanged.connect(self._search)
        self.filter.activated.connect(lambda _=0: self.refresh())
        self.details_button, self.export_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.list_button = QPushButton()
        self.list_button.clicked.connect(lambda: self.export_list())
        self.details_button.clicked.connect(lambda: self.show_customer(self.selected()))
        self.export_button.clicked.connect(lambda: self.export_customer(self.selected()))
        self.delete_button.clicked.connect(lambda: self.delete_customer(self.selected()))
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.filter, 1)
        top.addWidget(self.count, 1)
        buttons = QHBoxLayout()
        for b in (self.details_button, self.export_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.list_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.method)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.when_shown = refresh_when_shown(self, state.changed, self.refresh)
        self.retranslate()

    # --- filling ------------------------------------------------------------------------------------
    def _orders(self, row) -> int | str:
        """The number of orders, or "unknown" when the data has no orders and the list no order count."""
        return row.orders if row.orders is not None else self.tr("unknown")

    def _status(self, row: CustomerRow) -> str:
        return self._status_text(row.status, row.lost_on)

    def _status_text(self, status: str, lost_on: date | None) -> str:
        if status == LOST:
            return self.tr("lost on {date}").format(date=fmt.day(lost_on))
        if status == CONTACT:
            return self.tr("contact (never bought)")
        return self.tr("at risk") if status == AT_RISK else self.tr("active")

    def refresh(self) -> None:
        """Rows from the current data and summary, with the chosen filter."""
        summary = self.state.summary()
        self.rows = self.state.customer_rows()
        key = self.filter.currentData() or "all"
        self.shown = list(self.rows) if key == "all" else [r for r in self.rows if keep(r, key)]
        days = summary.predictions.horizon_days if summary.predictions else DEFAULT_HORIZON
        # What the owner acts on first (status, group, chances, value), then the history, then the contact details.
        headers = [self.tr("Customer"), self.tr("Name"), self.tr("Status"), self.tr("Group"),
                   self.tr("Chance to buy in {days} days").format(days=days),
                   self.tr("Expected revenue, {days} days").format(days=days), self.tr("Value, 12 months"),
                   self.tr("How sure"), self.tr("Last purchase"), self.tr("Orders"), self.tr("Revenue"),
                   self.tr("Customer since"), self.tr("Score"), self.tr("Chance still a customer"),
                   self.tr("E-mail"), self.tr("How they found us")]
        # Each text translated once, not once per customer (100,000 customers: 0.7 s of the refresh).
        status, segment, certainty = cache(self._status_text), cache(_segment), cache(_certainty)
        unknown = self.tr("unknown")
        # Each cell read from its customer only when it is shown, sorted on or searched.
        cells = [attrgetter("id"), attrgetter("name"), lambda r: status(r.status, r.lost_on),
                 lambda r: segment(r.segment), lambda r: _chance(r.p_buy), attrgetter("expected_revenue"),
                 attrgetter("value_12m"), lambda r: certainty(r.certainty), attrgetter("last_purchase"),
                 lambda r: unknown if r.orders is None else r.orders, attrgetter("revenue"), attrgetter("since"),
                 attrgetter("score"), lambda r: _chance(r.p_alive), attrgetter("email"), attrgetter("source")]
        if self.state.branches():  # a chain: each customer's home branch, last
            headers.append(self.tr("Branch"))
            cells.append(attrgetter("branch"))
        # Chances, revenues, dates, order counts and scores sort as numbers.
        self.model.set_items(headers, self.shown, cells, numeric={4, 5, 6, 8, 9, 10, 11, 12, 13})
        # Widths fitted once per set of columns (a language, a chain) with customers in them and once more when
        # the predictions fill their columns, not at every refresh: 0.3 s at 100,000 customers, for every period
        # the owner picks.
        fit = (headers, bool(self.shown), summary.predictions is not None)
        if fit != self._fitted_to:
            self.table.resizeColumnsToContents()
            self._fitted_to = fit
        self._update_count()
        self._update_method(summary)

    def _update_method(self, summary) -> None:
        p = summary.predictions
        if p is None:
            text = self.tr("Predictions are being calculated…") if not self.state.prediction_error else self.tr(
                "Predictions could not be made for this data; the other figures are not affected.")
        elif p.method != MODEL:
            text = problem_text(p.reason)
        else:
            text = ""
        self.method.setText(text)
        self.method.setVisible(bool(text))

    def _search(self, text: str) -> None:
        self.model.set_filter(text)
        self._update_count()

    def _update_count(self) -> None:
        total = len(self.rows)
        self.count.setText(self.tr("{shown} of {total} customers", "", total).format(shown=self.model.rowCount(),
                                                                                    total=total))

    def row_at(self, row: int) -> CustomerRow | None:
        """The customer on a visible row."""
        if row < 0:
            return None
        return self.shown[self.model.source_row(row)]

    def selected(self) -> CustomerRow | None:
        """The selected customer, if any."""
        return self.row_at(self.table.currentIndex().row())

    # --- one customer -------------------------------------------------------------------------------
    def show_customer(self, row: CustomerRow | None) -> QDialog | None:
        """A dialog with the customer's orders and survey answers."""
        if row is None:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(row.name or row.id)
        orders = self.state.data.orders.where([c == row.id for c in self.state.data.orders.customer_id])
        answers = [a for a in self.state.data.surveys if a.customer_id == row.id]
        info = QLabel(self.tr("{name} ({id}) · {status} · {orders} orders · {revenue}").format(
            name=row.name or "–", id=row.id, status=self._status(row), orders=self._orders(row),
            revenue=fmt.money(row.revenue)))
        order_model = RowsModel([self.tr("Date"), self.tr("Amount"), self.tr("Order number")],
                                [[o.date, o.amount, o.order_id] for o in sorted(orders, key=lambda o: o.date)],
                                parent=dialog)
        answer_model = RowsModel([self.tr("Date"), self.tr("Score")], [[a.date, a.score] for a in answers],
                                 parent=dialog)
        layout = QVBoxLayout(dialog)
        layout.addWidget(info)
        if row.segment:
            outlook = QLabel(self.tr("Group: {group} · chance to buy in the next {days} days: {chance} · expected "
                                     "revenue then: {revenue} · value over 12 months: {value} ({sure})").format(
                group=_segment(row.segment), days=self.state.summary().predictions.horizon_days,
                chance=fmt.percent(row.p_buy * 100, 0) if row.p_buy is not None else "–",
                revenue=fmt.money(row.expected_revenue), value=fmt.money(row.value_12m),
                sure=_certainty(row.certainty)))
            outlook.setWordWrap(True)
            layout.addWidget(outlook)
        for label, model in ((self.tr("Orders"), order_model), (self.tr("Survey answers"), answer_model)):
            layout.addWidget(QLabel(label))
            view = QTableView()
            view.setModel(model)
            view.verticalHeader().setVisible(False)
            layout.addWidget(view)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(dialog.reject)
        layout.addWidget(box)
        dialog.resize(520, 480)
        dialog.open()
        return dialog

    def export_list(self, target: Path | None = None) -> int:
        """The customers shown now (filter and search applied) to .xlsx or .csv, e.g. for a mail merge."""
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save this list"), "klanten.xlsx",
                                                  self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
            if not name:
                return 0
            target = Path(name)
        header = [self.tr("Customer"), self.tr("Name"), self.tr("E-mail"), self.tr("Last purchase"),
                  self.tr("Orders"), self.tr("Revenue"), self.tr("Status"), self.tr("Marketing consent")]
        rows = []
        for i in range(self.model.rowCount()):
            r = self.row_at(i)
            consent = "" if r.consent is None else (self.tr("yes") if r.consent else self.tr("no"))
            rows.append([r.id, r.name, r.email, r.last_purchase, self._orders(r), r.revenue, self._status(r), consent])
        if self.state.branches():  # a chain's list says whose branch each customer is
            header.append(self.tr("Branch"))
            for cells, i in zip(rows, range(self.model.rowCount()), strict=True):
                cells.append(self.row_at(i).branch)
        if target.suffix.lower() == ".csv":
            write_csv(target, header, rows)
        else:
            write_xlsx(target, self.filter.currentText(), header, rows)
        return len(rows)

    def export_customer(self, row: CustomerRow | None, target: Path | None = None) -> Path | None:
        """Everything stored about one customer, as a file for them (the right of access)."""
        if row is None or not self.state.workspace:
            return None
        if target is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save everything about this customer"),
                                                  f"klant-{row.id}.json", "JSON (*.json)")
            if not name:
                return None
            target = Path(name)
        data = self.state.workspace.export_customer(row.id)
        target.write_text(json.dumps(data, indent=2, ensure_ascii=False, default=str), encoding="utf-8")
        return target

    def delete_customer(self, row: CustomerRow | None, confirm: bool = True) -> bool:
        """Remove the customer from every table of the workspace, after asking."""
        if row is None or not self.state.workspace or self.state.read_only:
            return False
        if confirm:
            answer = QMessageBox.question(self, self.tr("Delete this customer?"), self.tr(
                "{name} ({id}) and all their orders, survey answers and calendar marks will be removed from this "
                "shop for good. Backups made earlier still hold them.").format(name=row.name or "–", id=row.id))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self.state.workspace.delete_customer(row.id)
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("The customer was not deleted"), problem_text(exc.problem))
            return False
        self.state.reload()
        self._offer_backups(row, confirm)
        return True

    def _offer_backups(self, row: CustomerRow, confirm: bool) -> None:
        """Offer to remove the person from the shop's backup copies too, and say what stays, for how long."""
        ws = self.state.workspace
        if ws.path is None:
            return  # a shop on a server: its backups are the server's, kept by whoever runs it
        copies = every_copy(ws.path, backup_folder(ws.path, data_dir() / "backups"), data_dir() / "backups")
        if not copies:
            return
        if confirm and QMessageBox.question(self, self.tr("Also from the backups?"), self.tr(
                "{n} backup copies of this shop may still hold {name}. Remove them from those copies too? If not, "
                "they stay there until the copies are replaced: Klantbehoud keeps the newest {keep} daily "
                "copies.").format(n=len(copies), name=row.name or row.id, keep=KEEP)) != QMessageBox.StandardButton.Yes:
            return
        held, failed = remove_person(copies, row.id)
        text = self.tr("Removed from {held} of the {n} backup copies (the others did not hold them).").format(
            held=held, n=len(copies))
        if failed:
            text += " " + self.tr("{count} copies could not be changed: {files}", "", len(failed)).format(
                count=len(failed), files=", ".join(p.name for p in failed))
        if confirm:
            QMessageBox.information(self, self.tr("Backups"), text)

    # --- language -----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Texts in the current language."""
        self.title.setText(self.tr("Customers"))
        self.search.setPlaceholderText(self.tr("Search by name, e-mail, number…"))
        self.search.setAccessibleName(self.tr("Search customers"))
        self.filter.setAccessibleName(self.tr("Show"))
        self.table.setAccessibleName(self.tr("Customers"))
        names = [self.tr("All customers"), self.tr("At risk"), self.tr("Lost"), self.tr("Top 20 % by revenue"),
                 self.tr("New in this period"), self.tr("Promoters (9–10)"), self.tr("Detractors (0–6)"),
                 self.tr("Likely to buy soon (50 % or more)"), self.tr("Unlikely to buy soon (under 20 %)")]
        at = max(self.filter.currentIndex(), 0)
        self.filter.clear()
        for key, name in zip(FILTERS, names, strict=True):
            self.filter.addItem(name, key)
        for key in SEGMENTS:
            self.filter.addItem(self.tr("Group: {name}").format(name=_segment(key)), SEGMENT_FILTER + key)
        self.filter.setCurrentIndex(at)
        self.details_button.setText(self.tr("Orders and answers…"))
        self.export_button.setText(self.tr("Export everything about this customer…"))
        self.delete_button.setText(self.tr("Delete this customer…"))
        self.list_button.setText(self.tr("Export this list…"))
        self.when_shown()  # sizing 13 columns to hundreds of rows is work a hidden page leaves until it is shown

