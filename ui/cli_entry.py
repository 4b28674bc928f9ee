"""Runs the command line verbs with Qt's translator, so messages follow the chosen language.

Qt is imported after the verb's own code: once imported, PySide6 stands in for ``import`` and reads the source of
every module imported after it (to see whether it asks for PySide6's ``__feature__`` options), which made loading
the figures' code and scipy's optimizer 0.15 s slower for ``main.py metrics``. ``metrics`` goes further: Qt and the
language come when the command has something to say, after the files are read and the figures made (scipy's
optimizer loads while the files are read, and no longer has its source read: 1M export 1.46 → 1.37 s).
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from core.gcpause import no_gc
from ui.paths import remember_fits

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication


def _load_ahead(verb: str) -> None:
    """Import the verb's code before Qt (``metrics`` sets Qt up only after its work)."""
    if verb == "import":
        import core.cli  # noqa: F401
    elif verb == "report":
        import core.report.cli  # noqa: F401
    elif verb == "calendar":
        import core.calendar.cli  # noqa: F401
    elif verb == "customers":
        import core.predict.cli  # noqa: F401


def run_cli(argv: list[str]) -> int:
    """Run ``argv`` (verb first); exit code 2 with a plain sentence for a refused file.

    Without Python's cycle collector: a command makes its objects once and keeps them to the end (the modules it
    imports, a customer per row of an export), and the collector went through all of them again each time enough
    new ones had been made, finding next to nothing (1M export: 1.49 → 1.42 s, medians of ten alternated runs)."""
    with no_gc():
        try:
            return _run_cli(argv)
        except BrokenPipeError:
            # The reader went away (``… | head``): nothing more to say, and no traceback about it. Python's own
            # flush at exit would fail again on the same pipe, so standard output now goes nowhere.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            return 1


def _run_cli(argv: list[str]) -> int:
    _load_ahead(argv[0])
    verb, rest = argv[0], argv[1:]
    remember_fits()
    if verb == "metrics":
        # The language is set up when there is something to say, after the work: once Qt is imported, every module
        # imported after it has its source read (scipy's optimizer, loading beside the reading: 0.26 → 0.35 s).
        from core.cli import run_metrics

        speaking = _Speaking()
        try:
            return run_metrics(rest, voice=speaking)
        except KeyboardInterrupt:
            return 130
        finally:
            speaking.app = None
    app, lang = _qt_in()
    try:
        if verb == "report":
            from core.report.cli import run as run_report

            return run_report(rest, translate=app.translate, decimal=_decimal(lang))
        if verb == "calendar":
            from core.calendar.cli import run

            return run(rest, translate=app.translate)
        if verb == "customers":
            from core.predict.cli import run as run_customers

            return run_customers(rest, translate=app.translate)
        if verb == "import":
            from core.cli import run_import

            return run_import(rest, translate=app.translate, decimal=_decimal(lang))
    except KeyboardInterrupt:
        return 130
    finally:
        del app
    return 2


def _qt_in() -> tuple[QCoreApplication, str]:
    """Qt's application (the one running, else a new one) with the translator of the owner's language installed."""
    from PySide6.QtCore import QCoreApplication

    from ui import i18n, settings

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
    lang = os.environ.get("KLANTBEHOUD_LANG") or settings.get(settings.LANGUAGE)
    lang = lang if lang in i18n.LANGUAGES else "nl"
    i18n.install(lang)
    return app, lang


def _decimal(lang: str) -> str:
    return "," if lang == "nl" else "."


class _Speaking:
    """A command's voice (``core.cli.Voice``): Qt and the language, set up when first asked; Qt's code is loaded on a
    thread once the files are read, beside the figures (1M export: 1.41 → 1.33 s)."""

    def __init__(self) -> None:
        self.app: QCoreApplication | None = None
        self._loading: threading.Thread | None = None

    def ahead(self) -> None:
        if self._loading is None:
            # Not a daemon: a command that ends before it speaks waits for the import rather than leaving it half done.
            self._loading = threading.Thread(target=_load_qt, name="load-qt")
            self._loading.start()

    def __call__(self) -> tuple[Callable[[str, str], str], str]:
        if self._loading is not None:
            self._loading.join()
        self.app, lang = _qt_in()
        return self.app.translate, _decimal(lang)


def _load_qt() -> None:
    import ui.i18n  # noqa: F401  (PySide6's core and the translator)
    import ui.settings  # noqa: F401
