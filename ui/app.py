"""Starting the app: names, language, error handling, the main window on the demo shop."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import errors, i18n, settings
from ui.paths import APP_NAME, ORG_DOMAIN, ORG_NAME, remember_fits, resource_path
from ui.qapp import KlantbehoudApp
from ui.theme import STYLE


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, icon, style, language and the error hooks installed."""
    app = QApplication.instance() or KlantbehoudApp([sys.argv[0], *(argv or [])])
    # Background work (imports) is Python too and shares the interpreter lock with the UI thread. Every Qt
    # event that reaches Python code must wait for the lock; at the default 5 ms switch interval those
    # waits added up to UI stalls of 1.7 s while importing 541,909 rows, at 1 ms to about 0.3 s
    # (bench/import_ui_stall.py), with no measurable cost to the import itself.
    sys.setswitchinterval(0.001)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationDisplayName(APP_NAME)
    icon = resource_path("icons", "klantbehoud.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # The style sheet draws light backgrounds; under a dark system theme the system's light text would vanish on
    # them. The style's own light palette keeps every page readable (the native look stays).
    app.setPalette(app.style().standardPalette())
    app.setStyleSheet(STYLE)
    lang = settings.get(settings.LANGUAGE)
    i18n.install(lang if lang in i18n.LANGUAGES else "nl")
    errors.install()
    return app


def run_app(argv: list[str]) -> int:
    """Open the main window on the demo shop and run until it closes."""
    from ui.qtcheck import advice, missing_packages

    missing = missing_packages()
    if missing:
        print(advice(missing), file=sys.stderr)
        return 1
    app = make_app(argv)
    from ui.mainwindow import MainWindow
    from ui.state import ShopState

    remember_fits()
    state = ShopState()
    state.hold_background()
    asked = shop_argument(argv)
    if asked is None:
        _open_start_workspace(state)
    window = MainWindow(state)
    # A shop file double-clicked: opened the way File > Open does (a shop in use elsewhere is offered
    # read-only); when it cannot be opened the owner has been told why, and the usual shop opens instead.
    if asked is not None and not (window.files.open_server(asked) if isinstance(asked, str)
                                  else window.files.open_path(asked)):
        _open_start_workspace(state)
    window.first_painted.connect(state.release_background)
    probe = os.environ.get("KLANTBEHOUD_STARTUP_PROBE")
    if probe:
        window.first_painted.connect(lambda: _write_probe(probe, app, state))
    window.show()
    return app.exec()


def shop_argument(argv: list[str]) -> Path | str | None:
    """The shop named on the command line: a file (what a double-click on a shop file passes: the .desktop file's
    %f, Windows' "%1", macOS' open-document event), or a server address (``postgresql://user@server/db``)."""
    from core.store import is_server_address
    from core.store.shopfile import SUFFIX

    for a in argv:
        if is_server_address(a):
            return a.strip()
        if not a.startswith("-") and a.lower().endswith(SUFFIX):
            return Path(a)
    return None


def _open_start_workspace(state) -> None:
    """The last workspace the owner had open, or the demo shop (first start, or when it is gone)."""
    from core.store import StoreError, is_server_address

    recent = [p for p in settings.get(settings.RECENT_FILES) if p]
    if recent and (is_server_address(recent[0]) or Path(recent[0]).exists()):
        try:
            state.open_workspace(recent[0] if is_server_address(recent[0]) else Path(recent[0]))
            return
        except StoreError:
            pass  # locked, unreadable or the server away: start on the demo shop; the owner opens it from File
    state.load_demo()


def _write_probe(path: str, app: QApplication, state) -> None:
    """For bench/startup.py and the package tests: note when the first paint happened, whether matplotlib was
    loaded and which shop is open, then quit."""
    shop = state.workspace.location if state.workspace else ""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"{time.time()} {int('matplotlib' in sys.modules)} {shop}\n")
    app.quit()
