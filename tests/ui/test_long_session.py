"""A long session: thousands of refreshes of every page must neither crash nor leak references to None."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_thousands_of_refreshes_keep_the_process_and_none_alive(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KLANTBEHOUD_CONFIG_DIR=str(tmp_path / "c"),
               KLANTBEHOUD_DATA_DIR=str(tmp_path / "d"))
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "helpers" / "refresh_worker.py"), "40", "400"],
                         env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    rounds, before, after = map(int, run.stdout.split())
    assert rounds == 40 + 9 * 400  # nine pages
    # Python 3.12+ makes None immortal (the count stays fixed); on 3.11 a leaking binding loses a reference
    # per call, tens of thousands over the quick rounds (PySide6 6.12.0 aborts in them). Measured on
    # 6.11.3: +26.
    assert after >= before - 100, (before, after)
