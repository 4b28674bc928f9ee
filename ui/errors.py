"""Uncaught errors: the traceback goes to the log file, the owner sees a dialog, the app keeps running."""

from __future__ import annotations

import datetime
import faulthandler
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.paths import log_file

LOG_LIMIT = 512 * 1024  # then the log is moved to klantbehoud.log.1 (one older log is kept)


def write_log(text: str) -> str:
    """Append ``text`` to the log with a time stamp; returns the log's path (or "" if it cannot be written).
    The log is rotated: past LOG_LIMIT it becomes the one older log and a new one starts."""
    path = log_file()
    try:
        if path.exists() and path.stat().st_size > LOG_LIMIT:
            path.replace(path.with_name(path.name + ".1"))
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(f"\n--- {datetime.datetime.now().isoformat(timespec='seconds')} ---\n{text}")
        return str(path)
    except OSError:
        return ""


class _Reporter(QObject):
    """Lives on the main thread; errors from other threads reach it through a queued signal."""

    report = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.report.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.dialogs_shown = 0

    @Slot(str, str)
    def _show(self, summary: str, log_path: str) -> None:
        app = QApplication.instance()
        if app is None or not isinstance(app, QApplication):
            return
        self.dialogs_shown += 1
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Something went wrong"),
                          self.tr("Klantbehoud ran into an unexpected error. Your data is safe; you can carry on."),
                          QMessageBox.StandardButton.Ok, app.activeWindow())
        where = self.tr("The details are in the log file:\n{path}").format(path=log_path) if log_path else ""
        box.setInformativeText(f"{summary}\n\n{where}".strip())
        box.setWindowModality(Qt.WindowModality.ApplicationModal)
        box.open()  # not exec(): a test or a second error must not be blocked by a nested event loop


_reporter: _Reporter | None = None


def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an uncaught exception and show it (from any thread).

    The log gets where it happened and the kind of error, never the error's message: that may quote a
    customer's name or address, and the log is kept on disk (the owner sees the message on screen)."""
    text = "".join(traceback.format_tb(tb)) + f"{exc_type.__module__}.{exc_type.__qualname__}\n"
    path = write_log(text)
    sys.__stderr__ and sys.__stderr__.write(text)
    if _reporter is not None:
        _reporter.report.emit(f"{exc_type.__name__}: {exc}"[:500], path)


_native_log = None  # kept open: faulthandler writes into it when native code (Qt, calamine) crashes


def install() -> _Reporter:
    """Route uncaught errors of the main thread and of worker threads to ``handle``, and a crash in native
    code to the log (faulthandler: the Python stack of every thread at the moment of the crash)."""
    global _reporter, _native_log
    _reporter = _Reporter()
    try:
        _native_log = open(log_file(), "a", encoding="utf-8")  # noqa: SIM115 - open for the whole session
        faulthandler.enable(_native_log, all_threads=True)
    except OSError:
        pass  # without a writable log the app still runs
    sys.excepthook = handle
    threading.excepthook = lambda args: handle(args.exc_type, args.exc_value, args.exc_traceback)
    return _reporter
