"""The buy-till-you-die models against the published figures on the CDNOW sample, and against data simulated
from known parameters (a fit must give back what made the data, and its forecasts must match what happens)."""

import csv
from pathlib import Path

import numpy as np
import pytest

from core.predict import bgnbd, gammagamma
from tests.helpers.btyd_sim import simulate

CDNOW = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "cdnow-sample-summary.csv"
needs_cdnow = pytest.mark.skipif(not CDNOW.exists(), reason="../shared/data is not beside this checkout")


@pytest.fixture(scope="module")
def cdnow():
    with open(CDNOW, newline="") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(np.array([float(r[k]) for r in rows]) for k in ("x", "t_x", "T", "zbar"))


@needs_cdnow
def test_bgnbd_gives_the_papers_estimates_on_cdnow(cdnow):
    x, t_x, T, _ = cdnow
    assert len(x) == 2357
    p = bgnbd.fit(bgnbd.BG, x, t_x, T)
    # Fader, Hardie & Lee (2005): r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, LL = -9582.4
    assert (round(p.r, 3), round(p.alpha, 3), round(p.a, 3), round(p.b, 3)) == (0.243, 4.414, 0.793, 2.426)
    assert round(p.log_likelihood, 1) == -9582.4


@needs_cdnow
def test_grouped_rows_fit_the_same_as_one_row_per_customer(cdnow):
    x, t_x, T, _ = cdnow
    rows, counts = np.unique(np.stack([x, t_x, T], 1), axis=0, return_counts=True)
    grouped = bgnbd.fit(bgnbd.BG, rows[:, 0], rows[:, 1], rows[:, 2], counts)
    assert round(grouped.log_likelihood, 1) == -9582.4
    assert round(grouped.r, 3) == 0.243


@needs_cdnow
def test_gamma_gamma_gives_the_papers_estimates_on_cdnow(cdnow):
    x, _, _, zbar = cdnow
    s = gammagamma.fit(x, zbar)
    # Fader, Hardie & Lee (2005, "RFM and CLV"): p = 6.25, q = 3.74, gamma = 15.44. The sample's average values
    # are rounded to cents here; the maximum lies at gamma = 15.448, within 0.01 of the paper's figure.
    assert (round(s.p, 2), round(s.q, 2)) == (6.25, 3.74)
    assert abs(s.gamma - 15.44) < 0.01
    # Expected average spend of a customer with 2 repeat purchases averaging 22.35 (the sample's first customer):
    # a weighted mix of the population mean p*gamma/(q-1) and their own mean.
    w = (s.q - 1) / (s.p * 2 + s.q - 1)
    mix = w * s.p * s.gamma / (s.q - 1) + (1 - w) * 22.35
    assert gammagamma.expected_spend(s, np.array([2.0]), np.array([22.35]))[0] == pytest.approx(mix, rel=1e-12)


@needs_cdnow
def test_mbgnbd_fits_cdnow_at_least_as_well_as_bgnbd(cdnow):
    x, t_x, T, _ = cdnow
    bg = bgnbd.fit(bgnbd.BG, x, t_x, T)
    mbg = bgnbd.fit(bgnbd.MBG, x, t_x, T)
    assert mbg.log_likelihood > bg.log_likelihood
    assert round(mbg.log_likelihood, 1) == -9582.1


def test_a_fit_gives_back_the_parameters_that_made_the_data():
    truth = dict(r=0.5, alpha=5.0, a=0.6, b=3.0)
    x, t_x, T, future = simulate(6000, **truth, weeks=52, horizon=26)
    p = bgnbd.fit(bgnbd.MBG, x, t_x, T)
    assert p.r == pytest.approx(truth["r"], rel=0.15)
    assert p.alpha == pytest.approx(truth["alpha"], rel=0.2)
    assert p.a / (p.a + p.b) == pytest.approx(0.6 / 3.6, rel=0.25)  # the mean dropout chance is well determined
    # The forecast for the next 26 weeks, customer by customer, adds up to what the simulation did.
    expected = bgnbd.expected_purchases(p, 26, x, t_x, T)
    assert expected.sum() == pytest.approx(future.sum(), rel=0.06)
    # The chance to buy within the horizon matches the share who did, in every band of it.
    chance = bgnbd.p_buy_within(p, 26, x, t_x, T)
    for low, high in ((0.0, 0.2), (0.2, 0.5), (0.5, 1.0)):
        band = (chance >= low) & (chance < high)
        assert band.sum() > 200
        assert (future[band] > 0).mean() == pytest.approx(chance[band].mean(), abs=0.05)


def test_a_big_shops_spend_fit_from_a_rough_start_finds_the_maximum_a_cold_start_finds(monkeypatch):
    # 20,000 repeat buyers of a Gamma-Gamma shop (p 4, q 6, gamma 60), and 20,000 who spend alike (no spread between
    # customers: q and gamma run off together). The fit first fits every k-th customer and starts there; a fit
    # without that rough start must land on the same maximum.
    rng = np.random.default_rng(4)
    x = rng.integers(1, 9, 20000).astype(float)
    nu = rng.gamma(6.0, 1 / 60.0, 20000)
    m = rng.gamma(4.0 * x, 1 / (nu * x))
    alike = rng.gamma(4.0 * x, 1 / (0.1 * x))
    fits = []
    for spends in (m, alike):
        warm = gammagamma.fit(x, spends)
        monkeypatch.setattr(gammagamma, "_SAMPLE", 10**9)  # no rough fit first
        cold = gammagamma.fit(x, spends)
        monkeypatch.undo()
        assert warm.converged and cold.converged
        assert warm.log_likelihood == pytest.approx(cold.log_likelihood, abs=1e-4)
        mean = [s.p * s.gamma / (s.q - 1) for s in (warm, cold)]  # the population's mean spend, what the app uses
        assert mean[0] == pytest.approx(mean[1], rel=1e-6)
        fits.append((warm, cold))
    (warm, cold), _ = fits
    assert (warm.p, warm.q, warm.gamma) == pytest.approx((cold.p, cold.q, cold.gamma), rel=1e-4)
    assert warm.p == pytest.approx(4.0, rel=0.1)
    assert warm.p * warm.gamma / (warm.q - 1) == pytest.approx(4.0 * 60.0 / 5.0, rel=0.03)  # the shop's mean spend


def test_p_alive_follows_the_papers_formulas():
    p = bgnbd.Params(bgnbd.BG, 0.243, 4.414, 0.793, 2.426, 0.0, True)
    # BG/NBD: no repeat purchase, no way to have dropped out.
    assert bgnbd.p_alive(p, np.array([0.0]), np.array([0.0]), np.array([38.0]))[0] == 1.0
    x, t_x, T = 2.0, 30.43, 38.86
    odds = 0.793 / (2.426 + x - 1) * ((4.414 + T) / (4.414 + t_x)) ** (0.243 + x)
    assert bgnbd.p_alive(p, np.array([x]), np.array([t_x]), np.array([T]))[0] == pytest.approx(1 / (1 + odds))
    m = bgnbd.Params(bgnbd.MBG, 0.5, 6.0, 0.9, 1.6, 0.0, True)
    odds = 0.9 / (1.6 + 0) * ((6.0 + 20.0) / 6.0) ** 0.5  # MBG/NBD: a one-time buyer may have dropped out
    assert bgnbd.p_alive(m, np.array([0.0]), np.array([0.0]), np.array([20.0]))[0] == pytest.approx(1 / (1 + odds))
    # Right after a purchase the chance to buy within a horizon is higher than after a long silence.
    soon = bgnbd.p_buy_within(m, 13, np.array([4.0]), np.array([40.0]), np.array([40.0]))[0]
    late = bgnbd.p_buy_within(m, 13, np.array([4.0]), np.array([40.0]), np.array([90.0]))[0]
    assert 0 < late < soon < 1


def test_a_shop_where_nobody_drops_out_is_a_valid_fit_not_a_failure():
    # Pure Poisson-gamma buying (dropout chance ~0): the fit drives a towards 0 and still converges.
    x, t_x, T, future = simulate(3000, r=1.0, alpha=8.0, a=1e-4, b=50.0, weeks=40, horizon=20, seed=3)
    p = bgnbd.fit(bgnbd.MBG, x, t_x, T)
    assert p.converged
    assert p.a / (p.a + p.b) < 0.01
    assert bgnbd.expected_purchases(p, 20, x, t_x, T).sum() == pytest.approx(future.sum(), rel=0.06)


@needs_cdnow
def test_the_fitted_objective_is_the_papers_likelihood_with_its_exact_gradient(cdnow):
    """The fit works on per-distinct-x terms with a hand-written gradient; both must equal the papers'
    per-customer likelihood and its numerical derivative."""
    x, t_x, T, zbar = cdnow
    rows = bgnbd._Rows(x, t_x, T, np.ones_like(x))
    # The same customers grouped, in another order, with weights: the same mean likelihood.
    triples, counts = np.unique(np.stack([x, t_x, T], 1), axis=0, return_counts=True)
    shuffled = np.random.default_rng(5).permutation(len(counts))
    grouped = bgnbd._Rows(*triples[shuffled].T, counts[shuffled].astype(float))
    # Near the fit, far from it, and towards the corners where nobody drops out (a → 0) or everybody does.
    points = ([0.3, 4.0, 0.7, 2.0], [0.243, 4.414, 0.793, 2.426], [5.0, 60.0, 1e-4, 300.0], [0.05, 0.5, 20.0, 0.4])
    for variant in (bgnbd.BG, bgnbd.MBG):
        for point in points:
            logs = np.log(point)
            value, grad = bgnbd._objective(variant, rows, logs)
            plain = bgnbd.log_likelihood(variant, *np.exp(logs), x, t_x, T).sum()
            assert -value * len(x) == pytest.approx(plain, rel=1e-12)
            # Central differences: at the corners the gradient is ~1e-6, below a forward difference's own error.
            steps = np.eye(4) * 1e-5
            numeric = [(bgnbd._objective(variant, rows, logs + h)[0] - bgnbd._objective(variant, rows, logs - h)[0])
                       / 2e-5 for h in steps]
            assert grad == pytest.approx(numeric, rel=1e-4, abs=1e-7)
            assert bgnbd._objective(variant, grouped, logs)[0] == pytest.approx(value, rel=1e-12)
            assert bgnbd._objective(variant, grouped, logs)[1] == pytest.approx(grad, rel=1e-9, abs=1e-12)
    some = x > 0
    xs, ms = x[some], zbar[some]
    spends = gammagamma._Spends(xs, ms)
    # Near the fit, and where customers spend alike (q and γ large: the papers' form cancels there).
    for point in ([3.0, 2.5, 12.0], [6.25, 3.74, 15.44], [2.0, 4e4, 3e6]):
        logs = np.log(point)
        value, grad = gammagamma._objective(spends, logs)
        assert -value * len(xs) == pytest.approx(gammagamma.log_likelihood(*point, xs, ms).sum(), rel=1e-10)
        steps = np.eye(3) * 1e-5
        numeric = [(gammagamma._objective(spends, logs + h)[0] - gammagamma._objective(spends, logs - h)[0]) / 2e-5
                   for h in steps]
        assert grad == pytest.approx(numeric, rel=1e-4, abs=1e-7)


FIT_IN_A_CHILD = """
import numpy as np
from core.predict import bgnbd, gammagamma
rng = np.random.default_rng(11)
n = 30000  # past OpenBLAS's 10,000 below which a product runs on one thread anyway
x = rng.integers(0, 12, n).astype(float)
t_x = np.where(x > 0, rng.integers(1, 300, n) / 7, 0.0)
T = t_x + rng.integers(0, 200, n) / 7
m = rng.gamma(4.0, 10.0, n)
print(repr(bgnbd.fit(bgnbd.MBG, x, t_x, T)), repr(gammagamma.fit(x, m)))
"""


def test_a_fit_gives_the_same_numbers_whatever_the_number_of_cores():
    """The fits' sums do not go through the BLAS library, which splits a long product over the cores and so adds in
    another order on another machine: the same data gives the same parameters to the last digit."""
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    runs = [subprocess.run([sys.executable, "-c", FIT_IN_A_CHILD], capture_output=True, text=True, check=True,
                           cwd=root, env={**os.environ, "OPENBLAS_NUM_THREADS": threads}).stdout
            for threads in ("1", "2", "4")]
    assert runs[0] and runs[0] == runs[1] == runs[2]
