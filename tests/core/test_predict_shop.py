"""The shop's predictions from its own orders: one purchase per day, the as-of day, the plain rule for thin
data, RFM segments, who is at risk, the forecast's backtest and the customers command line."""

import csv
import io
from datetime import date, timedelta

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.metrics.frame import frame_from_dataset
from core.model import Dataset, Order
from core.predict import segments
from core.predict.cli import run
from core.predict.forecast import backtest
from core.predict.history import history
from core.predict.shop import MODEL, RULE, predict

D0 = date(2024, 1, 1)


def _shop(n_regular=60, n_once=60, weeks=52, stopper=True, seed=1) -> Dataset:
    """Weekly-ish regulars, one-time buyers, one big regular who stopped 16 weeks before the end and one
    customer who has always bought every 20 weeks."""
    rng = np.random.default_rng(seed)
    orders = []
    for i in range(n_regular):
        day = int(rng.integers(0, 20))
        while day < weeks * 7:
            orders.append(Order(f"R{i}", D0 + timedelta(days=day), float(rng.integers(20, 60))))
            day += int(rng.integers(5, 25))
    for i in range(n_once):
        orders.append(Order(f"O{i}", D0 + timedelta(days=int(rng.integers(0, weeks * 7))), 30.0))
    if stopper:
        for k in range(0, (weeks - 16) * 7, 7):
            orders.append(Order("STOP", D0 + timedelta(days=k), 200.0))
    for k in range(0, weeks * 7 - 20, 140):
        orders.append(Order("SLOW", D0 + timedelta(days=k), 300.0))
    return Dataset(orders=orders)


def test_several_orders_on_one_day_are_one_purchase_and_refunds_are_no_purchase():
    data = Dataset(orders=[Order("A", D0, 10.0), Order("A", D0, 5.0), Order("A", D0 + timedelta(days=7), 20.0),
                           Order("A", D0 + timedelta(days=8), -4.0), Order("A", D0 + timedelta(days=21), 30.0)])
    h = history(frame_from_dataset(data, 90))
    assert h.days[0] == 3  # D0 (two orders), D0+7, D0+21; the refund is not a purchase
    assert h.x[0] == 2 and h.t_x[0] == 3.0 and h.T[0] == 3.0  # weeks
    assert h.repeat_value[0] == 25.0  # the repeat purchases: 20 and 30
    assert h.revenue[0] == 61.0  # net of the refund


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("ABCDE"), st.integers(0, 40), st.sampled_from([12.5, 0.0, -3.0, 7.25, 40.0])),
                min_size=1, max_size=30), st.integers(0, 45))
def test_a_history_is_what_each_customers_own_orders_say(orders, cut):
    """Per customer, counted by hand from their orders up to the as-of day: the purchase days (refunds are none),
    the first and last of them, the mean value of the repeat days (what was bought on all days but the first) and
    the net revenue."""
    data = Dataset(orders=[Order(c, D0 + timedelta(days=d), a) for c, d, a in orders])
    frame = frame_from_dataset(data, 90)
    h = history(frame, (D0 + timedelta(days=cut)).toordinal())
    for i, cid in enumerate(frame.ids):
        mine = [(d, a) for c, d, a in orders if c == cid and d <= cut]
        bought = sorted({d for d, a in mine if a >= 0})
        assert h.days[i] == len(bought) and h.revenue[i] == pytest.approx(sum(a for _, a in mine))
        if not bought:
            assert not h.has[i]
            continue
        assert (h.first[i], h.last[i]) == ((D0 + timedelta(days=bought[0])).toordinal(),
                                            (D0 + timedelta(days=bought[-1])).toordinal())
        repeat = [a for d, a in mine if a >= 0 and d != bought[0]]
        if len(bought) > 1:
            assert h.repeat_value[i] == pytest.approx(sum(repeat) / (len(bought) - 1))
        else:
            assert np.isnan(h.repeat_value[i])


def test_orders_after_the_as_of_day_are_ignored():
    data = _shop()
    cut = D0 + timedelta(days=200)
    early = Dataset(orders=[o for o in data.orders if o.date <= cut])
    whole = predict(frame_from_dataset(data, 90), as_of=cut.toordinal())
    only = predict(frame_from_dataset(early, 90, as_of=cut))
    ids = {c: i for i, c in enumerate(whole.ids)}
    for j, cid in enumerate(only.ids):
        i = ids[cid]
        assert whole.hist.days[i] == only.hist.days[j]
        assert whole.p_alive[i] == pytest.approx(only.p_alive[j], rel=1e-9)
        assert whole.expected_orders[i] == pytest.approx(only.expected_orders[j], rel=1e-9)


def test_a_regular_who_stopped_is_at_risk_and_a_slow_buyer_is_not():
    p = predict(frame_from_dataset(_shop(), 365))
    assert p.method == MODEL and p.reason is None
    flagged = {a.customer_id for a in p.at_risk}
    assert "STOP" in flagged
    assert "SLOW" not in flagged
    stop = p.ids.index("STOP")
    assert p.p_buy[stop] < 0.5
    # Every flagged customer still counts as a customer (within the window) and bought on two days or more.
    assert all(p.hist.days[a.index] >= 2 and a.days_since_last < 365 for a in p.at_risk)
    assert [a.revenue for a in p.at_risk] == sorted((a.revenue for a in p.at_risk), reverse=True)


def test_thin_data_uses_the_plain_rule_and_says_why():
    data = Dataset(orders=[Order(f"C{i}", D0 + timedelta(days=3 * i), 25.0) for i in range(12)])
    p = predict(frame_from_dataset(data, 90))
    assert p.method == RULE
    assert p.reason.params == {"n": 12, "min": 30}
    assert np.isnan(p.p_alive).all()  # no chance is made up
    assert set(p.certainty[p.has]) == {"rough"}
    # The rule: customers keep their own pace while within the window.
    i = p.ids.index("C0")
    observed = max((D0 + timedelta(days=33)) - D0, timedelta(days=30)).days + 1
    assert p.expected_orders[i] == pytest.approx(1 / observed * 90)


def test_few_repeat_buyers_is_named_as_the_reason():
    orders = [Order(f"C{i}", D0 + timedelta(days=i * 3), 25.0) for i in range(40)]
    orders += [Order("C1", D0 + timedelta(days=150), 20.0)]
    p = predict(frame_from_dataset(Dataset(orders=orders), 365))
    assert p.method == RULE and p.reason.params == {"n": 1, "min": 10}


def test_quintile_scores_share_ties_and_span_one_to_five():
    assert list(segments.quintile_scores(np.arange(10))) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    same = segments.quintile_scores(np.array([1, 1, 1, 1, 1, 1, 5, 9, 12, 20]))
    assert len(set(same[:6])) == 1  # six one-time buyers share one score
    assert list(same[6:]) == [4, 4, 5, 5]


def test_every_cell_of_the_rfm_grid_has_a_segment():
    r, f = np.meshgrid(np.arange(1, 6), np.arange(1, 6))
    names = segments.segment_of(r.ravel(), f.ravel(), f.ravel())
    assert set(names) == set(segments.SEGMENTS)
    assert segments.segment_of(np.array([5]), np.array([5]), np.array([5]))[0] == segments.CHAMPIONS
    assert segments.segment_of(np.array([1]), np.array([5]), np.array([5]))[0] == segments.CANT_LOSE
    assert segments.segment_of(np.array([1]), np.array([1]), np.array([1]))[0] == segments.LOST
    assert segments.segment_of(np.array([5]), np.array([1]), np.array([1]))[0] == segments.PROMISING
    assert set(segments.NAMES) == set(segments.ACTIONS) == set(segments.SEGMENTS)


def test_backtest_uses_only_the_data_before_each_month():
    data = _shop(weeks=60)
    frame = frame_from_dataset(data, 365)
    months = backtest(frame, 3)
    assert frame.as_of_date == date(2025, 2, 23)  # the data ends mid-month: the three full months before it
    assert [m.month for m in months] == [date(2024, 11, 1), date(2024, 12, 1), date(2025, 1, 1)]
    for m in months:
        visits = {(o.customer_id, o.date) for o in data.orders
                  if o.amount >= 0 and m.month <= o.date < _next_month(m.month)
                  and any(p.customer_id == o.customer_id and p.date < m.month for p in data.orders)}
        assert m.actual_purchases == len(visits)
        assert m.predicted_purchases is not None
        # The forecast made before the month is the same when later data is removed.
        early = Dataset(orders=[o for o in data.orders if o.date < m.month])
        alone = backtest(frame_from_dataset(early, 365, as_of=_next_month(m.month) - timedelta(days=1)), 1)[0]
        assert alone.predicted_purchases == pytest.approx(m.predicted_purchases, rel=1e-9)


def _next_month(d: date) -> date:
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)


def _write(tmp_path, data: Dataset):
    path = tmp_path / "orders.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["Customer", "Order date", "Amount"])
        for o in data.orders:
            w.writerow([o.customer_id, o.date.isoformat(), f"{o.amount:.2f}"])
    return path


def test_customers_command_writes_one_row_per_customer(tmp_path):
    path = _write(tmp_path, _shop())
    out_csv = tmp_path / "pred.csv"
    out, err = io.StringIO(), io.StringIO()
    assert run([str(path), "--csv", str(out_csv)], out, err) == 0
    with open(out_csv, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {"customer", "p_alive", "expected_orders", "expected_revenue", "value_12m", "segment"} <= set(rows[0])
    assert len(rows) == 60 + 60 + 2
    stop = next(r for r in rows if r["customer"] == "STOP")
    assert stop["at_risk"] == "1" and 0 <= float(stop["p_alive"]) <= 1
    assert all("," not in r["expected_revenue"] for r in rows)  # a dot as decimal point
    assert "122 customers written" in out.getvalue()


def test_customers_as_of_ignores_later_orders(tmp_path):
    data = _shop()
    cut = D0 + timedelta(days=250)
    full, early = _write(tmp_path, data), tmp_path / "early"
    early.mkdir()
    early_path = _write(early, Dataset(orders=[o for o in data.orders if o.date <= cut]))
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    assert run([str(full), "--as-of", cut.isoformat(), "--csv", str(a)], io.StringIO(), io.StringIO()) == 0
    assert run([str(early_path), "--as-of", cut.isoformat(), "--csv", str(b)], io.StringIO(), io.StringIO()) == 0
    assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8")


def test_customers_command_refuses_bad_arguments(tmp_path):
    path = _write(tmp_path, _shop())
    err = io.StringIO()
    assert run([str(path), "--horizon-days", "0", "--csv", "-"], io.StringIO(), err) == 2
    assert "--horizon-days" in err.getvalue()
    err = io.StringIO()
    assert run([str(tmp_path / "missing.csv"), "--csv", "-"], io.StringIO(), err) == 2
    assert "missing.csv" in err.getvalue()
    err = io.StringIO()
    assert run([str(path), "--csv", str(tmp_path / "no" / "such" / "x.csv")], io.StringIO(), err) == 2
    assert "x.csv" in err.getvalue()


def test_average_ranks_match_the_usual_definition():
    values = np.array([3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0, 5.0, 3.0])
    # Sorted: 1,1,2,3,3,4,5,5,6,9 → ranks 1.5,1.5,3,4.5,4.5,6,7.5,7.5,9,10
    assert list(segments.average_ranks(values)) == [4.5, 1.5, 6.0, 1.5, 7.5, 10.0, 3.0, 9.0, 7.5, 4.5]
    # Counted (whole numbers in a short range) or sorted (fractions, a long range): the same ranks.
    rng = np.random.default_rng(8)
    for drawn in (rng.integers(-5, 40, 500), rng.integers(0, 10**9, 500), rng.integers(0, 30, 500) / 4,
                  -rng.integers(0, 300, 500).astype(float), rng.normal(size=500)):
        order = np.argsort(drawn, kind="stable")
        by_sorting = np.empty(len(drawn))
        ordered = drawn[order]
        for value in np.unique(drawn):
            at = np.flatnonzero(ordered == value)
            by_sorting[order[at]] = (at[0] + 1 + at[-1] + 1) / 2
        assert list(segments.average_ranks(drawn)) == list(by_sorting)


def test_a_customer_list_gets_predictions_but_no_backtest():
    from core.model import Customer

    rng = np.random.default_rng(2)
    people = []
    for i in range(200):
        first = D0 + timedelta(days=int(rng.integers(0, 500)))
        n = int(rng.integers(1, 12))
        last = first + timedelta(days=int(rng.integers(0, 600))) if n > 1 else first
        people.append(Customer(f"C{i}", first_purchase=first, last_purchase=last, orders_count=n,
                               total_spent=float(n * 30)))
    frame = frame_from_dataset(Dataset(customers=people), 365)
    p = predict(frame)
    assert p.method == MODEL and p.hist.has.sum() == 200
    c = people[0]
    i = p.ids.index("C0")
    assert p.hist.days[i] == (c.orders_count if c.last_purchase > c.first_purchase else 1)
    # The list's counts already hold every purchase: a forecast "as of" an earlier month would know the outcome.
    assert backtest(frame) == []


def test_the_summary_fits_beside_its_figures_and_gives_what_a_fit_on_its_own_gives():
    """``summarize`` fits the predictions on a second thread while it computes the period's figures: the same
    predictions as fitted on their own, and a stop asked for during the fit still stops the whole summary."""
    from core.metrics.summary import summarize
    from core.text import Cancelled

    frame = frame_from_dataset(_shop(), 365)
    alone, beside = predict(frame), summarize(frame).predictions
    assert beside.params == alone.params and beside.spend == alone.spend
    assert [a.customer_id for a in beside.at_risk] == [a.customer_id for a in alone.at_risk]
    assert np.array_equal(beside.p_buy, alone.p_buy, equal_nan=True)
    with pytest.raises(Cancelled):
        summarize(frame_from_dataset(_shop(seed=2), 365), cancelled=lambda: True)
