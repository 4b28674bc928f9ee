"""Work off the window's thread (``ui/tasks.py``): work still running when the app quits ends quietly."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

QUITS_WHILE_WORKING = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication
    from ui.tasks import run_quietly

    app = QApplication([])
    owner = QObject()
    run_quietly(lambda _progress, _cancelled: time.sleep(0.5) or 42, print, print, owner)
    del owner, app  # the window closed and the app quits while the work still runs
""")


def test_work_still_running_when_the_app_quits_ends_without_an_error(tmp_path):
    """Before, the worker's answer went to a signal already gone: a RuntimeError, and a log of it, at every such
    quit."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KLANTBEHOUD_DATA_DIR": str(tmp_path)}
    run = subprocess.run([sys.executable, "-c", QUITS_WHILE_WORKING, str(ROOT)], capture_output=True, text=True,
                         env=env, timeout=60)
    assert run.returncode == 0 and "Error" not in run.stderr and "RuntimeError" not in run.stderr
