"""Referral rate, the 80/20 split, cohorts, customers at risk and CLV on small hand-made shops."""

from datetime import date

import numpy as np
import pytest

from core.metrics.cohorts import cohorts
from core.metrics.frame import frame_from_dataset
from core.metrics.pareto import pareto
from core.metrics.periods import Period
from core.metrics.referral import REFERRAL, SEARCH, SHOP_WINDOW, SOCIAL, UNKNOWN, categorize, referral_rate
from core.metrics.risk import at_risk, clv
from core.model import Customer, Dataset, Order


@pytest.mark.parametrize(
    ("answer", "category"),
    [
        ("Via mijn buurvrouw", REFERRAL),
        ("aanbevolen door een vriendin", REFERRAL),
        ("A friend told me", REFERRAL),
        ("Google", SEARCH),
        ("gezocht op internet", SEARCH),
        ("Instagram", SOCIAL),
        ("Langsgelopen", SHOP_WINDOW),
        ("", UNKNOWN),
        ("weet niet", UNKNOWN),
        ("Weet ik niet meer", UNKNOWN),
        ("Mijn man", REFERRAL),
    ],
)
def test_source_answers_map_to_categories(answer, category):
    assert categorize(answer) == category


def test_owner_keywords_come_first():
    assert categorize("kwam via de beurs") == "other"
    assert categorize("kwam via de beurs", {REFERRAL: ["beurs"]}) == REFERRAL


def test_referral_rate_counts_new_customers_with_known_source():
    customers = [
        Customer("1", since=date(2024, 2, 1), source="tip van mijn zus"),
        Customer("2", since=date(2024, 3, 1), source="Google"),
        Customer("3", since=date(2024, 4, 1), source="weet ik niet meer"),  # "don't know" -> unknown
        Customer("4", since=date(2024, 5, 1), source="beurs"),  # known, another category
        Customer("5", since=date(2023, 5, 1), source="vriend"),  # not new in the period
    ]
    frame = frame_from_dataset(Dataset(customers=customers))
    result = referral_rate(frame, Period(date(2024, 1, 1), date(2024, 12, 31)))
    assert (result.new_customers, result.known_source, result.referred) == (4, 3, 1)
    assert result.percent == pytest.approx(100 / 3)


def test_pareto_top_twenty_percent():
    # ten customers: one pays 500, one 300, eight pay 25 each (200): top 2 = 800 of 1000
    orders = [Order("big", date(2024, 1, 1), 500.0), Order("mid", date(2024, 1, 2), 300.0)]
    orders += [Order(f"s{i}", date(2024, 1, 3), 25.0) for i in range(8)]
    orders.append(Order("refund", date(2024, 1, 4), -40.0))  # a net refund is not a paying customer
    frame = frame_from_dataset(Dataset(orders=orders))
    result = pareto(frame)
    assert (result.customers, result.top_count) == (10, 2)
    assert result.top20_share_percent == pytest.approx(80.0)
    assert [frame.ids[i] for i in result.top_indices] == ["big", "mid"]
    assert result.curve[0] == (0.0, 0.0) and result.curve[-1] == (100.0, pytest.approx(100.0))


def test_cohorts_share_active_and_buying_with_unreached_cells_empty():
    orders = [
        Order("a", date(2024, 1, 5), 10.0),
        Order("a", date(2024, 2, 5), 10.0),
        Order("b", date(2024, 1, 9), 10.0),
        Order("c", date(2024, 2, 1), 10.0),
        Order("c", date(2024, 3, 31), 10.0),
    ]
    frame = frame_from_dataset(Dataset(orders=orders), inactive_after=30)
    table = cohorts(frame, max_months=4)
    assert table.months == [date(2024, 1, 1), date(2024, 2, 1), date(2024, 3, 1)]
    assert table.sizes == [2, 1, 0]
    # a: active until 2024-03-06; b until 2024-02-08
    assert table.active[0] == [100.0, 50.0, 0.0, None]
    assert table.buying[0] == [100.0, 50.0, 0.0, None]
    assert table.active[1] == [100.0, 100.0, None, None]
    assert table.buying[1] == [100.0, 100.0, None, None]
    assert table.active[2] == [None] * 4


def test_at_risk_uses_own_interval_or_shop_median():
    orders = [
        # regular every 30 days, last 2024-03-01: 61 days before as_of -> past 1.5 x 30
        Order("late", date(2024, 1, 1), 10.0),
        Order("late", date(2024, 1, 31), 10.0),
        Order("late", date(2024, 3, 1), 10.0),
        # regular every 60 days, last 2024-04-01: 30 days -> fine
        Order("fine", date(2023, 12, 3), 10.0),
        Order("fine", date(2024, 2, 1), 10.0),
        Order("fine", date(2024, 4, 1), 10.0),
        # one order 2024-01-15: 107 days > 1.5 x median(30, 60)=45 x 1.5 = 67.5
        Order("once", date(2024, 1, 15), 99.0),
        Order("today", date(2024, 5, 1), 1.0),
    ]
    frame = frame_from_dataset(Dataset(orders=orders))
    result = at_risk(frame)
    assert [r.customer_id for r in result] == ["once", "late"]  # most valuable first
    assert result[0].usual_interval == 45.0 and not result[0].own_interval
    assert result[1].days_since_last == 61 and result[1].own_interval


def test_clv_is_order_value_times_frequency_times_lifetime():
    orders = [Order("a", date(2024, 1, 1), 30.0), Order("a", date(2024, 2, 1), 50.0),
              Order("b", date(2024, 1, 1), 40.0)]
    frame = frame_from_dataset(Dataset(orders=orders))
    period = Period(date(2024, 1, 1), date(2024, 12, 31))
    result = clv(frame, period, lifetime_months=50.0)
    assert result.average_order_value == pytest.approx(40.0)
    months = 366 / (365.25 / 12)
    assert result.orders_per_month == pytest.approx(1.5 / months)
    assert result.value == pytest.approx(40.0 * 1.5 / months * 50.0)


def test_each_customer_and_month_with_a_purchase_is_found_once_marked_or_sorted():
    from core.metrics.cohorts import _bought_in

    rng = np.random.default_rng(5)
    cust = rng.integers(0, 300, 5000)
    month = rng.integers(24_290, 24_330, 5000)  # forty months of 2024-2027
    expected = sorted({(int(c), int(m)) for c, m in zip(cust, month, strict=True)})
    for most in (10**9, 10):  # marks for every customer and month, and a sort where they would be too many
        found_cust, found_month = _bought_in(cust, month, most)
        assert list(zip(found_cust.tolist(), found_month.tolist(), strict=True)) == expected
    assert [a.tolist() for a in _bought_in(np.zeros(0, np.int64), np.zeros(0, np.int64))] == [[], []]


def test_a_trends_top_share_is_the_paretos_to_the_last_bit():
    from core.metrics.pareto import top_share_percent

    rng = np.random.default_rng(11)
    ids = [f"K{int(i)}" for i in rng.integers(0, 500, 4000)]
    amounts = np.round(rng.lognormal(3, 1.2, 4000), 2) * rng.choice([1, 1, 1, -1], 4000)  # refunds among them
    amounts[:300] = 25.0  # many customers with the very same revenue
    days = rng.integers(738_000, 738_700, 4000)
    frame = frame_from_dataset(Dataset(orders=[Order(c, date.fromordinal(int(d)), float(a))
                                               for c, d, a in zip(ids, days, amounts, strict=True)]))
    for period in (None, Period(date(2021, 9, 1), date(2021, 11, 30)), Period(date(2030, 1, 1), date(2030, 3, 31))):
        assert top_share_percent(frame, period) == pareto(frame, period).top20_share_percent
