"""The figures the pages show, computed in one pure function: on the window's thread for a small shop, on a
worker for a big one (a million orders take half a second or more, and the window must not stop for it)."""

from __future__ import annotations

from core.gcpause import no_gc
from core.metrics.customers import CustomerRow, customer_rows
from core.metrics.frame import ShopFrame
from core.metrics.periods import Period, add_months, month_start
from core.metrics.summary import Summary, summarize_dataset, trends
from core.model import Dataset
from core.predict.shop import Predictions

# A summary, its quarterly trends and the customer list's rows: what the pages show.
Figures = tuple[Summary, dict[str, list[float | None]], list[CustomerRow]]

# From this many orders on, the figures for a changed setting (period, window, branch) are computed on a worker
# while the pages wait faded: 100,000 orders take about 0.06 s, a million 0.5–0.6 s (bench/README.md), and a
# window should never stop for more than 0.1 s. Below it they are computed at once, without a flash of grey.
BACKGROUND_FROM = 100_000


def figures_of(data: Dataset, window: int, period: Period | None, predictions: Predictions | None,
               frame: ShopFrame | None = None) -> Figures:
    """Every figure the pages show for ``data`` (a pure function: it runs on a worker thread as well); ``frame``:
    ``data``'s frame for ``window`` when the caller built it already."""
    with no_gc():  # a worker's cycle collection holds the interpreter, and the window waits
        summary = summarize_dataset(data, window, period, frame, predictions=predictions, predict_now=False)
        return summary, trends_of(summary, data.surveys), customer_rows(data, summary)


def trends_of(s: Summary, surveys: list) -> dict[str, list[float | None]]:
    """The cards' figures per quarter, the last six quarters up to the period's end (oldest first)."""
    found: dict[str, list[float | None]] = {}
    if s.frame is not None:
        quarter = Period(add_months(month_start(s.period.last), -2), s.period.last)
        found = trends(s.frame, surveys, quarter, 6)
        found["lifetime"] = [None if not c else 100 / c for c in found["churn"]]
    if s.crr_series:  # typed-in periods: their CRR is the trend
        found["crr"] = [pct for _, pct in s.crr_series]
    return found
