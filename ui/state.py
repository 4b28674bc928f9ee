"""The shop the window shows: its workspace, the owner's choices, and the figures computed from them."""

from __future__ import annotations

import sqlite3
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal

from core.branches import branch_names, for_branch
from core.importing import ImportResult
from core.metrics.customers import CustomerRow, customer_rows
from core.metrics.frame import DEFAULT_INACTIVE_AFTER, frame_from_dataset
from core.metrics.periods import Period
from core.metrics.summary import Summary, summarize_dataset
from core.model import Dataset
from core.predict.forecast import forecast
from core.predict.shop import Predictions, predict
from core.store import Workspace, shopsettings
from core.store.backups import backup_folder, daily_backup
from core.store.merge import MergeReport
from ui.demo import demo_workspace
from ui.errors import write_log
from ui.figures import BACKGROUND_FROM, Figures, figures_of, trends_of
from ui.paths import data_dir
from ui.tasks import QuietTask, Task, run_quietly, run_task, wait_for


def _read_shop(ws: Workspace) -> tuple[int | None, Dataset]:
    """A shop on a server's change number, then everything stored (in that order: a change stored while the shop
    is read is read again at the next look); a file has no change number."""
    return (ws.revision() if ws.on_server else None), ws.dataset()


# Made on a worker for the settings of their time: those settings, the part of the data the pages show (one
# branch, or all), and its figures.
Computed = tuple[tuple, Dataset, Figures]

READING = 0  # ``ShopState._pending`` while a shop is being opened (figure jobs count from 1)


def _daily_backup(path: Path) -> None:
    """Today's backup of a shop file, through a connection of this thread's own (it runs beside the read)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            daily_backup(conn, path, backup_folder(path, data_dir() / "backups"))
        finally:
            conn.close()
    except (OSError, sqlite3.Error):
        pass  # a backup that cannot be made must not stop the owner from working


def _let_go(old: list, parent: QObject) -> None:
    """Free a big shop's old data and figures on a worker: a million orders take 70 ms to free, and the window
    should not wait for that. ``old`` must hold the last references (the caller lets go of its own)."""

    def work(_progress, _cancelled) -> None:
        old.clear()

    run_quietly(work, lambda _: None, lambda _exc: None, parent)


class ShopState(QObject):
    """The open workspace and the figures; ``changed`` fires after every change of data or settings."""

    changed = Signal()
    busy_changed = Signal(bool)  # True while a worker computes the figures for the settings of now (see ``busy``)
    predictions_failed = Signal(object)  # the exception, for the log: the figures go on without predictions

    def __init__(self) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self.all_data = Dataset()  # everything stored
        self.data = Dataset()  # what the pages show: all of it, or one branch's part
        self.branch: str | None = None  # None: all branches
        self.seen_revision: int | None = None  # a shop on a server: its change number when last read
        self._demo = False
        self.period: Period | None = None
        self.inactive_after = DEFAULT_INACTIVE_AFTER
        self._summary: Summary | None = None
        self._trends: dict[str, list[float | None]] | None = None
        self._customer_rows: list[CustomerRow] | None = None
        self._data_version = 0  # goes up whenever the data is read again
        self._predictions: dict[tuple[int, int], Predictions] = {}  # per (data version, window)
        self._predicting: tuple[int, int] | None = None
        self._held = False  # see hold_background
        self._store_task: Task | None = None  # an import being stored off the window's thread
        self._prediction_task: QuietTask | None = None
        self._reading = False  # another PC's change being read off the window's thread
        self.prediction_error: BaseException | None = None  # the last fit failed (the pages say so)
        self.background_from = BACKGROUND_FROM  # orders: from here new figures are computed on a worker
        self._jobs = 0  # figures computed on a worker for a changed setting: the number of the last one started
        self._pending: int | None = None  # the job the pages wait for, if any

    # --- what is open -------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        """The shop's name (or the file's), with the branch shown, if one is."""
        if not self.workspace:
            return ""
        name = self.all_data.shop_name or self.workspace.label  # as last read: never a question to a server
        # One branch shown: its name goes with the shop's on the pages, the report and the agenda export.
        return name if self.branch is None else f"{name} · {self.branch}"

    @property
    def is_demo(self) -> bool:
        """True for the demo shop."""
        return self._demo

    @property
    def read_only(self) -> bool:
        """True when the workspace was opened read-only (another Klantbehoud has it)."""
        return bool(self.workspace and self.workspace.read_only)

    def open_workspace(self, place: Path | str, read_only: bool = False, password: str | None = None) -> None:
        """Open a shop file or a shop on a server; raises StoreError/WorkspaceLocked/LoginRefused and keeps the
        current one open on failure."""
        ws = Workspace.open(place, read_only=read_only, backup_dir=data_dir() / "backups", password=password)
        back_up = not read_only and ws.path is not None  # a server keeps its own backups

        def read() -> tuple[int | None, Dataset]:
            found = _read_shop(ws)
            if back_up:
                _daily_backup(ws.path)
            return found
        before = self._pending
        self._wait_for(READING)  # the pages wait, faded, and the period bar says so
        try:
            # A damaged shop is refused here, while the open one stays open; a big one is read (and copied to
            # today's backup) with the window still painting: a million orders take seconds.
            revision, data = wait_for(read)
        except Exception:
            ws.close()
            # The shop that stays open: figures it was waiting for came (and were passed over) during the read.
            if before is None:
                self._wait_for(None)
            else:
                self._recompute()
            raise
        self.close()
        self.workspace = ws
        self.seen_revision = revision
        self._demo = ws.meta("demo") == "1"
        self.inactive_after = shopsettings.read(ws, shopsettings.INACTIVE_AFTER)
        self._take(data)

    def load_demo(self) -> None:
        """Open the demo shop (made on first use)."""
        self.open_workspace(demo_workspace())

    def new_workspace(self, path: Path, shop_name: str) -> None:
        """Create and open an empty workspace."""
        Workspace.create(path, shop_name).close()
        self.open_workspace(path)

    def close(self) -> None:
        """Close the workspace (giving its lock back). An import being stored is cancelled and rolled back
        first, so the lock is never given back while its worker still writes."""
        if self._store_task is not None and self._store_task.running:
            self._store_task.cancel()
            if self._prediction_task:
                self._prediction_task.cancel()
            QThreadPool.globalInstance().waitForDone(30000)
        if self.workspace:
            self.workspace.close()
            self.workspace = None
        self._wait_for(None)  # figures still being computed belong to the shop that closed

    # --- changes ------------------------------------------------------------------------------------
    def import_results(self, results: list[ImportResult]) -> list[MergeReport]:
        """Store imports that were already read; each is one transaction."""
        if not self.workspace:
            raise RuntimeError("no workspace open")
        reports = [self.workspace.apply_import(r) for r in results]
        self._reload()
        return reports

    def store_in_background(self, results: list[ImportResult], on_done: Callable[[list[MergeReport]], None],
                            on_error: Callable[[BaseException], None], parent=None, label: str = "") -> Task:
        """Store imports off the window's thread, with progress and Cancel (Cancelled reaches ``on_error``
        and the shop is exactly as it was); the shop is read back there too, so the window never freezes."""
        if not self.workspace:
            raise RuntimeError("no workspace open")
        ws = self.workspace
        figures_for = self._figures_in_background()

        def work(progress, cancelled) -> tuple[list[MergeReport], Dataset, Computed | None]:
            reports = []
            for i, result in enumerate(results):
                reports.append(ws.apply_import(result, cancelled=cancelled, progress=lambda f, i=i: progress(
                    0.8 * (i + f) / len(results))))
            data = ws.dataset()  # reading back is a fifth of the work with many orders
            return reports, data, figures_for(data)

        def done(out: tuple[list[MergeReport], Dataset, Computed | None]) -> None:
            reports, data, figures = out
            if self.workspace is ws:  # the owner may have opened another shop meanwhile
                self._take(data, figures)
            on_done(reports)

        self._store_task = run_task(work, done, on_error, parent, label)
        return self._store_task

    def set_inactive_after(self, days: int) -> None:
        """Change the inactivity window (stored with the shop) and recompute."""
        if days != self.inactive_after:
            if self.workspace and not self.workspace.read_only:
                shopsettings.write(self.workspace, shopsettings.INACTIVE_AFTER, days)
            self.inactive_after = days
            self._recompute()

    def set_period(self, period: Period | None) -> None:
        """Change the period (None: the last full 12 months) and recompute."""
        self.period = period
        self._recompute()

    @property
    def busy(self) -> bool:
        """True while the figures for the settings of now are computed on a worker; the pages wait (faded)
        and ``changed`` fires when they are in."""
        return self._pending is not None

    def summary(self) -> Summary:
        """Every figure for the current data and settings (computed once per change). The predictions (and the
        at-risk list that comes from them) join when the background fit is done; until then they are None."""
        if self._summary is None:
            self._summary = summarize_dataset(self.data, self.inactive_after, self.period,
                                              predictions=self.predictions(), predict_now=False)
        return self._summary

    def predictions(self) -> Predictions | None:
        """The predictions for the current data and window, or None while they are computed in the background
        (``changed`` fires when they are ready). Cached per data version and window."""
        key = (self._data_version, self.inactive_after)
        if key in self._predictions:
            return self._predictions[key]
        if self._predicting != key and self.prediction_error is None and not self._held:
            self._start_predicting(key)
        return None

    def hold_background(self) -> None:
        """Start no background fit until ``release_background``: the app's start holds it until the window is
        painted, so loading scipy (0.6 s) and fitting never compete with the first paint."""
        self._held = True

    def release_background(self) -> None:
        """Let the background fit start (now, if the figures on screen are waiting for it)."""
        self._held = False
        self.predictions()  # starts the fit when there is none yet for this data

    def _start_predicting(self, key: tuple[int, int]) -> None:
        if self._prediction_task:
            self._prediction_task.cancel()
        self._predicting = key
        data, window, settings = self.data, self.inactive_after, self._settings()

        def work(_progress, cancelled) -> tuple[Predictions, Figures]:
            frame = frame_from_dataset(data, window)
            result = predict(frame, cancelled=cancelled)
            result.forecast = forecast(frame, result.hist, result.params, result.spend, cancelled)
            # The at-risk list comes with the predictions: the figures again, here rather than in the window.
            return result, figures_of(data, window, settings[1], result, frame)

        def done(out: tuple[Predictions, Figures]) -> None:
            result, figures = out
            if self._predicting != key:
                return  # the data changed meanwhile: a newer fit is on its way
            self._predicting = None
            self._predictions = {k: v for k, v in self._predictions.items() if k[0] == key[0]}
            self._predictions[key] = result
            if self._settings() == settings:
                self._show(figures)
            else:  # the owner changed the period or branch during the fit: their figures, with the predictions
                self._recompute()

        def failed(exc: BaseException) -> None:
            if self._predicting == key:
                self._predicting = None
                self.prediction_error = exc
            # Where and what kind, never the message (it may quote a customer): as every error in the log.
            write_log("predictions: " + "".join(traceback.format_tb(exc.__traceback__))
                      + f"{type(exc).__module__}.{type(exc).__qualname__}\n")
            self.predictions_failed.emit(exc)

        self._prediction_task = run_quietly(work, done, failed, self)

    def quarterly_trends(self) -> dict[str, list[float | None]]:
        """The cards' figures per quarter, the last six quarters up to the period's end (oldest first);
        computed once per change, like the summary."""
        if self._trends is None:
            self._trends = trends_of(self.summary(), self.data.surveys)
        return self._trends

    def customer_rows(self) -> list[CustomerRow]:
        """Every customer as the customer list shows them (computed once per change, like the summary)."""
        if self._customer_rows is None:
            self._customer_rows = customer_rows(self.data, self.summary())
        return self._customer_rows

    def reload(self) -> None:
        """Read the workspace again after a page stored something."""
        self._reload()

    def reload_in_background(self, on_error: Callable[[BaseException], None]) -> QuietTask | None:
        """Read the shop again off the window's thread (another PC's change on a server: a big shop takes
        seconds to read, and the window must not stop for it). What is on screen stays until the new data is in;
        a failure goes to ``on_error`` and changes nothing. None when a read is already on its way."""
        ws = self.workspace
        if ws is None or self._reading:
            return None
        self._reading = True

        figures_for = self._figures_in_background()

        def work(_progress, _cancelled) -> tuple[int | None, Dataset, Computed | None]:
            revision, data = _read_shop(ws)
            return revision, data, figures_for(data)

        def done(out: tuple[int | None, Dataset, Computed | None]) -> None:
            self._reading = False
            revision, data, figures = out
            if self.workspace is ws:  # the owner may have opened another shop meanwhile
                self._take(data, figures)
                self.seen_revision = revision

        def failed(exc: BaseException) -> None:
            self._reading = False
            on_error(exc)

        return run_quietly(work, done, failed, self)

    def _reload(self) -> None:
        revision, data = _read_shop(self.workspace) if self.workspace else (None, Dataset())
        self._take(data)
        self.seen_revision = revision

    def branches(self) -> list[str]:
        """The branches the shop's data names (empty for a shop without branches)."""
        return branch_names(self.all_data)

    def set_branch(self, branch: str | None) -> None:
        """Show one branch (None: all of them) on every page, and recompute."""
        if branch == self.branch:
            return
        self.branch = branch
        data = self.all_data
        if branch is None or len(data.orders) < self.background_from:
            self._take(data)
            return
        # A big chain: the branch's part (a million orders: 0.4 s) is taken on the worker with its figures. If
        # that fails, the part is taken in the window and its figures are computed as after any change.
        compute = self._figures_in_background()
        self._job(lambda: compute(data), lambda found: self._take(data, found), lambda: self._take(data))

    def _figures_in_background(self) -> Callable[[Dataset], Computed | None]:
        """What a worker that read the shop calls to compute the figures there too, for the settings of now: a
        million orders take seconds to sum up, and the window must not stop for it. ``_take`` uses them only
        when the settings are still the same."""
        settings = self._settings()
        window, period, branch = settings

        def compute(data: Dataset) -> Computed | None:
            if branch is not None and branch not in branch_names(data):
                return None  # the branch went: ``_take`` shows all of them and computes their figures
            shown = data if branch is None else for_branch(data, branch)
            return settings, shown, figures_of(shown, window, period, None)

        return compute

    def _settings(self) -> tuple:
        return self.inactive_after, self.period, self.branch

    def _take(self, data: Dataset, computed: Computed | None = None) -> None:
        """New data: a new version for the predictions' cache, and every figure again (``computed`` when a worker
        made them already for the settings of now, with the part of the data they show)."""
        old = [self.all_data, self.data, self._summary, self._trends, self._customer_rows]
        self.all_data = data
        if self.branch is not None and self.branch not in branch_names(data):
            self.branch = None  # another shop, or the branch's data went (an undo)
        fits = computed is not None and computed[0] == self._settings()
        self.data = computed[1] if fits else data if self.branch is None else for_branch(data, self.branch)
        self._data_version += 1
        self.prediction_error = None
        if len(old[0].orders) >= self.background_from:
            _let_go(old, self)
        del old
        if not fits:
            self._recompute()
            return
        self._show(computed[2])

    def _show(self, figures: Figures) -> None:
        """Figures computed for the data and settings of now: on the pages."""
        self._summary, self._trends, self._customer_rows = figures
        self._wait_for(None)
        self.predictions()  # a summary made without them: start the fit (it says when it is done)
        self.changed.emit()

    def _recompute(self) -> None:
        """The data or a setting changed: every figure again. A small shop's at once (the pages compute them as
        they refresh); a big shop's on a worker, while the pages wait faded, so the window never stops."""
        self._summary = self._trends = self._customer_rows = None  # whoever asks meanwhile gets the right ones
        if len(self.data.orders) < self.background_from:
            self._in_window()
            return
        data, window, period = self.data, self.inactive_after, self.period
        predictions = self._predictions.get((self._data_version, window))
        if predictions is None:
            self.predictions()  # the fit starts beside the figures; it brings its own figures when done
        # If the worker fails, the pages compute the figures in the window and the error reaches the owner there.
        self._job(lambda: figures_of(data, window, period, predictions), self._show, self._in_window)

    def _in_window(self) -> None:
        """The pages compute the figures themselves as they refresh (a small shop, or a worker that failed)."""
        self._wait_for(None)
        self.changed.emit()

    def _job(self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[], None]) -> None:
        """Start ``work`` on a worker as the job the pages now wait for; ``done`` with its result (or ``failed``)
        only while they still wait for it: a later change, the fit's own figures or another shop come first."""
        self._jobs += 1
        job = self._jobs
        self._wait_for(job)

        def answered(out: Any) -> None:
            if self._pending == job:
                done(out)

        def went_wrong(_exc: BaseException) -> None:
            if self._pending == job:
                failed()

        run_quietly(lambda _progress, _cancelled: work(), answered, went_wrong, self)

    def _wait_for(self, job: int | None) -> None:
        was = self.busy
        self._pending = job
        if self.busy != was:
            self.busy_changed.emit(self.busy)
