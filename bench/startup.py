"""Cold start: process start to the first painted main window, from source and from the package.

    .venv/bin/python bench/startup.py [--runs 5] [--package dist/Klantbehoud/Klantbehoud]

Runs under a virtual X display (xvfb-run) when available, otherwise on Qt's offscreen platform.
The app writes the moment of its first paint to a probe file (KLANTBEHOUD_STARTUP_PROBE) and quits.
Budget: from source <= 1.5 s, packaged <= 1.0 s; matplotlib must not be loaded at first paint.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(cmd: list[str], runs: int, home: str | None = None) -> tuple[list[float], bool]:
    """Start ``cmd`` ``runs`` times; seconds to first paint, and whether matplotlib was ever loaded by then.

    Each run gets fresh settings and data folders (the first start: the demo shop is made), unless ``home``
    names folders to reuse (every later start: the shop is there)."""
    times, mpl = [], False
    use_xvfb = shutil.which("xvfb-run") is not None
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as fresh:
            tmp = home or fresh
            probe = Path(tmp) / "probe"
            probe.unlink(missing_ok=True)  # a reused folder holds the last run's
            env = dict(os.environ, KLANTBEHOUD_STARTUP_PROBE=str(probe), KLANTBEHOUD_CONFIG_DIR=f"{tmp}/c",
                       KLANTBEHOUD_DATA_DIR=f"{tmp}/d")
            full = cmd
            if use_xvfb:
                # Start the X server first so its own start-up is not counted.
                display = ":97"
                xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x900x24"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                time.sleep(0.5)
                env["DISPLAY"] = display
                env.pop("QT_QPA_PLATFORM", None)
            else:
                env["QT_QPA_PLATFORM"] = "offscreen"
            try:
                t0 = time.time()
                try:
                    subprocess.run(full, env=env, cwd=ROOT, timeout=60, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
                except subprocess.TimeoutExpired:
                    print(f"{full[0]} did not report a first paint within 60 s (an old build?)")
                    return [], False
                stamp, loaded = probe.read_text().split()[:2]
                times.append(float(stamp) - t0)
                mpl |= loaded == "1"
            finally:
                if use_xvfb:
                    xvfb.terminate()
                    xvfb.wait()
    return times, mpl


def main() -> int:
    """Measure and print the figures."""
    p = argparse.ArgumentParser()
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--package", type=Path, default=ROOT / "dist" / "Klantbehoud" / "Klantbehoud")
    args = p.parse_args()
    print(f"display: {'xvfb' if shutil.which('xvfb-run') else 'offscreen'}; runs: {args.runs}")
    cases = [("source", [sys.executable, str(ROOT / "main.py")], 1.5)]
    if args.package.exists():
        cases.append(("package", [str(args.package)], 1.0))
    else:
        print(f"package not built ({args.package}): run 'make package' to measure it")
    for name, cmd, budget in cases:
        with tempfile.TemporaryDirectory() as home:
            measure(cmd, 1, home)  # warms the disk cache and makes the demo shop, as the first start did
            for start, folders in (("first start", None), ("later starts", home)):
                times, mpl = measure(cmd, args.runs, folders)
                if not times:
                    continue
                median = statistics.median(times)
                verdict = "ok" if median <= budget and not mpl else "OVER BUDGET"
                print(f"{name}, {start}: median {median:.2f} s, min {min(times):.2f} s, max {max(times):.2f} s "
                      f"(budget {budget} s) matplotlib at first paint: {'yes' if mpl else 'no'} -> {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
