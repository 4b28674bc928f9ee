"""The main window as an owner meets it: demo shop, figures on the cards, language switch, errors."""

import threading

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import errors, settings
from ui.app import make_app
from ui.mainwindow import MainWindow
from ui.state import ShopState


@pytest.fixture
def window(qtbot):
    make_app([])
    settings.put(settings.LANGUAGE, "nl")
    from ui import i18n

    i18n.install("nl")
    state = ShopState()
    state.load_demo()
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


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


def test_refused_file_keeps_the_current_data(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    before = window.state.summary().customers
    bad = tmp_path / "klanten.xlsx"
    bad.write_bytes(b"<html><table></table></html>")
    assert window.load_files([bad]) is False
    assert window.state.summary().customers == before and window.state.is_demo
    assert "webpagina" in shown[0] and "klanten.xlsx" in shown[0]


def test_opening_a_file_replaces_the_data_and_remembers_it(window, tmp_path):
    f = tmp_path / "klanten.csv"
    f.write_text("Klantnummer;Klant sinds\n1;01-01-2024\n2;01-02-2024\n", encoding="utf-8")
    assert window.load_files([f])
    assert window.state.summary().customers == 2 and not window.state.is_demo
    assert settings.get(settings.RECENT_FILES)[0] == str(f)
    assert window.recent_menu.actions()[0].text() == "klanten.csv"


def test_uncaught_error_is_logged_and_shown_and_the_app_keeps_running(window, qtbot):
    reporter = errors._reporter
    shown_before = reporter.dialogs_shown
    try:
        raise RuntimeError("kapot")
    except RuntimeError as exc:
        errors.handle(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: reporter.dialogs_shown == shown_before + 1)
    log = errors.log_file().read_text(encoding="utf-8")
    assert "RuntimeError: kapot" in log
    # From a worker thread too: the dialog is shown on the main thread.
    t = threading.Thread(target=lambda: (_ for _ in ()).throw(ValueError("in een thread")))
    t.start()
    t.join()
    qtbot.waitUntil(lambda: reporter.dialogs_shown == shown_before + 2)
    assert "ValueError: in een thread" in errors.log_file().read_text(encoding="utf-8")
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            assert QCoreApplication.translate("_Reporter", "Something went wrong") == "Er ging iets mis"
            w.close()
    assert window.isVisible()
