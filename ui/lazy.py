"""Pages that are not on screen do their work when they are shown, not on every change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, SignalInstance
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    """Calls ``slot`` at once while ``widget`` is on screen, otherwise once, the next time it is shown.

    With a million orders a page refresh takes most of a second; hidden pages would otherwise all
    redo it after every change the owner makes on another page.
    """

    def __init__(self, widget: QWidget, slot: Callable[[], object]):
        super().__init__(widget)
        self._widget, self._slot, self._stale = widget, slot, False
        widget.installEventFilter(self)

    def __call__(self, *_args: object) -> None:
        if self._widget.isVisible():
            self._stale = False
            self._slot()
        else:
            self._stale = True

    def mark_stale(self) -> None:
        """Call ``slot`` the next time the widget is shown (its first showing, say)."""
        self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Catch up on a change missed while hidden."""
        if watched is self._widget and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._slot()
        return False


def refresh_when_shown(widget: QWidget, signal: SignalInstance, slot: Callable[[], object]) -> WhenShown:
    """Connect ``signal`` to ``slot`` so that ``widget`` only refreshes while it can be seen."""
    helper = WhenShown(widget, slot)
    signal.connect(helper)
    return helper
