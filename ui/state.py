"""The shop the window shows: its workspace, the owner's choices, and the figures computed from them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.importing.pipeline import import_file
from core.importing.result import ImportResult
from core.metrics.frame import DEFAULT_INACTIVE_AFTER
from core.metrics.periods import Period, add_months, month_start
from core.metrics.summary import Summary, summarize_dataset, trends
from core.model import Dataset
from core.store import Workspace
from core.store.backups import backup_folder, daily_backup
from core.store.merge import MergeReport
from ui.paths import data_dir, resource_path

DEMO_FILES = ("klanten.csv", "bestellingen.csv", "enquete.csv")
DEMO_NAME = "Koffiebranderij De Boon"
INACTIVE_KEY = "inactive_after_days"


def demo_workspace() -> Path:
    """The demo shop as a workspace in the user's data folder, made from the bundled files on first use.

    The bundled files are only read, so the original demo is never written.
    """
    path = data_dir() / "Demo - Koffiebranderij De Boon.klantbehoud"
    if not path.exists():
        tmp = path.with_name(path.name + ".new")
        tmp.unlink(missing_ok=True)
        with Workspace.create(tmp, DEMO_NAME) as ws:
            ws.set_meta("demo", "1")
            for name in DEMO_FILES:
                ws.apply_import(import_file(resource_path("demo", name)), name)
        tmp.replace(path)
    return path


class ShopState(QObject):
    """The open workspace and the figures; ``changed`` fires after every change of data or settings."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.workspace: Workspace | None = None
        self.data = Dataset()
        self.period: Period | None = None
        self.inactive_after = DEFAULT_INACTIVE_AFTER
        self._summary: Summary | None = None
        self._trends: dict[str, list[float | None]] | None = None

    # --- what is open -------------------------------------------------------------------------------
    @property
    def title(self) -> str:
        """The shop's name, or the file's name."""
        if not self.workspace:
            return ""
        return self.workspace.meta("shop_name") or self.workspace.path.stem

    @property
    def is_demo(self) -> bool:
        """True for the demo shop."""
        return bool(self.workspace and self.workspace.meta("demo") == "1")

    @property
    def read_only(self) -> bool:
        """True when the workspace was opened read-only (another Klantbehoud has it)."""
        return bool(self.workspace and self.workspace.read_only)

    def open_workspace(self, path: Path, read_only: bool = False) -> None:
        """Open ``path``; raises StoreError/WorkspaceLocked and keeps the current one open on failure."""
        ws = Workspace.open(path, read_only=read_only, backup_dir=data_dir() / "backups")
        try:
            data = ws.dataset()  # a damaged shop is refused here, while the open one stays open
        except Exception:
            ws.close()
            raise
        self.close()
        self.workspace = ws
        if not read_only:
            try:
                daily_backup(ws.conn, ws.path, backup_folder(ws.path, data_dir() / "backups"))
            except OSError:
                pass  # a backup that cannot be made must not stop the owner from working
        self.inactive_after = int(ws.setting(INACTIVE_KEY, DEFAULT_INACTIVE_AFTER))
        self.data = data
        self._invalidate()

    def load_demo(self) -> None:
        """Open the demo shop (made on first use)."""
        self.open_workspace(demo_workspace())

    def new_workspace(self, path: Path, shop_name: str) -> None:
        """Create and open an empty workspace."""
        Workspace.create(path, shop_name).close()
        self.open_workspace(path)

    def close(self) -> None:
        """Close the workspace (giving its lock back)."""
        if self.workspace:
            self.workspace.close()
            self.workspace = None

    # --- changes ------------------------------------------------------------------------------------
    def import_results(self, results: list[ImportResult]) -> list[MergeReport]:
        """Store imports that were already read; each is one transaction."""
        if not self.workspace:
            raise RuntimeError("no workspace open")
        reports = [self.workspace.apply_import(r) for r in results]
        self._reload()
        return reports

    def set_inactive_after(self, days: int) -> None:
        """Change the inactivity window (stored with the shop) and recompute."""
        if days != self.inactive_after:
            if self.workspace and not self.workspace.read_only:
                self.workspace.set_setting(INACTIVE_KEY, days)
            self.inactive_after = days
            self._invalidate()

    def set_period(self, period: Period | None) -> None:
        """Change the period (None: the last full 12 months) and recompute."""
        self.period = period
        self._invalidate()

    def summary(self) -> Summary:
        """Every figure for the current data and settings (computed once per change)."""
        if self._summary is None:
            self._summary = summarize_dataset(self.data, self.inactive_after, self.period)
        return self._summary

    def quarterly_trends(self) -> dict[str, list[float | None]]:
        """The cards' figures per quarter, the last six quarters up to the period's end (oldest first);
        computed once per change, like the summary."""
        if self._trends is None:
            s = self.summary()
            if s.frame is None:
                self._trends = {}
            else:
                quarter = Period(add_months(month_start(s.period.last), -2), s.period.last)
                self._trends = trends(s.frame, self.data.surveys, quarter, 6)
                self._trends["lifetime"] = [None if not c else 100 / c for c in self._trends["churn"]]
            if s.crr_series:  # typed-in periods: their CRR is the trend
                self._trends["crr"] = [pct for _, pct in s.crr_series]
        return self._trends

    def reload(self) -> None:
        """Read the workspace again after a page stored something."""
        self._reload()

    def _reload(self) -> None:
        self.data = self.workspace.dataset() if self.workspace else Dataset()
        self._invalidate()

    def _invalidate(self) -> None:
        self._summary = None
        self._trends = None
        self.changed.emit()
