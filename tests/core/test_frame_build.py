"""The frame's building blocks give the same frame whichever way they take: customers numbered from the orders or
through the list, (customer, day) pairs sorted by a 32-bit or a 64-bit key."""

from datetime import date

import numpy as np

from core.metrics.frame import frame_from_dataset
from core.metrics.visits import sorted_pairs
from core.model import Customer, Dataset, Order, OrderTable


def test_customer_and_day_pairs_come_sorted_by_either_key():
    rng = np.random.default_rng(7)
    for customers, days in ((300, 4000), (2_000_000, 5000)):  # 1.2 million keys; ten billion: past 32 bits
        cust = rng.integers(0, customers, 20_000)
        day = rng.integers(730_000, 730_000 + days, 20_000)
        order = np.lexsort((day, cust))
        got_cust, got_day = sorted_pairs(cust, day)
        assert got_cust.tolist() == cust[order].tolist() and got_day.tolist() == day[order].tolist()
        assert got_cust.dtype == got_day.dtype == np.int64
        once = sorted(set(zip(cust.tolist(), day.tolist(), strict=True)))
        assert list(zip(*(a.tolist() for a in sorted_pairs(cust, day, distinct=True)), strict=True)) == once
    empty = sorted_pairs(np.zeros(0, np.int64), np.zeros(0, np.int64))
    assert [a.tolist() for a in empty] == [[], []]


def _per_customer(frame) -> dict[str, tuple]:
    return {cid: (int(frame.start[i]), int(frame.end[i]), int(frame.n_orders[i]), float(frame.revenue[i]))
            for i, cid in enumerate(frame.ids)}


def test_a_shops_frame_is_the_same_whether_its_customers_are_listed_in_the_orders_order_or_not():
    rng = np.random.default_rng(3)
    ids = [f"K{int(i)}" for i in rng.integers(0, 40, 400)]
    orders = OrderTable(ids, rng.integers(738_000, 738_700, 400), rng.normal(30, 20, 400).round(2))
    seen = list(dict.fromkeys(ids))
    plain = frame_from_dataset(Dataset(orders=orders))
    in_order = frame_from_dataset(Dataset(customers=[Customer(i) for i in seen], orders=orders))
    first_few = frame_from_dataset(Dataset(customers=[Customer(i) for i in seen[:5]], orders=orders))
    reversed_ = frame_from_dataset(Dataset(customers=[Customer(i) for i in reversed(seen)], orders=orders))
    extra = frame_from_dataset(Dataset(customers=[Customer("K999", since=date(2022, 3, 1)), *map(Customer, seen)],
                                       orders=orders))
    assert plain.ids == in_order.ids == first_few.ids == seen and reversed_.ids == seen[::-1]
    for frame in (in_order, first_few):
        assert np.array_equal(frame.order_cust, plain.order_cust) and np.array_equal(frame.spell_end, plain.spell_end)
    expected = _per_customer(plain)
    assert _per_customer(reversed_) == expected and _per_customer(in_order) == expected
    assert {k: v for k, v in _per_customer(extra).items() if k != "K999"} == expected
    assert extra.ids[0] == "K999" and extra.start[0] == date(2022, 3, 1).toordinal()


def test_a_frames_visits_are_each_customers_purchase_days_once_and_travel_without_them():
    import pickle

    data = Dataset(orders=[Order("A", date(2024, 3, 2), 5.0), Order("B", date(2024, 3, 1), 7.0),
                           Order("A", date(2024, 3, 1), 2.0), Order("A", date(2024, 3, 2), 1.0),
                           Order("B", date(2024, 3, 5), -7.0)])  # a refund is no purchase
    frame = frame_from_dataset(data, 90)
    a, b = frame.ids.index("A"), frame.ids.index("B")
    expected = sorted({(a, date(2024, 3, 1).toordinal()), (a, date(2024, 3, 2).toordinal()),
                       (b, date(2024, 3, 1).toordinal())})
    cust, day = frame.visits()
    assert list(zip(cust.tolist(), day.tolist(), strict=True)) == expected and not cust.flags.writeable
    again = pickle.loads(pickle.dumps(frame))
    assert "_visits" not in again.__dict__
    assert list(zip(*(v.tolist() for v in again.visits()), strict=True)) == expected
