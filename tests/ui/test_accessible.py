"""Every page at 1366×768, in both languages, as a screen reader and a small laptop screen meet it: every control
has a name, every chart has its numbers as a table, and no label, button or column header is cut off."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QWidget,
)

from ui import i18n
from ui.chart import ChartView
from ui.mainwindow import MainWindow
from ui.pages.cards import FigureCard

CONTROLS = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _own(widget: QWidget) -> bool:
    """A control of the app's own, not a part Qt builds inside another control (a spin box's line edit, a
    combo box's list, a table's corner button, a line edit's clear button)."""
    parent = widget.parent()
    inside = isinstance(parent, (QAbstractSpinBox, QLineEdit, QComboBox)) or (
        parent is not None and isinstance(parent.parent(), QComboBox))
    return not widget.objectName().startswith("qt_") and not isinstance(widget, QHeaderView) and not inside


@pytest.fixture(params=["nl", "en"])
def pages(request, qtbot, demo_state):
    """The main window at 1366×768 in one language, yielding (page name, page) with each page shown."""
    i18n.install(request.param)
    window = MainWindow(demo_state)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.dashboard.ensure_charts()

    def each():
        for row, (key, page) in enumerate(window.pages):
            window.sidebar.setCurrentRow(row)
            qtbot.wait(20)
            yield key, page

    yield window, each, request.param
    i18n.install("nl")


def test_every_control_card_and_chart_has_a_name(pages):
    window, each, lang = pages
    unnamed, charts = [], 0
    for key, page in each():
        for widget in page.findChildren(QWidget):
            if not widget.isVisibleTo(window):
                continue
            if isinstance(widget, CONTROLS) and _own(widget):
                face = QAccessible.queryAccessibleInterface(widget)
                if not (face and face.text(QAccessible.Text.Name).strip()):
                    unnamed.append(f"{key}: {type(widget).__name__}")
            if isinstance(widget, FigureCard):
                assert widget.accessibleName() == widget.title.text() != ""
                assert widget.accessibleDescription().startswith(widget.value.text())
            if isinstance(widget, ChartView):
                charts += 1
                assert widget.accessibleName() not in ("", "Chart", "Grafiek"), key
                assert widget.accessibleDescription(), key
    assert unnamed == []
    assert charts >= 6  # dashboard 2, counts, churn, NPS 1-2, predictions 2


def test_a_chart_shows_its_numbers_as_a_table(pages):
    window, each, lang = pages
    for _ in each():
        pass
    window.sidebar.setCurrentRow(0)
    chart = window.dashboard.churn_chart
    summary = window.state.summary()
    months = [m for m in summary.churn_monthly if m.percent is not None]
    rows = chart.table_rows()
    assert len(rows) == 1 + len(months) + (summary.churn_six.percent is not None)
    sign = "," if lang == "nl" else "."
    for row, month in zip(rows[1:], months, strict=False):
        assert row[1] == f"{month.percent:.1f}".replace(".", sign) + " %"
    chart.toggle.click()
    assert chart.views.currentWidget() is chart.table
    assert chart.toggle.text() in ("Show as chart", "Toon als grafiek")
    chart.toggle.click()
    assert chart.views.currentWidget() is chart.canvas
    nps = window.dashboard.nps_chart.table_rows()
    assert [int(r[1]) for r in nps[1:]] == list(summary.nps.counts)


def cut_off(page: QWidget, window: QWidget) -> list[str]:
    """Every visible one-line label, button text and table header on ``page`` that does not fit its room."""
    cut = []
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(window) or label.wordWrap() or not label.text() or "<" in label.text():
            continue
        need = max(label.fontMetrics().horizontalAdvance(line) for line in label.text().split("\n"))
        if need > label.contentsRect().width() + 1:
            cut.append(f"label {label.text()[:40]!r} needs {need}px, has {label.contentsRect().width()}")
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(window) and button.text() and _own(button):
            need = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
            if need > button.contentsRect().width():
                cut.append(f"button {button.text()!r} needs {need}px, has {button.contentsRect().width()}")
    for view in page.findChildren(QTableView):
        if not view.isVisibleTo(window) or view.model() is None:
            continue
        header = view.horizontalHeader()
        for col in range(view.model().columnCount()):
            text = str(view.model().headerData(col, header.orientation()) or "")
            if header.isSectionHidden(col) or not text:
                continue
            # The room the style asks for the header's text (its margins and sort arrow included).
            need = header.sectionSizeFromContents(col).width()
            if need > header.sectionSize(col):
                cut.append(f"column {text!r} needs {need}px, has {header.sectionSize(col)}")
    return cut


def test_nothing_is_cut_off_at_1366_by_768(pages):
    window, each, lang = pages
    cut = [f"{key}: {what}" for key, page in each() for what in cut_off(page, window)]
    assert cut == [], "\n".join(cut)


def test_the_cut_off_check_sees_a_cut_label_button_and_header(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    label, button, view = QLabel("Klantverloop per maand"), QPushButton("Importeren ongedaan maken"), QTableView()
    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["Klanten aan het begin"])
    view.setModel(model)
    for widget in (label, button, view):
        layout.addWidget(widget)
    page.show()
    qtbot.waitExposed(page)
    view.resizeColumnsToContents()
    assert cut_off(page, page) == []
    label.setFixedWidth(40)
    button.setFixedWidth(40)
    view.horizontalHeader().resizeSection(0, 30)
    assert [c.split(" ")[0] for c in cut_off(page, page)] == ["label", "button", "column"]


def test_a_chart_without_numbers_offers_no_table(qtbot):
    from core.report import charts
    from ui.app import make_app

    make_app([])
    view = ChartView()
    qtbot.addWidget(view)
    view.show()
    view.draw(lambda fig: charts.draw_crr_periods(fig, []), "Klantbehoud per periode")
    assert view.toggle.isHidden() and view.views.currentWidget() is view.canvas
    assert view.accessibleDescription() == "Type in counts to see the retention rate"
    old = charts.set_decimal(",")  # as in Dutch
    try:
        view.draw(lambda fig: charts.draw_crr_periods(fig, [("2025", 80.0)]))
    finally:
        charts.set_decimal(old)
    assert not view.toggle.isHidden() and view.table_rows() == [["Period", "Retention rate (CRR) %"],
                                                                  ["2025", "80,0 %"]]
