"""scipy's special functions and optimizer, loaded on first use.

Importing scipy.optimize takes about 0.6 s (it brings linalg, sparse and OpenBLAS). The figures module imports
the prediction code, so a direct import would put that on every start of the app and of each command-line
verb; this way only the first fit pays for it (in the window: in the background, after the first paint).
"""

from __future__ import annotations

from typing import Any


def gammaln(x: Any) -> Any:
    """log Γ(x), elementwise."""
    from scipy.special import gammaln as f

    return f(x)


def digamma(x: Any) -> Any:
    """ψ(x) = d/dx log Γ(x), elementwise."""
    from scipy.special import digamma as f

    return f(x)


def hyp2f1(a: Any, b: Any, c: Any, z: Any) -> Any:
    """Gauss's hypergeometric function ₂F₁(a, b; c; z), elementwise."""
    from scipy.special import hyp2f1 as f

    return f(a, b, c, z)


def expit(x: Any) -> Any:
    """The logistic function 1 / (1 + e^−x), elementwise."""
    from scipy.special import expit as f

    return f(x)


def minimize(*args: Any, **kwargs: Any) -> Any:
    """scipy.optimize.minimize."""
    from scipy.optimize import minimize as f

    return f(*args, **kwargs)
