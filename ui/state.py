"""The shop the window shows: its data, the owner's choices, and the figures computed from them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core.importing.pipeline import dataset_from_results, import_file
from core.importing.result import ImportResult
from core.metrics.frame import DEFAULT_INACTIVE_AFTER
from core.metrics.periods import Period
from core.metrics.summary import Summary, summarize_dataset
from core.model import Dataset
from ui.paths import resource_path

DEMO_FILES = ("klanten.csv", "bestellingen.csv", "enquete.csv")


class ShopState(QObject):
    """Holds the dataset and recomputes the summary when data or settings change."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.data = Dataset()
        self.imports: list[ImportResult] = []
        self.title = ""
        self.is_demo = False
        self.inactive_after = DEFAULT_INACTIVE_AFTER
        self.period: Period | None = None
        self._summary: Summary | None = None

    def set_results(self, results: list[ImportResult], title: str, demo: bool = False) -> None:
        """Replace the shop's data with these imports."""
        self.imports = list(results)
        self.data = dataset_from_results(results)
        self.title = title
        self.is_demo = demo
        self._invalidate()

    def load_demo(self) -> None:
        """The bundled demo shop."""
        results = [import_file(resource_path("demo", name)) for name in DEMO_FILES]
        self.set_results(results, "Koffiebranderij De Boon", demo=True)

    def load_files(self, paths: list[Path]) -> None:
        """Import these files as the shop's data (raises InputError for a refused file, changing nothing)."""
        results = [import_file(p) for p in paths]
        self.set_results(results, ", ".join(p.name for p in paths))

    def set_inactive_after(self, days: int) -> None:
        """Change the inactivity window and recompute."""
        if days != self.inactive_after:
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

    def _invalidate(self) -> None:
        self._summary = None
        self.changed.emit()
