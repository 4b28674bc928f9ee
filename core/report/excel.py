"""The numbers for the accountant: a formatted workbook with the key figures, the per-period tables,
the cohorts and the action lists, with native Excel charts so the numbers stay live."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from core.branches import compare_branches
from core.exportsafe import fill_sheet, sheet_title
from core.metrics.customers import customer_rows
from core.metrics.retention import crr_from_counts
from core.metrics.summary import Summary
from core.model import Dataset
from core.report.branch_page import branch_header, branch_values
from core.report.pages import key_figures, key_values
from core.report.predict_pages import prediction_sheet_rows
from core.text import QT_TRANSLATE_NOOP, Translate

PERCENT = '0.0" %"'


def _t(translate: Translate | None, text: str) -> str:
    return translate("report", text) if translate else text


def _sheet(wb, title: str, header: Sequence[str], rows: Sequence[Sequence[Any]], formats: dict[int, str] | None = None):
    ws = wb.create_sheet(sheet_title(title))
    fill_sheet(ws, header, rows, formats)
    return ws


def _chart(ws, kind: str, title: str, data_cols: Sequence[int], rows: int, anchor: str) -> None:
    from openpyxl.chart import BarChart, LineChart, Reference

    if rows < 1:
        return
    chart = BarChart() if kind == "bar" else LineChart()
    chart.title = title
    chart.height, chart.width = 7.5, 16
    for col in data_cols:
        chart.add_data(Reference(ws, min_col=col, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=rows + 1))
    ws.add_chart(chart, anchor)


def write_workbook(s: Summary, data: Dataset, path: Path, translate: Translate | None = None,
                   names: bool = True) -> None:
    """Write the report workbook to ``path``."""
    from openpyxl import Workbook

    t = lambda text: _t(translate, text)  # noqa: E731 - a local shorthand
    wb = Workbook()
    wb.remove(wb.active)
    figures = key_figures(s, translate, ",")
    values = key_values(s)
    _sheet(wb, t(QT_TRANSLATE_NOOP("report", "Key figures")),
           [t(QT_TRANSLATE_NOOP("report", "Figure")), t(QT_TRANSLATE_NOOP("report", "Value")),
            t(QT_TRANSLATE_NOOP("report", "Shown as")), t(QT_TRANSLATE_NOOP("report", "How it was computed"))],
           [[name, None if v is None else round(v, 4), shown, how]
            for (name, shown, how), v in zip(figures, values, strict=True)]
           + [[], [t(QT_TRANSLATE_NOOP("report", "Period")),
                   f"{s.period.first:%d-%m-%Y} – {s.period.last:%d-%m-%Y}", "", ""]], {2: "0.0"})
    branches = compare_branches(data, s)
    if branches:
        _sheet(wb, t(QT_TRANSLATE_NOOP("report", "Branches")), branch_header(translate),
               [branch_values(b, translate) for b in branches],
               {3: "#,##0.00", 4: PERCENT, 5: PERCENT, 6: "0", 7: PERCENT})
    churn_rows = [[m.month.strftime("%Y-%m"), m.start, m.lost, m.percent] for m in s.churn_monthly]
    ws = _sheet(wb, t(QT_TRANSLATE_NOOP("report", "Churn per month")),
                [t(QT_TRANSLATE_NOOP("report", "Month")), t(QT_TRANSLATE_NOOP("report", "Customers at the start")),
                 t(QT_TRANSLATE_NOOP("report", "Lost")), t(QT_TRANSLATE_NOOP("report", "Churn %"))],
                churn_rows, {4: PERCENT})
    _chart(ws, "bar", t(QT_TRANSLATE_NOOP("report", "Churn per month")), [4], len(churn_rows), "F2")
    counts = [[p.label, p.start, p.end, p.new, crr_from_counts(p.start, p.end, p.new).percent]
              for p in data.period_counts]
    ws = _sheet(wb, t(QT_TRANSLATE_NOOP("report", "CRR per period")),
                [t(QT_TRANSLATE_NOOP("report", "Period")), "S", "E", "N", t(QT_TRANSLATE_NOOP("report", "CRR %"))],
                counts, {5: PERCENT})
    _chart(ws, "bar", "CRR", [5], len(counts), "G2")
    nps_rows = [[d.strftime("%Y-%m"), r.responses, r.promoters, r.passives, r.detractors, r.score,
                 r.margin_of_error] for d, r in s.nps_trend]
    ws = _sheet(wb, "NPS", [t(QT_TRANSLATE_NOOP("report", "Month")), t(QT_TRANSLATE_NOOP("report", "Answers")),
                            t(QT_TRANSLATE_NOOP("report", "Promoters")), t(QT_TRANSLATE_NOOP("report", "Passives")),
                            t(QT_TRANSLATE_NOOP("report", "Detractors")), "NPS",
                            t(QT_TRANSLATE_NOOP("report", "Margin ±"))], nps_rows, {6: "0.0", 7: "0.0"})
    _chart(ws, "line", "NPS", [6], len(nps_rows), "I2")
    width = max((len(r) for r in s.cohorts.buying), default=0)
    cohort_rows = [[m.strftime("%Y-%m"), size, *row] for m, size, row in
                   zip(s.cohorts.months, s.cohorts.sizes, s.cohorts.buying, strict=True)]
    _sheet(wb, t(QT_TRANSLATE_NOOP("report", "Cohorts")),
           [t(QT_TRANSLATE_NOOP("report", "First purchase")), t(QT_TRANSLATE_NOOP("report", "Customers"))]
           + [str(k) for k in range(width)], cohort_rows, {c: PERCENT for c in range(3, width + 3)})
    rows = customer_rows(data, s)
    by_id = {r.id: r for r in rows}
    risk = [by_id[a.customer_id] for a in s.at_risk if a.customer_id in by_id]
    for title, people in ((t(QT_TRANSLATE_NOOP("report", "At risk")), risk),
                          (t(QT_TRANSLATE_NOOP("report", "Top 20 %")), [r for r in rows if r.top20])):
        _sheet(wb, title, [t(QT_TRANSLATE_NOOP("report", "Customer")), t(QT_TRANSLATE_NOOP("report", "Name")),
                           t(QT_TRANSLATE_NOOP("report", "E-mail")), t(QT_TRANSLATE_NOOP("report", "Last purchase")),
                           t(QT_TRANSLATE_NOOP("report", "Orders")), t(QT_TRANSLATE_NOOP("report", "Revenue"))],
               [[r.id, r.name if names else "", r.email if names else "", r.last_purchase, r.orders, r.revenue]
                for r in people], {6: "#,##0.00", 4: "dd-mm-yyyy"})
    header, rows = prediction_sheet_rows(s, translate)
    if rows:
        _sheet(wb, t(QT_TRANSLATE_NOOP("report", "Predictions")), header, rows, {3: "#,##0.00", 4: "#,##0.00"})
    wb.save(path)
