"""Fits remembered by their input (``core.predict.fitcache``): a history fitted once is not fitted again, the
remembered fit gives the same predictions, another history is fitted, and a damaged file is fitted again."""

from __future__ import annotations

import json

import numpy as np
import pytest

from core.metrics.frame import frame_from_dataset
from core.predict import fitcache
from core.predict.forecast import backtest
from core.predict.history import history
from core.predict.shop import fit_history, predict
from tests.core.test_predict_shop import _shop


@pytest.fixture
def folder(tmp_path):
    fitcache.remember_in(tmp_path / "fits")
    yield tmp_path / "fits"
    fitcache.remember_in(None)


def test_a_history_fitted_once_is_remembered_with_the_same_numbers(folder):
    frame = frame_from_dataset(_shop())
    first = predict(frame)
    files = list(folder.glob("*.json"))
    assert len(files) == 1 and first.params is not None
    again = predict(frame)
    assert again.params == first.params and again.spend == first.spend
    assert np.array_equal(again.p_buy, first.p_buy, equal_nan=True) and len(list(folder.glob("*.json"))) == 1


def test_the_remembered_fit_is_the_one_used(folder):
    """Proof that nothing is fitted when the input is known: a file with other numbers under the same name."""
    frame = frame_from_dataset(_shop())
    params, spend = fit_history(history(frame))
    (name,) = [p.stem for p in folder.glob("*.json")]
    kept = json.loads((folder / f"{name}.json").read_text())
    kept["params"]["r"] = 0.123
    (folder / f"{name}.json").write_text(json.dumps(kept))
    assert fit_history(history(frame))[0].r == 0.123 and params.r != 0.123


def test_another_history_is_fitted_and_a_damaged_file_fitted_again(folder):
    frame = frame_from_dataset(_shop())
    params = fit_history(history(frame))[0]
    earlier = fit_history(history(frame, frame.as_of - 30))[0]
    assert len(list(folder.glob("*.json"))) == 2 and earlier != params
    for f in folder.glob("*.json"):
        f.write_text("{not json")
    assert fit_history(history(frame))[0] == params  # fitted again, the same numbers, and kept again
    assert json.loads(next(f for f in folder.glob("*.json") if f.read_text() != "{not json").read_text())


def test_the_backtest_months_are_remembered_too_and_nothing_without_a_folder(tmp_path):
    frame = frame_from_dataset(_shop(weeks=60))
    plain = backtest(frame)
    fitcache.remember_in(tmp_path / "fits")
    try:
        assert backtest(frame) == plain
        months = len(list((tmp_path / "fits").glob("*.json")))
        assert months == sum(b.predicted_purchases is not None for b in plain) > 0
        assert backtest(frame) == plain and len(list((tmp_path / "fits").glob("*.json"))) == months
    finally:
        fitcache.remember_in(None)
    frame = frame_from_dataset(_shop(weeks=61))  # another history, with no folder: fitted, nothing kept
    assert backtest(frame) and len(list((tmp_path / "fits").glob("*.json"))) == months
