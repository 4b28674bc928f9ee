"""How long the window's thread goes without turning its event loop while some work runs."""

from __future__ import annotations

import time
from collections.abc import Callable


def watched(app, start_work: Callable[[], object], done: Callable[[], bool], limit: float = 300) -> tuple[float, str]:
    """Run ``start_work()`` and the event loop until ``done()``, a 10 ms timer ticking on the UI thread; the
    seconds it took and what the timer saw (the longest gap is the worst stall an owner would feel)."""
    from PySide6.QtCore import QTimer

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    last[0] = start = time.perf_counter()
    start_work()
    while not done() and time.perf_counter() - start < limit:
        app.processEvents()
        time.sleep(0.001)
    took = time.perf_counter() - start
    gaps.append(time.perf_counter() - last[0])  # work done in line ends without a tick: its gap counts too
    timer.stop()
    over = sum(1 for g in gaps if g > 0.1)
    return took, (f"UI thread: {len(gaps)} ticks, longest gap {max(gaps, default=0) * 1000:.0f} ms, gaps over "
                  f"100 ms: {over} (goal: none)")
