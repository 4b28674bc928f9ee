"""Chart drawing on a matplotlib ``Figure``: the same functions serve the screen, the PDF and the printer.

Each function takes the figure, the figures computed in core.metrics, and a ``translate(context,
text)`` callable for the labels (identity by default), plus a ``month_label`` for axis ticks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from core.metrics.churn import TARGET_MONTHLY_CHURN, MonthChurn, SixMonthChurn
from core.metrics.cohorts import CohortTable
from core.metrics.nps import NpsResult
from core.metrics.pareto import ParetoResult
from core.report.chart_table import attach, attach_message, cell
from core.text import QT_TRANSLATE_NOOP, Translate


def plain_text() -> None:
    """Every text in a chart or report page is shown as typed: a customer named "$5 korting$" must not be
    read as a formula (matplotlib's math text raises on it and the PDF is never written)."""
    import matplotlib

    matplotlib.rcParams["text.parse_math"] = False


PRIMARY = "#1f6f8b"
GOOD = "#2e8b57"
WARN = "#d08c1a"
BAD = "#c0392b"
NEUTRAL = "#9aa5ad"
TEXT = "#2b2f33"


def _t(translate: Translate | None, text: str) -> str:
    return translate("charts", text) if translate else text


def _default_month(d: date) -> str:
    return d.strftime("%m-%Y")


DECIMAL = {"sign": "."}  # the decimal sign of axis numbers: "," when the UI or the report is in Dutch


def set_decimal(sign: str) -> str:
    """Write axis numbers with ``sign`` as the decimal sign ("2,5"); returns the sign it replaces."""
    old, DECIMAL["sign"] = DECIMAL["sign"], sign
    return old


def _axis_number(value: float, sign: str) -> str:
    text = f"{value:.6g}"
    return text.replace(".", sign) if "e" not in text else text


def whole_numbers(ax, axis: str = "y") -> None:
    """Ticks on whole numbers only (a count of answers has no half answers)."""
    from matplotlib.ticker import MaxNLocator

    (ax.yaxis if axis == "y" else ax.xaxis).set_major_locator(MaxNLocator(integer=True))


def _style(ax) -> None:
    from matplotlib.ticker import FuncFormatter, ScalarFormatter

    if isinstance(ax.yaxis.get_major_formatter(), ScalarFormatter):  # numbers, not names set as tick labels
        sign = DECIMAL["sign"]  # taken now: the figure may be drawn later (a PDF page, a resized window)
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: _axis_number(value, sign)))
    ax.spines["top"].set_visible(False)
    ax.spines["right"].set_visible(False)
    ax.tick_params(colors=TEXT, labelsize=8)
    ax.grid(axis="y", color="#e3e6e8", linewidth=0.8)
    ax.set_axisbelow(True)


def _tight(fig) -> None:
    """Lay the chart out, unless its figure (or the report page holding it) has a layout engine of its own."""
    top = getattr(fig, "figure", fig)
    if top.get_layout_engine() is None and hasattr(fig, "tight_layout"):
        fig.tight_layout()


def _empty(fig, message: str) -> None:
    ax = fig.add_subplot(111)
    ax.axis("off")
    ax.text(0.5, 0.5, message, ha="center", va="center", color=NEUTRAL, fontsize=10, wrap=True)
    attach_message(fig, message)


def _tick_every(n: int) -> int:
    return max(1, (n + 11) // 12)


def draw_churn(fig, months: Sequence[MonthChurn], six: SixMonthChurn | None,
               translate: Translate | None = None, month_label: Callable[[date], str] = _default_month) -> None:
    """Monthly churn as bars, the 6-month average as a line and the 2 % target as a dashed line."""
    fig.clear()
    shown = [m for m in months if m.percent is not None]
    if not shown:
        _empty(fig, _t(translate, QT_TRANSLATE_NOOP("charts", "No full months with customers yet")))
        return
    ax = fig.add_subplot(111)
    xs = list(range(len(shown)))
    values = [m.percent for m in shown]
    colors = [GOOD if v <= TARGET_MONTHLY_CHURN else (WARN if v <= 2 * TARGET_MONTHLY_CHURN else BAD) for v in values]
    ax.bar(xs, values, color=colors, width=0.7, label=_t(translate, QT_TRANSLATE_NOOP("charts", "Churn per month")))
    ax.axhline(TARGET_MONTHLY_CHURN, color=TEXT, linestyle="--", linewidth=1,
               label=_t(translate, QT_TRANSLATE_NOOP("charts", "Target 2 % a month")))
    if six and six.percent is not None:
        first = next((i for i, m in enumerate(shown) if m.month >= six.first), 0)
        ax.plot([first - 0.4, len(shown) - 0.6], [six.percent] * 2, color=PRIMARY, linewidth=2.2,
                label=_t(translate, QT_TRANSLATE_NOOP("charts", "6-month average")))
    step = _tick_every(len(shown))
    ax.set_xticks(xs[::step], [month_label(m.month) for m in shown][::step], rotation=45, ha="right")
    ax.set_ylabel(_t(translate, QT_TRANSLATE_NOOP("charts", "% of customers lost")), fontsize=8, color=TEXT)
    ax.set_ylim(0, max(max(values) * 1.2, TARGET_MONTHLY_CHURN * 1.8))
    _style(ax)
    # Above the bars, so a high month never hides under the legend.
    ax.legend(fontsize=7, frameon=False, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=3, borderaxespad=0.2)
    sign = DECIMAL["sign"]
    rows = [[month_label(m.month), cell(m.percent, 1, sign, " %")] for m in shown]
    if six and six.percent is not None:
        rows.append([_t(translate, QT_TRANSLATE_NOOP("charts", "6-month average")), cell(six.percent, 1, sign, " %")])
    attach(fig, [_t(translate, QT_TRANSLATE_NOOP("charts", "Month")),
                 _t(translate, QT_TRANSLATE_NOOP("charts", "Churn per month"))], rows)
    _tight(fig)


def draw_nps_distribution(fig, nps: NpsResult, translate: Translate | None = None) -> None:
    """Answers per score 0-10, coloured by group (detractors, passives, promoters)."""
    fig.clear()
    if not nps.responses:
        _empty(fig, _t(translate, QT_TRANSLATE_NOOP("charts", "No survey answers in this period")))
        return
    ax = fig.add_subplot(111)
    colors = [BAD] * 7 + [NEUTRAL] * 2 + [GOOD] * 2
    ax.bar(range(11), nps.counts, color=colors, width=0.75)
    ax.set_xticks(range(11), [str(i) for i in range(11)])
    ax.set_xlabel(_t(translate, QT_TRANSLATE_NOOP("charts", "Score")), fontsize=8, color=TEXT)
    ax.set_ylabel(_t(translate, QT_TRANSLATE_NOOP("charts", "Answers")), fontsize=8, color=TEXT)
    whole_numbers(ax)
    from matplotlib.patches import Patch

    ax.legend(handles=[Patch(color=BAD, label=_t(translate, QT_TRANSLATE_NOOP("charts", "Detractors (0-6)"))),
                       Patch(color=NEUTRAL, label=_t(translate, QT_TRANSLATE_NOOP("charts", "Passives (7-8)"))),
                       Patch(color=GOOD, label=_t(translate, QT_TRANSLATE_NOOP("charts", "Promoters (9-10)")))],
              fontsize=7, frameon=False, loc="upper left")
    _style(ax)
    attach(fig, [_t(translate, QT_TRANSLATE_NOOP("charts", "Score")),
                 _t(translate, QT_TRANSLATE_NOOP("charts", "Answers"))],
           [[str(score), str(n)] for score, n in enumerate(nps.counts)])
    _tight(fig)


def draw_nps_trend(fig, trend: Sequence[tuple[date, NpsResult]], translate: Translate | None = None,
                   month_label: Callable[[date], str] = _default_month) -> None:
    """NPS per month or quarter, with the number of answers as a faint band of uncertainty."""
    fig.clear()
    points = [(d, r) for d, r in trend if r.score is not None]
    if not points:
        _empty(fig, _t(translate, QT_TRANSLATE_NOOP("charts", "No survey answers in this period")))
        return
    ax = fig.add_subplot(111)
    xs = list(range(len(points)))
    scores = [r.score for _, r in points]
    lo = [r.score - r.margin_of_error for _, r in points]
    hi = [r.score + r.margin_of_error for _, r in points]
    ax.fill_between(xs, lo, hi, color=PRIMARY, alpha=0.12, linewidth=0)
    ax.plot(xs, scores, color=PRIMARY, marker="o", linewidth=2)
    ax.axhline(0, color=TEXT, linewidth=0.8)
    step = _tick_every(len(points))
    ax.set_xticks(xs[::step], [month_label(d) for d, _ in points][::step], rotation=45, ha="right")
    ax.set_ylim(-100, 100)
    ax.set_ylabel("NPS", fontsize=8, color=TEXT)
    _style(ax)
    sign = DECIMAL["sign"]
    attach(fig, [_t(translate, QT_TRANSLATE_NOOP("charts", "Period")), "NPS",
                 _t(translate, QT_TRANSLATE_NOOP("charts", "95 % between")),
                 _t(translate, QT_TRANSLATE_NOOP("charts", "Answers"))],
           [[month_label(d), cell(r.score, 0, sign),
             f"{cell(r.score - r.margin_of_error, 0, sign)} – {cell(r.score + r.margin_of_error, 0, sign)}",
             str(r.responses)] for d, r in points])
    _tight(fig)


def draw_pareto(fig, result: ParetoResult, translate: Translate | None = None) -> None:
    """Cumulative share of revenue against share of customers, with the 20 % mark."""
    fig.clear()
    if not result.customers:
        _empty(fig, _t(translate, QT_TRANSLATE_NOOP("charts", "No revenue in this period")))
        return
    ax = fig.add_subplot(111)
    xs = [p[0] for p in result.curve]
    ys = [p[1] for p in result.curve]
    ax.plot(xs, ys, color=PRIMARY, linewidth=2)
    ax.plot([0, 100], [0, 100], color=NEUTRAL, linestyle=":", linewidth=1)
    share = result.top20_share_percent or 0.0
    ax.axvline(20, color=WARN, linestyle="--", linewidth=1)
    ax.annotate(f"{share:.0f} %", xy=(20, share), xytext=(28, max(share - 18, 5)), fontsize=9, color=TEXT,
                arrowprops={"arrowstyle": "->", "color": TEXT, "linewidth": 0.8})
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 102)
    ax.set_xlabel(_t(translate, QT_TRANSLATE_NOOP("charts", "% of customers (best first)")), fontsize=8, color=TEXT)
    ax.set_ylabel(_t(translate, QT_TRANSLATE_NOOP("charts", "% of revenue")), fontsize=8, color=TEXT)
    _style(ax)
    import numpy as np

    # The curve has a point per customer; the table reads it at every tenth of the customers.
    shares = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    sign = DECIMAL["sign"]
    attach(fig, [_t(translate, QT_TRANSLATE_NOOP("charts", "% of customers (best first)")),
                 _t(translate, QT_TRANSLATE_NOOP("charts", "% of revenue"))],
           [[f"{x} %", cell(float(y), 1, sign, " %")] for x, y in zip(shares, np.interp(shares, xs, ys), strict=True)])
    _tight(fig)


def draw_cohorts(fig, table: CohortTable, translate: Translate | None = None,
                 month_label: Callable[[date], str] = _default_month, buying: bool = True,
                 max_months: int = 12) -> None:
    """Cohort heatmap: rows by month of first purchase, columns months since; empty cells stay blank."""
    fig.clear()
    rows = [(m, s, r) for m, s, r in zip(table.months, table.sizes, table.buying if buying else table.active,
                                          strict=False) if s]
    if not rows or all(v is None for _, _, r in rows for v in r):
        _empty(fig, _t(translate, QT_TRANSLATE_NOOP("charts", "No cohorts to show")))
        return
    import numpy as np

    width = min(max_months, max(len(r) for _, _, r in rows))
    grid = np.array([[np.nan if v is None else v for v in r[:width]] for _, _, r in rows], dtype=float)
    ax = fig.add_subplot(111)
    masked = np.ma.masked_invalid(grid)
    image = ax.imshow(masked, aspect="auto", cmap="YlGnBu", vmin=0, vmax=100)
    for (i, j), v in np.ndenumerate(grid):
        if not np.isnan(v) and grid.shape[0] <= 16:
            ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=6, color="white" if v > 55 else TEXT)
    ax.set_yticks(range(len(rows)), [f"{month_label(m)} ({s})" for m, s, _ in rows], fontsize=7)
    ax.set_xticks(range(width), [str(k) for k in range(width)], fontsize=7)
    ax.set_xlabel(_t(translate, QT_TRANSLATE_NOOP("charts", "Months after the first purchase")), fontsize=8,
                  color=TEXT)
    cbar = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    cbar.ax.tick_params(labelsize=7)
    sign = DECIMAL["sign"]
    attach(fig, [_t(translate, QT_TRANSLATE_NOOP("charts", "First purchase")),
                 _t(translate, QT_TRANSLATE_NOOP("charts", "Customers"))] + [str(k) for k in range(width)],
           [[month_label(m), str(size)] + [cell(v, 0, sign, " %") if v is not None else "" for v in r[:width]]
            + [""] * (width - len(r[:width])) for m, size, r in rows])
    _tight(fig)


def draw_crr_periods(fig, periods: Sequence[tuple[str, float | None]], translate: Translate | None = None,
                     ylabel: str | None = None, grades: tuple[float, float] | None = (80, 60)) -> None:
    """A percentage per period as bars (CRR by default; gaps where a period has no figure).

    ``grades`` colours bars good/warn/bad above the two thresholds; None draws them all in one colour.
    """
    fig.clear()
    shown = [(label, v) for label, v in periods]
    if not any(v is not None for _, v in shown):
        _empty(fig, _t(translate, QT_TRANSLATE_NOOP("charts", "Type in counts to see the retention rate")))
        return
    ax = fig.add_subplot(111)
    xs = list(range(len(shown)))
    values = [v or 0.0 for _, v in shown]
    def color(v: float | None) -> str:
        if v is None:
            return NEUTRAL
        if grades is None:
            return PRIMARY
        return GOOD if v >= grades[0] else (WARN if v >= grades[1] else BAD)

    colors = [color(v) for _, v in shown]
    ax.bar(xs, values, color=colors, width=0.6)
    for x, (_, v) in zip(xs, shown, strict=True):
        if v is not None:
            ax.text(x, v + 1.5, f"{v:.0f} %", ha="center", fontsize=8, color=TEXT)
    step = _tick_every(len(shown))
    ax.set_xticks(xs[::step], [label for label, _ in shown][::step], rotation=30 if len(shown) > 6 else 0,
                  ha="right" if len(shown) > 6 else "center")
    ax.set_ylim(0, 110)
    label = ylabel or _t(translate, QT_TRANSLATE_NOOP("charts", "Retention rate (CRR) %"))
    ax.set_ylabel(label, fontsize=8, color=TEXT)
    _style(ax)
    sign = DECIMAL["sign"]
    attach(fig, [_t(translate, QT_TRANSLATE_NOOP("charts", "Period")), label],
           [[name, cell(v, 1, sign, " %")] for name, v in shown])
    _tight(fig)
