"""A seeded simulation of the MBG/NBD buying process, to test that fitting recovers what made the data."""

from __future__ import annotations

import numpy as np


def simulate(n: int, r: float, alpha: float, a: float, b: float, weeks: float, horizon: float, seed: int = 7,
             variant: str = "mbg") -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``n`` customers who each made a first purchase at time 0, observed for ``weeks``: their (x, t_x, T) and
    how many purchases each makes in the ``horizon`` weeks after that."""
    rng = np.random.default_rng(seed)
    lam = rng.gamma(r, 1 / alpha, n)
    p = rng.beta(a, b, n)
    x = np.zeros(n)
    t_x = np.zeros(n)
    future = np.zeros(n)
    for i in range(n):
        t, count, alive = 0.0, 0, True
        if variant == "mbg" and rng.random() < p[i]:
            alive = False  # dropped right after the first purchase
        while alive:
            t += rng.exponential(1 / lam[i])
            if t > weeks + horizon:
                break
            if t <= weeks:
                count += 1
                t_x[i] = t
            else:
                future[i] += 1
            if rng.random() < p[i]:
                alive = False
        x[i] = count
    return x, t_x, np.full(n, weeks), future
