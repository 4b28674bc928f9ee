"""Shared set-up for the UI tests: the application in Dutch, and the demo shop."""

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
