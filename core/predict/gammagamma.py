"""The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves for customer
base analysis"; Fader & Hardie's note "The Gamma-Gamma model of monetary value"), written from the papers.

A customer's transaction values vary around their own mean ζ (gamma with shape p and rate ν/…); across
customers ν ~ Gamma(q, γ). Fitted on the customers with at least one repeat purchase: ``x`` transactions
averaging ``m`` each. The model assumes spend does not depend on how often someone buys.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.predict.special import digamma, dot, gammaln, minimize


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


def _objective(x: np.ndarray, m: np.ndarray, ux: np.ndarray, nx: np.ndarray, fixed: tuple[float, float],
               logs: np.ndarray) -> tuple[float, np.ndarray]:
    """The negative mean log-likelihood and its gradient in the log-parameters. Terms of ``x`` alone are
    computed per distinct ``x`` (``nx`` customers each); ``fixed`` holds Σ x·log m and Σ log m."""
    p, q, g = np.exp(logs)
    n = float(len(x))
    x_log_m, log_m = fixed
    pu = p * ux
    log_gx = np.log(g + m * x)
    value = (dot(nx, gammaln(pu + q) - gammaln(pu) + pu * np.log(ux)) - n * gammaln(q) + n * q * np.log(g)
             + p * x_log_m - log_m - dot(p * x + q, log_gx))
    psi_pq = digamma(pu + q)
    d_p = (dot(nx, ux * (psi_pq - digamma(pu) + np.log(ux))) + x_log_m - dot(x, log_gx))
    d_q = dot(nx, psi_pq) - n * digamma(q) + n * np.log(g) - log_gx.sum()
    d_g = n * q / g - np.sum((p * x + q) / (g + m * x))
    grad = np.array([d_p * p, d_q * q, d_g * g])
    if not (np.isfinite(value) and np.isfinite(grad).all()):
        return 1e100, np.zeros(3)
    return -value / n, -grad / n


def fit(x: np.ndarray, m: np.ndarray) -> SpendParams:
    """Maximum-likelihood parameters from customers with ``x`` > 0 and ``m`` > 0 (others are left out)."""
    x, m = np.asarray(x, dtype=np.float64), np.asarray(m, dtype=np.float64)
    use = (x > 0) & (m > 0) & np.isfinite(m)
    x, m = x[use], m[use]
    n = len(x)
    ux, inverse = np.unique(x, return_inverse=True)
    nx = np.bincount(inverse, minlength=len(ux)).astype(np.float64)
    fixed = (float(dot(x, np.log(m))), float(np.log(m).sum()))
    best = None
    for start in (np.log([1.0, 2.0, max(float(np.mean(m)), 1e-3)]), np.log([5.0, 5.0, 10.0])):
        res = minimize(lambda u: _objective(x, m, ux, nx, fixed, u), start, jac=True, method="L-BFGS-B",
                       bounds=[(-15.0, 15.0)] * 3, options={"ftol": 1e-13, "gtol": 1e-8, "maxiter": 1000})
        if best is None or res.fun < best.fun:
            best = res
        if best.fun < 1e99:
            break  # the second start is only a fallback: these likelihoods have one maximum in practice
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
