"""The main window as an owner meets it: demo shop, figures on the cards, language switch, errors."""

import threading

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import errors, settings
from ui.app import make_app
from ui.mainwindow import MainWindow
from ui.state import ShopState


def test_opens_on_the_demo_shop_with_figures_in_dutch(window):
    s = window.state.summary()
    card = window.dashboard.cards["crr"]
    assert card.title.text() == "Klantbehoud (CRR)"
    # 12,5 % style: Dutch decimal comma
    expected = f"{s.crr.percent:.1f}".replace(".", ",") + " %"
    assert card.value.text() == expected
    assert window.dashboard.cards["nps"].value.text() == f"{s.nps.score:.0f}"
    assert "demowinkel" in window.dashboard.subtitle.text()
    assert window.sidebar.item(0).text() == "Overzicht"
    assert "430 klanten" in window.statusBar().currentMessage()


def test_charts_are_built_after_the_first_paint(window, qtbot):
    qtbot.waitUntil(lambda: window.dashboard.churn_chart is not None)
    assert window.dashboard.churn_chart.figure.axes, "the churn chart was drawn"


def test_language_switches_live_and_is_remembered(window, qtbot):
    window.set_language("en")
    qtbot.waitUntil(lambda: window.dashboard.cards["crr"].title.text() == "Retention rate (CRR)")
    assert window.sidebar.item(0).text() == "Dashboard"
    assert window.file_menu.title() == "&File"
    s = window.state.summary()
    assert window.dashboard.cards["crr"].value.text() == f"{s.crr.percent:.1f} %"
    assert settings.get(settings.LANGUAGE) == "en"
    window.set_language("nl")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&Bestand")


def test_every_page_has_a_shortcut(window):
    for i, action in enumerate(window.page_actions):
        action.trigger()
        assert window.stack.currentIndex() == i
        assert action.shortcut().toString() == f"Ctrl+{i + 1}"


def _import_through_the_wizard(window, qtbot, path):
    """File > Import as the owner does it: the wizard reads and checks the file, then Import stores it."""
    from ui import tasks

    tasks.use_pool(tasks.SyncRunner())
    page = window.import_page
    page.child = None  # read in line instead of in the child process
    try:
        page.result = None
        page.open_file(path)
        qtbot.waitUntil(lambda: page.result is not None)
        with qtbot.waitSignal(page.imported):
            page.import_button.click()
    finally:
        tasks.use_pool(None)
    return page.summary.text()


def test_refused_file_keeps_the_current_data(window, qtbot, tmp_path, monkeypatch):
    from ui import tasks

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    before = window.state.workspace.counts()
    bad = tmp_path / "klanten.xlsx"
    bad.write_bytes(b"<html><table></table></html>")
    tasks.use_pool(tasks.SyncRunner())
    window.import_page.child = None
    try:
        window.import_page.open_file(bad)
        qtbot.waitUntil(lambda: bool(shown))
    finally:
        tasks.use_pool(None)
    assert not window.import_page.import_button.isEnabled()
    assert window.state.workspace.counts() == before and window.state.is_demo
    assert "webpagina" in shown[0] and "klanten.xlsx" in shown[0]


def test_new_shop_import_and_reopen_from_recent(window, qtbot, tmp_path):
    shop = tmp_path / "Bloemen.klantbehoud"
    window.state.new_workspace(shop, "Bloemenwinkel Roos")
    f = tmp_path / "klanten.csv"
    f.write_text("Klantnummer;Klant sinds\n1;01-01-2024\n2;01-02-2024\n", encoding="utf-8")
    told = _import_through_the_wizard(window, qtbot, f)
    assert window.state.summary().customers == 2 and not window.state.is_demo
    assert "2 nieuw" in told
    # The columns the wizard remembers for this layout do not take the chance to undo the import away.
    window.files._update_undo()
    assert window.files.undo_import_action.isEnabled()
    assert window.state.workspace.pending_undo().customers == 2
    # The same export again: nothing doubled.
    told = _import_through_the_wizard(window, qtbot, f)
    assert window.state.workspace.counts()["customers"] == 2 and "0 nieuw" in told
    window.files.open_demo()
    assert window.files.open_path(shop)
    assert window.state.title == "Bloemenwinkel Roos"
    assert settings.get(settings.RECENT_FILES)[0] == str(shop)
    assert window.files.recent_menu.actions()[0].text() == "Bloemen.klantbehoud"


def test_workspace_open_elsewhere_is_offered_read_only(window, tmp_path, monkeypatch):
    from core.store import Workspace
    from tests.helpers.holder import hold

    shop = tmp_path / "Bezet.klantbehoud"
    Workspace.create(shop, "Bezet").close()
    other = hold(shop)  # a second Klantbehoud
    try:
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        assert window.files.open_path(shop)
        assert window.state.read_only and "alleen-lezen" in window.windowTitle()
    finally:
        other.kill()
        other.wait()


def test_uncaught_error_is_logged_and_shown_and_the_app_keeps_running(window, qtbot):
    reporter = errors._reporter
    shown_before = reporter.dialogs_shown
    who = window.state.data.customers[0]  # a real customer's name and address in the message
    try:
        raise RuntimeError(f"kapot bij {who.name}, {who.email}")
    except RuntimeError as exc:
        errors.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialogs_shown == shown_before + 1)
    log = errors.log_file().read_text(encoding="utf-8")
    # Where and what kind, never the message: it may name a customer, and the log stays on disk.
    assert "builtins.RuntimeError" in log and "test_mainwindow.py" in log
    assert who.name not in log and who.email not in log
    # From a worker thread too: the dialog is shown on the main thread.
    t = threading.Thread(target=lambda: (_ for _ in ()).throw(ValueError("in een thread")))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: reporter.dialogs_shown == shown_before + 2)
    assert "builtins.ValueError" in errors.log_file().read_text(encoding="utf-8")
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            assert QCoreApplication.translate("_Reporter", "Something went wrong") == "Er ging iets mis"
            w.close()
    assert window.isVisible()


def test_the_log_is_rotated(window, monkeypatch):
    monkeypatch.setattr(errors, "LOG_LIMIT", 100)
    for n in range(3):
        errors.write_log("x" * 80 + f" {n}\n")
    log = errors.log_file()
    assert log.stat().st_size < 200 and log.with_name(log.name + ".1").exists()


def test_period_selector_drives_the_figures(window, qtbot):
    bar = window.period_bar
    assert bar.choice.currentText() == "Laatste 12 volle maanden"
    bar.choice.setCurrentIndex(bar.choice.findData("quarter"))
    bar.apply()
    s = window.state.summary()
    assert (s.period.first.isoformat(), s.period.last.isoformat()) == ("2026-07-01", "2026-09-30")
    assert "01-07-2026 t/m 30-09-2026" in window.dashboard.subtitle.text()
    bar.choice.setCurrentIndex(bar.choice.findData("custom"))
    bar.apply()
    assert bar.first.isVisible()
    from PySide6.QtCore import QDate

    bar.first.setDate(QDate(2026, 1, 1))
    assert window.state.summary().period.first.isoformat() == "2026-01-01"
    card = window.dashboard.cards["crr"]
    assert len(card.trend.values) == 6 and card.trend.values[-1] is not None


def test_chart_copy_and_save(window, qtbot, tmp_path):
    from PySide6.QtGui import QGuiApplication

    qtbot.waitUntil(lambda: window.dashboard.churn_chart is not None)
    chart = window.dashboard.churn_chart
    chart.copy_to_clipboard()
    assert not QGuiApplication.clipboard().image().isNull()
    assert chart.save_as("png", tmp_path / "c.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in chart.save_as("svg", tmp_path / "c.svg").read_bytes()[:500]


def test_every_page_has_a_scalable_icon(window):
    for i in range(window.sidebar.count()):
        icon = window.sidebar.item(i).icon()
        assert not icon.isNull()
        assert not icon.pixmap(64, 64).isNull()  # SVG: drawn sharp at a high-DPI size too


def test_hidden_pages_catch_up_when_they_are_shown(window):
    keys = [k for k, _ in window.pages]
    page = dict(window.pages)["customers"]
    window.sidebar.setCurrentRow(keys.index("dashboard"))
    marker = []
    page.rows = marker
    window.state.set_inactive_after(window.state.inactive_after + 30)
    assert page.rows is marker  # hidden: nothing recomputed yet
    window.sidebar.setCurrentRow(keys.index("customers"))
    assert page.rows is not marker and len(page.rows) == window.state.summary().customers
    # The dashboard's quarter trends are computed once per change, not once per page.
    assert window.state.quarterly_trends() is window.state.quarterly_trends()


def test_counts_use_singular_and_plural_in_both_languages(qtbot):
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from core.model import Customer, Dataset, Order, SurveyResponse
    from ui import i18n
    from ui.mainwindow import MainWindow

    make_app([])
    i18n.install("nl")
    state = ShopState()
    state.data = Dataset(customers=[Customer("1")], orders=[Order("1", date(2025, 3, 1), 5.0)],
                         surveys=[SurveyResponse(date(2025, 3, 2), 9)])
    window = MainWindow(state)
    qtbot.addWidget(window)
    state.changed.emit()
    assert window.statusBar().currentMessage().startswith("1 klant · 1 bestelling · 1 enquêteantwoord · ")
    try:
        window.set_language("en")
        QCoreApplication.processEvents()
        assert window.statusBar().currentMessage().startswith("1 customer · 1 order · 1 survey answer · ")
        state.data.orders.append(Order("1", date(2025, 3, 9), 7.0))
        state._recompute()
        assert window.statusBar().currentMessage().startswith("1 customer · 2 orders · 1 survey answer · ")
        for day in range(1232):  # a count the owner reads with a thousands separator, in each language's own
            state.data.orders.append(Order("1", date(2025, 3, 10), float(day)))
        state._recompute()
        assert window.statusBar().currentMessage().startswith("1 customer · 1,234 orders · ")
        window.set_language("nl")
        QCoreApplication.processEvents()
        assert window.statusBar().currentMessage().startswith("1 klant · 1.234 bestellingen · ")
    finally:
        window.set_language("nl")


def test_the_window_fits_the_screen_and_comes_back_into_view(qtbot):

    window = MainWindow(ShopState())
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    window.resize(room.width() + 600, room.height() + 400)
    window.move(room.right() + 2000, room.bottom() + 2000)  # as on a screen that was unplugged
    window.fit_to_screen()
    size = window.frameGeometry()
    assert size.width() <= max(room.width(), window.minimumWidth())
    assert size.height() <= max(room.height(), window.minimumHeight())
    assert room.intersects(window.frameGeometry()) and window.x() >= room.x() and window.y() >= room.y()


def test_drop_a_spreadsheet_f1_help_and_ctrl_f(qtbot, demo_state, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from ui import tasks

    window = MainWindow(demo_state)
    qtbot.addWidget(window)
    window.show()
    window.import_page.child = None  # read in this process, so the test need not wait for a child
    tasks.use_pool(tasks.SyncRunner())
    try:
        sheet = tmp_path / "klanten.csv"
        sheet.write_text("Klantnummer;Naam;Klant sinds\n1;Anna;01-02-2024\n", encoding="utf-8")
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(sheet))])
        event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                           Qt.KeyboardModifier.NoModifier)
        window.dropEvent(event)
        qtbot.waitUntil(lambda: window.import_page.source is not None)
        assert window.stack.currentWidget() is window.import_page
        assert window.import_page.source.path == sheet
        # Something else (a PDF) is not taken.
        other = QMimeData()
        other.setUrls([QUrl.fromLocalFile(str(tmp_path / "rapport.pdf"))])
        assert window._dropped_file(QDropEvent(QPointF(1, 1), Qt.DropAction.CopyAction, other,
                                               Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)) is None
    finally:
        tasks.use_pool(None)
    # F1: every figure's definition with the shop's numbers; Ctrl+F: the customer search.
    text = window.help_text()
    assert "Klantbehoud (CRR)" in text and "NPS" in text and str(demo_state.summary().crr.start) in text
    dialog = window.show_help()
    assert dialog.isVisible()
    dialog.close()
    window.find_action.trigger()
    customers = dict(window.pages)["customers"]
    assert window.stack.currentWidget() is customers and customers.search.hasFocus()


def test_undo_the_last_import_from_the_file_menu(qtbot, tmp_path):
    from core.importing.pipeline import import_file
    from ui.paths import resource_path

    state = ShopState()
    state.new_workspace(tmp_path / "winkel.klantbehoud", "Winkel")
    window = MainWindow(state)
    qtbot.addWidget(window)
    state.import_results([import_file(resource_path("demo", "klanten.csv"))])
    assert len(state.data.customers) == 430
    window.files._update_undo()
    assert window.files.undo_import_action.isEnabled()
    assert window.files.undo_import(confirm=False)
    assert state.data.customers == [] and state.workspace.counts()["customers"] == 0
    window.files._update_undo()
    assert not window.files.undo_import_action.isEnabled()
    state.close()


def test_dates_and_months_read_the_same_way_in_both_languages(qtbot):
    from datetime import date

    from ui import format as fmt
    from ui import i18n

    make_app([])
    try:
        i18n.install("en")
        assert fmt.day(date(2026, 10, 31)) == "31-10-2026"  # as the report and the command line write it
        assert fmt.month(date(2026, 9, 1)) == "Sep 2026"  # three letters, not "Sept"
        i18n.install("nl")
        assert fmt.day(date(2026, 10, 31)) == "31-10-2026" and fmt.month(date(2026, 3, 1)) == "mrt 2026"
    finally:
        i18n.install("nl")


def test_readable_under_a_dark_system_theme(qtbot):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication


    app = make_app([])
    dark = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        dark.setColor(role, QColor("#202124"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        dark.setColor(role, QColor("#f0f0f0"))
    QApplication.setPalette(dark)  # as a dark desktop theme hands it to the app
    make_app([])
    palette = app.palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() > 180
    assert palette.color(QPalette.ColorRole.WindowText).lightness() < 90
    assert palette.color(QPalette.ColorRole.Text).lightness() < 90


def test_a_shop_file_the_system_hands_over_opens(qtbot, demo_state, tmp_path):
    """Finder's double-click (macOS) arrives as a FileOpen event; Windows and Linux pass the file as an argument."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from core.cli import run_import
    from ui.app import shop_argument
    from ui.paths import resource_path

    shop = tmp_path / "Mijn winkel.klantbehoud"
    assert run_import([str(resource_path("demo", "klanten.csv")), "--workspace", str(shop)]) == 0
    window = MainWindow(demo_state)
    qtbot.addWidget(window)
    QCoreApplication.sendEvent(QCoreApplication.instance(), QFileOpenEvent(str(shop)))
    assert demo_state.workspace is not None and demo_state.workspace.path == shop
    assert demo_state.summary().customers == 430
    assert shop_argument(["-platform", "offscreen", str(shop)]) == shop
    assert shop_argument(["rapport.pdf"]) is None
    server = "postgresql://eigenaar@nas/winkel"
    assert shop_argument(["-platform", "offscreen", server]) == server


def test_the_retention_line_and_its_explanation_say_one_and_many_in_both_languages(qtbot):
    """A small shop: 2 customers at the start of 2024, 1 of them stays, 1 new one comes. Each count picks its own words
    ("1 van de 2 bleef", "1 kwam erbij", "1 … kocht opnieuw"), on the dashboard and in the explanation behind it."""
    from datetime import date

    from PySide6.QtCore import QCoreApplication

    from core.metrics.periods import Period
    from core.model import Dataset, Order
    from ui import i18n
    from ui.mainwindow import MainWindow
    from ui.pages.explain import Explainer

    make_app([])
    i18n.install("nl")
    state = ShopState()
    days = {"K1": (date(2022, 3, 1), date(2023, 6, 1), date(2024, 3, 10)), "K2": (date(2022, 3, 2), date(2023, 7, 1)),
            "K3": (date(2024, 5, 1), date(2025, 2, 1))}  # (the data run past the period: its end is known)
    state.data = Dataset(orders=[Order(who, day, 10.0) for who, bought in days.items() for day in bought])
    state.inactive_after = 365
    state.period = Period(date(2024, 1, 1), date(2024, 12, 31))
    window = MainWindow(state)
    qtbot.addWidget(window)
    state._recompute()
    card = window.dashboard.cards["crr"]
    said = {}
    try:
        for lang in ("nl", "en"):
            window.set_language(lang)
            QCoreApplication.processEvents()
            said[lang] = (card.detail.text(), Explainer().explanation("crr", state.summary()),
                          window.dashboard.cards["repeat"].detail.text())
    finally:
        window.set_language("nl")
    line, why, repeat = said["nl"]
    assert line == "1 van de 2 bleef de hele periode; 1 kwam erbij (1 nieuw, 0 teruggewonnen)"
    assert repeat == "1 van de 2 klanten aan het begin kocht opnieuw"
    assert "S = 2 klanten op de dag voor de periode. E = 2 klanten op de laatste dag. N = 1 klant die er" in why
    assert "1 van de 2 klanten aan het begin bleef de hele periode zonder onderbreking." in why
    line, why, repeat = said["en"]
    assert line == "1 of the 2 has stayed all period; 1 has joined (1 new, 0 won back)"
    assert repeat == "1 of the 2 customers at the start has bought again"
    assert "N = 1 customer who joined during it (1 for the first time, 0 won back" in why
