"""Keeping a shop on a server current: another PC's change is read in, and a server that goes away is said once,
with what is on screen kept, and tried again until it answers."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from core.store import StoreError
from ui.i18n import problem_text
from ui.state import ShopState

CHECK_MS = 10_000  # how often a shop on a server is asked whether another PC changed it
RETRY_MS = 5_000  # how often a server that went away is tried again


class ServerWatch(QObject):
    """Asks the open shop's server for its change number; reads the shop again (off the window's thread) when
    another PC stored something. ``lost`` carries the sentence to show while the server is away, ``back`` says it
    answers again."""

    lost = Signal(str)
    back = Signal()

    def __init__(self, state: ShopState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.away = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_MS)

    def check(self) -> None:
        """One look at the server (the timer's; also callable on demand)."""
        ws = self.state.workspace
        if ws is None or not ws.on_server:
            if self.away:
                self._answered()
            return
        try:
            revision = ws.revision()
        except StoreError as exc:
            self._away(exc)
            return
        seen = self.state.seen_revision
        if seen is not None and revision != seen and not ws.changed_elsewhere(seen, revision):
            self.state.seen_revision = revision  # only this window's own writes: already on screen
        elif revision != seen:
            # Another PC stored something: its figures, marks and imports come in, read off the window's thread.
            self.state.reload_in_background(self._read_failed)
        if self.away:
            self._answered()

    def _read_failed(self, exc: BaseException) -> None:
        if isinstance(exc, StoreError):
            self._away(exc)
        else:
            raise exc  # a real bug: the error hook logs it and tells the owner

    def _away(self, exc: StoreError) -> None:
        if not self.away:
            self.away = True
            self.timer.setInterval(RETRY_MS)
            self.lost.emit(problem_text(exc.problem))

    def check_now(self) -> None:
        """The owner asked (F5): the shop is read again, a file or a server, even without a change seen; a shop
        that cannot be read is said in the banner, as a server that is away."""
        ws = self.state.workspace
        if ws is None:
            return
        if not ws.on_server:
            try:
                self.state.reload()
            except StoreError as exc:
                self._away(exc)
            return
        self.state.seen_revision = None  # whatever the number says, read it again
        self.check()

    def _answered(self) -> None:
        self.away = False
        self.timer.setInterval(CHECK_MS)
        self.back.emit()
