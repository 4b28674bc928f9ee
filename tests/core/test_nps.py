"""NPS from scores and counts, the margin of error, and refusal of anything but whole numbers 0-10."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.metrics.nps import check_score, nps_from_counts, nps_from_groups, nps_from_scores, nps_trend
from core.model import SurveyResponse
from core.text import InputError


def test_five_promoters_three_passives_two_detractors_is_30():
    result = nps_from_scores([9, 10, 9, 10, 9, 7, 8, 7, 3, 6])
    assert (result.promoters, result.passives, result.detractors, result.responses) == (5, 3, 2, 10)
    assert result.score == 30.0


def test_seventy_percent_promoters_twenty_percent_detractors_is_50():
    assert nps_from_groups(70, 10, 20).score == 50.0


def test_rounded_only_at_the_end():
    # 1 promoter, 1 passive, 1 detractor + 0 = 0; 2 P, 1 D of 3 = 33.333...
    assert nps_from_groups(2, 0, 1).score == pytest.approx(100 / 3)


def test_margin_of_error_for_a_small_shop_is_the_adjusted_wald_interval():
    # 12 answers: 6 promoters, 4 passives, 2 detractors -> NPS 33.3. Adjusted: n 15, p 6.75/15, d 2.75/15.
    result = nps_from_groups(6, 4, 2)
    p, d = 6.75 / 15, 2.75 / 15
    half = 1.959963984540054 * ((p + d - (p - d) ** 2) / 15) ** 0.5
    assert (result.low, result.high) == (pytest.approx((p - d - half) * 100), pytest.approx((p - d + half) * 100))
    assert result.margin_of_error == pytest.approx(half * 100)
    assert 37 < result.margin_of_error < 39 and result.few_answers


@pytest.mark.parametrize(("groups", "low", "high"), [
    # One promoter: p 1.75/4, d 0.75/4, centre 0.25, half 1.96 * 0.375.
    ((1, 0, 0), 25 - 73.4986, 25 + 73.4986),
    ((0, 0, 1), -25 - 73.4986, -25 + 73.4986),
    ((10, 0, 0), None, 100.0),  # all alike: an interval, cut at the top of the scale
    ((1000, 0, 0), None, 100.0),
])
def test_never_zero_never_wider_than_the_scale(groups, low, high):
    result = nps_from_groups(*groups)
    assert result.margin_of_error > 0
    assert -100.0 <= result.low < result.high <= 100.0
    if low is not None:
        assert result.low == pytest.approx(low, abs=1e-3)
    assert result.high == pytest.approx(high, abs=1e-3)


@given(st.integers(0, 500), st.integers(0, 500), st.integers(0, 500))
def test_interval_always_inside_the_scale_and_around_something(pro, pas, det):
    if pro + pas + det == 0:
        return
    r = nps_from_groups(pro, pas, det)
    assert -100.0 <= r.low < r.high <= 100.0 and r.margin_of_error > 0
    assert r.low - 1e-9 <= r.score <= r.high + 1e-9 or r.responses < 30


def test_no_answers_no_score():
    result = nps_from_counts([0] * 11)
    assert result.score is None and result.responses == 0


@pytest.mark.parametrize("bad", [7.5, "7,5", 11, -1, "zeven", "", None, True, float("nan"), "11 - te veel", "10-9",
                                 "7,5 van 10"])
def test_scores_that_are_not_whole_numbers_0_to_10_are_refused(bad):
    with pytest.raises(InputError):
        check_score(bad)


@pytest.mark.parametrize(("good", "value"), [
    ("7", 7), (" 10 ", 10), (8.0, 8), ("9,0", 9), (0, 0),
    # Survey tools export the ends of the scale with their labels.
    ("10 - Extremely likely", 10), ("0 (helemaal niet waarschijnlijk)", 0), ("10 – Zeer waarschijnlijk", 10),
    ("9/10", 9), ("8 van 10", 8), ("7 out of 10", 7)])
def test_whole_number_forms_are_accepted(good, value):
    assert check_score(good) == value


def test_counts_must_be_eleven_and_not_negative():
    with pytest.raises(InputError):
        nps_from_counts([1] * 10)
    with pytest.raises(InputError):
        nps_from_counts([1] * 10 + [-1])


@given(st.lists(st.integers(0, 10), max_size=300))
def test_nps_from_scores_equals_nps_from_counts_and_stays_in_range(scores):
    counts = [scores.count(i) for i in range(11)]
    a, b = nps_from_scores(scores), nps_from_counts(counts)
    assert a == b
    if scores:
        assert -100.0 <= a.score <= 100.0


def test_trend_per_month_and_quarter():
    answers = [
        SurveyResponse(date(2024, 1, 5), 10),
        SurveyResponse(date(2024, 1, 20), 3),
        SurveyResponse(date(2024, 2, 2), 9),
        SurveyResponse(date(2024, 4, 1), 8),
    ]
    monthly = nps_trend(answers, "month")
    assert [(m.month, r.score) for m, r in monthly] == [(1, 0.0), (2, 100.0), (4, 0.0)]
    quarterly = nps_trend(answers, "quarter")
    assert [(q.month, r.responses) for q, r in quarterly] == [(1, 3), (4, 1)]
    assert quarterly[0][1].score == pytest.approx(100 / 3)
