"""Running long work off the UI thread, with progress, Cancel and no flicker for quick work.

``run_task(fn, on_done, on_error, parent)`` calls ``fn(progress, cancelled)`` on a worker thread. The
result or the exception arrives on the main thread through a queued signal. A busy cursor appears
after 300 ms and a progress dialog with Cancel after 600 ms, so quick work never flashes a dialog.
Tests can swap the thread pool for ``SyncRunner`` to run tasks in line.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from core.text import Cancelled

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(float)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event):
        super().__init__()
        self.work, self.signals, self.cancel = work, signals, cancel
        self._last = -1.0

    def _progress(self, fraction: float) -> None:
        # At most a hundred updates: a flood of signals would stall the UI thread.
        if fraction - self._last >= 0.01 or fraction >= 1.0:
            self._last = fraction
            _tell(self.signals.progress, fraction)

    def run(self) -> None:
        try:
            result = self.work(self._progress, self.cancel.is_set)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the main thread
            _tell(self.signals.failed, exc)
        else:
            _tell(self.signals.done, result)


def _tell(signal: Any, value: Any) -> None:
    """Emit from the worker; when the task's owner is gone (a page closed with the window while its work ran),
    there is nobody left to tell and nothing to report."""
    try:
        signal.emit(value)
    except RuntimeError:
        pass


class SyncRunner:
    """Runs tasks in line (for tests): same callbacks, no threads."""

    def start(self, runnable: QRunnable) -> None:
        """Run now."""
        runnable.run()


class Task(QObject):
    """One running piece of work; ``cancel()`` asks it to stop (it raises Cancelled within a second)."""

    finished = Signal()

    def __init__(self, work: Work, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 parent: QWidget | None, label: str, pool=None):
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.signals = _Signals()
        self.signals.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self.signals.progress.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.on_done, self.on_error = on_done, on_error
        self.label, self.parent_widget = label, parent
        self.dialog: QProgressDialog | None = None
        self.running = True
        self._cursor = False
        self._fraction = 0.0
        QTimer.singleShot(300, self._busy_cursor)
        QTimer.singleShot(600, self._show_dialog)
        (pool or QThreadPool.globalInstance()).start(_Runnable(work, self.signals, self.cancel_event))

    def cancel(self) -> None:
        """Ask the work to stop."""
        self.cancel_event.set()

    def _busy_cursor(self) -> None:
        if self.running and not self._cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self._cursor = True

    def _show_dialog(self) -> None:
        if not self.running:
            return
        # A moving bar until the work says how far it is (reading a workbook is one long step).
        self.dialog = QProgressDialog(self.label, self.tr("Cancel"), 0, 100 if self._fraction else 0,
                                      self.parent_widget)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        if self._fraction:
            self.dialog.setValue(int(self._fraction * 100))
        self.dialog.canceled.connect(self.cancel)
        self.dialog.show()

    @Slot(float)
    def _progress(self, fraction: float) -> None:
        self._fraction = fraction
        if self.dialog:
            if fraction and self.dialog.maximum() == 0:
                self.dialog.setRange(0, 100)
            if self.dialog.maximum():
                self.dialog.setValue(int(fraction * 100))

    def _end(self) -> None:
        self.running = False
        if self._cursor:
            QGuiApplication.restoreOverrideCursor()
            self._cursor = False
        if self.dialog:
            self.dialog.reset()
            self.dialog.close()
            self.dialog = None

    @Slot(object)
    def _done(self, result: Any) -> None:
        self._end()
        self.on_done(result)
        self.finished.emit()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        self._end()
        if not isinstance(exc, Cancelled):
            self.on_error(exc)
        self.finished.emit()


_pool_override = None


def use_pool(pool) -> None:
    """Tests: ``use_pool(SyncRunner())`` runs every task in line; ``use_pool(None)`` restores threads."""
    global _pool_override
    _pool_override = pool


class QuietTask(QObject):
    """Background work the owner never has to think about: no cursor, no dialog; the result or the failure
    arrives on the main thread. ``cancel()`` asks it to stop."""

    def __init__(self, work: Work, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                 parent: QObject | None = None, pool=None):
        super().__init__(parent)
        self.cancel_event = threading.Event()
        self.signals = _Signals()
        self.signals.done.connect(on_done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(
            lambda exc: None if isinstance(exc, Cancelled) else on_error(exc), Qt.ConnectionType.QueuedConnection)
        (pool or QThreadPool.globalInstance()).start(_Runnable(work, self.signals, self.cancel_event))

    def cancel(self) -> None:
        """Ask the work to stop."""
        self.cancel_event.set()


def run_quietly(work: Work, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
                parent: QObject | None = None) -> QuietTask:
    """Start ``work`` off the UI thread without any busy sign (for work the window never waits on)."""
    return QuietTask(work, on_done, on_error, parent, _pool_override)


@contextmanager
def busy_cursor(shape: Qt.CursorShape = Qt.CursorShape.BusyCursor) -> Iterator[None]:
    """The busy (or wait) cursor over the whole app while the block runs."""
    QGuiApplication.setOverrideCursor(shape)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def wait_for(work: Callable[[], Any]) -> Any:
    """``work()`` on a thread of its own while the window keeps painting and its timers run; the owner's clicks
    and keys wait until it is done (the caller goes on with the result, as if it had run in line). For work the
    window cannot go on without but that takes seconds on a big shop (reading a million orders: 3 s). Its own
    thread, not the pool: a fit and a figures job may hold every pool thread for seconds."""
    if _pool_override is not None:  # tests that run everything in line
        return work()
    out: dict[str, Any] = {}
    loop = QEventLoop()
    signals = _Signals()
    signals.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            out["result"] = work()
        except BaseException as exc:  # noqa: BLE001 - raised again on the window's thread
            out["error"] = exc
        signals.done.emit(None)

    thread = threading.Thread(target=run, name="klantbehoud-wait", daemon=True)
    with busy_cursor(Qt.CursorShape.WaitCursor):
        thread.start()
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        thread.join()
    if "error" in out:
        raise out["error"]
    return out["result"]


def run_task(work: Work, on_done: Callable[[Any], None], on_error: Callable[[BaseException], None],
             parent: QWidget | None = None, label: str = "") -> Task:
    """Start ``work`` off the UI thread."""
    return Task(work, on_done, on_error, parent, label, _pool_override)
