"""Every figure for 1,000,000 orders of 100,000 customers: time, memory, and a pandas groupby of the same work.

    .venv/bin/python bench/metrics.py            (pandas is optional: pip install pandas for the comparison)

Budget: <= 1 s and <= 400 MB above the interpreter on the 2-core machine. The orders are generated as
arrays (as the importer's columns would give them); the clock covers building the frame and computing
every figure of the dashboard (CRR, monthly churn, 6-month average, repeat rate, NPS, referral, 80/20,
cohorts, at-risk list, CLV).
"""

from __future__ import annotations

import gc
import math
import resource
import sys
import time
import tracemalloc
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.metrics.frame import build_frame  # noqa: E402
from core.metrics.periods import Period  # noqa: E402
from core.metrics.summary import summarize  # noqa: E402

N_ORDERS, N_CUSTOMERS = 1_000_000, 100_000
FIRST = date(2023, 1, 1).toordinal()
DAYS = date(2025, 12, 31).toordinal() - FIRST + 1  # data up to the period's last day
WINDOW = 365
PERIOD = Period(date(2025, 1, 1), date(2025, 12, 31))


def generate(seed: int = 1) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """Orders: customers join over the years and buy a few times; 2 % are refunds."""
    rng = np.random.default_rng(seed)
    cust = rng.integers(0, N_CUSTOMERS, N_ORDERS)
    join = rng.integers(0, DAYS - 30, N_CUSTOMERS)
    offset = (rng.exponential(120, N_ORDERS)).astype(np.int64)
    day = FIRST + np.minimum(join[cust] + offset, DAYS - 1)
    amount = np.round(rng.lognormal(3.2, 0.6, N_ORDERS), 2)
    amount[rng.random(N_ORDERS) < 0.02] *= -1
    ids = [f"K{i:06d}" for i in range(N_CUSTOMERS)]
    return ids, cust.astype(np.int64), day.astype(np.int64), amount


def run_core(ids, cust, day, amount):
    """The app's own computation."""
    frame = build_frame(ids, cust, day, amount, inactive_after=WINDOW)
    return summarize(frame, period=PERIOD, predict_now=False)  # as the window: predictions come separately


def run_pandas(cust, day, amount) -> dict:
    """The same figures the straightforward pandas way (groupby per customer, masks per month)."""
    import pandas as pd

    df = pd.DataFrame({"cust": cust, "day": day, "amount": amount})
    buys = df[df.amount >= 0]
    # Spells: a gap of more than WINDOW days between two purchases of a customer starts a new one.
    seq = buys.sort_values(["cust", "day"])
    gap = seq.day.diff()
    new_spell = (seq.cust != seq.cust.shift()) | (gap > WINDOW)
    spell = new_spell.cumsum()
    spells = seq.groupby(spell).agg(cust=("cust", "first"), start=("day", "min"), last=("day", "max"))
    spells["end"] = spells["last"] + WINDOW
    a, b = PERIOD.first.toordinal(), PERIOD.last.toordinal()

    def covering(d):
        return spells[(spells.start <= d) & (spells.end > d)]

    at_a, at_b = covering(a - 1), covering(b)
    s, e = at_a.cust.nunique(), at_b.cust.nunique()
    n = spells[(spells.start >= a) & (spells.start <= b)].cust.nunique()
    months = pd.date_range(PERIOD.first, PERIOD.last, freq="MS")
    churn = []
    for m in months:
        m0 = m.date().toordinal()
        m1 = (m + pd.offsets.MonthEnd(0)).date().toordinal()
        at = covering(m0 - 1)
        churn.append((len(at), int((at.end <= m1).sum())))
    in_period = buys[(buys.day >= a) & (buys.day <= b)]["cust"].unique()
    repeat = at_a.cust.isin(in_period).sum()
    rev = df[(df.day >= a) & (df.day <= b)].groupby("cust")["amount"].sum()
    rev = rev[rev > 0].sort_values(ascending=False)
    k = math.ceil(len(rev) * 0.2)
    top = rev.iloc[:k].sum() / rev.sum()
    ym = pd.to_datetime(buys.day - 719163, unit="D").dt.to_period("M")
    first_m = ym.groupby(buys.cust).transform("min")
    cohort = buys.assign(k=(ym - first_m).apply(lambda x: x.n), c=first_m).drop_duplicates(["cust", "k"])
    matrix = cohort.groupby(["c", "k"]).size().unstack(fill_value=0)
    return {"S": s, "E": e, "N": n, "churn": churn, "repeat": repeat, "top": top, "cohorts": matrix.shape}


def main() -> int:
    """Print the figures."""
    ids, cust, day, amount = generate()
    gc.collect()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    t = time.perf_counter()
    summary = run_core(ids, cust, day, amount)
    core_s = time.perf_counter() - t
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    best = core_s
    for _ in range(2):
        t = time.perf_counter()
        run_core(ids, cust, day, amount)
        best = min(best, time.perf_counter() - t)
    print(f"orders {N_ORDERS:,}, customers {N_CUSTOMERS:,}, period {PERIOD.first}..{PERIOD.last}")
    print(f"core: first run {core_s:.2f} s, best of 3 {best:.2f} s (budget 1 s)")
    print(f"core memory: traced peak {peak / 1e6:.0f} MB; max RSS grew {rss_after - rss_before:.0f} MB "
          f"(budget 400 MB above the interpreter)")
    print(f"figures: CRR {summary.crr.percent:.2f} % (S {summary.crr.start}, E {summary.crr.end}, "
          f"N {summary.crr.new}); 6-month churn {summary.churn_six.percent:.2f} %; "
          f"repeat {summary.repeat.percent:.2f} %; top 20 % share {summary.pareto.top20_share_percent:.2f} %")
    try:
        import pandas  # noqa: F401
    except ImportError:
        print("pandas not installed: no comparison")
        return 0
    t = time.perf_counter()
    ref = run_pandas(cust, day, amount)
    pandas_s = time.perf_counter() - t
    agree = (ref["S"], ref["E"], ref["N"]) == (summary.crr.start, summary.crr.end, summary.crr.new)
    agree &= [(m.start, m.lost) for m in summary.churn_monthly] == [(int(x), int(y)) for x, y in ref["churn"]]
    agree &= int(ref["repeat"]) == summary.repeat.bought_again
    agree &= abs(ref["top"] * 100 - summary.pareto.top20_share_percent) < 1e-9
    print(f"pandas groupby of the same work: {pandas_s:.2f} s -> core is {pandas_s / best:.1f}x faster; "
          f"figures agree: {'yes' if agree else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
