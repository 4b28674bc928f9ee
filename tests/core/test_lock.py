"""The workspace lock: an operating-system lock that dies with its process and never signals anyone."""

import ast
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from core.store import StoreError, Workspace, WorkspaceLocked, lock
from tests.helpers.holder import hold

ROOT = Path(__file__).resolve().parents[2]


def test_four_processes_racing_never_hold_the_lock_together(tmp_path):
    path = tmp_path / "race.klantbehoud"
    path.write_bytes(b"")
    worker = ROOT / "tests" / "helpers" / "lock_worker.py"
    procs = [subprocess.Popen([sys.executable, str(worker), str(path), "400"], stdout=subprocess.PIPE, text=True)
             for _ in range(4)]
    results = [tuple(map(int, p.communicate(timeout=120)[0].split())) for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert sum(double for _, double in results) == 0
    taken = sum(t for t, _ in results)
    assert 100 <= taken < 1600  # taken many times, and refused many times: the race really took place


def test_lock_code_never_sends_a_signal(tmp_path, monkeypatch):
    """os.kill(pid, 0) terminates the process on Windows; the lock must not call it at all."""
    tree = ast.parse((ROOT / "core" / "store" / "lock.py").read_text(encoding="utf-8"))
    names = {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    assert not names & {"kill", "killpg", "pidfd_send_signal", "TerminateProcess"}

    def refuse(*args):
        raise AssertionError(f"os.kill{args} called")

    monkeypatch.setattr(os, "kill", refuse)
    path = tmp_path / "w.klantbehoud"
    # A lock file left by a process long gone, naming a process id that is alive now (this one's parent).
    lock.lock_path(path).write_text("")
    lock.info_path(path).write_text(f'{{"pid": {os.getppid()}, "host": "x"}}')
    assert lock.holder(path) is None
    assert lock.acquire(path)
    lock.release(path)


def test_empty_just_created_lock_file_is_not_a_holder(tmp_path):
    path = tmp_path / "w.klantbehoud"
    Workspace.create(path).close()
    lock.lock_path(path).write_bytes(b"")
    with Workspace.open(path) as w:
        assert w.integrity_ok()


def test_holder_is_named_while_alive_and_the_lock_is_free_after_a_kill(tmp_path):
    path = tmp_path / "w.klantbehoud"
    Workspace.create(path).close()
    proc = hold(path)
    try:
        info = lock.holder(path)
        assert info is not None and info["pid"] == proc.pid
        with pytest.raises(WorkspaceLocked):
            Workspace.open(path)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    assert lock.holder(path) is None
    with Workspace.open(path) as w:
        assert w.integrity_ok()


def test_a_lock_that_cannot_be_made_gives_a_sentence_and_changes_nothing(tmp_path):
    """Where the lock file cannot be created (here a folder stands in its place), a sentence, no traceback."""
    path = tmp_path / "w.klantbehoud"
    Workspace.create(path).close()
    before = path.read_bytes()
    lock.lock_path(path).unlink(missing_ok=True)
    lock.lock_path(path).mkdir()
    with pytest.raises(StoreError) as info:
        Workspace.open(path)
    assert "w.klantbehoud" in info.value.problem.render()
    assert path.read_bytes() == before
