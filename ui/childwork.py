"""One child process for heavy imports: the UI thread keeps the interpreter lock to itself.

``ChildWork.call(fn, *args)`` gives a task function for ``ui.tasks.run_task``: it sends ``fn(*args)`` to
the child, passes the child's progress on, and on Cancel ends the child at once (a new one starts for
the next call).
"""

from __future__ import annotations

import multiprocessing
import queue
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from core.text import QT_TRANSLATE_NOOP, Cancelled, InputError, Problem


class ChildWork:
    """A single-worker process pool, started when first needed."""

    def __init__(self) -> None:
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a Qt process
        self._pool: ProcessPoolExecutor | None = None
        self._queue = None

    def _ensure(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # The readers load with the first import, not with the window (they cost the start ~40 ms).
            from core.importing.session import init_child

            self._queue = self._ctx.Queue(1000)
            self._pool = ProcessPoolExecutor(1, mp_context=self._ctx, initializer=init_child,
                                             initargs=(self._queue,))
        return self._pool

    def stop(self) -> None:
        """End the child now (Cancel, or the window closing)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)

    def call(self, fn: Callable, *args: Any) -> Callable:
        """A task function (progress, cancelled) -> result that runs ``fn(*args)`` in the child."""

        def work(progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
            future = self._ensure().submit(fn, *args)
            while not future.done():
                if cancelled():
                    self.stop()
                    raise Cancelled()
                try:
                    progress(self._queue.get(timeout=0.05))
                except (queue.Empty, OSError, ValueError):
                    time.sleep(0.01)
            try:
                return future.result()
            except BrokenProcessPool:
                self.stop()  # a new child starts for the next call
                raise InputError(Problem(QT_TRANSLATE_NOOP(
                    "core", "Reading the file stopped unexpectedly: it may be damaged or far too large. Open it "
                            "in Excel, save it again and import that copy."))) from None

        return work
