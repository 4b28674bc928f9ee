"""Runs the command line verbs with Qt's translator, so messages follow the chosen language.

Qt is imported after the verb's own code: once imported, PySide6 stands in for ``import`` and reads the source of
every module imported after it (to see whether it asks for PySide6's ``__feature__`` options), which made loading
the figures' code and scipy's optimizer 0.15 s slower for ``main.py metrics``.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from ui.paths import remember_fits


def _load_ahead(verb: str, rest: list[str]) -> None:
    """Import the verb's code (for ``metrics`` on a big export: start loading scipy's optimizer) before Qt."""
    if verb in ("metrics", "import"):
        from core import cli

        if verb == "metrics":
            cli.load_ahead(rest)
    elif verb == "report":
        import core.report.cli  # noqa: F401
    elif verb == "calendar":
        import core.calendar.cli  # noqa: F401
    elif verb == "customers":
        import core.predict.cli  # noqa: F401


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off for one command, and back as it was after.

    A command makes its objects once and keeps them to the end: the modules it imports (scipy's optimizer alone is
    thousands of functions and classes), a customer per row of an export, their texts. The collector went through
    all of them again each time enough new objects had been made, and found next to nothing (what a command lets go
    of, reference counting frees at once): ``main.py metrics`` on a million orders 1.49 → 1.42 s (medians of ten
    alternated runs), peak memory the same.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def run_cli(argv: list[str]) -> int:
    """Run ``argv`` (verb first); exit code 2 with a plain sentence for a refused file."""
    with no_cycle_collection():
        return _run_cli(argv)


def _run_cli(argv: list[str]) -> int:
    _load_ahead(argv[0], argv[1:])
    from PySide6.QtCore import QCoreApplication

    from ui import i18n, settings

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    lang = os.environ.get("KLANTBEHOUD_LANG") or settings.get(settings.LANGUAGE)
    i18n.install(lang if lang in i18n.LANGUAGES else "nl")
    verb, rest = argv[0], argv[1:]
    remember_fits()
    try:
        if verb == "metrics":
            from core.cli import run_metrics

            return run_metrics(rest, translate=QCoreApplication.translate, decimal="," if lang == "nl" else ".")
        if verb == "report":
            from core.report.cli import run as run_report

            return run_report(rest, translate=QCoreApplication.translate, decimal="," if lang == "nl" else ".")
        if verb == "calendar":
            from core.calendar.cli import run

            return run(rest, translate=QCoreApplication.translate)
        if verb == "customers":
            from core.predict.cli import run as run_customers

            return run_customers(rest, translate=QCoreApplication.translate)
        if verb == "import":
            from core.cli import run_import

            return run_import(rest, translate=QCoreApplication.translate, decimal="," if lang == "nl" else ".")
    except KeyboardInterrupt:
        return 130
    finally:
        del app
    return 2
