"""The report's pages drawn in a child process: the window never waits on matplotlib.

Drawing ten pages takes 2.5-3.5 s of matplotlib, whatever the shop's size, and matplotlib is not thread-safe (drawn
on a worker beside the window's own charts it crashed the app now and then). A child process draws them on its own
main thread instead, while the window goes on. It gets what the pages are made of (the figures, the data, the two
customer lists, the owner's options and the window's language), makes the pages with the core's ``build_pages``
and gives back small images, SVGs for the printer, or writes the PDF. One child serves every report job; it starts
when first needed and ends with the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.branches import branch_names
from core.importing import ReadingChild
from core.metrics.customers import CustomerRow
from core.metrics.summary import Summary
from core.model import Dataset
from core.report.pages import ReportOptions
from core.text import QT_TRANSLATE_NOOP, InputError, Problem

THUMBNAILS, SVG, PDF = "thumbnails", "svg", "pdf"
THUMBNAIL_DPI = 40


@dataclass
class ReportJob:
    """Everything the pages are made of, sent to the child."""

    summary: Summary
    data: Dataset
    options: ReportOptions
    title: str
    rows: list[CustomerRow]  # the customer list's rows the report's lists can show (see ``job_rows``)
    language: str  # "nl" or "en": texts, month names and the decimal sign


def job_rows(summary: Summary, rows: list[CustomerRow]) -> list[CustomerRow]:
    """The rows the report lists: the top 20 % and those at risk. A big shop's other rows would only make the
    child wait for them (100,000 rows take 0.7 s to send)."""
    risk = {r.customer_id for r in summary.at_risk}
    return [r for r in rows if r.top20 or r.id in risk]


def job_data(data: Dataset) -> Dataset:
    """What of the data the report's pages read. Only a chain's branch page needs the customers and orders (its
    figures are worked out per branch); otherwise the pages take everything from the summary but the survey answers
    (their trend) and the typed-in counts, and a million orders would only make the window wait while they are
    sent (0.3 s holding the interpreter)."""
    if len(branch_names(data)) >= 2:
        return data
    return Dataset(surveys=data.surveys, period_counts=data.period_counts, monthly_lost=data.monthly_lost,
                   shop_name=data.shop_name, as_of=data.as_of)


class ReportChild(ReadingChild):
    """The child process that draws the report; its death is said as the report's, not as a file's."""

    def died(self, file: str) -> InputError:
        """The sentence for a child that died while drawing."""
        return InputError(Problem(QT_TRANSLATE_NOOP(
            "core", "Drawing the report stopped unexpectedly. Try again; nothing was saved or changed."), {}))


_child: ReportChild | None = None


def report_child() -> ReportChild:
    """The one child that draws report pages (started when first asked for)."""
    global _child
    if _child is None:
        _child = ReportChild()
    return _child


def stop_report_child() -> None:
    """End the child (the app quits)."""
    global _child
    if _child is not None:
        _child.stop()
        _child = None


# --- in the child --------------------------------------------------------------------------------------------------

_app: Any = None
_language: str | None = None


def _speak(language: str) -> None:
    """In the child: Qt's core application with the window's language, so texts, plural forms, month names and the
    charts' decimal sign are the window's."""
    global _app, _language
    from PySide6.QtCore import QCoreApplication

    if _app is None:
        _app = QCoreApplication.instance() or QCoreApplication([])
    if language != _language:
        from ui import i18n

        i18n.install(language)
        _language = language


def draw(job: ReportJob, what: str, target: Path | None = None) -> Any:
    """In the child: the pages as small images (RGBA bytes, width, height), as SVGs, or written to ``target`` as PDF
    (the page count); an OSError writing it goes back to the window as it is."""
    _speak(job.language)
    from core.report.pages import build_pages, write_pdf
    from ui.format import month
    from ui.i18n import core_text

    pages = build_pages(job.summary, job.data, job.options, core_text, job.title, month, job.rows)
    if what == THUMBNAILS:
        return thumbnails(pages)
    if what == SVG:
        from ui.printing import svg_of

        return [svg_of(p) for p in pages]
    return write_pdf(pages, target)


def thumbnails(pages: list) -> list[tuple[bytes, int, int]]:
    """Each page drawn small as RGBA bytes with its width and height."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    images = []
    for page in pages:
        canvas = FigureCanvasAgg(page)
        page.set_dpi(THUMBNAIL_DPI)
        canvas.draw()
        w, h = canvas.get_width_height()
        images.append((bytes(canvas.buffer_rgba()), w, h))
    return images
