"""Damaged files never give a traceback or a hang: a seeded fuzz run through the command line's code."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "helpers"))

import fuzz_files  # noqa: E402


@pytest.mark.slow
def test_two_hundred_damaged_files_give_figures_or_a_sentence(tmp_path):
    paths = fuzz_files.make(tmp_path, 200, seed=20261203)
    run = subprocess.run([sys.executable, str(ROOT / "tests" / "helpers" / "fuzz_worker.py")],
                         input="\n".join(map(str, paths)), capture_output=True, text=True, timeout=300)
    lines = run.stdout.splitlines()
    crashes = [line for line in lines if line.startswith("CRASH")]
    assert run.returncode == 0, run.stderr[-2000:]
    assert crashes == [], run.stdout[-4000:]
    finished = [line.split() for line in lines if line.startswith("seconds")]
    assert len(finished) == 200  # no file ended the process or was left unread
    slow = [(float(s), p) for _, s, p in finished if float(s) > 10]
    assert slow == []  # bounded work: every file read or refused within 10 s
    outcomes = {line.split()[0] for line in lines}
    assert {"ok", "refused"} <= outcomes  # the run really met both kinds


def test_damaged_workbooks_through_the_real_command_line_give_exit_2_and_a_sentence(tmp_path):
    paths = [p for p in fuzz_files.make(tmp_path, 12, seed=7) if p.suffix == ".xlsx"][:3]
    env = dict(os.environ, KLANTBEHOUD_CONFIG_DIR=str(tmp_path / "c"), KLANTBEHOUD_DATA_DIR=str(tmp_path / "d"))
    for path in paths:
        run = subprocess.run([sys.executable, "main.py", "metrics", str(path)], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode in (0, 2), run.stderr
        assert "Traceback" not in run.stderr + run.stdout
