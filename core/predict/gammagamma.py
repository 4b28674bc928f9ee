"""The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves for customer
base analysis"; Fader & Hardie's note "The Gamma-Gamma model of monetary value"), written from the papers.

A customer's transaction values vary around their own mean ζ (gamma with shape p and rate ν/…); across
customers ν ~ Gamma(q, γ). Fitted on the customers with at least one repeat purchase: ``x`` transactions
averaging ``m`` each. The model assumes spend does not depend on how often someone buys.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.predict.special import betaln, digamma, dot, gammaln, minimize


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


class _Spends:
    """The data of a fit, prepared once: the terms of ``x`` alone per distinct ``x``, the sums that do not depend on
    the parameters, and scratch arrays for the terms of each customer (a fit takes dozens of steps, and new arrays
    on every step cost more than their arithmetic)."""

    def __init__(self, x: np.ndarray, m: np.ndarray):
        self.x, self.n = x, float(len(x))
        self.ux, inverse = np.unique(x, return_inverse=True)
        self.nx = np.bincount(inverse, minlength=len(self.ux)).astype(np.float64)  # customers per distinct x
        self.log_m = float(np.log(m).sum())
        self.mx = m * x  # what each customer spent in all: the only term that meets γ
        self.inv_mx = 1.0 / self.mx
        self.u, self.v = np.empty(len(x)), np.empty(len(x))


def _objective(s: _Spends, logs: np.ndarray) -> tuple[float, np.ndarray]:
    """The negative mean log-likelihood and its gradient in the log-parameters.

    Each customer's log-likelihood written so that no two large numbers cancel: with u = m·x / γ it is
    −log B(p·x, q) − log m − q·log(1 + u) − p·x·log(1 + 1/u). The papers' form subtracts q·Σ log(γ + m·x) from
    n·q·log γ, which for a shop whose customers spend alike (q and γ in the tens of thousands and millions) are two
    numbers of 10^10 whose difference the optimizer then chased into noise."""
    p, q, g = np.exp(logs)
    n, ux, nx, x = s.n, s.ux, s.nx, s.x
    pu = p * ux
    u, v = s.u, s.v
    np.multiply(s.mx, 1.0 / g, out=u)
    np.multiply(s.inv_mx, g, out=v)
    np.log1p(v, out=v)
    x_spent = dot(x, v)  # Σ x·log(1 + γ / (m·x))
    q_part = float(np.log1p(u, out=v).sum())  # Σ log(1 + m·x / γ)
    value = -dot(nx, betaln(pu, q)) - s.log_m - q * q_part - p * x_spent
    psi_pq = digamma(pu + q)
    d_p = dot(nx, ux * (psi_pq - digamma(pu))) - x_spent
    d_q = dot(nx, psi_pq - digamma(q)) - q_part
    np.add(u, 1.0, out=v)
    np.reciprocal(v, out=v)  # γ / (γ + m·x)
    d_g_scaled = -p * dot(x, v)
    v *= u  # m·x / (γ + m·x)
    d_g_scaled += q * float(v.sum())
    grad = np.array([d_p * p, d_q * q, d_g_scaled])  # (d_g_scaled is γ·∂/∂γ already)
    if not (np.isfinite(value) and np.isfinite(grad).all()):
        return 1e100, np.zeros(3)
    return -value / n, -grad / n


# Customers in a first, rough fit whose answer is where the full fit starts (every k-th of a big shop's customers).
_SAMPLE = 3000
_BOUNDS = [(-15.0, 15.0)] * 3


def fit(x: np.ndarray, m: np.ndarray) -> SpendParams:
    """Maximum-likelihood parameters from customers with ``x`` > 0 and ``m`` > 0 (others are left out)."""
    x, m = np.asarray(x, dtype=np.float64), np.asarray(m, dtype=np.float64)
    use = (x > 0) & (m > 0) & np.isfinite(m)
    x, m = x[use], m[use]
    spends = _Spends(x, m)
    starts = [np.log([1.0, 2.0, max(float(np.mean(m)), 1e-3) if len(m) else 1.0]), np.log([5.0, 5.0, 10.0])]
    if len(x) > 2 * _SAMPLE:
        # A big shop is first fitted on every k-th customer: its steps cost a k-th, and the full fit then starts near
        # the maximum (100,000 customers who spend alike: 126 full steps → 41 rough and 32 full, 0.074 → 0.024 s).
        every = len(x) // _SAMPLE
        rough = _Spends(x[::every], m[::every])
        first = minimize(lambda u: _objective(rough, u), starts[0], jac=True, method="L-BFGS-B", bounds=_BOUNDS,
                         options={"ftol": 1e-10, "gtol": 1e-6, "maxiter": 1000})
        if first.fun < 1e99:
            starts.insert(0, first.x)
    best = None
    for start in starts:
        res = minimize(lambda u: _objective(spends, u), start, jac=True, method="L-BFGS-B", bounds=_BOUNDS,
                       options={"ftol": 1e-13, "gtol": 1e-8, "maxiter": 1000})
        if best is None or res.fun < best.fun:
            best = res
        if best.fun < 1e99:
            break  # the other starts are only a fallback: these likelihoods have one maximum in practice
    p, q, gamma = (float(v) for v in np.exp(best.x))
    return SpendParams(p, q, gamma, -float(best.fun) * spends.n, bool(best.fun < 1e99))


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
