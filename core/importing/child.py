"""One child process for reading files, the same for the window and the command line.

Reading runs in a child process for two reasons: calamine ends the whole process (a Rust abort, not an
exception) when a sheet's grid does not fit in memory, and the window's thread keeps the interpreter lock to
itself while a big file is read. ``ReadingChild.run`` sends ``fn(*args)`` to a single child (started when first
needed, by spawning: no fork of a Qt process), passes its progress on, ends it at once on Cancel, and turns a child
that died into one sentence naming the file; a new child starts for the next call.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from core.text import QT_TRANSLATE_NOOP, Cancelled, InputError, Problem

_progress_queue = None


def _init_child(progress_queue) -> None:
    """Runs once in the child: where progress goes; calamine's last words on an abort are for developers, not
    for the owner's terminal."""
    global _progress_queue
    _progress_queue = progress_queue
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)


def report_progress(fraction: float) -> None:
    """In the child: tell the parent how far the work is (a full or closed queue only loses a tick)."""
    if _progress_queue is not None:
        try:
            _progress_queue.put_nowait(fraction)
        except Exception:  # noqa: BLE001
            pass


def stopped(file: str) -> InputError:
    """The sentence for a child that died while reading ``file``."""
    return InputError(Problem(QT_TRANSLATE_NOOP(
        "core", "Reading {file} stopped unexpectedly: it may be damaged or far too large. Open it in Excel, save "
                "it again and import that copy."), {"file": file}))


class ReadingChild:
    """A single-worker process pool for reading, started when first needed."""

    def __init__(self) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self._pool: ProcessPoolExecutor | None = None
        self._queue = None
        self._lock = threading.Lock()  # two threads may ask for the child at once (the report's images and its PDF)

    def __enter__(self) -> ReadingChild:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _ensure(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._pool is None:
                self._queue = self._ctx.Queue(1000)
                self._pool = ProcessPoolExecutor(1, mp_context=self._ctx, initializer=_init_child,
                                                 initargs=(self._queue,))
            return self._pool

    def stop(self) -> None:
        """End the child now (Cancel, the window closing, the command done)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.terminate()
        # Waited for (the terminated child is gone at once): the pool's own thread then closes its wake-up pipe before
        # this returns. Left running, it could close the pipe while Python 3.11's exit handler writes to it — a
        # "Bad file descriptor" traceback after a command that had already said its sentence.
        pool.shutdown(wait=True, cancel_futures=True)

    def run(self, file: str, fn: Callable, *args: Any, progress: Callable[[float], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> Any:
        """``fn(*args)`` in the child, reading ``file`` (its name is in the sentence if the child dies);
        ``progress`` gets what the child reports, ``cancelled`` ends the child and raises Cancelled."""
        future = self._ensure().submit(fn, *args)
        while not future.done():
            if cancelled is not None and cancelled():
                self.stop()
                raise Cancelled()
            try:
                fraction = self._queue.get(timeout=0.05)
            except (queue.Empty, OSError, ValueError):
                time.sleep(0.01)
            else:
                if progress is not None:
                    progress(fraction)
        try:
            return future.result()
        except BrokenProcessPool:
            self.stop()  # a new child starts for the next call
            raise self.died(file) from None

    def died(self, file: str) -> InputError:
        """What the owner is told when the child died while working on ``file``."""
        return stopped(file)

    def call(self, file: str, fn: Callable, *args: Any) -> Callable[[Callable[[float], None], Callable[[], bool]],
                                                                     Any]:
        """``run`` as a task function (progress, cancelled) -> result, for the window's task runner."""
        return lambda progress, cancelled: self.run(file, fn, *args, progress=progress, cancelled=cancelled)
