"""The application object: Qt's QApplication, which also passes on the files the system asks the app to open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QApplication


class KlantbehoudApp(QApplication):
    """macOS hands a shop file double-clicked in Finder to the app as a FileOpen event, not on the command
    line (Windows and Linux pass it as an argument); ``file_open_requested`` passes it on to the window.

    Overriding ``event`` sees only the events sent to the application object itself, so ordinary events
    never pass through Python here (an event filter on the application would see every event)."""

    file_open_requested = Signal(str)

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt's name
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.file_open_requested.emit(event.file())
            return True
        return super().event(event)
