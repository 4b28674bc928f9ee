"""scipy's special functions and optimizer, loaded on first use.

Importing scipy.optimize takes about 0.6 s (it brings linalg, sparse and OpenBLAS). The figures module imports
the prediction code, so a direct import would put that on every start of the app and of each command-line
verb; this way only the first fit pays for it (in the window: in the background, after the first paint).
"""

from __future__ import annotations

import threading
from typing import Any

import numpy as np


def gammaln(x: Any) -> Any:
    """log Γ(x), elementwise."""
    from scipy.special import gammaln as f

    return f(x)


def betaln(a: Any, b: Any) -> Any:
    """log B(a, b) = log Γ(a) + log Γ(b) − log Γ(a + b), elementwise, without the cancellation of the three terms
    when one argument is large."""
    from scipy.special import betaln as f

    return f(a, b)


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


def dot(a: np.ndarray, b: np.ndarray) -> float:
    """Σ a·b, summed by NumPy's own loop, not by the BLAS library's: OpenBLAS splits a long product over the
    processor's cores, so a fit's numbers depended on how many cores the machine has, and waking its threads for
    each of the thousands of products in a fit made the fit two to five times slower on two cores."""
    return float(np.einsum("i,i->", a, b))


def minimize(*args: Any, **kwargs: Any) -> Any:
    """scipy.optimize.minimize."""
    from scipy.optimize import minimize as f

    return f(*args, **kwargs)


_start = threading.Lock()
_loading: threading.Thread | None = None  # the one load of a process, once started


def load_meanwhile() -> threading.Thread:
    """Start loading scipy's optimizer and special functions on a thread of their own, for a command that will fit
    after a long read: the import's Python steps then take turns with the reading, whose NumPy work lets go of the
    interpreter (`main.py metrics` on a million orders: about 0.3 s sooner). Not a daemon thread: a command that
    ends early waits for the import instead of leaving the interpreter mid-import."""
    global _loading
    with _start:
        if _loading is None:  # asked again (another command in the same process): one load
            _loading = threading.Thread(target=_load, name="load-scipy")
            _loading.start()
    return _loading


def _load() -> None:
    try:
        import scipy.optimize  # noqa: F401
        import scipy.special  # noqa: F401
    except ImportError:
        pass  # the first fit imports it again, and that says what is missing
