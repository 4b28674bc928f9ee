"""Net Promoter Score from answers 0-10.

0-6 detractors, 7-8 passives, 9-10 promoters; NPS = % promoters - % detractors (-100 .. +100),
computed from counts and rounded only when shown.

The 95 % interval is the adjusted-Wald interval for NPS (Rocks, "Confidence intervals for Net Promoter
Scores", MeasuringU 2016): add three answers, ¾ of one to the promoters and ¾ to the detractors, then
treat each answer as +1, 0 or -1 (variance p + d - (p - d)^2 over n + 3). Unlike the plain interval it
holds for a handful of answers: never ±0 (one answer, or all answers alike), and it is cut to the scale.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from core.metrics.periods import month_start
from core.model import SurveyResponse
from core.text import QT_TRANSLATE_NOOP, InputError, Problem

Z95 = 1.959963984540054
FEW_ANSWERS = 30


@dataclass(frozen=True)
class NpsResult:
    """NPS with its groups, number of answers and 95 % margin of error (in NPS points)."""

    counts: tuple[int, ...]  # answers per score 0..10
    promoters: int
    passives: int
    detractors: int
    responses: int
    score: float | None  # None without answers
    margin_of_error: float | None  # half the width of the 95 % interval, in NPS points
    low: float | None = None  # the 95 % interval, within -100 .. +100
    high: float | None = None

    @property
    def few_answers(self) -> bool:
        """Under 30 answers the score moves a lot with each new answer: the screen says so."""
        return 0 < self.responses < FEW_ANSWERS

    def share(self, group: int) -> float | None:
        """Percent of answers in ``group`` (a count from this result)."""
        return None if not self.responses else group / self.responses * 100.0


# A score with the survey's label or scale after it, as survey tools export the end points of the scale.
_LABELLED = re.compile(r"^(\d{1,2})\s*(?:[-–—:(]\s*[^\d\s].*|/\s*10|\s(?:van|uit|op|out of|of)\s+10)$", re.I)


def check_score(value: object) -> int:
    """Accept a whole number 0..10 (an int, or a float/str that is exactly one); refuse the rest.

    Nothing is clamped or rounded: 7.5 and 11 are refused with the reason.
    """
    if isinstance(value, bool):
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "'{value}' is not a score from 0 to 10."), {"value": value}))
    number: float
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        number = value
    else:
        text = str(value).strip().replace(",", ".")
        labelled = _LABELLED.match(text)
        if labelled:  # "10 - Extremely likely", "0 (helemaal niet)", "9/10", "8 van 10"
            text = labelled.group(1)
        try:
            number = float(text)
        except ValueError:
            raise InputError(
                Problem(QT_TRANSLATE_NOOP("core", "'{value}' is not a score from 0 to 10."), {"value": value})
            ) from None
    if not math.isfinite(number) or number != int(number):
        raise InputError(
            Problem(
                QT_TRANSLATE_NOOP("core", "'{value}' is not a whole number; scores are whole numbers from 0 to 10."),
                {"value": value},
            )
        )
    if not 0 <= number <= 10:
        raise InputError(
            Problem(QT_TRANSLATE_NOOP("core", "{value} is outside 0 to 10."), {"value": int(number)})
        )
    return int(number)


def nps_from_counts(counts: Sequence[int]) -> NpsResult:
    """NPS from the number of answers per score 0..10 (eleven counts)."""
    if len(counts) != 11:
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "Give eleven counts, one for each score 0 to 10.")))
    if any(c < 0 for c in counts):
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "Counts cannot be negative.")))
    counts = tuple(int(c) for c in counts)
    detractors = sum(counts[0:7])
    passives = counts[7] + counts[8]
    promoters = counts[9] + counts[10]
    n = detractors + passives + promoters
    if n == 0:
        return NpsResult(counts, 0, 0, 0, 0, None, None)
    score = (promoters - detractors) * 100.0 / n
    low, high = adjusted_wald(promoters, detractors, n)
    return NpsResult(counts, promoters, passives, detractors, n, score, (high - low) / 2, low, high)


def adjusted_wald(promoters: int, detractors: int, n: int) -> tuple[float, float]:
    """The 95 % adjusted-Wald interval of NPS (in points, cut to -100 .. +100) for ``n`` > 0 answers."""
    n_adj = n + 3
    p = (promoters + 0.75) / n_adj
    d = (detractors + 0.75) / n_adj
    centre = p - d
    half = Z95 * math.sqrt(max(p + d - centre**2, 0.0) / n_adj)
    return max(centre - half, -1.0) * 100.0, min(centre + half, 1.0) * 100.0


def nps_from_scores(scores: Iterable[object]) -> NpsResult:
    """NPS from a list of scores; any value that is not a whole number 0..10 is refused."""
    counts = [0] * 11
    for value in scores:
        counts[check_score(value)] += 1
    return nps_from_counts(counts)


def nps_from_groups(promoters: int, passives: int, detractors: int) -> NpsResult:
    """NPS from group sizes alone (the scores inside each group do not change the result)."""
    return nps_from_counts([detractors, 0, 0, 0, 0, 0, 0, passives, 0, promoters, 0])


def quarter_start(d: date) -> date:
    """First day of ``d``'s quarter."""
    return date(d.year, (d.month - 1) // 3 * 3 + 1, 1)


def nps_trend(answers: Iterable[SurveyResponse], by: str = "month") -> list[tuple[date, NpsResult]]:
    """NPS per month (``by="month"``) or quarter (``by="quarter"``), oldest first."""
    key = month_start if by == "month" else quarter_start
    buckets: dict[date, list[int]] = {}
    for a in answers:
        if a.date:  # undated answers belong to no month
            buckets.setdefault(key(a.date), [0] * 11)[a.score] += 1
    return [(k, nps_from_counts(v)) for k, v in sorted(buckets.items())]
