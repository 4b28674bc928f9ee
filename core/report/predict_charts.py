"""Charts of the predictions, for the window and the report alike: customers and revenue per RFM segment, and
the forecast of each past month beside what happened."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from core.predict.forecast import Backtest, Outlook
from core.predict.segments import CANT_LOSE, CHAMPIONS, LOYAL, NAMES, PROMISING
from core.report.chart_table import attach, cell
from core.report.charts import (
    BAD,
    DECIMAL,
    GOOD,
    NEUTRAL,
    PRIMARY,
    TEXT,
    WARN,
    Translate,
    _default_month,
    _empty,
    _style,
    _t,
    _tight,
    whole_numbers,
)
from core.text import QT_TRANSLATE_NOOP

SEGMENT_COLORS = {CHAMPIONS: GOOD, LOYAL: "#5aa469", PROMISING: PRIMARY, CANT_LOSE: BAD}


def _segment_color(key: str) -> str:
    if key in SEGMENT_COLORS:
        return SEGMENT_COLORS[key]
    return WARN if key in ("at_risk", "needs_attention") else NEUTRAL


def draw_segments(fig, totals: Sequence[tuple[str, int, float, float]], translate: Translate | None = None,
                  money: Callable[[float], str] = lambda v: f"{v:,.0f}") -> None:
    """Two bar charts side by side: customers per segment, and their revenue so far."""
    fig.clear()
    if not any(n for _, n, _, _ in totals):
        _empty(fig, _t(translate, QT_TRANSLATE_NOOP("charts", "No customers with a purchase yet")))
        return
    names = [translate("core", NAMES[k]) if translate else NAMES[k] for k, _, _, _ in totals]
    colors = [_segment_color(k) for k, _, _, _ in totals]
    ys = list(range(len(totals)))[::-1]
    left, right = fig.subplots(1, 2, sharey=True)
    counts = [n for _, n, _, _ in totals]
    revenue = [max(r, 0.0) for _, _, r, _ in totals]
    left.barh(ys, counts, color=colors)
    right.barh(ys, revenue, color=colors)
    left.set_yticks(ys, names, fontsize=8)
    left.set_title(_t(translate, QT_TRANSLATE_NOOP("charts", "Customers")), fontsize=9, color=TEXT)
    right.set_title(_t(translate, QT_TRANSLATE_NOOP("charts", "Revenue so far")), fontsize=9, color=TEXT)
    for ax, values, fmt in ((left, counts, str), (right, revenue, money)):
        top = max(values) or 1
        ax.set_xlim(0, top * 1.35)
        for y, v in zip(ys, values, strict=True):
            ax.text(v + top * 0.02, y, fmt(v), va="center", fontsize=7, color=TEXT)
        ax.set_xticks([])
        _style(ax)
    attach(fig, [_t(translate, QT_TRANSLATE_NOOP("charts", "Group")),
                 _t(translate, QT_TRANSLATE_NOOP("charts", "Customers")),
                 _t(translate, QT_TRANSLATE_NOOP("charts", "Revenue so far"))],
           [[name, str(n), money(r)] for name, (_, n, r, _) in zip(names, totals, strict=True)])
    _tight(fig)


def draw_backtest(fig, months: Sequence[Backtest], coming: Outlook | None, translate: Translate | None = None,
                  month_label: Callable[[date], str] = _default_month) -> None:
    """Purchases per past month (bars) with what the model expected the day before each month (dots), and the
    coming month's forecast as an open bar."""
    fig.clear()
    if not months and coming is None:
        _empty(fig, _t(translate, QT_TRANSLATE_NOOP("charts", "Not enough history for a forecast yet")))
        return
    ax = fig.add_subplot(111)
    xs = list(range(len(months)))
    ax.bar(xs, [m.actual_purchases for m in months], color=NEUTRAL, width=0.6,
           label=_t(translate, QT_TRANSLATE_NOOP("charts", "Purchases that happened")))
    shown = [(x, m.predicted_purchases) for x, m in zip(xs, months, strict=True) if m.predicted_purchases is not None]
    if shown:
        ax.plot([x for x, _ in shown], [v for _, v in shown], "o", color=PRIMARY, markersize=6,
                label=_t(translate, QT_TRANSLATE_NOOP("charts", "Forecast made the day before")))
    labels = [month_label(m.month) for m in months]
    if coming is not None:
        ax.bar([len(months)], [coming.purchases], width=0.6, facecolor="white", edgecolor=PRIMARY, hatch="//",
               label=_t(translate, QT_TRANSLATE_NOOP("charts", "Forecast, next 30 days")))
        labels.append(_t(translate, QT_TRANSLATE_NOOP("charts", "next")))
    ax.set_xticks(list(range(len(labels))), labels, rotation=45, ha="right", fontsize=8)
    ax.set_ylabel(_t(translate, QT_TRANSLATE_NOOP("charts", "Purchase days")), fontsize=8, color=TEXT)
    _style(ax)
    whole_numbers(ax)
    # The legend sits inside the plot, in headroom kept free above the bars: a legend outside the axes makes
    # the tight layout squeeze the plot into a corner of a narrow chart.
    top = max([m.actual_purchases for m in months] + [v for _, v in shown]
              + ([coming.purchases] if coming is not None else []) + [1])
    ax.set_ylim(0, top * 1.45)
    legend = ax.legend(fontsize=7, frameon=False, loc="upper left", ncol=2, borderaxespad=0.2)
    legend.set_in_layout(False)  # it sits in the headroom; the layout must not shrink the plot around it
    sign = DECIMAL["sign"]
    rows = [[month_label(m.month), str(m.actual_purchases), cell(m.predicted_purchases, 0, sign)] for m in months]
    if coming is not None:
        rows.append([_t(translate, QT_TRANSLATE_NOOP("charts", "Forecast, next 30 days")), "",
                     cell(coming.purchases, 0, sign)])
    attach(fig, [_t(translate, QT_TRANSLATE_NOOP("charts", "Month")),
                 _t(translate, QT_TRANSLATE_NOOP("charts", "Purchases that happened")),
                 _t(translate, QT_TRANSLATE_NOOP("charts", "Forecast made the day before"))], rows)
    _tight(fig)
