"""The BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way") and its MBG/NBD
variant (Batislam, Denizel & Filiztekin 2007), written from the papers.

While alive, a customer buys at a Poisson rate λ (λ ~ Gamma(r, α) across customers); after each purchase
they drop out with probability p (p ~ Beta(a, b)). BG/NBD lets a customer drop out only after a *repeat*
purchase, so a one-time buyer is always "alive"; MBG/NBD also lets them drop out right after the first
purchase, which is what an owner means by a one-time buyer who never came back.

Per customer the data are ``x`` (repeat purchases: purchase days after the first), ``t_x`` (time of the last
purchase after the first) and ``T`` (time observed since the first purchase), in any one time unit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from core.predict.special import digamma, dot, expit, gammaln, hyp2f1, minimize

BG, MBG = "bg", "mbg"


@dataclass(frozen=True)
class Params:
    """Fitted parameters of one variant, with the data's log-likelihood at them."""

    variant: str  # BG or MBG
    r: float
    alpha: float
    a: float
    b: float
    log_likelihood: float
    converged: bool


def log_likelihood(variant: str, r: float, alpha: float, a: float, b: float,
                   x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:  # noqa: N803 - the papers' name
    """Each customer's log-likelihood (the papers' equation 6 for BG/NBD, its MBG/NBD counterpart)."""
    head = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    if variant == BG:
        beta = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
        alive = -(r + x) * np.log(alpha + T)
        repeat = x > 0
        # Dropped out right after the last (repeat) purchase; impossible without one.
        dropped = np.where(repeat, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(alpha + t_x),
                           -np.inf)
    else:
        beta = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x + 1)
        alive = np.log(b + x) - (r + x) * np.log(alpha + T)
        dropped = np.log(a) - (r + x) * np.log(alpha + t_x)
    return head + beta + np.logaddexp(alive, dropped)


class _Rows:
    """The data of a fit, prepared once, and the fit's scratch space.

    What depends only on ``x`` is computed per distinct ``x`` (a shop has a few dozen), and what depends only on
    ``T`` (or ``t_x``) per distinct value (times come in whole days: a few thousand values among any number of
    customers); sums of such terms over the rows are sums over the distinct values with the rows' weights counted
    once here. Only the terms that mix all three go row by row, into arrays made once: a fit takes dozens of steps,
    and new arrays of this size on every step cost more than the arithmetic (each one is fresh memory from the
    system)."""

    def __init__(self, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, w: np.ndarray):  # noqa: N803
        # In the order of x (the sums do not depend on the rows' order): a sum per distinct x is then a sum over
        # consecutive rows, not a count by index.
        order = np.argsort(x, kind="stable")
        x, t_x, T, w = x[order], t_x[order], T[order], w[order]
        self.x, self.w = x, w  # (T and t_x live on as their distinct values and an index per row)
        self.total = float(w.sum())
        self.ux, self.x_starts, self.ix = np.unique(x, return_index=True, return_inverse=True)
        self.wx = np.bincount(self.ix, weights=w, minlength=len(self.ux))  # weight per distinct x
        self.uT, self.iT = np.unique(T, return_inverse=True)
        self.utx, self.itx = np.unique(t_x, return_inverse=True)
        self.wT = np.bincount(self.iT, weights=w, minlength=len(self.uT))  # weight per distinct T
        self.wxT = np.bincount(self.iT, weights=w * x, minlength=len(self.uT))  # and weighted x per distinct T
        n = len(x)
        self.span, self.rx, self.z, self.e, self.q, self.tmp = (np.empty(n) for _ in range(6))
        self.below = np.empty(n, dtype=bool)


def _objective(variant: str, rows: _Rows, logs: np.ndarray) -> tuple[float, np.ndarray]:
    """The negative mean log-likelihood and its gradient in the log-parameters (the papers' likelihood,
    differentiated by hand: digamma terms for the Gamma and Beta parts, logistic weights for the two ways a
    history can end).

    Per row the likelihood's last factor is e^alive + e^dropped (still a customer at T, or dropped out right after
    the last purchase); with z = alive − dropped its log is alive + log(1 + e^−z), and the share of "dropped" is
    1 / (1 + e^z). In both variants z = c(x) − (r + x)·log((α + T) / (α + t_x)); a BG/NBD customer without a repeat
    purchase cannot have dropped out (z = +∞)."""
    r, alpha, a, b = np.exp(logs)
    x, w, ux, wx = rows.x, rows.w, rows.ux, rows.wx
    mbg = variant != BG
    shift = 1.0 if mbg else 0.0
    # Terms of x alone, summed with the weight of each distinct x.
    head = dot(wx, gammaln(r + ux) - gammaln(r)) + rows.total * r * np.log(alpha)
    beta = dot(wx, gammaln(a + b) + gammaln(b + ux) - gammaln(b) - gammaln(a + b + ux + shift))
    at_t, at_tx = alpha + rows.uT, alpha + rows.utx  # α + T and α + t_x, per distinct value
    log_t, inv_t, inv_tx = np.log(at_t), 1.0 / at_t, 1.0 / at_tx
    if mbg:
        own = np.log(b + ux)  # log(b + x): the "alive" term's own part
        c = own - np.log(a)
    else:
        own = np.zeros_like(ux)
        with np.errstate(divide="ignore"):
            c = np.where(ux > 0, np.log(np.maximum(b + ux - 1, 1e-300)) - np.log(a), np.inf)
    # Row by row, into the scratch arrays: span = log((α + T) / (α + t_x)), z, and e = e^−|z|.
    span, rx, z, e, q, tmp, below = rows.span, rows.rx, rows.z, rows.e, rows.q, rows.tmp, rows.below
    np.take(log_t, rows.iT, out=span)
    np.take(np.log(at_tx), rows.itx, out=tmp)
    span -= tmp
    np.add(x, r, out=rx)
    np.take(c, rows.ix, out=z)
    np.multiply(rx, span, out=tmp)
    z -= tmp
    np.abs(z, out=e)
    np.negative(e, out=e)
    np.exp(e, out=e)
    # log(1 + e^−z) = max(−z, 0) + log(1 + e^−|z|), without overflow for any z.
    np.negative(z, out=tmp)
    np.maximum(tmp, 0.0, out=tmp)
    softplus = dot(w, tmp) + dot(w, np.log1p(e, out=q))
    # The weighted share of "dropped": e^−z / (1 + e^−z), written per sign of z so that a tiny share keeps its digits.
    np.add(e, 1.0, out=q)
    np.reciprocal(q, out=q)
    e *= q  # e^−|z| / (1 + e^−|z|): the share when z ≥ 0
    np.less(z, 0.0, out=below)
    np.copyto(e, q, where=below)  # 1 / (1 + e^z) when z < 0
    ws2 = np.multiply(e, w, out=e)
    # Σ w·alive and Σ w·(r + x)/(α + T) through the per-T weights.
    alive = dot(wx, own) - r * dot(rows.wT, log_t) - dot(rows.wxT, log_t)
    value = head + beta + alive + softplus
    d_r = (dot(wx, digamma(r + ux) - digamma(r)) + rows.total * np.log(alpha)
           - dot(rows.wT, log_t) + dot(ws2, span))
    np.take(inv_tx, rows.itx, out=tmp)
    np.take(inv_t, rows.iT, out=q)
    tmp -= q
    tmp *= rx
    d_alpha = (rows.total * r / alpha - r * dot(rows.wT, inv_t) - dot(rows.wxT, inv_t) - dot(ws2, tmp))
    dropped_x = np.add.reduceat(ws2, rows.x_starts) if len(ws2) else np.zeros(0)  # the "dropped" share per x
    common = dot(wx, digamma(a + b) - digamma(a + b + ux + shift))
    d_a = common + dropped_x.sum() / a
    d_b = common + dot(wx, digamma(b + ux) - digamma(b))
    if mbg:
        d_b += dot(wx - dropped_x, 1.0 / (b + ux))  # the "alive" share's 1 / (b + x)
    else:
        d_b -= dot(dropped_x, 1.0 / np.maximum(b + ux - 1, 1e-300))
    grad = np.array([d_r * r, d_alpha * alpha, d_a * a, d_b * b])
    if not (np.isfinite(value) and np.isfinite(grad).all()):
        return 1e100, np.zeros(4)
    return -value / rows.total, -grad / rows.total


def fit(variant: str, x: np.ndarray, t_x: np.ndarray, T: np.ndarray,  # noqa: N803
        weights: np.ndarray | None = None) -> Params:
    """Maximum-likelihood parameters. ``weights`` counts identical customers (rows may be grouped)."""
    x, t_x, T = (np.asarray(v, dtype=np.float64) for v in (x, t_x, T))
    w = np.ones_like(x) if weights is None else np.asarray(weights, dtype=np.float64)
    rows = _Rows(x, t_x, T, w)
    # A start from the data (and a fallback start); bounded log-parameters keep the search finite when the
    # data says nobody drops out (a → 0, b → ∞: the NBD limit, which is a valid answer, not a failure).
    mean_T = float(dot(w, T) / rows.total) if rows.total else 1.0
    best = None
    for start in (np.log([1.0, max(mean_T, 1e-3), 1.0, 1.0]), np.log([0.5, 1.0, 0.5, 2.0])):
        res = minimize(lambda u: _objective(variant, rows, u), start, jac=True, method="L-BFGS-B",
                       bounds=[(-15.0, 15.0)] * 4, options={"ftol": 1e-13, "gtol": 1e-8, "maxiter": 1000})
        if best is None or res.fun < best.fun:
            best = res
        if best.fun < 1e99:
            break  # the second start is only a fallback: these likelihoods have one maximum in practice
    r, alpha, a, b = (float(v) for v in np.exp(best.x))
    return Params(variant, r, alpha, a, b, -float(best.fun) * rows.total, bool(best.fun < 1e99))


def _log_odds_dead(p: Params, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:  # noqa: N803
    """log(P(dropped out) / P(alive)) given the history."""
    ratio = (p.r + x) * (np.log(p.alpha + T) - np.log(p.alpha + t_x))
    if p.variant == BG:
        with np.errstate(divide="ignore"):
            return np.where(x > 0, np.log(p.a) - np.log(np.maximum(p.b + x - 1, 1e-300)) + ratio, -np.inf)
    return np.log(p.a) - np.log(p.b + x) + ratio


def p_alive(p: Params, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:  # noqa: N803
    """The probability that each customer is still a customer at ``T``."""
    return expit(-_log_odds_dead(p, np.asarray(x, float), np.asarray(t_x, float), np.asarray(T, float)))


def expected_purchases(p: Params, t: float, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:  # noqa: N803
    """Expected purchases of each customer in the next ``t`` time units (the papers' conditional
    expectation, equation 10 for BG/NBD)."""
    x, t_x, T = (np.asarray(v, dtype=np.float64) for v in (x, t_x, T))
    shift = 0 if p.variant == BG else 1
    z = t / (p.alpha + T + t)
    with np.errstate(over="ignore", invalid="ignore"):
        hyp = hyp2f1(p.r + x, p.b + x + shift, p.a + p.b + x - 1 + shift, z)
        decay = np.exp((p.r + x) * (np.log(p.alpha + T) - np.log(p.alpha + T + t)))
        alive_part = (p.a + p.b + x - 1 + shift) / (p.a - 1) * (1 - decay * hyp)
        value = alive_part * p_alive(p, x, t_x, T)
    # Where the series does not give a usable number (extreme histories), fall back to the alive share times
    # the customer's expected rate, an upper bound that ignores dropping out during the horizon.
    rough = p_alive(p, x, t_x, T) * (p.r + x) / (p.alpha + T) * t
    bad = ~np.isfinite(value) | (value < 0)
    return np.where(bad, rough, value)


def p_buy_within(p: Params, t: float, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:  # noqa: N803
    """The probability that each customer buys at least once in the next ``t``.

    Exact in both variants: a customer drops out only right after a purchase, so without a purchase in the
    horizon nobody drops out during it; no purchase means dead already, or alive and the Poisson clock
    (rate averaged over its posterior Gamma(r + x, α + T)) did not tick."""
    x, t_x, T = (np.asarray(v, dtype=np.float64) for v in (x, t_x, T))
    silent = np.exp((p.r + x) * (np.log(p.alpha + T) - np.log(p.alpha + T + t)))
    return p_alive(p, x, t_x, T) * (1 - silent)
