"""Run every benchmark in turn (``make bench``); each prints its own figures beside its alternative.

    .venv/bin/python bench/run_all.py

The import benchmark compares with pandas only when pandas is installed; startup measures the package only
when ``dist/`` holds one, and so does package_size. Figures go to bench/README.md by hand, with the date.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = (["metrics.py"], ["predictions.py"], ["import_speed.py", "--skip-pandas"], ["import_ui_stall.py"],
           ["startup.py", "--runs", "3"], ["package_size.py"], ["store_orders.py"], ["customers_page.py"],
           ["server_vs_file.py"], ["big_history.py"], ["open_shop.py"], ["report_stall.py"])


def main() -> int:
    """Run each script; the exit code is the number of scripts that failed."""
    failed = 0
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    for script in SCRIPTS:
        print(f"\n=== {' '.join(script)}", flush=True)
        run = subprocess.run([sys.executable, str(HERE / script[0]), *script[1:]], env=env)
        failed += run.returncode != 0
    return failed


if __name__ == "__main__":
    sys.exit(main())
