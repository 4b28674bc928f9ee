"""Figures of a past period depend only on data up to that period, and every headline agrees with its line."""

import gzip
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.metrics.frame import frame_from_dataset
from core.metrics.periods import Period, previous_periods
from core.metrics.retention import crr_from_frame, repeat_rate
from core.metrics.summary import summarize, summarize_dataset
from core.model import Dataset, Order, PeriodCounts, SurveyResponse

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "online-retail-uci-2010-2011.csv.gz"
DAY0 = date(2020, 1, 1)


def _figures(data: Dataset, period: Period, window: int, as_of: date | None = None) -> tuple:
    s = summarize(frame_from_dataset(data, window, as_of), period=period)
    c = s.crr
    return ((c.start, c.end, c.new, c.brand_new, c.won_back, c.retained, c.new_lost, c.percent),
            [(m.month, m.start, m.lost) for m in s.churn_monthly],
            (s.repeat.earlier_buyers, s.repeat.bought_again),
            None if s.churn_six is None else (s.churn_six.start, s.churn_six.lost))


def _cut(data: Dataset, last: date) -> Dataset:
    return Dataset(orders=[o for o in data.orders if o.date <= last])


histories = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 3 * 365), st.sampled_from([12.5, 30.0, -5.0])),
    min_size=1, max_size=250)


@settings(max_examples=60, deadline=None)
@given(histories, st.sampled_from([30, 90, 180]), st.integers(0, 30))
def test_a_past_period_is_the_same_on_data_cut_at_its_end(rows, window, offset):
    """Customers lapse and come back; cutting the data at a period's end changes none of its figures."""
    data = Dataset(orders=[Order(f"k{c}", DAY0 + timedelta(days=d), a) for c, d, a in rows])
    last_day = max(o.date for o in data.orders)
    end = DAY0 + timedelta(days=window + 30 + offset * 20)
    if end > last_day:
        return
    first = end - timedelta(days=89)
    period = Period(first, end)
    # The cut file describes the shop up to the period's end (the day it was exported).
    assert _figures(_cut(data, end), period, window, end) == _figures(data, period, window)


@settings(max_examples=80, deadline=None)
@given(histories, st.sampled_from([30, 60, 90]))
def test_every_headline_agrees_with_its_line(rows, window):
    data = Dataset(orders=[Order(f"k{c}", DAY0 + timedelta(days=d), a) for c, d, a in rows])
    frame = frame_from_dataset(data, window)
    last = frame.as_of_date
    for period in previous_periods(Period(last - timedelta(days=59), last), 6):
        c = crr_from_frame(frame, period)
        if c.start is None:
            assert c.problem is not None and c.percent is None
            continue
        # E − N = (customers of S there all period) − (joined and left again): the line under the headline.
        assert c.end - c.new == c.retained - c.new_lost
        assert c.new == c.brand_new + c.won_back
        assert 0 <= c.retained <= c.start
        if c.start:
            assert c.percent == pytest.approx((c.retained - c.new_lost) / c.start * 100)
        else:
            assert c.percent is None and "S = 0" in c.problem.render()
        r = repeat_rate(frame, period)
        assert r.earlier_buyers == c.start  # the base is fixed at the period's start


def test_a_customer_who_lapses_and_comes_back_is_lost_then_won_back():
    orders = [Order("x", date(2020, 1, 1), 10), Order("a", date(2020, 1, 10), 10),
              Order("a", date(2020, 6, 1), 10), Order("z", date(2020, 12, 31), 10)]
    frame = frame_from_dataset(Dataset(orders=orders), 90)
    # a's first spell ends on 9 April; the June purchase wins a back.
    assert frame.active_on(date(2020, 4, 8).toordinal())[frame.ids.index("a")]
    assert not frame.active_on(date(2020, 4, 9).toordinal())[frame.ids.index("a")]
    c = crr_from_frame(frame, Period(date(2020, 4, 1), date(2020, 6, 30)))
    assert (c.start, c.end, c.new, c.brand_new, c.won_back, c.retained, c.new_lost) == (1, 1, 1, 0, 1, 0, 0)
    assert c.percent == 0.0  # (1 − 1) / 1: a was lost in April, even though a came back


@pytest.mark.skipif(not DATA.exists(), reason="../shared/data is not beside this checkout")
def test_uci_march_to_may_is_the_same_on_the_file_cut_at_31_may():
    """The issue's own example: CRR of March-May 2011 (90 days) was 54.9 % on the cut file, 80.1 % on all."""
    import csv

    orders: dict[str, Order] = {}
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["CustomerID"]:
                continue
            key = row["InvoiceNo"]
            amount = int(row["Quantity"]) * float(row["UnitPrice"])
            old = orders.get(key)
            day = date.fromisoformat(row["InvoiceDate"][:10])
            orders[key] = Order(row["CustomerID"], day, amount + (old.amount if old else 0.0), key)
    full = Dataset(orders=list(orders.values()))
    period = Period(date(2011, 3, 1), date(2011, 5, 31))
    on_full, on_cut = _figures(full, period, 90), _figures(_cut(full, period.last), period, 90, period.last)
    assert on_full == on_cut
    crr = on_full[0]
    assert crr[0] > 0 and crr[7] is not None


def test_one_year_export_says_why_and_suggests_a_shorter_window():
    orders = [Order(f"k{i}", date(2024, 1, 1) + timedelta(days=(i * 37) % 365), 20.0) for i in range(200)]
    s = summarize_dataset(Dataset(orders=orders), 365)
    assert s.crr.percent is None and "Not known yet" in s.crr.problem.render()
    assert s.churn_six is None and s.churn_monthly == []
    assert "not known yet" in s.period_note.render() and s.suggested_window == 90
    shorter = summarize_dataset(Dataset(orders=orders), s.suggested_window)
    # 90 days: known from 31 March, so April to November (8 months) with a 6-month average.
    assert shorter.crr.percent is not None and shorter.churn_six.percent is not None
    assert (shorter.period.first, shorter.period.last) == (date(2024, 4, 1), date(2024, 11, 30))
    assert "last 8 months" in shorter.period_note.render()


def test_a_date_after_today_never_moves_the_period():
    orders = [Order(f"k{i}", date(2023, 1, 1) + timedelta(days=7 * i), 20.0) for i in range(100)]
    plain = summarize_dataset(Dataset(orders=orders), 90)
    slip = summarize_dataset(Dataset(orders=orders + [Order("k1", date(2098, 5, 1), 20.0)]), 90)
    assert slip.period == plain.period and slip.as_of == plain.as_of


def test_survey_answers_never_move_the_order_period_and_alone_are_in_view():
    orders = [Order(f"k{i}", date(2022, 1, 1) + timedelta(days=5 * i), 20.0) for i in range(150)]
    answers = [SurveyResponse(date.today() - timedelta(days=3), 9), SurveyResponse(date.today(), 4)]
    with_orders = summarize_dataset(Dataset(orders=orders, surveys=answers), 90)
    assert with_orders.period == summarize_dataset(Dataset(orders=orders), 90).period
    only = summarize_dataset(Dataset(surveys=[SurveyResponse(date(2025, 3, d), 9 + d % 2) for d in range(1, 20)]))
    assert only.nps.responses == 19 and only.period.last == date(2025, 3, 19)


def test_typed_counts_and_months_feed_the_figures():
    typed = Dataset(period_counts=[PeriodCounts("2024", 10, 8, 0), PeriodCounts("2025", 12, 12, 2)])
    s = summarize_dataset(typed)
    assert s.crr.percent == pytest.approx(10 / 12 * 100) and s.typed_crr_label == "2025"
    assert [p for _, p in s.crr_series] == [80.0, pytest.approx(10 / 12 * 100)]
    from core.model import MonthlyLost

    months = [MonthlyLost(date(2025, m, 1), 100 - 10 * (m - 1), 10) for m in range(1, 7)]
    s = summarize_dataset(Dataset(monthly_lost=months))
    assert s.churn_six.start == 100 and s.churn_six.lost == 60 and s.churn_six.percent == pytest.approx(10.0)
    assert s.churn_outlook.lifetime_months == pytest.approx(10.0)
    assert len(s.churn_monthly) == 6
