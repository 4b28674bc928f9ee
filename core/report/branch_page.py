"""The report's comparison of a chain's branches: one row per branch and one for all together, the same key figures
as page 1 with the same rounding, for the PDF page and the Excel sheet alike."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

from core.branches import BranchFigures
from core.numbers import fixed, money, percent
from core.report import charts
from core.text import QT_TRANSLATE_NOOP, Translate


def _t(translate: Translate | None, text: str) -> str:
    return translate("report", text) if translate else text


def branch_header(translate: Translate | None) -> list[str]:
    """The comparison's column titles."""
    return [_t(translate, text) for text in (
        QT_TRANSLATE_NOOP("report", "Branch"), QT_TRANSLATE_NOOP("report", "Customers"),
        QT_TRANSLATE_NOOP("report", "Revenue"), QT_TRANSLATE_NOOP("report", "Retention rate (CRR)"),
        QT_TRANSLATE_NOOP("report", "Churn per month"), QT_TRANSLATE_NOOP("report", "NPS"),
        QT_TRANSLATE_NOOP("report", "Repeat purchase rate"))]


def branch_values(row: BranchFigures, translate: Translate | None) -> list:
    """One row's numbers (None where a figure is not known yet), for the Excel sheet."""
    s = row.summary
    name = row.branch if row.branch is not None else _t(translate, QT_TRANSLATE_NOOP("report", "All branches"))
    six = s.churn_six.percent if s.churn_six else None
    return [name, row.customers, row.revenue, s.crr.percent, six, s.nps.score if s.nps.responses else None,
            s.repeat.percent]


def branch_cells(row: BranchFigures, translate: Translate | None, decimal: str) -> list[str]:
    """One row as the page shows it: "–" where a figure is not known yet."""
    name, customers, revenue, crr, churn, nps, repeat = branch_values(row, translate)
    return [name, str(customers), money(revenue, decimal), percent(crr, decimal), percent(churn, decimal),
            "–" if nps is None else fixed(nps, 0, decimal), percent(repeat, decimal)]


def branch_page(rows: list[BranchFigures], new_page: Callable, translate: Translate | None, decimal: str):
    """The PDF page comparing the branches."""
    page = new_page()
    page.text(0.08, 0.93, _t(translate, QT_TRANSLATE_NOOP("report", "Branches compared")), fontsize=14,
              fontweight="bold", color="#1f3b4d")
    xs = (0.08, 0.28, 0.37, 0.52, 0.64, 0.76, 0.83)
    y = 0.885
    for x, head in zip(xs, branch_header(translate), strict=True):
        # Each title within its column: wrapped between words, bottom-aligned above the first row.
        page.text(x, y, "\n".join(textwrap.wrap(head, 12, break_long_words=False)), fontsize=7.5,
                  fontweight="bold", color=charts.TEXT, va="bottom")
    y -= 0.03
    for row in rows:
        bold = "bold" if row.branch is None else "normal"
        for x, cell in zip(xs, branch_cells(row, translate, decimal), strict=True):
            page.text(x, y, cell[:28], fontsize=8.5, color=charts.TEXT, fontweight=bold)
        y -= 0.024
    note = _t(translate, QT_TRANSLATE_NOOP(
        "report", "A customer who buys at two branches counts at both; the row for all branches is the shop as a "
                  "whole, not a sum of the rows above."))
    for i, line in enumerate(textwrap.wrap(note, 105)):
        page.text(0.08, y - 0.015 - 0.016 * i, line, fontsize=8, color="#5b6670")
    # The retention rate of each branch as bars in the lower half, coloured against the same targets as page 1.
    page.get_layout_engine().set(h_pad=0.3, w_pad=0.3, rect=(0, 0.05, 1, 0.95))  # as the chart pages: footer free
    lower = page.subfigures(2, 1, hspace=0.06)[1]
    charts.draw_crr_periods(lower, [(cells[0], r.summary.crr.percent) for r, cells in
                                    ((r, branch_values(r, translate)) for r in rows)], translate)
    lower.suptitle(_t(translate, QT_TRANSLATE_NOOP("report", "Retention rate (CRR) per branch")), fontsize=11,
                   color=charts.TEXT, x=0.02, ha="left", fontweight="bold")
    return page
