"""CRR and repeat purchase rate: seed examples, public worked examples and invalid input."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.metrics.frame import frame_from_dataset
from core.metrics.periods import Period
from core.metrics.retention import crr_from_counts, crr_from_frame, repeat_rate, repeat_rate_from_counts
from core.model import Customer, Dataset, Order


def test_seed_example_ten_customers_two_lost():
    assert crr_from_counts(10, 8, 0).percent == 80.0


@pytest.mark.parametrize(
    ("s", "e", "n", "expected"),
    [(500, 525, 300, 45.0), (100, 110, 20, 90.0), (200, 180, 0, 90.0), (4, 4, 0, 100.0), (3, 1, 1, 0.0)],
)
def test_public_worked_examples(s, e, n, expected):
    assert crr_from_counts(s, e, n).percent == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize(
    ("s", "e", "n", "fragment"),
    [
        (0, 5, 5, "S = 0"),
        (-1, 5, 0, "negative"),
        (10, 5, 6, "N cannot exceed E"),
        (10, 15, 2, "retained once"),
        (None, 5, 1, "all three"),
    ],
)
def test_invalid_counts_give_a_message_not_a_number(s, e, n, fragment):
    result = crr_from_counts(s, e, n)
    assert result.percent is None
    assert fragment in result.problem.render()


@given(st.integers(1, 10**6), st.data())
def test_crr_of_valid_counts_is_between_0_and_100(s, data):
    retained = data.draw(st.integers(0, s))
    new = data.draw(st.integers(0, 10**6))
    result = crr_from_counts(s, retained + new, new)
    assert result.problem is None
    assert 0.0 <= result.percent <= 100.0
    assert result.percent == pytest.approx(retained / s * 100)


def test_repeat_seed_example():
    assert repeat_rate_from_counts(2000, 900).percent == 45.0
    assert repeat_rate_from_counts(0, 0).percent is None
    assert repeat_rate_from_counts(10, 11).percent is None


def _orders(*rows):
    return [Order(c, date.fromisoformat(d), a) for c, d, a in rows]


def test_crr_from_orders_counts_start_end_new_and_retained():
    data = Dataset(
        orders=_orders(
            ("z", "2022-01-01", 10),  # the export starts here: everyone is known from 2023-01-01
            ("a", "2023-02-01", 10),  # active through 2024-01-31 (lost on 2024-02-01)
            ("b", "2023-06-01", 10),
            ("b", "2024-03-01", 10),  # still there at the end
            ("c", "2023-12-31", 10),  # last purchase day is the day before the period
            ("d", "2024-05-01", 10),  # new in the period
            ("e", "2025-01-15", 10),  # after the period; sets the data's date
        )
    )
    frame = frame_from_dataset(data, inactive_after=365)
    result = crr_from_frame(frame, Period(date(2024, 1, 1), date(2024, 12, 31)))
    assert (result.start, result.end, result.new, result.retained) == (3, 2, 1, 1)
    # c lost on 2024-12-30 (365 days after 2023-12-31), a on 2024-02-01
    assert result.percent == pytest.approx(100 / 3)


def test_crr_with_left_dates_ignores_purchases():
    customers = [
        Customer("1", since=date(2020, 1, 1)),
        Customer("2", since=date(2020, 1, 1), left_on=date(2024, 6, 1)),
        Customer("3", since=date(2024, 3, 1)),
        Customer("4", since=date(2019, 5, 5), left_on=date(2023, 1, 1)),
    ]
    frame = frame_from_dataset(Dataset(customers=customers))
    result = crr_from_frame(frame, Period(date(2024, 1, 1), date(2024, 12, 31)))
    assert (result.start, result.end, result.new, result.retained) == (2, 2, 1, 1)
    assert result.percent == 50.0


def test_repeat_rate_from_orders():
    data = Dataset(
        orders=_orders(
            ("a", "2023-05-01", 10),
            ("a", "2024-02-01", 10),  # bought again
            ("b", "2023-06-01", 10),  # did not
            ("c", "2024-02-02", 10),  # new: not in the base
            ("d", "2022-01-01", 10),  # lost before the period: not in the base
            ("e", "2024-03-05", 10),  # after the period: the data reaches past its end
        )
    )
    frame = frame_from_dataset(data)
    result = repeat_rate(frame, Period(date(2024, 1, 1), date(2024, 2, 29)))
    assert (result.earlier_buyers, result.bought_again, result.percent) == (2, 1, 50.0)
    assert result.from_orders


def test_repeat_rate_from_customer_list_uses_last_purchase():
    customers = [
        Customer("a", first_purchase=date(2023, 5, 1), last_purchase=date(2024, 2, 1), orders_count=2),
        Customer("b", first_purchase=date(2023, 6, 1), last_purchase=date(2023, 6, 1), orders_count=1),
    ]
    frame = frame_from_dataset(Dataset(customers=customers))
    result = repeat_rate(frame, Period(date(2024, 1, 1), date(2024, 2, 29)))
    assert (result.earlier_buyers, result.bought_again, result.from_orders) == (2, 1, False)
