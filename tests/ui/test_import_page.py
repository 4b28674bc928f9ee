"""The import wizard driven as an owner would: file → mapping → problems → import."""

from datetime import date

import openpyxl
import pytest

from ui import tasks
from ui.app import make_app
from ui.pages.importpage import ImportPage
from ui.state import ShopState


@pytest.fixture
def page(qtbot, tmp_path):
    make_app([])
    from ui import i18n

    i18n.install("nl")
    tasks.use_pool(tasks.SyncRunner())  # run the background work in line
    state = ShopState()
    state.new_workspace(tmp_path / "winkel.klantbehoud", "Winkel")
    p = ImportPage(state, use_child=False)
    qtbot.addWidget(p)
    p.show()
    yield p
    tasks.use_pool(None)
    state.close()


def _xlsx(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Klantenbestand"])
    ws.append(["Nr", "Naam", "Lid sinds", "Herkomst klant", "Opmerking"])
    ws.append(["001", "Anna", date(2023, 5, 1), "via vriendin", "vaste klant"])
    ws.append(["002", "Bram", "31-02-2024", "Google", ""])
    path = tmp_path / "leden.xlsx"
    wb.save(path)
    return path


def test_owner_fixes_the_mapping_sees_the_problems_and_imports(page, qtbot, tmp_path):
    page.open_file(_xlsx(tmp_path))
    qtbot.waitUntil(lambda: page.result is not None)
    # "Nr" and "Herkomst klant" are not known names: the owner picks them.
    assert page.combos[0].currentData() == ""
    page.combos[0].setCurrentIndex(page.combos[0].findData("customer_id"))
    page.combos[3].setCurrentIndex(page.combos[3].findData("source"))
    page.check()
    qtbot.waitUntil(lambda: page.result is not None and page.result.mapping.get(0) == "customer_id")
    assert page.combos[2].currentData() == "since"
    assert page.combos[0].currentText() == "Klantnummer"  # the field names are Dutch
    assert "2 rijen gelezen: 2 geïmporteerd" in page.summary.text()
    assert "rij 4" in page.problems.toPlainText() and "31-02-2024" in page.problems.toPlainText()
    assert page.preview_model.rowCount() == 2 and page.import_button.isEnabled()
    with qtbot.waitSignal(page.imported):
        page.import_button.click()
    assert page.state.workspace.counts()["customers"] == 2
    assert {c.source for c in page.state.data.customers} == {"via vriendin", "Google"}
    # The same layout next time: the owner's mapping comes back by itself.
    page.open_file(_xlsx(tmp_path))
    qtbot.waitUntil(lambda: page.result is not None and page.combos[0].currentData() == "customer_id")
    assert page.combos[3].currentData() == "source"


def test_refused_file_is_explained_and_nothing_is_stored(page, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    bad = tmp_path / "klanten.xlsx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le") + b"\0" * 600)
    page.open_file(bad)
    qtbot.waitUntil(lambda: bool(shown))
    assert "wachtwoord" in shown[0] and "wachtwoord" in page.summary.text()
    assert not page.import_button.isEnabled()
    assert page.state.workspace.counts()["customers"] == 0


def test_csv_separator_can_be_overridden(page, qtbot, tmp_path):
    f = tmp_path / "k.csv"
    f.write_text("Klantnummer|Naam\n1|Anna\n", encoding="utf-8")
    page.open_file(f)
    qtbot.waitUntil(lambda: page.result is not None)
    assert page.delimiter.isVisible() and page.source.info.delimiter == "|"
    page.result = None
    page.delimiter.setCurrentIndex(page.delimiter.findData(";"))
    page._reread()
    qtbot.waitUntil(lambda: page.source.info.delimiter == ";")


def test_wide_exports_show_only_the_columns_in_use_until_asked(page, qtbot, tmp_path):
    headers = ["Klantnummer", "Naam", "Klant sinds"] + [f"Extra {i}" for i in range(17)]
    f = tmp_path / "breed.csv"
    f.write_text(";".join(headers) + "\n" + ";".join(["1", "Anna", "01-02-2024"] + ["x"] * 17) + "\n",
                 encoding="utf-8")
    page.open_file(f)
    qtbot.waitUntil(lambda: page.result is not None)
    assert page.used_only.isVisible() and page.used_only.isChecked()
    shown = [row for row in range(20) if page.mapping_form.isRowVisible(row)]
    assert shown == [0, 1, 2] and page.preview.isColumnHidden(5)
    page.used_only.setChecked(False)
    assert all(page.mapping_form.isRowVisible(row) for row in range(20)) and not page.preview.isColumnHidden(5)


def test_switching_the_kind_of_table_moves_dates_and_amounts_along(page, qtbot, tmp_path):
    f = tmp_path / "verkoop.csv"
    f.write_text("Datum;Klant;Omzet\n01-03-2024;Anna;12,50\n05-03-2024;Bram;7,00\n09-04-2024;Anna;20,00\n",
                 encoding="utf-8")
    page.open_file(f)
    qtbot.waitUntil(lambda: page.result is not None)
    assert page.kind.currentData() == "orders" and page.mapping() == {0: "order_date", 1: "name", 2: "amount"}
    page.result = None
    page.kind.setCurrentIndex(page.kind.findData("customers"))
    page.kind.activated.emit(page.kind.currentIndex())
    qtbot.waitUntil(lambda: page.result is not None)
    assert page.mapping() == {0: "since", 1: "name", 2: "total_spent"}
    assert page.result.kind == "customers"


def test_cancel_stops_the_work_and_reports_nothing(qtbot):
    make_app([])
    tasks.use_pool(None)
    done, failed = [], []

    def work(progress, cancelled):
        import time

        from core.text import Cancelled

        for _ in range(200):
            if cancelled():
                raise Cancelled()
            time.sleep(0.01)
        return "finished"

    task = tasks.run_task(work, done.append, failed.append, None, "…")
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass
    assert done == [] and failed == []


def test_progress_bar_moves_until_the_work_says_how_far_it_is(qtbot):
    import threading

    make_app([])
    tasks.use_pool(None)
    release, reported = threading.Event(), threading.Event()

    def work(progress, cancelled):
        reported.wait(10)
        progress(0.4)
        release.wait(10)
        return "done"

    task = tasks.run_task(work, lambda _r: None, lambda _e: None, None, "…")
    qtbot.waitUntil(lambda: task.dialog is not None, timeout=5000)
    assert task.dialog.maximum() == 0  # a busy bar: nothing measured yet
    reported.set()
    qtbot.waitUntil(lambda: task.dialog.maximum() == 100 and task.dialog.value() == 40, timeout=5000)
    release.set()
    with qtbot.waitSignal(task.finished, timeout=5000):
        pass


def test_a_child_that_dies_becomes_a_message_and_the_next_call_works(qtbot):
    import math
    import os

    from core.importing.child import ReadingChild
    from core.text import InputError

    child = ReadingChild()
    try:
        with pytest.raises(InputError) as info:
            child.call("groot.xlsx", os.abort)(lambda _f: None, lambda: False)  # as calamine does out of memory
        assert info.value.problem.render().startswith("Reading groot.xlsx stopped unexpectedly")
        assert child.call("k.csv", math.sqrt, 16.0)(lambda _f: None, lambda: False) == 4.0
    finally:
        child.stop()


def test_big_work_runs_in_a_child_process(qtbot, tmp_path):
    """The real set-up: reading and checking happen in a child; only light data comes back."""
    make_app([])
    tasks.use_pool(None)
    state = ShopState()
    state.new_workspace(tmp_path / "w.klantbehoud", "Winkel")
    page = ImportPage(state)
    qtbot.addWidget(page)
    try:
        f = tmp_path / "k.csv"
        f.write_text("Klantnummer;Naam\n" + "".join(f"{i};Klant {i}\n" for i in range(500)), encoding="utf-8")
        page.open_file(f)
        qtbot.waitUntil(lambda: page.result is not None, timeout=60000)
        assert page.result.accepted == 500
        assert len(page.source.rows) < 100  # the parent holds only what the preview needs
        with qtbot.waitSignal(page.imported, timeout=10000):
            page.import_button.click()
        assert state.workspace.counts()["customers"] == 500
        bad = tmp_path / "x.xlsx"
        bad.write_bytes(b"<html></html>")
        from PySide6.QtWidgets import QMessageBox

        shown = []
        import unittest.mock as mock

        with mock.patch.object(QMessageBox, "warning", lambda *a: shown.append(a[2])):
            page.open_file(bad)
            qtbot.waitUntil(lambda: bool(shown), timeout=60000)
        assert "webpagina" in shown[0] or "web page" in shown[0]
    finally:
        page.child.stop()
        state.close()


@pytest.mark.parametrize(("answer", "stored"), [("No", 0), ("Yes", 3)])
def test_star_ratings_are_asked_about_before_they_count_as_nps(page, qtbot, tmp_path, monkeypatch, answer, stored):
    from PySide6.QtWidgets import QMessageBox

    f = tmp_path / "sterren.csv"
    f.write_text("Datum;Score\n01-03-2025;5\n02-03-2025;4\n03-03-2025;5\n", encoding="utf-8")
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: asked.append(a[2]) or getattr(QMessageBox.StandardButton, answer))
    page.open_file(f)
    qtbot.waitUntil(lambda: page.result is not None)
    assert "1 tot 5 sterren" in page.problems.toPlainText()
    with qtbot.waitSignal(page.imported):
        page.import_button.click()
    assert asked and "0 tot 10" in asked[0]
    assert len(page.state.data.surveys) == stored


def _many_orders(tmp_path, n):
    lines = ["Klantnummer;Besteldatum;Bedrag;Ordernummer"]
    lines += [f"K{1 + i % 400:04d};{1 + i % 28:02d}-{1 + (i // 28) % 12:02d}-2025;{10 + i % 90},50;W{i}"
              for i in range(n)]
    path = tmp_path / "bestellingen.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_storing_runs_off_the_window_thread_and_cancel_keeps_the_shop(qtbot, tmp_path):
    """The store happens on a worker: the window keeps handling events meanwhile; Cancel stores nothing."""
    import threading

    from PySide6.QtCore import QTimer

    from core.store.merge import CHUNK

    make_app([])
    from ui import i18n

    i18n.install("nl")
    tasks.use_pool(None)  # real threads
    state = ShopState()
    state.new_workspace(tmp_path / "winkel.klantbehoud", "Winkel")
    page = ImportPage(state, use_child=False)
    qtbot.addWidget(page)
    page.show()
    try:
        page.open_file(_many_orders(tmp_path, CHUNK * 3))
        qtbot.waitUntil(lambda: page.result is not None and page.import_button.isEnabled(), timeout=60000)
        # Cancel (the dialog's button does this) straight away: nothing is stored, the import can be tried again.
        page.import_button.click()
        task = page.task
        assert task is not None and task.running
        task.cancel()
        with qtbot.waitSignal(task.finished, timeout=60000):
            pass
        assert state.workspace.counts()["orders"] == 0 and state.data.orders == []
        assert page.import_button.isEnabled() and page.summary.text() == "Import geannuleerd: er is niets opgeslagen."
        # Again, to the end, on a worker thread: the window's own timer keeps running meanwhile.
        main = threading.get_ident()
        ticks, stores = [], []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(5)
        apply = state.workspace.apply_import
        state.workspace.apply_import = lambda *a, **k: (stores.append(threading.get_ident()), apply(*a, **k))[1]
        with qtbot.waitSignal(page.imported, timeout=60000):
            page.import_button.click()
        timer.stop()
        assert stores and stores[0] != main and ticks
        assert state.workspace.counts()["orders"] == CHUNK * 3 and len(state.data.orders) == CHUNK * 3
    finally:
        state.close()


def test_closing_the_shop_while_it_stores_rolls_the_import_back_first(qtbot, tmp_path):
    from core.store import Workspace
    from core.store.merge import CHUNK

    make_app([])
    tasks.use_pool(None)  # real threads
    state = ShopState()
    path = tmp_path / "winkel.klantbehoud"
    state.new_workspace(path, "Winkel")
    page = ImportPage(state, use_child=False)
    qtbot.addWidget(page)
    page.open_file(_many_orders(tmp_path, CHUNK * 3))
    qtbot.waitUntil(lambda: page.result is not None and page.import_button.isEnabled(), timeout=60000)
    page.import_button.click()
    state.close()  # as closing the window does, while the worker stores
    qtbot.waitUntil(lambda: not page.task.running, timeout=60000)
    with Workspace.open(path) as ws:  # the lock was given back, and nothing half-stored is in the file
        assert ws.counts()["orders"] in (0, CHUNK * 3)


def test_the_figures_of_a_stored_import_are_summed_up_off_the_window_thread(qtbot, tmp_path, monkeypatch):
    """A million orders take seconds to sum up: after an import, the figures (with and without the predictions)
    are computed where the shop was read back, and the window only shows them."""
    import threading

    from core.metrics.customers import customer_rows
    from core.metrics.summary import summarize_dataset
    from ui import figures as figures_module
    from ui import state as state_module

    make_app([])
    tasks.use_pool(None)  # real threads
    where: list[int] = []

    def watched(*args, **kwargs):
        where.append(threading.get_ident())
        return summarize_dataset(*args, **kwargs)

    listed: list[int] = []

    def listing(*args, **kwargs):
        listed.append(threading.get_ident())
        return customer_rows(*args, **kwargs)

    for module in (state_module, figures_module):
        monkeypatch.setattr(module, "summarize_dataset", watched)
        monkeypatch.setattr(module, "customer_rows", listing)
    state = ShopState()
    state.new_workspace(tmp_path / "winkel.klantbehoud", "Winkel")
    page = ImportPage(state, use_child=False)
    qtbot.addWidget(page)
    try:
        page.open_file(_many_orders(tmp_path, 3000))
        qtbot.waitUntil(lambda: page.result is not None and page.import_button.isEnabled(), timeout=60000)
        where.clear()  # the empty shop's figures before the import do not count
        listed.clear()
        with qtbot.waitSignal(page.imported, timeout=60000):
            page.import_button.click()
        qtbot.waitUntil(lambda: state.predictions() is not None, timeout=60000)
        summary = state.summary()
        trends = state.quarterly_trends()
        rows = state.customer_rows()
        main = threading.get_ident()
        assert len(where) == 2 and main not in where  # once when stored, once with the predictions
        assert len(listed) == 2 and main not in listed and len(rows) == 400
        assert summary.customers == 400 and summary.predictions is state.predictions() and trends["crr"]
        state.set_period(summary.period)  # a small shop's figures for a changed setting: at once, as before
        state.summary()
        assert where[-1] == main
    finally:
        state.close()
