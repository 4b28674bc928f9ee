"""Churn: monthly, the 6-month averaging approach, the outlook, and consistency with the timeline."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.metrics.churn import (
    month_churn,
    monthly_churn,
    outlook,
    six_month_average,
    six_month_from_counts,
    six_month_from_typed,
)
from core.metrics.frame import frame_from_dataset
from core.metrics.periods import Period
from core.model import Customer, Dataset, MonthlyLost, Order


def test_seed_ten_percent_loses_about_half_in_six_months():
    o = outlook(10.0)
    assert o.lost_in_six_months_percent == pytest.approx(46.8559, abs=1e-4)
    assert 45 <= o.lost_in_six_months_percent <= 55
    assert not o.meets_target


def test_seed_three_percent_loses_less_than_a_fifth():
    o = outlook(3.0)
    assert o.lost_in_six_months_percent == pytest.approx(16.7028, abs=1e-4)
    assert o.lost_in_six_months_percent < 20


def test_seed_two_percent_means_about_four_years():
    o = outlook(2.0)
    assert o.lifetime_months == pytest.approx(50.0)
    assert o.lifetime_years == pytest.approx(4.1667, abs=1e-4)
    assert o.meets_target


def test_zero_churn_has_no_finite_lifetime():
    assert outlook(0.0).lifetime_months is None


def test_month_churn_from_counts_and_invalid_counts():
    assert month_churn(date(2024, 1, 1), 200, 5).percent == 2.5
    assert month_churn(date(2024, 1, 1), 0, 0).percent is None
    assert "More customers lost" in month_churn(date(2024, 1, 1), 3, 4).problem.render()
    assert month_churn(date(2024, 1, 1), -3, 1).percent is None


def test_six_month_average_from_counts():
    # 120 customers at the start, 18 lost over six months: 18 / 120 / 6 = 2.5 % a month.
    result = six_month_from_counts(date(2024, 1, 1), date(2024, 6, 1), 120, 18)
    assert result.percent == pytest.approx(2.5)


def test_six_month_average_from_typed_months_uses_last_six():
    rows = [MonthlyLost(date(2024, m, 1), 100 - m, m % 3) for m in range(1, 9)]
    result = six_month_from_typed(rows)
    # months 3..8: start of month 3 = 97; lost 0+1+2+0+1+2 = 6
    assert (result.start, result.lost) == (97, 6)
    assert result.percent == pytest.approx(6 / 97 / 6 * 100)
    assert six_month_from_typed(rows[:5]) is None


def test_monthly_churn_from_left_dates():
    customers = [Customer(str(i), since=date(2023, 1, 1)) for i in range(10)]
    customers[0].left_on = date(2024, 1, 15)
    customers[1].left_on = date(2024, 1, 31)
    customers[2].left_on = date(2024, 2, 1)
    customers.append(Customer("new", since=date(2024, 1, 10), left_on=date(2024, 1, 20)))  # not at start
    customers.append(Customer("x", since=date(2024, 3, 31)))
    frame = frame_from_dataset(Dataset(customers=customers))
    months = monthly_churn(frame, Period(date(2024, 1, 1), date(2024, 3, 31)))
    assert [(m.month.month, m.start, m.lost) for m in months] == [(1, 10, 2), (2, 8, 1), (3, 7, 0)]
    assert months[0].percent == 20.0


def test_six_month_average_from_orders():
    # 12 customers buy once on 2023-01-01; with a 180-day window they are lost on 2023-06-30.
    orders = [Order(str(i), date(2023, 1, 1), 10.0) for i in range(12)]
    orders += [Order(str(i), date(2023, 5, 1), 10.0) for i in range(6)]  # these stay until 2023-10-28
    orders.append(Order("late", date(2024, 1, 31), 1.0))
    frame = frame_from_dataset(Dataset(orders=orders), inactive_after=180)
    result = six_month_average(frame, date(2023, 12, 1))  # July .. December 2023
    assert (result.start, result.lost) == (6, 6)
    assert result.percent == pytest.approx(100 / 6)
    result = six_month_average(frame, date(2023, 6, 1))  # January .. June: start counts on 31 Dec
    assert (result.start, result.lost) == (0, 0) and result.percent is None


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 700), st.integers(0, 400)),  # (start offset, length in days)
        min_size=1,
        max_size=40,
    )
)
def test_churn_is_consistent_with_the_status_timeline(spans):
    """Start of each month = start of the previous month - lost + joined, counted independently."""
    base = date(2022, 1, 1)
    customers = []
    for i, (offset, length) in enumerate(spans):
        since = base + timedelta(days=offset)
        customers.append(Customer(str(i), since=since, left_on=since + timedelta(days=length + 1)))
    customers.append(Customer("anchor", since=date(2024, 12, 31)))
    frame = frame_from_dataset(Dataset(customers=customers))
    months = monthly_churn(frame, Period(date(2022, 2, 1), date(2023, 12, 31)))
    for prev, cur in zip(months, months[1:], strict=False):
        a = prev.month
        b = cur.month
        joined = sum(1 for c in customers if a <= c.since < b and c.left_on >= b)
        assert cur.start == prev.start - prev.lost + joined
    for m in months:
        active = sum(1 for c in customers if c.since < m.month <= c.left_on)  # active on the eve of the month
        assert m.start == active
        assert 0 <= m.lost <= m.start


def test_preset_and_previous_periods():
    from core.metrics.periods import preset_period, previous_periods

    assert preset_period("quarter", date(2026, 11, 15)) == Period(date(2026, 7, 1), date(2026, 9, 30))
    assert preset_period("year", date(2026, 10, 31)) == Period(date(2025, 1, 1), date(2025, 12, 31))
    assert preset_period("year", date(2026, 12, 31)) == Period(date(2026, 1, 1), date(2026, 12, 31))
    assert preset_period("month", date(2026, 10, 31)) == Period(date(2026, 10, 1), date(2026, 10, 31))
    assert preset_period("12m", date(2026, 10, 30)) == Period(date(2025, 10, 1), date(2026, 9, 30))
    q = previous_periods(Period(date(2026, 7, 1), date(2026, 9, 30)), 3)
    assert [p.first.month for p in q] == [1, 4, 7] and q[0].last == date(2026, 3, 31)
    odd = previous_periods(Period(date(2026, 7, 10), date(2026, 7, 19)), 2)
    assert odd[0] == Period(date(2026, 6, 30), date(2026, 7, 9))
