"""Every figure of the dashboard in one call, and its JSON form for the command line."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from core.metrics import churn as churn_mod
from core.metrics.cohorts import CohortTable, cohorts
from core.metrics.frame import DEFAULT_INACTIVE_AFTER, UNKNOWN, ShopFrame, frame_from_dataset
from core.metrics.nps import NpsResult, nps_from_counts, nps_trend
from core.metrics.pareto import ParetoResult, pareto, top_share_percent
from core.metrics.periods import Period, add_months, first_month_from, last_full_months, month_start
from core.metrics.referral import ReferralResult, referral_rate
from core.metrics.retention import (
    NO_DATED_CUSTOMERS,
    NO_LOSS_DATES,
    CrrResult,
    RepeatResult,
    crr_from_counts,
    crr_from_frame,
    repeat_rate,
)
from core.metrics.risk import ClvResult, clv
from core.model import Dataset, SurveyResponse
from core.predict.shop import AtRisk, Predictions, predict
from core.text import PLURAL, QT_TRANSLATE_NOOP, Cancelled, Problem


@dataclass
class Summary:
    """All figures for one period, with the inputs they came from."""

    period: Period
    as_of: date
    inactive_after: int
    customers: int  # people who bought (or are customers by the list); contacts not included
    crr: CrrResult
    churn_monthly: list[churn_mod.MonthChurn]
    churn_six: churn_mod.SixMonthChurn | None
    churn_outlook: churn_mod.ChurnOutlook | None
    repeat: RepeatResult
    nps: NpsResult
    nps_trend: list[tuple[date, NpsResult]]
    referral: ReferralResult
    pareto: ParetoResult
    cohorts: CohortTable
    at_risk: list[AtRisk]
    clv: ClvResult
    problems: list[Problem] = field(default_factory=list)
    frame: ShopFrame | None = None  # the customer intervals the figures came from (for customer lists)
    contacts: int = 0  # on a customer list with 0 orders: kept for mailings, in no retention figure
    churn_reason: Problem | None = None  # why there is no churn figure, when there is none
    period_note: Problem | None = None  # why the default view is not the last 12 full months
    suggested_window: int | None = None  # a shorter window under which the figures can be known
    predictions: Predictions | None = None  # None while they are being computed (the window never waits)
    typed_crr_label: str = ""  # the typed-in period the CRR card shows, when it comes from typed counts
    crr_series: list[tuple[str, float | None]] = field(default_factory=list)  # typed periods, oldest first


FUTURE_DATES = PLURAL.translate(
    "core", "{n} dates in your data lie after today (the latest: {latest}). They do not move the period; check "
            "them in the file you imported.", "", 0)
WINDOW_CHOICES = (365, 180, 90, 60, 30)  # the windows the app offers


def _observable_months(frame: ShopFrame, window: int, last: date) -> int:
    """How many full months up to ``last`` have every customer known under ``window`` days."""
    if frame.history_start == UNKNOWN:
        return 0
    first_month = first_month_from(date.fromordinal(frame.observable_from_for(window)))
    return max(0, (last.year - first_month.year) * 12 + last.month - first_month.month + 1)


def default_period(frame: ShopFrame, surveys: Sequence[SurveyResponse] = ()) -> tuple[Period, Problem | None,
                                                                                         int | None]:
    """The view the app opens on: (period, why it is not the usual one, a window that would help).

    Usually the last 12 full months. When the data is too short for the customers at that period's start
    to be known (it needs the inactivity window to pass first), the months that can be known; when none
    can, the 12 months with a note and the longest shorter window under which a year can be known.
    Survey answers alone: the 12 months up to the latest answer, so the answers are in view.
    """
    if frame.history_start == UNKNOWN:
        if surveys:
            last = frame.as_of_date
            return Period(add_months(last, -11), last), None, None
        return last_full_months(frame.as_of_date, 12), None, None
    period = last_full_months(frame.as_of_date, 12)
    have = _observable_months(frame, frame.inactive_after, period.last)
    if have >= 12:
        return period, None, None
    # The longest shorter window that shows a whole year; else six months (a 6-month average); else one;
    # never one that gains nothing over the current window.
    better = next((w for need in (12, 6, 1) if have < need for w in WINDOW_CHOICES
                   if w < frame.inactive_after and _observable_months(frame, w, period.last) >= need), None)
    if have >= 1:
        short = last_full_months(frame.as_of_date, have)
        note = Problem(QT_TRANSLATE_NOOP(
            "core", "Your data starts on {start}. With a window of {days} days, figures can be known from {known}, "
                    "so this view shows the last {months} months."),
            {"start": date.fromordinal(frame.history_start), "days": frame.inactive_after,
             "known": date.fromordinal(frame.observable_from), "months": have})
        return short, note, better
    note = Problem(QT_TRANSLATE_NOOP(
        "core", "Your data starts on {start}. With a window of {days} days, nobody can count as lost before "
                "{known}, so retention and churn are not known yet."),
        {"start": date.fromordinal(frame.history_start), "days": frame.inactive_after,
         "known": date.fromordinal(frame.observable_from)})
    return period, note, better


def summarize_dataset(
    data: Dataset,
    inactive_after: int = DEFAULT_INACTIVE_AFTER,
    period: Period | None = None,
    frame: ShopFrame | None = None,
    **options,
) -> Summary:
    """Every figure for a whole dataset: builds the frame (unless the caller has ``data``'s frame for
    ``inactive_after`` already) and passes the survey answers along.

    Scores in a customer list carry no date; they count towards the NPS of every period.
    """
    frame = frame if frame is not None else frame_from_dataset(data, inactive_after)
    undated = [c.nps_score for c in data.customers if c.nps_score is not None]
    summary = summarize(frame, data.surveys, period, undated_scores=undated, **options)
    apply_typed(summary, data)
    future = future_dates(data)
    if future:
        summary.problems.append(Problem(FUTURE_DATES, {"n": len(future), "latest": max(future)}, count="n"))
    return summary


def future_dates(data: Dataset, today: date | None = None) -> list[date]:
    """Every date in the data that lies after today: a typing slip (2098 for 2018) or a wrong clock."""
    today = today or date.today()
    found = [date.fromordinal(d) for d in data.orders.day[data.orders.day > today.toordinal()].tolist()]
    found += [a.date for a in data.surveys if a.date and a.date > today]
    for name in ("since", "first_purchase", "last_purchase", "left_on"):  # (filter drops the Nones at C level)
        found += [d for d in filter(None, map(attrgetter(name), data.customers)) if d > today]
    return found


def apply_typed(s: Summary, data: Dataset) -> None:
    """Counts the owner typed in stand in where the data gives no figure: the CRR of the latest typed
    period (with every typed period as its trend), and churn from the typed months."""
    if s.crr.percent is None and s.frame is not None and s.frame.history_start == UNKNOWN and data.period_counts:
        results = [(p.label, crr_from_counts(p.start, p.end, p.new)) for p in data.period_counts]
        s.crr_series = [(label, r.percent) for label, r in results]
        label, latest = next(((lb, r) for lb, r in reversed(results) if r.percent is not None), results[-1])
        s.crr = latest
        s.typed_crr_label = label
    if s.churn_six is None and data.monthly_lost:
        rows = sorted(data.monthly_lost, key=lambda r: r.month)
        s.churn_monthly = [churn_mod.month_churn(r.month, r.start, r.lost) for r in rows]
        six = churn_mod.six_month_from_typed(rows)
        if six is not None:
            s.churn_six = six
            s.churn_outlook = churn_mod.outlook(six.percent) if six.percent is not None else None
            s.churn_reason = six.problem
        else:
            s.churn_reason = Problem(PLURAL.translate(
                "core", "The 6-month average needs six typed-in months; there are {n}.", "", 0), {"n": len(rows)},
                count="n")


def summarize(
    frame: ShopFrame,
    surveys: Sequence[SurveyResponse] = (),
    period: Period | None = None,
    source_keywords: Mapping[str, Sequence[str]] | None = None,
    predictions: Predictions | None = None,
    predict_now: bool = True,
    undated_scores: Sequence[int] = (),
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Summary:
    """Compute every figure for ``period`` (default: see ``default_period``).

    The at-risk list comes from the predictions: ``predictions`` when given (the window computes them in the
    background and caches them), else fitted here, unless ``predict_now`` is False (then the list is empty and
    ``Summary.predictions`` None: "being computed")."""
    note, better = None, None
    if period is None:
        period, note, better = default_period(frame, surveys)
    fitting = None
    if predictions is None and predict_now and frame.n_customers:
        # Fitted on a second thread while the period's figures are computed: both are NumPy work that lets go of the
        # interpreter, so a second core shortens the wait (1M orders: the figures' 0.2 s mostly hidden).
        fitting = ThreadPoolExecutor(1, thread_name_prefix="predict")
        fitted = fitting.submit(predict, frame, cancelled=cancelled)
    try:
        return _summarize(frame, surveys, period, note, better, source_keywords, predictions, undated_scores,
                          progress, cancelled, fitted.result if fitting else None)
    finally:
        if fitting:
            fitting.shutdown()  # (after an error in the figures: once the fit has stopped too)


def _summarize(frame: ShopFrame, surveys: Sequence[SurveyResponse], period: Period, note: Problem | None,
               better: int | None, source_keywords: Mapping[str, Sequence[str]] | None,
               predictions: Predictions | None, undated_scores: Sequence[int],
               progress: Callable[[float], None] | None, cancelled: Callable[[], bool] | None,
               fitted: Callable[[], Predictions] | None) -> Summary:
    """``summarize`` once the period is chosen; ``fitted`` waits for the predictions being fitted (None: take
    ``predictions`` as they are)."""
    steps: list[str] = []

    def step(name: str) -> None:
        steps.append(name)
        if cancelled and cancelled():
            raise Cancelled()
        if progress:
            progress(min(len(steps) / 8, 1.0))

    problems: list[Problem] = []
    crr = crr_from_frame(frame, period)
    if crr.problem:
        problems.append(crr.problem)
    step("crr")
    monthly = churn_mod.monthly_churn(frame, period)
    six = churn_mod.six_month_average(frame, monthly[-1].month) if len(monthly) >= 6 else None
    outlook = churn_mod.outlook(six.percent) if six and six.percent is not None else None
    churn_reason = six.problem if six else _no_six_months(frame, monthly)
    step("churn")
    repeat = repeat_rate(frame, period)
    step("repeat")
    nps = nps_from_counts(nps_counts(surveys, period, undated_scores))
    trend = nps_trend([s for s in surveys if s.date and period.first <= s.date <= period.last], "month")
    step("nps")
    referral = referral_rate(frame, period, source_keywords)
    step("referral")
    top = pareto(frame, period)
    step("pareto")
    table = cohorts(frame, first=month_start(period.first), last=period.last)
    step("cohorts")
    if fitted is not None:
        predictions = fitted()
    risk = predictions.at_risk if predictions else []
    value = clv(frame, period, outlook.lifetime_months if outlook else None)
    step("risk")
    return Summary(
        period=period,
        as_of=frame.as_of_date,
        inactive_after=frame.inactive_after,
        customers=frame.n_customers - int(frame.contacts.sum()),
        contacts=int(frame.contacts.sum()),
        crr=crr,
        churn_monthly=monthly,
        churn_six=six,
        churn_outlook=outlook,
        repeat=repeat,
        nps=nps,
        nps_trend=trend,
        referral=referral,
        pareto=top,
        cohorts=table,
        at_risk=risk,
        clv=value,
        predictions=predictions,
        problems=problems,
        frame=frame,
        churn_reason=churn_reason,
        period_note=note,
        suggested_window=better,
    )


def _no_six_months(frame: ShopFrame, monthly: list[churn_mod.MonthChurn]) -> Problem:
    """Why there is no 6-month average: too few months whose losses can be known in the period."""
    if frame.history_start == UNKNOWN:
        return Problem(NO_DATED_CUSTOMERS)
    if not frame.losses_known:
        return Problem(NO_LOSS_DATES)
    if frame.censored and not monthly:
        return Problem(QT_TRANSLATE_NOOP(
            "core", "Not known yet: with a window of {days} days, the first losses show on {known}."),
            {"days": frame.inactive_after, "known": date.fromordinal(frame.observable_from)})
    return Problem(QT_TRANSLATE_NOOP(
        "core", "Needs six full months whose losses are known; this period has {n}. Choose a longer period."),
        {"n": len(monthly)})


def _r(x: float | None, digits: int = 4) -> float | None:
    return None if x is None else round(x, digits)


def to_json(s: Summary, translate: Callable[[str, str], str] | None = None) -> dict:
    """The summary as plain JSON-ready data (keys are the command line's contract)."""
    nps = s.nps
    return {
        "period": {"from": s.period.first.isoformat(), "to": s.period.last.isoformat()},
        "as_of": s.as_of.isoformat(),
        "inactive_after_days": s.inactive_after,
        "customers": s.customers,
        "contacts": s.contacts,
        "crr": {
            "S": s.crr.start,
            "E": s.crr.end,
            "N": s.crr.new,
            "retained": s.crr.retained,
            "new_lost": s.crr.new_lost,
            "brand_new": s.crr.brand_new,
            "won_back": s.crr.won_back,
            "typed_in_for": s.typed_crr_label or None,
            "percent": _r(s.crr.percent),
            "why_not_known": s.crr.problem.render(translate) if s.crr.percent is None and s.crr.problem else None,
        },
        "churn": {
            "monthly": [
                {"month": m.month.strftime("%Y-%m"), "start": m.start, "lost": m.lost, "percent": _r(m.percent)}
                for m in s.churn_monthly
            ],
            "six_month_average_percent": _r(s.churn_six.percent) if s.churn_six else None,
            "why_not_known": s.churn_reason.render(translate) if s.churn_reason else None,
            "six_month": None
            if not s.churn_six
            else {
                "from": s.churn_six.first.strftime("%Y-%m"),
                "to": s.churn_six.last.strftime("%Y-%m"),
                "start": s.churn_six.start,
                "lost": s.churn_six.lost,
                "lost_share_percent": _r(s.churn_six.lost_share_percent),
            },
            "lost_in_six_months_percent": _r(s.churn_outlook.lost_in_six_months_percent) if s.churn_outlook else None,
            "lifetime_months": _r(s.churn_outlook.lifetime_months) if s.churn_outlook else None,
            "target_percent": churn_mod.TARGET_MONTHLY_CHURN,
        },
        "repeat_purchase_rate_percent": _r(s.repeat.percent),
        "repeat_purchase": {"customers_at_start": s.repeat.earlier_buyers, "bought_again": s.repeat.bought_again},
        "nps": None
        if not nps.responses
        else {
            "score": _r(nps.score),
            "promoters": nps.promoters,
            "passives": nps.passives,
            "detractors": nps.detractors,
            "responses": nps.responses,
            "margin_of_error": _r(nps.margin_of_error),
            "low": _r(nps.low),
            "high": _r(nps.high),
        },
        "referral_rate_percent": _r(s.referral.percent),
        "referral": {
            "new_customers": s.referral.new_customers,
            "known_source": s.referral.known_source,
            "referred": s.referral.referred,
            "by_category": s.referral.by_category,
        },
        "pareto": {
            "top20_revenue_share_percent": _r(s.pareto.top20_share_percent),
            "paying_customers": s.pareto.customers,
            "top_customers": s.pareto.top_count,
        },
        "at_risk": len(s.at_risk),
        "predictions": None if not s.predictions else {
            "method": s.predictions.method,
            "why_plain_rule": s.predictions.reason.render(translate) if s.predictions.reason else None,
            "horizon_days": s.predictions.horizon_days,
        },
        "clv": _r(s.clv.value, 2),
        "period_note": s.period_note.render(translate) if s.period_note else None,
        "suggested_inactive_after_days": s.suggested_window,
        "problems": [p.render(translate) for p in s.problems],
    }


def nps_counts(surveys: Sequence[SurveyResponse], period: Period, undated_scores: Sequence[int] = ()) -> list[int]:
    """Answers per score 0..10 for ``period``: the dated answers inside it, and every undated one (a survey
    without dates, scores in a customer list), which counts in every period."""
    counts = [0] * 11
    for s in surveys:
        if s.date is None or period.first <= s.date <= period.last:
            counts[s.score] += 1
    for score in undated_scores:
        counts[score] += 1
    return counts


def trends(frame: ShopFrame, surveys: Sequence[SurveyResponse], period: Period, count: int = 6,
           undated_scores: Sequence[int] = ()) -> dict[str, list[float | None]]:
    """Each card's figure for the ``count`` periods of the same length ending with ``period`` (oldest first)."""
    from core.metrics.periods import previous_periods

    out: dict[str, list[float | None]] = {k: [] for k in ("crr", "churn", "repeat", "nps", "referral", "pareto")}
    for p in previous_periods(period, count):
        crr = crr_from_frame(frame, p)
        out["crr"].append(crr.percent)
        months = [m for m in churn_mod.monthly_churn(frame, p) if m.percent is not None]
        out["churn"].append(sum(m.lost for m in months) / sum(m.start for m in months) * 100
                            if months and sum(m.start for m in months) else None)
        out["repeat"].append(repeat_rate(frame, p).percent)
        out["nps"].append(nps_from_counts(nps_counts(surveys, p, undated_scores)).score)
        out["referral"].append(referral_rate(frame, p).percent)
        out["pareto"].append(top_share_percent(frame, p))
    return out
