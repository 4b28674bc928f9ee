"""A big shop's figures for a changed setting (period, window, branch) are computed on a worker: the window never
stops for them, the pages wait faded with a sentence in the period bar, and the last choice always wins."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

from core.importing.pipeline import import_file
from core.metrics.periods import Period
from core.metrics.summary import summarize_dataset
from core.store import StoreError, Workspace
from ui import figures as figures_module
from ui import i18n, tasks
from ui.app import make_app
from ui.mainwindow import MainWindow
from ui.state import ShopState


@pytest.fixture
def opened(qtbot, tmp_path):
    """``opened(background_from)``: a shop of 400 customers in two branches over 2022–2025, opened (with real
    threads) in a state that computes the figures of ``background_from`` orders and more on a worker, its first
    figures in; no prediction fit until a test releases it (these tests are about the figures). Closed after."""
    make_app([])
    tasks.use_pool(None)
    lines = ["Klantnummer;Besteldatum;Bedrag;Ordernummer;Filiaal"]
    lines += [f"K{1 + i % 400:04d};{1 + i % 28:02d}-{1 + (i // 28) % 12:02d}-{2022 + i % 4};{10 + i % 90},50;W{i};"
              f"{'Noord' if i % 400 < 150 else 'Zuid'}" for i in range(3000)]
    csv = tmp_path / "bestellingen.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8")
    path = tmp_path / "winkel.klantbehoud"
    with Workspace.create(path, "Winkel") as ws:
        ws.apply_import(import_file(csv))
    states: list[ShopState] = []

    def open_shop(background_from: int) -> ShopState:
        state = ShopState()
        states.append(state)
        state.background_from = background_from
        state.hold_background()
        state.open_workspace(path)
        qtbot.waitUntil(lambda: not state.busy, timeout=30000)
        return state

    yield open_shop
    for state in states:
        state.close()


def _damaged_copy(path: Path) -> Path:
    """A copy of the shop file beside it whose first block of orders has days that are not days."""
    damaged = path.with_name("kapot.klantbehoud")
    damaged.write_bytes(path.read_bytes())
    with sqlite3.connect(damaged) as c:
        c.execute("UPDATE order_blocks SET day = 'gisteren' WHERE id = 1")
    return damaged


def _threads(monkeypatch) -> list[int]:
    """The thread of every summary the pages' figures are made from."""
    where: list[int] = []

    def watched(*args, **kwargs):
        where.append(threading.get_ident())
        return summarize_dataset(*args, **kwargs)

    monkeypatch.setattr(figures_module, "summarize_dataset", watched)
    return where


def test_a_changed_period_is_summed_up_on_a_worker_while_the_pages_wait(qtbot, opened, monkeypatch):
    state = opened(background_from=1)
    i18n.install("nl")
    window = MainWindow(state)
    qtbot.addWidget(window)
    where = _threads(monkeypatch)
    busy: list[bool] = []
    state.busy_changed.connect(busy.append)
    year = Period(date(2024, 1, 1), date(2024, 12, 31))
    with qtbot.waitSignal(state.changed, timeout=30000):
        state.set_period(year)
        # Waiting: the pages faded, the bar says why; nothing was computed on the window's thread.
        assert state.busy and not window.veil.isHidden() and not window.dashboard.isEnabled()
        assert window.veil.geometry() == window.stack.rect()
        assert not window.period_bar.busy.isHidden() and window.period_bar.busy.text() == (
            "De cijfers worden uitgerekend…")
    assert busy == [True, False] and not state.busy and window.veil.isHidden()
    assert window.dashboard.isEnabled()
    assert window.period_bar.busy.isHidden()
    assert where and threading.get_ident() not in where
    expected = summarize_dataset(state.data, state.inactive_after, year, predict_now=False)
    got = state.summary()
    assert got.period == year and got.crr == expected.crr and got.crr.start and len(state.customer_rows()) == 400


def test_the_last_of_quick_changes_wins(qtbot, opened):
    """Three settings changed before the first worker is done: the pages end on the last, never on an earlier."""
    state = opened(background_from=1)
    state.set_period(Period(date(2024, 3, 1), date(2024, 9, 30)))
    state.set_inactive_after(120)
    state.set_branch("Noord")
    qtbot.waitUntil(lambda: not state.busy, timeout=30000)
    got = state.summary()
    expected = summarize_dataset(state.data, 120, Period(date(2024, 3, 1), date(2024, 9, 30)), predict_now=False)
    assert state.branch == "Noord" and got.customers == 150 == expected.customers
    assert got.crr == expected.crr and got.crr.start and got.period == expected.period
    assert got.inactive_after == 120


def test_a_small_shop_is_summed_up_at_once_without_a_flash_of_grey(qtbot, opened, monkeypatch):
    state = opened(background_from=100_000)
    where = _threads(monkeypatch)
    busy: list[bool] = []
    state.busy_changed.connect(busy.append)
    state.set_inactive_after(200)
    assert not state.busy and busy == []
    assert state.summary().inactive_after == 200 and where == []  # computed when asked, on this thread


def test_a_period_changed_during_the_fit_ends_with_the_predictions_and_the_new_period(qtbot, opened):
    state = opened(background_from=1)
    state.release_background()  # the fit starts beside the figures
    state.set_period(Period(date(2024, 1, 1), date(2024, 12, 31)))
    qtbot.waitUntil(lambda: not state.busy and state.predictions() is not None, timeout=60000)
    got = state.summary()
    assert got.period == Period(date(2024, 1, 1), date(2024, 12, 31))
    assert got.predictions is state.predictions() and got.crr == summarize_dataset(
        state.data, state.inactive_after, got.period, predict_now=False).crr


def test_a_shop_is_read_off_the_window_thread_while_the_window_paints(qtbot, opened, monkeypatch):
    """Opening a big shop reads it on a thread of its own: the window's timers keep running meanwhile, the
    owner's clicks wait, and a damaged shop is still refused with its sentence while the open one stays open."""
    from PySide6.QtCore import QTimer

    from core.store import workspace as workspace_module
    from core.store.backups import backup_folder, list_backups
    from ui.paths import data_dir

    state = opened(background_from=100_000)
    path = state.workspace.path
    main = threading.get_ident()
    readers: list[int] = []
    ticks: list[int] = []
    read = workspace_module.Workspace.dataset

    waiting: list[bool] = []

    def slow_read(ws):
        readers.append(threading.get_ident())
        waiting.append(state.busy)  # the pages wait faded while the shop is read
        threading.Event().wait(0.3)  # a big shop: the window must tick meanwhile
        return read(ws)

    monkeypatch.setattr(workspace_module.Workspace, "dataset", slow_read)
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    folder = backup_folder(path, data_dir() / "backups")
    for made in list_backups(path, folder):  # made when the shop was first opened: made again now
        made.unlink()
    state.open_workspace(path)
    timer.stop()
    assert len(list_backups(path, folder)) == 1  # today's copy, made beside the read
    assert readers and main not in readers and len(ticks) >= 5 and waiting == [True] and not state.busy
    assert len(state.data.orders) == 3000 and state.summary().customers == 400

    damaged = _damaged_copy(path)
    with pytest.raises(StoreError) as info:
        state.open_workspace(damaged)
    assert "damaged" in info.value.problem.render() and "kapot.klantbehoud" in info.value.problem.render()
    assert state.workspace.path == path and len(state.data.orders) == 3000


def test_a_shop_that_cannot_be_opened_leaves_the_open_one_with_its_figures(qtbot, opened):
    """A change's figures still on their way when another shop is refused: they come for the shop that stays."""
    state = opened(background_from=1)
    damaged = _damaged_copy(state.workspace.path)
    year = Period(date(2024, 1, 1), date(2024, 12, 31))
    state.set_period(year)
    assert state.busy
    with pytest.raises(StoreError):
        state.open_workspace(damaged)
    qtbot.waitUntil(lambda: not state.busy, timeout=30000)
    assert state.summary().period == year and state.workspace.path.name == "winkel.klantbehoud"


def test_a_big_chains_branch_is_taken_apart_on_a_worker(qtbot, opened, monkeypatch):
    """Picking one branch of a big chain: its part of the data (0.4 s for a million orders) and its figures are
    made on a worker; the pages then show that branch only."""
    from ui import state as state_module

    state = opened(background_from=1)
    taken: list[int] = []
    part = state_module.for_branch

    def watched(data, branch):
        taken.append(threading.get_ident())
        return part(data, branch)

    monkeypatch.setattr(state_module, "for_branch", watched)
    state.set_branch("Zuid")
    assert state.busy and threading.get_ident() not in taken
    qtbot.waitUntil(lambda: not state.busy, timeout=30000)
    assert taken and threading.get_ident() not in taken
    assert state.branch == "Zuid" and {o.branch for o in state.data.orders} == {"Zuid"}
    assert state.summary().customers == 250 and len(state.customer_rows()) == 250
    state.set_branch(None)  # all of them again: nothing to take apart
    qtbot.waitUntil(lambda: not state.busy, timeout=30000)
    assert state.summary().customers == 400 and len(taken) == 1
