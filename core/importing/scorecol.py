"""Which column holds the recommend score: the numeric 0-10 answer to "how likely are you to recommend us?".

A header alone is not enough. Form exports put the NPS category ("Promoter", "Detractor") in a column of its
own, quizzes have a "Score" of points, and another question may merely mention recommendations. So the
columns that could be the score are judged by their values too: the score column is the one whose answers are
whole numbers from 0 to 10, and among several such columns the one whose question asks about recommending wins
(the import wizard lets the owner pick another; the summary names them). A column of category words may
confirm the score, never replace it.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.importing.fields import FIELD_BY_KEY
from core.importing.values import is_empty, normalize_header
from core.metrics.nps import check_score
from core.text import InputError

SAMPLE = 5_000  # rows judged per column
RECOMMEND = ("recommend", "aanbevel", "aanraden", "aan te raden", "likely", "waarschijnlijk", "nps",
             "net promoter")
OTHER_SCALE = ("csat", "satisf", "tevreden", "customer effort", "ces ", "moeite")
CATEGORY_WORDS = {"promoter", "promoters", "passive", "passives", "detractor", "detractors", "promotor",
                  "promotors", "passief", "passieven", "criticaster", "criticasters", "neutral", "neutraal"}


def _values(rows: Sequence[Sequence[object]], col: int) -> list[object]:
    return [r[col] for r in rows[:SAMPLE] if col < len(r) and not is_empty(r[col])]


def numeric_share(values: Sequence[object]) -> float:
    """The share of values that are whole numbers 0-10 (as ``check_score`` accepts them)."""
    if not values:
        return 0.0
    good = 0
    for v in values:
        try:
            check_score(v)
            good += 1
        except InputError:
            pass
    return good / len(values)


def word_share(values: Sequence[object]) -> float:
    """The share of values that are NPS category words ("Promoter", "Passief", …)."""
    if not values:
        return 0.0
    return sum(normalize_header(v) in CATEGORY_WORDS for v in values) / len(values)


def is_other_scale(header: object) -> bool:
    """A column named for another question (customer satisfaction, effort)."""
    name = f"{normalize_header(header)} "
    return any(hint in name for hint in OTHER_SCALE)


def _could_be_score(header: object) -> bool:
    name = normalize_header(header)
    f = FIELD_BY_KEY["nps_score"]
    return bool(name) and (name in f.exact or any(p in name for p in f.contains) or any(h in name for h in RECOMMEND))


def _rank(header: object) -> int:
    """2 for a question about recommending, 1 for a bare "score"/"rating"."""
    name = normalize_header(header)
    return 2 if any(h in name for h in RECOMMEND) else 1


def score_candidates(headers: Sequence[object], rows: Sequence[Sequence[object]],
                     overrides: dict[str, str] | None = None) -> list[int]:
    """Columns whose answers are 0-10 numbers and whose header could be the recommend question, best first.
    A column a known export layout says is something else (a quiz's "Score" of points) is never one."""
    found = []
    for col, h in enumerate(headers):
        if not _could_be_score(h) or is_other_scale(h):
            continue
        if overrides and overrides.get(normalize_header(h), "nps_score") != "nps_score":
            continue
        values = _values(rows, col)
        if values and numeric_share(values) >= 0.8:
            found.append((-_rank(h), col))
    return [col for _, col in sorted(found)]


def category_columns(headers: Sequence[object], rows: Sequence[Sequence[object]]) -> list[int]:
    """Columns of NPS category words."""
    return [col for col in range(len(headers)) if word_share(_values(rows, col)) >= 0.8]


def choose_score_column(headers: Sequence[object], rows: Sequence[Sequence[object]], mapping: dict[int, str],
                        overrides: dict[str, str] | None = None) -> tuple[dict[int, str], list[int]]:
    """The mapping with ``nps_score`` on the best 0-10 column (or on none when no column holds 0-10 numbers),
    and every candidate column, best first (more than one: the owner may choose)."""
    candidates = score_candidates(headers, rows, overrides)
    out = {c: k for c, k in mapping.items() if k != "nps_score"}
    current = next((c for c, k in mapping.items() if k == "nps_score"), None)
    if candidates:
        best = candidates[0]
        out.pop(best, None)
        out[best] = "nps_score"
    elif current is not None and numeric_share(_values(rows, current)) >= 0.5:
        out[current] = "nps_score"  # a column of mostly scores: its odd cells are reported row by row
    return dict(sorted(out.items())), candidates
