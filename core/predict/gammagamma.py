"""The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves for customer
base analysis"; Fader & Hardie's note "The Gamma-Gamma model of monetary value"), written from the papers.

A customer's transaction values vary around their own mean ζ (gamma with shape p and rate ν/…); across
customers ν ~ Gamma(q, γ). Fitted on the customers with at least one repeat purchase: ``x`` transactions
averaging ``m`` each. The model assumes spend does not depend on how often someone buys.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln


@dataclass(frozen=True)
class SpendParams:
    """Fitted parameters, with the data's log-likelihood at them."""

    p: float
    q: float
    gamma: float
    log_likelihood: float
    converged: bool


def log_likelihood(p: float, q: float, gamma: float, x: np.ndarray, m: np.ndarray) -> np.ndarray:
    """Each customer's log-likelihood of their mean spend ``m`` over ``x`` transactions."""
    px = p * x
    return (gammaln(px + q) - gammaln(px) - gammaln(q) + q * np.log(gamma)
            + (px - 1) * np.log(m) + px * np.log(x) - (px + q) * np.log(gamma + m * x))


def fit(x: np.ndarray, m: np.ndarray) -> SpendParams:
    """Maximum-likelihood parameters from customers with ``x`` > 0 and ``m`` > 0 (others are left out)."""
    x, m = np.asarray(x, dtype=np.float64), np.asarray(m, dtype=np.float64)
    use = (x > 0) & (m > 0) & np.isfinite(m)
    x, m = x[use], m[use]
    n = len(x)

    def objective(logs: np.ndarray) -> float:
        p, q, gamma = np.exp(logs)
        value = -float(log_likelihood(p, q, gamma, x, m).sum()) / n
        return value if np.isfinite(value) else 1e100

    best = None
    for start in (np.log([1.0, 2.0, max(float(np.mean(m)), 1e-3)]), np.log([5.0, 5.0, 10.0])):
        res = minimize(objective, start, method="L-BFGS-B", bounds=[(-15.0, 15.0)] * 3,
                       options={"ftol": 1e-15, "gtol": 1e-10, "maxiter": 2000})
        if best is None or res.fun < best.fun:
            best = res
    p, q, gamma = (float(v) for v in np.exp(best.x))
    return SpendParams(p, q, gamma, -float(best.fun) * n, bool(best.fun < 1e99))


def expected_spend(params: SpendParams, x: np.ndarray, m: np.ndarray, shop_mean: float | None = None) -> np.ndarray:
    """Each customer's expected average transaction value: a weighted mix of the population mean and their own
    mean (the papers' conditional expectation). Customers without a repeat purchase get the population mean
    when q > 1 (else ``shop_mean``)."""
    x, m = np.asarray(x, dtype=np.float64), np.nan_to_num(np.asarray(m, dtype=np.float64), nan=0.0)
    p, q, g = params.p, params.q, params.gamma
    population = p * g / (q - 1) if q > 1 else (shop_mean if shop_mean is not None else float("nan"))
    with np.errstate(divide="ignore", invalid="ignore"):
        own = p * (g + m * x) / (p * x + q - 1)
    return np.where((x > 0) & (p * x + q - 1 > 0), own, population)
