"""Shared set-up for the UI tests: the application in Dutch, the demo shop, and the main window on it."""

import pytest

from ui.app import make_app
from ui.state import ShopState


@pytest.fixture
def demo_state(qtbot):
    """The demo shop, opened in a fresh data folder, closed (lock released) after the test."""
    make_app([])
    from ui import i18n

    i18n.install("nl")
    state = ShopState()
    state.load_demo()
    # The predictions are fitted in the background; tests look at the window as the owner sees it once done.
    qtbot.waitUntil(lambda: state.predictions() is not None, timeout=30000)
    yield state
    state.close()


@pytest.fixture
def window(qtbot):
    """The main window on the demo shop, in Dutch, shown; its shop closed (lock released) after the test."""
    from ui import settings
    from ui.mainwindow import MainWindow

    make_app([])
    settings.put(settings.LANGUAGE, "nl")
    from ui import i18n

    i18n.install("nl")
    state = ShopState()
    state.load_demo()
    win = MainWindow(state)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    state.close()
