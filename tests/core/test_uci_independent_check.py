"""The app's figures on the real UCI Online Retail order lines agree with a separate plain calculation.

The plain calculation here reads the CSV with the csv module, groups lines into invoices itself and
counts with sets and loops, sharing no code with core.metrics.
"""

import csv
import gzip
import math
import shutil
from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from core.importing.pipeline import dataset_from_results, import_file
from core.metrics.frame import frame_from_dataset
from core.metrics.periods import Period
from core.metrics.summary import summarize

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "online-retail-uci-2010-2011.csv.gz"
WINDOW = 90
PERIOD = (date(2011, 6, 1), date(2011, 11, 30))

pytestmark = pytest.mark.skipif(not DATA.exists(), reason="../shared/data is not beside this checkout")


@pytest.fixture(scope="module")
def uci_csv(tmp_path_factory):
    path = tmp_path_factory.mktemp("uci") / "online-retail.csv"
    with gzip.open(DATA, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


@pytest.fixture(scope="module")
def app_summary(uci_csv):
    result = import_file(uci_csv)
    frame = frame_from_dataset(dataset_from_results([result]), inactive_after=WINDOW)
    return result, summarize(frame, period=Period(*PERIOD))


@pytest.fixture(scope="module")
def plain(uci_csv):
    invoices = {}
    anonymous = 0
    with open(uci_csv, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["CustomerID"]:
                anonymous += 1
                continue
            inv = invoices.setdefault(row["InvoiceNo"], {"cust": row["CustomerID"], "day": None, "amount": 0.0})
            if inv["day"] is None:
                inv["day"] = datetime.strptime(row["InvoiceDate"], "%Y-%m-%d %H:%M:%S").date()
            inv["amount"] += int(row["Quantity"]) * float(row["UnitPrice"])
    buys = defaultdict(list)
    revenue = defaultdict(float)
    for inv in invoices.values():
        revenue[inv["cust"]] += inv["amount"]
        if inv["amount"] >= 0:
            buys[inv["cust"]].append(inv["day"])
    return invoices, buys, revenue, anonymous


def _active_on(days, day):
    """A customer on ``day``: bought on or before it, the last time fewer than WINDOW days before (point in time)."""
    before = [d for d in days if d <= day]
    return bool(before) and (day - max(before)).days < WINDOW


def _active(buys, day):
    return {c for c, ds in buys.items() if _active_on(ds, day)}


def _lapsed_within(days, first, last):
    """Was the customer, a customer on the day before ``first``, no customer on some day up to ``last``?"""
    d = first
    while d <= last:
        if not _active_on(days, d):
            return True
        d += timedelta(days=1)
    return False


def test_rows_and_customers(app_summary, plain):
    result, summary = app_summary
    invoices, buys, revenue, anonymous = plain
    assert result.rows_read == 541_909
    assert result.skipped == anonymous == 135_080
    assert len(result.orders) == len(invoices)
    assert summary.customers == len(revenue) == 4372


def test_crr_matches(app_summary, plain):
    _, summary = app_summary
    _, buys, _, _ = plain
    a, b = PERIOD
    start = _active(buys, a - timedelta(days=1))
    end = _active(buys, b)
    new = {c for c, ds in buys.items() if ds and a <= min(ds) <= b}
    # Won back: a purchase in the period on a day after which they had not been a customer.
    back = {c for c, ds in buys.items() if c not in new
            and any(a <= d <= b and not _active_on(ds, d - timedelta(days=1)) for d in ds)}
    joined = new | back
    assert (summary.crr.start, summary.crr.end, summary.crr.new) == (len(start), len(end), len(joined))
    assert (summary.crr.brand_new, summary.crr.won_back) == (len(new), len(back))
    assert summary.crr.retained == len(end - joined)
    assert summary.crr.new_lost == len(joined - end)
    assert summary.crr.percent == pytest.approx((len(end) - len(joined)) / len(start) * 100)


def test_monthly_churn_and_six_month_average_match(app_summary, plain):
    _, summary = app_summary
    _, buys, _, _ = plain
    # June to November 2011: the data starts on 1 December 2010, so every customer is known from March.
    assert [m.month.month for m in summary.churn_monthly] == [6, 7, 8, 9, 10, 11]
    for m in summary.churn_monthly:
        month_first = m.month
        month_last = (month_first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
        at_start = _active(buys, month_first - timedelta(days=1))
        lost = {c for c in at_start if _lapsed_within(buys[c], month_first, month_last)}
        assert (m.start, m.lost) == (len(at_start), len(lost)), m.month
    six_start = _active(buys, date(2011, 5, 31))
    six_lost = {c for c in six_start if _lapsed_within(buys[c], date(2011, 6, 1), date(2011, 11, 30))}
    assert (summary.churn_six.start, summary.churn_six.lost) == (len(six_start), len(six_lost))
    assert summary.churn_six.percent == pytest.approx(len(six_lost) / len(six_start) / 6 * 100)


def test_repeat_rate_matches(app_summary, plain):
    _, summary = app_summary
    _, buys, _, _ = plain
    a, b = PERIOD
    base = _active(buys, a - timedelta(days=1))  # fixed at the start, whatever they do later
    again = {c for c in base if any(a <= d <= b for d in buys[c])}
    assert (summary.repeat.earlier_buyers, summary.repeat.bought_again) == (len(base), len(again))


def test_pareto_matches(app_summary, plain):
    _, summary = app_summary
    invoices, _, _, _ = plain
    a, b = PERIOD
    per = defaultdict(float)
    for inv in invoices.values():
        if a <= inv["day"] <= b:
            per[inv["cust"]] += inv["amount"]
    paying = sorted((v for v in per.values() if v > 0), reverse=True)
    k = math.ceil(len(paying) * 0.2)
    assert summary.pareto.customers == len(paying)
    assert summary.pareto.top20_share_percent == pytest.approx(sum(paying[:k]) / sum(paying) * 100, rel=1e-9)
