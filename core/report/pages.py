"""The report as pages: matplotlib Figures in A4 or Letter, the same for the PDF and the printer.

Page 1 holds the title and the key figures with their explanation; for a chain, a page comparing its branches;
then two charts per page (one per
half page, never cut over two pages); then the customers to look after and the at-risk list (names can
be left out for sharing). Every page has a footer with its number.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from core.branches import compare_branches
from core.metrics.churn import TARGET_MONTHLY_CHURN
from core.metrics.customers import CustomerRow, customer_rows
from core.metrics.periods import Period, add_months, month_start, previous_periods
from core.metrics.retention import crr_from_counts
from core.metrics.said import crr_counts, referral_counts, repeat_counts
from core.metrics.summary import Summary, trends
from core.model import Dataset
from core.numbers import fixed, money, percent
from core.predict.shop import MODEL
from core.report import charts
from core.report.branch_page import branch_page
from core.report.predict_pages import prediction_pages
from core.text import QT_TRANSLATE_NOOP, Numerus, Translate

PAPER = {"A4": (8.27, 11.69), "Letter": (8.5, 11.0)}
ROWS_PER_LIST_PAGE = 34
MAX_LIST_PAGES = 2  # longer lists belong in the workbook; the PDF shows the top of each


def _t(translate: Translate | None, text: str) -> str:
    return translate("report", text) if translate else text


@dataclass
class ReportOptions:
    """What the owner chose for the report."""

    paper: str = "A4"
    names: bool = True  # False: customer numbers only, for sharing
    decimal: str = ","
    made_on: date | None = None


def key_figures(s: Summary, translate: Translate | None, decimal: str) -> list[tuple[str, str, str]]:
    """(figure, value, how it was computed) rows for the report and the Excel export."""
    t = lambda text: _t(translate, text)  # noqa: E731 - a local shorthand
    c, six, o, n = s.crr, s.churn_six, s.churn_outlook, s.nps

    def why(problem) -> str:
        return problem.render(translate, decimal) if problem else ""

    if c.percent is None:
        crr_how = why(c.problem)
    elif s.typed_crr_label:
        crr_how = t(QT_TRANSLATE_NOOP("report", "((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100, typed in for "
                                                "{label}")).format(e=c.end, n=c.new, s=c.start, label=s.typed_crr_label)
    else:
        crr_how = t(QT_TRANSLATE_NOOP("report", "((E − N) / S) × 100 = (({e} − {n}) / {s}) × 100; {counts}")).format(
            e=c.end, n=c.new, s=c.start, counts="; ".join(crr_counts(c, translate)))
    six_known = six is not None and six.percent is not None
    rows = [
        (t(QT_TRANSLATE_NOOP("report", "Retention rate (CRR)")), percent(c.percent, decimal), crr_how),
        (t(QT_TRANSLATE_NOOP("report", "Churn per month (6-month average)")),
         percent(six.percent if six_known else None, decimal),
         t(QT_TRANSLATE_NOOP("report", "{lost} lost / {start} at the start / 6; target {target} %")).format(
             lost=six.lost, start=six.start, target=int(TARGET_MONTHLY_CHURN)) if six_known else why(s.churn_reason)),
        (t(QT_TRANSLATE_NOOP("report", "Expected customer lifetime")),
         (fixed(o.lifetime_years, 1, decimal) + " " + t(QT_TRANSLATE_NOOP("report", "years")))
         if o and o.lifetime_years else "–",
         t(QT_TRANSLATE_NOOP("report", "1 / monthly churn")) if o else ""),
        (t(QT_TRANSLATE_NOOP("report", "Net Promoter Score")),
         fixed(n.score, 0, decimal),
         Numerus(translate, n.responses).translate(
             "report", "{n} answers, 95 % between {low} and {high}", "", 0).format(
             n=n.responses, low=fixed(n.low, 0, decimal), high=fixed(n.high, 0, decimal)) if n.responses
         else t(QT_TRANSLATE_NOOP("report", "No answers in this period"))),
        (t(QT_TRANSLATE_NOOP("report", "Repeat purchase rate")), percent(s.repeat.percent, decimal),
         repeat_counts(s.repeat, translate) if s.repeat.percent is not None
         else why(s.repeat.problem)),
        (t(QT_TRANSLATE_NOOP("report", "Referral rate")), percent(s.referral.percent, decimal),
         referral_counts(s.referral, translate)),
        (t(QT_TRANSLATE_NOOP("report", "Revenue from the top 20 %")), percent(s.pareto.top20_share_percent, decimal),
         Numerus(translate, s.pareto.customers).translate("report", "{k} of {n} paying customers", "", 0)
         .format(k=s.pareto.top_count, n=s.pareto.customers)),
        _risk_row(s, t),
    ]
    return rows


def _risk_row(s: Summary, t: Callable[[str], str]) -> tuple[str, str, str]:
    """The customers at risk as the dashboard says them: by the prediction model, by the plain rule where the
    history is too thin for it, or not known yet while the predictions are being made (never a 0 then)."""
    label = t(QT_TRANSLATE_NOOP("report", "Customers at risk"))
    p = s.predictions
    if p is None:
        return label, "–", t(QT_TRANSLATE_NOOP(
            "report", "Not known yet: the predictions are still being made. Make the report again in a moment."))
    if p.method == MODEL:
        return label, str(len(s.at_risk)), t(QT_TRANSLATE_NOOP(
            "report", "regular customers whose chance to buy in the next {days} days dropped below half")).format(
            days=p.horizon_days)
    return label, str(len(s.at_risk)), t(QT_TRANSLATE_NOOP(
        "report", "past their usual time between purchases (too little history for predictions)"))


def key_values(s: Summary) -> list[float | None]:
    """The numbers behind ``key_figures``, in the same order (for the Excel export)."""
    o = s.churn_outlook
    return [s.crr.percent, s.churn_six.percent if s.churn_six else None, o.lifetime_years if o else None,
            s.nps.score, s.repeat.percent, s.referral.percent, s.pareto.top20_share_percent,
            None if s.predictions is None else len(s.at_risk)]


def _new_page(paper: str):
    from matplotlib.figure import Figure

    charts.plain_text()
    # Constrained layout places the two half-page charts without overlap or cut-off labels.
    return Figure(figsize=PAPER[paper], dpi=100, layout="constrained")


def _footer(fig, number: int, shop: str, translate: Translate | None) -> None:
    fig.text(0.5, 0.025, _t(translate, QT_TRANSLATE_NOOP("report", "Page {n}")).format(n=number), ha="center",
             fontsize=8, color=charts.NEUTRAL)
    fig.text(0.08, 0.025, f"Klantbehoud · {shop}" if shop else "Klantbehoud", fontsize=8, color=charts.NEUTRAL)


def _chart_page(paper: str, draws: list[Callable], titles: list[str]):
    """One page with up to two charts, each in its own half, drawn by the shared chart functions."""
    page = _new_page(paper)
    # Keep the lowest strip free for the page footer.
    page.get_layout_engine().set(h_pad=0.3, w_pad=0.3, rect=(0, 0.05, 1, 0.95))
    halves = page.subfigures(2, 1, hspace=0.06)
    for sub, draw, title in zip(halves, draws, titles, strict=False):
        draw(sub)  # the drawing clears its (sub)figure, so the title comes after
        sub.suptitle(title, fontsize=11, color=charts.TEXT, x=0.02, ha="left", fontweight="bold")
    return page


def build_pages(s: Summary, data: Dataset, options: ReportOptions, translate: Translate | None = None,
                shop: str = "", month_label: Callable[[date], str] | None = None,
                rows: list[CustomerRow] | None = None) -> list:
    """Every page of the report as a Figure (axis numbers with the report's decimal sign); ``rows``: the
    customer list's rows for ``s`` when the caller has them already (100,000 customers: 0.4-0.75 s to make)."""
    previous = charts.set_decimal(options.decimal)
    try:
        return _build_pages(s, data, options, translate, shop, month_label, rows)
    finally:
        charts.set_decimal(previous)


def _build_pages(s: Summary, data: Dataset, options: ReportOptions, translate: Translate | None,
                 shop: str, month_label: Callable[[date], str] | None, rows: list[CustomerRow] | None) -> list:
    t = lambda text: _t(translate, text)  # noqa: E731 - a local shorthand
    month_label = month_label or charts._default_month
    made = options.made_on or date.today()
    pages = []

    first = _new_page(options.paper)
    first.text(0.08, 0.93, t(QT_TRANSLATE_NOOP("report", "Customer retention report")), fontsize=22,
               fontweight="bold", color="#1f3b4d")
    first.text(0.08, 0.895, shop, fontsize=15, color=charts.TEXT)
    first.text(0.08, 0.865, t(QT_TRANSLATE_NOOP("report", "Period {first} to {last} · data up to {as_of} · made on "
                                                          "{made}")).format(
        first=s.period.first.strftime("%d-%m-%Y"), last=s.period.last.strftime("%d-%m-%Y"),
        as_of=s.as_of.strftime("%d-%m-%Y"), made=made.strftime("%d-%m-%Y")), fontsize=9, color=charts.NEUTRAL)
    y = 0.80
    if s.period_note:
        for line in textwrap.wrap(s.period_note.render(translate, options.decimal), 105):
            first.text(0.08, y, line, fontsize=8.5, color="#a05a00")
            y -= 0.017
        y -= 0.02
    for name, value, how in key_figures(s, translate, options.decimal):
        first.text(0.08, y, name, fontsize=11, color=charts.TEXT, fontweight="bold")
        first.text(0.74, y, value, fontsize=13, color=charts.PRIMARY, fontweight="bold")
        # Long explanations (a reason why a figure is not known yet) wrap within the page.
        lines = textwrap.wrap(how, 105) or [""]
        for i, line in enumerate(lines):
            first.text(0.08, y - 0.022 - 0.016 * i, line, fontsize=8.5, color="#5b6670")
        y -= 0.059 + 0.016 * len(lines)
    first.text(0.08, y - 0.01, t(QT_TRANSLATE_NOOP(
        "report", "A customer counts as lost after {days} days without a purchase, or on the date they left.")).format(
        days=s.inactive_after), fontsize=8.5, color="#5b6670")
    pages.append(first)
    branches = compare_branches(data, s)
    if branches:
        pages.append(branch_page(branches, lambda: _new_page(options.paper), translate, options.decimal))

    quarter = Period(add_months(month_start(s.period.last), -2), s.period.last)
    series = trends(s.frame, data.surveys, quarter, 6) if s.frame is not None else {}
    quarters = [p.last.strftime("%m-%Y") for p in previous_periods(quarter, 6)]
    typed = [(p.label, crr_from_counts(p.start, p.end, p.new).percent) for p in data.period_counts]
    crr_rows = typed or list(zip(quarters, series.get("crr", []), strict=False))
    chart_list = [
        (t(QT_TRANSLATE_NOOP("report", "Retention rate (CRR) per period")),
         lambda f: charts.draw_crr_periods(f, crr_rows, translate)),
        (t(QT_TRANSLATE_NOOP("report", "Churn per month, 6-month average and the 2 % target")),
         lambda f: charts.draw_churn(f, s.churn_monthly, s.churn_six, translate, month_label)),
        (t(QT_TRANSLATE_NOOP("report", "NPS: answers per score")),
         lambda f: charts.draw_nps_distribution(f, s.nps, translate)),
        (t(QT_TRANSLATE_NOOP("report", "NPS per month")),
         lambda f: charts.draw_nps_trend(f, s.nps_trend, translate, month_label)),
        (t(QT_TRANSLATE_NOOP("report", "Repeat purchase rate per quarter")),
         lambda f: charts.draw_crr_periods(f, list(zip(quarters, series.get("repeat", []), strict=False)),
                                           translate, t(QT_TRANSLATE_NOOP("report", "% bought again")), None)),
        (t(QT_TRANSLATE_NOOP("report", "Referral rate per quarter")),
         lambda f: charts.draw_crr_periods(f, list(zip(quarters, series.get("referral", []), strict=False)),
                                           translate, t(QT_TRANSLATE_NOOP("report", "% came on a recommendation")),
                                           None)),
        (t(QT_TRANSLATE_NOOP("report", "The 80/20 rule: share of revenue by share of customers")),
         lambda f: charts.draw_pareto(f, s.pareto, translate)),
        (t(QT_TRANSLATE_NOOP("report", "Cohorts: share still buying, by month of first purchase")),
         lambda f: charts.draw_cohorts(f, s.cohorts, translate, month_label)),
    ]
    for i in range(0, len(chart_list), 2):
        pair = chart_list[i:i + 2]
        pages.append(_chart_page(options.paper, [d for _, d in pair], [n for n, _ in pair]))

    pages.extend(prediction_pages(s, lambda: _new_page(options.paper),
                                  lambda draws, titles: _chart_page(options.paper, draws, titles),
                                  translate, options.decimal, month_label))
    rows = customer_rows(data, s) if rows is None else rows
    top = sorted((r for r in rows if r.top20), key=lambda r: -(r.revenue or 0))
    risk_ids = [r.customer_id for r in s.at_risk]
    by_id = {r.id: r for r in rows}
    risk = [by_id[i] for i in risk_ids if i in by_id]
    for title, people in ((t(QT_TRANSLATE_NOOP("report", "Your best customers (top 20 % by revenue)")), top),
                          (t(QT_TRANSLATE_NOOP("report", "Customers at risk: contact them now")), risk)):
        pages.extend(_list_pages(options, title, people, t))
    for number, page in enumerate(pages, start=1):
        _footer(page, number, shop, translate)
    return pages


def _list_pages(options: ReportOptions, title: str, people: list, t: Callable[[str], str]) -> list:
    """A list of customers with how to reach them (unless names are left out), at most ``MAX_LIST_PAGES``
    pages: the rest is in the workbook, and the last page says so."""
    per, out = ROWS_PER_LIST_PAGE, []
    shown = people[:per * MAX_LIST_PAGES]
    contact = options.names  # an e-mail address or phone number names the person as much as the name does
    head = [t(QT_TRANSLATE_NOOP("report", "Customer")), t(QT_TRANSLATE_NOOP("report", "E-mail or phone")),
            t(QT_TRANSLATE_NOOP("report", "Last purchase")), t(QT_TRANSLATE_NOOP("report", "Orders")),
            t(QT_TRANSLATE_NOOP("report", "Revenue"))]
    xs = (0.08, 0.38, 0.60, 0.745, 0.86)
    for start in range(0, max(len(shown), 1), per):
        page = _new_page(options.paper)
        page.text(0.08, 0.93, title, fontsize=14, fontweight="bold", color="#1f3b4d")
        for x, h in zip(xs, head, strict=True):
            if contact or x != xs[1]:
                page.text(x, 0.895, h, fontsize=8.5, fontweight="bold", color=charts.TEXT)
        y = 0.87
        chunk = shown[start:start + per]
        if not chunk:
            page.text(0.08, y, t(QT_TRANSLATE_NOOP("report", "Nobody in this list.")), fontsize=9)
        for r in chunk:
            who = f"{r.name} ({r.id})" if options.names and r.name else r.id
            reach = (r.email or r.phone) if contact else ""
            cells = [who[:32 if contact else 60], reach[:28], r.last_purchase.strftime("%d-%m-%Y")
                     if r.last_purchase else "–", "–" if r.orders is None else str(r.orders),
                     money(r.revenue, options.decimal)]
            for x, cell in zip(xs, cells, strict=True):
                page.text(x, y, cell, fontsize=8.5, color=charts.TEXT)
            y -= 0.023
        if start + per >= len(shown) and len(people) > len(shown):
            page.text(0.08, y - 0.01, t(QT_TRANSLATE_NOOP(
                "report", "… and {n} more: the whole list is in the Excel file of this report.")).format(
                n=len(people) - len(shown)), fontsize=8.5, color="#5b6670")
        out.append(page)
    return out


def write_pdf(pages: list, path) -> int:
    """Save the pages as one PDF (text stays text: TrueType fonts embedded); returns the page count."""
    from matplotlib.backends.backend_pdf import PdfPages

    with PdfPages(path, metadata={"Title": "Klantbehoud", "Creator": "Klantbehoud"}) as pdf:
        for page in pages:
            pdf.savefig(page)
    return len(pages)
