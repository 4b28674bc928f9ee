"""Starting the app: names, language, error handling, the main window on the demo shop."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ui import errors, i18n, settings
from ui.paths import APP_NAME, ORG_DOMAIN, ORG_NAME, resource_path
from ui.theme import STYLE


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names, icon, style, language and the error hooks installed."""
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationDisplayName(APP_NAME)
    icon = resource_path("icons", "klantbehoud.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setStyleSheet(STYLE)
    lang = settings.get(settings.LANGUAGE)
    i18n.install(lang if lang in i18n.LANGUAGES else "nl")
    errors.install()
    return app


def run_app(argv: list[str]) -> int:
    """Open the main window on the demo shop and run until it closes."""
    app = make_app(argv)
    from ui.mainwindow import MainWindow
    from ui.state import ShopState

    state = ShopState()
    state.load_demo()
    window = MainWindow(state)
    window.show()
    return app.exec()
