"""Fits remembered by their input: the model fitted once on a history is not fitted again on the same history.

A big shop's predictions take seven fits (the shop now, and each of the six backtest months as it stood then), a
second or two each for 100,000 customers, and every opening of the shop made all of them again although nothing
in their input had changed — a past month's history stays the same when later orders come in. A fit's result is
kept in a small file named after a digest of exactly what the fit is given (the grouped purchase histories and
spends, and the model's version); the same input gives the same numbers, so a remembered fit is the fit. Any other
input, however small the difference, has another name and is fitted.

Only parameters are kept (four or three numbers per fit), nothing about a customer. The folder is the user's own
(set by the app and the command line: ``remember_in``); without one nothing is remembered.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import threading
from dataclasses import asdict
from pathlib import Path

import numpy as np

from core.predict import bgnbd, gammagamma

# Part of every digest: raise it when a fit's code changes what it returns for the same input.
FIT_VERSION = "mbg-gg-2"
KEEP = 200  # files kept; the oldest go first

_folder: Path | None = None
_lock = threading.Lock()

Fit = tuple[bgnbd.Params | None, gammagamma.SpendParams | None]


def remember_in(folder: Path | None) -> None:
    """Keep fits in ``folder`` from now on (None: remember nothing)."""
    global _folder
    _folder = folder


def digest(*inputs: np.ndarray) -> str:
    """The name of a fit's input: a digest of the arrays (their type, shape and bytes) and ``FIT_VERSION``."""
    h = hashlib.blake2b(FIT_VERSION.encode(), digest_size=20)
    for a in inputs:
        a = np.ascontiguousarray(a)
        h.update(f"{a.dtype.str}{a.shape}".encode())
        h.update(a.tobytes())
    return h.hexdigest()


def recall(name: str) -> Fit | None:
    """The fit remembered under ``name``, or None (none kept, no folder, or a file that cannot be read)."""
    folder = _folder
    if folder is None:
        return None
    try:
        kept = json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))
        params = None if kept["params"] is None else bgnbd.Params(**kept["params"])
        spend = None if kept["spend"] is None else gammagamma.SpendParams(**kept["spend"])
    except (OSError, ValueError, TypeError, KeyError):
        return None  # not there, or damaged: fitted again
    return params, spend


def keep(name: str, fit: Fit) -> None:
    """Remember ``fit`` under ``name`` (a folder that cannot be written to only means it is fitted next time)."""
    folder = _folder
    if folder is None:
        return
    params, spend = fit
    text = json.dumps({"params": None if params is None else asdict(params),
                       "spend": None if spend is None else asdict(spend)})
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written beside and renamed: a reader never sees half a file, whichever thread writes.
        with tempfile.NamedTemporaryFile("w", dir=folder, suffix=".tmp", delete=False, encoding="utf-8") as fh:
            fh.write(text)
        os.replace(fh.name, folder / f"{name}.json")
        with _lock:
            _prune(folder)
    except OSError:
        pass


def _prune(folder: Path) -> None:
    files = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
    for old in files[:-KEEP]:
        old.unlink(missing_ok=True)
