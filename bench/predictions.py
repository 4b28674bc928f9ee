"""Predictions: a holdout test on the real UCI order lines, and the fitting speed on 100,000 customers.

    .venv/bin/python bench/predictions.py [--skip-speed] [--skip-holdout]

Holdout: the app imports the UCI CSV (../shared/data), keeps the orders up to a cut, fits there, predicts the
next period and compares with what the customers did: purchase days predicted vs happened, the chance to buy
against the share who bought (by band), and how often the customers flagged at risk bought again compared
with the others, beside the old "past 1.5 × their usual interval" rule measured on the same cut.
Speed: 100,000 customers / 1,000,000 orders (as bench/metrics.py generates them): the per-customer history,
the fit and every per-customer figure; best of 3, beside fitting one row per customer instead of grouped rows.
Budget: fitting 100,000 customers / 1,000,000 orders <= 3 s.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.metrics.frame import build_frame, frame_from_dataset  # noqa: E402
from core.metrics.risk import at_risk as interval_at_risk  # noqa: E402
from core.model import Dataset  # noqa: E402
from core.predict import bgnbd  # noqa: E402
from core.predict.history import history  # noqa: E402
from core.predict.shop import fit_history, predict  # noqa: E402

UCI = ROOT.parent / "shared" / "data" / "online-retail-uci-2010-2011.csv.gz"
CUTS = ((date(2011, 6, 9), 183), (date(2011, 9, 9), 91))


def _load_uci() -> Dataset:
    from core.importing.pipeline import dataset_from_results, import_file

    tmp = Path(tempfile.mkdtemp())
    try:
        path = tmp / "online-retail.csv"
        with gzip.open(UCI, "rb") as src, open(path, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return dataset_from_results([import_file(path)])
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def holdout() -> None:
    """Fit before each cut, predict the period after it, compare."""
    data = _load_uci()
    print(f"UCI: {len(data.orders)} orders of {len({o.customer_id for o in data.orders})} customers")
    for cut, days in CUTS:
        later: dict[str, set] = {}
        for o in data.orders:
            if cut < o.date <= cut + timedelta(days=days) and o.amount >= 0:
                later.setdefault(o.customer_id, set()).add(o.date)
        train = Dataset(customers=data.customers, orders=[o for o in data.orders if o.date <= cut])
        for window in (90, 180):
            frame = frame_from_dataset(train, window, as_of=cut)
            p = predict(frame, horizon_days=days)
            actual = np.array([len(later.get(c, ())) for c in frame.ids], dtype=float)
            bought = actual > 0
            has = p.hist.has
            if window == 90:
                print(f"\ncut {cut}, next {days} days; model {p.method}, r={p.params.r:.3f} alpha={p.params.alpha:.3f} "
                      f"a={p.params.a:.4f} b={p.params.b:.3f}")
                print(f"  purchase days predicted {p.expected_orders[has].sum():.0f}, happened {actual[has].sum():.0f} "
                      f"({(p.expected_orders[has].sum() / actual[has].sum() - 1) * 100:+.1f} %)")
                err = np.abs(p.expected_orders[has] - actual[has])
                print(f"  per customer: mean absolute error {err.mean():.2f} purchase days; correlation "
                      f"{np.corrcoef(p.expected_orders[has], actual[has])[0, 1]:.2f}")
                for low, high in ((0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 1.01)):
                    band = has & (p.p_buy >= low) & (p.p_buy < high)
                    if band.any():
                        print(f"  chance to buy {low:.0%}-{min(high, 1):.0%}: {band.sum():5d} customers, mean chance "
                              f"{p.p_buy[band].mean():.2f}, bought {bought[band].mean():.2f}")
            # The at-risk list as the app makes it (chance to buy within 90 days), judged on the 90 days after the cut.
            p = predict(frame)
            soon = {c for c, days_ in later.items() if min(days_) <= cut + timedelta(days=90)}
            bought = np.array([c in soon for c in frame.ids])
            active = frame.active_on(frame.as_of) & has
            repeat = active & (p.hist.days >= 2)
            valuable = repeat & (p.hist.revenue >= np.median(p.hist.revenue[repeat]))
            flag = np.zeros(frame.n_customers, dtype=bool)
            flag[[a.index for a in p.at_risk]] = True
            old = np.zeros(frame.n_customers, dtype=bool)
            old[[a.index for a in interval_at_risk(frame)]] = True
            print(f"  window {window}, bought again within 90 days: at risk (predicted) {flag.sum()}, "
                  f"{bought[flag].mean() if flag.any() else float('nan'):.1%}; "
                  f"the other valuable customers {bought[valuable & ~flag].mean():.1%}; other active "
                  f"{bought[active & ~flag].mean():.1%}")
            print(f"             old interval rule {old.sum()}, bought again {bought[old].mean():.1%}; "
                  f"others active {bought[active & ~old].mean():.1%}")


def speed() -> None:
    """Fit 100,000 customers / 1,000,000 orders, best of 3, grouped rows against one row per customer."""
    sys.path.insert(0, str(ROOT / "bench"))
    from metrics import WINDOW, generate

    ids, cust, day, amount = generate()
    frame = build_frame(ids, cust, day, amount, inactive_after=WINDOW)
    times, fit_only, ungrouped = [], [], []
    for _ in range(3):
        t0 = time.perf_counter()
        p = predict(frame)
        times.append(time.perf_counter() - t0)
        h = history(frame)
        t0 = time.perf_counter()
        fit_history(h)
        fit_only.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        bgnbd.fit(bgnbd.MBG, h.x[h.has], h.t_x[h.has], h.T[h.has])
        ungrouped.append(time.perf_counter() - t0)
    print(f"\n{frame.n_customers} customers, {len(frame.order_day)} orders: history + fits + every per-customer figure "
          f"best of 3 {min(times):.2f} s (runs {', '.join(f'{t:.2f}' for t in times)}); model {p.method}")
    print(f"  the two fits alone (grouped rows): {min(fit_only):.2f} s; MBG/NBD on one row per customer: "
          f"{min(ungrouped):.2f} s")


def main() -> int:
    """Run the parts asked for."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--skip-speed", action="store_true")
    ap.add_argument("--skip-holdout", action="store_true")
    args = ap.parse_args()
    if not args.skip_holdout:
        if UCI.exists():
            holdout()
        else:
            print(f"{UCI} not found: holdout skipped")
    if not args.skip_speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
