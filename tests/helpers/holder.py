"""A second Klantbehoud, for the lock tests: another process that opens a shop for writing and keeps it."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def hold(path: Path) -> subprocess.Popen:
    """Start a process that holds ``path`` open for writing; returns once it has the shop (kill it after)."""
    code = (f"import sys, time; sys.path.insert(0, {str(ROOT)!r}); from core.store import Workspace; "
            f"w = Workspace.open({str(path)!r}); print('ready', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc
