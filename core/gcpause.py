"""Pausing Python's cycle collector around work that makes millions of small objects and no cycles."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc() -> Iterator[None]:
    """Reading a file, storing an import or reading a shop back builds millions of small objects and no cycles;
    the cycle collector only slows that down, and when it runs on a worker it holds the interpreter lock, so
    the window's thread stalls for as long as a full pass takes (0.1 to 2 s).

    Afterwards the objects are frozen out of the collector's sight: otherwise its next full pass walks them
    all. Refcounting still frees them as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()
