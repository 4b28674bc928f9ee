"""The predictions in the report: the forecast with its backtest and the segments with what to do, as one page
of charts and one of text, and the same numbers as rows for the workbook."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import date

from core.metrics.summary import Summary
from core.numbers import fixed, money
from core.predict.forecast import Forecast, Outlook, forecast
from core.predict.segments import ACTIONS, NAMES, segment_totals
from core.predict.shop import MODEL, Predictions
from core.report import charts, predict_charts
from core.text import QT_TRANSLATE_NOOP, Translate


def _t(translate: Translate | None, text: str) -> str:
    return translate("report", text) if translate else text


def _core(translate: Translate | None, text: str) -> str:
    return translate("core", text) if translate else text


def ensure_forecast(s: Summary) -> Forecast | None:
    """The summary's forecast, computed now when the predictions came without one (command line, tests)."""
    p = s.predictions
    if p is None or s.frame is None:
        return None
    if p.forecast is None:
        p.forecast = forecast(s.frame, p.hist, p.params, p.spend)
    return p.forecast


def _outlooks(fc: Forecast | None) -> list[tuple[str, Outlook]]:
    """(label, outlook) for the next 30 days and 3 months, where the model gave one."""
    pairs = ((QT_TRANSLATE_NOOP("report", "Next 30 days"), fc.next_month if fc else None),
             (QT_TRANSLATE_NOOP("report", "Next 3 months"), fc.next_quarter if fc else None))
    return [(label, o) for label, o in pairs if o is not None]


def forecast_rows(p: Predictions, translate: Translate | None, decimal: str) -> list[tuple[str, str, str]]:
    """(what, purchases, revenue) for the next 30 days and 3 months, as the report page shows them."""
    return [(_t(translate, label), fixed(o.purchases, 0, decimal),
             "–" if o.revenue is None else fixed(o.revenue, 2, decimal)) for label, o in _outlooks(p.forecast)]


def prediction_pages(s: Summary, paper_page: Callable, chart_page: Callable, translate: Translate | None,
                     decimal: str, month_label: Callable[[date], str]) -> list:
    """A chart page (forecast against what happened; customers and revenue per group) and a text page (how the
    predictions are made, the forecast, each group with its action). Empty without predictions."""
    p = s.predictions
    if p is None:
        return []
    t = lambda text: _t(translate, text)  # noqa: E731 - a local shorthand
    fc = ensure_forecast(s)
    totals = segment_totals(p.segment, p.hist.revenue, p.expected_revenue)
    pages = [chart_page(
        [lambda f: predict_charts.draw_backtest(f, fc.backtest if fc else [], fc.next_month if fc else None,
                                                translate, month_label),
         lambda f: predict_charts.draw_segments(f, totals, translate, lambda v: money(v, decimal)[:-3])],
        [t(QT_TRANSLATE_NOOP("report", "Forecast against what happened")),
         t(QT_TRANSLATE_NOOP("report", "Your customers by group"))])]
    page = paper_page()
    page.text(0.08, 0.93, t(QT_TRANSLATE_NOOP("report", "Predictions")), fontsize=14, fontweight="bold",
              color="#1f3b4d")
    if p.method == MODEL:
        how = t(QT_TRANSLATE_NOOP(
            "report", "Learned from the purchases of {n} customers up to {day} (MBG/NBD and Gamma-Gamma models); "
                      "several orders on one day count as one purchase; new customers are not in the forecast."))
        how = how.format(n=int(p.hist.has.sum()), day=p.as_of.strftime("%d-%m-%Y"))
    else:
        how = p.reason.render(translate, decimal) if p.reason else ""
    y = 0.895
    for line in textwrap.wrap(how, 105):
        page.text(0.08, y, line, fontsize=8.5, color="#5b6670")
        y -= 0.017
    y -= 0.02
    for label, purchases, revenue in forecast_rows(p, translate, decimal):
        page.text(0.08, y, label, fontsize=10, fontweight="bold", color=charts.TEXT)
        page.text(0.40, y, t(QT_TRANSLATE_NOOP("report", "{n} purchases")).format(n=purchases), fontsize=10,
                  color=charts.PRIMARY)
        page.text(0.62, y, t(QT_TRANSLATE_NOOP("report", "revenue {amount}")).format(amount=revenue), fontsize=10,
                  color=charts.PRIMARY)
        y -= 0.03
    y -= 0.02
    heads = (t(QT_TRANSLATE_NOOP("report", "Group")), t(QT_TRANSLATE_NOOP("report", "Customers")),
             t(QT_TRANSLATE_NOOP("report", "Revenue so far")), t(QT_TRANSLATE_NOOP("report", "What to do")))
    for x, head in zip((0.08, 0.30, 0.42, 0.58), heads, strict=True):
        page.text(x, y, head, fontsize=9, fontweight="bold", color=charts.TEXT)
    y -= 0.025
    for key, n, revenue, _ in totals:
        page.text(0.08, y, _core(translate, NAMES[key]), fontsize=8.5, color=charts.TEXT)
        page.text(0.30, y, str(n), fontsize=8.5, color=charts.TEXT)
        page.text(0.42, y, fixed(revenue, 0, decimal), fontsize=8.5, color=charts.TEXT)
        lines = textwrap.wrap(_core(translate, ACTIONS[key]), 48) or [""]
        for i, line in enumerate(lines):
            page.text(0.58, y - 0.016 * i, line, fontsize=8.5, color="#5b6670")
        y -= 0.012 + 0.016 * len(lines)
    pages.append(page)
    return pages


def prediction_sheet_rows(s: Summary, translate: Translate | None) -> tuple[list[str], list[list]]:
    """The workbook's predictions sheet: the forecast, then each group with its counts and action."""
    p = s.predictions
    t = lambda text: _t(translate, text)  # noqa: E731 - a local shorthand
    header = [t(QT_TRANSLATE_NOOP("report", "What")), t(QT_TRANSLATE_NOOP("report", "Customers / purchases")),
              t(QT_TRANSLATE_NOOP("report", "Revenue")), t(QT_TRANSLATE_NOOP("report", "Expected revenue")),
              t(QT_TRANSLATE_NOOP("report", "What to do"))]
    if p is None:
        return header, []
    fc = ensure_forecast(s)
    rows: list[list] = [[t(label), round(o.purchases), None, None if o.revenue is None else round(o.revenue, 2), ""]
                        for label, o in _outlooks(fc)]
    for key, n, revenue, expected in segment_totals(p.segment, p.hist.revenue, p.expected_revenue):
        rows.append([_core(translate, NAMES[key]), n, round(revenue, 2), round(expected, 2),
                     _core(translate, ACTIONS[key])])
    return header, rows
