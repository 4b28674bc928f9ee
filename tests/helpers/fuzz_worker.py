"""Runs the command line's metrics on each file named on stdin; prints one line per file.

"ok FILE" (figures printed), "refused FILE" (exit 2 with a sentence), or "CRASH FILE" followed by the
traceback; then "seconds S FILE". Run in its own process, so that a file which ends the process shows as
the last file started.
"""

import io
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.cli import run_metrics  # noqa: E402
from core.importing.pipeline import import_file  # noqa: E402
from core.text import InputError  # noqa: E402


def main() -> None:
    """One file per line on stdin. Workbooks are read in this process (as the window's child does)."""
    for line in sys.stdin:
        path = line.strip()
        started = time.perf_counter()
        print("start", path, flush=True)
        try:
            if path.endswith(".csv"):
                code = run_metrics([path], io.StringIO(), io.StringIO())
                print("ok" if code == 0 else "refused", path, flush=True)
            else:
                try:
                    import_file(path)
                    print("ok", path, flush=True)
                except InputError:
                    print("refused", path, flush=True)
        except Exception:  # noqa: BLE001 - exactly what the test looks for
            print("CRASH", path, flush=True)
            print(traceback.format_exc().replace("\n", "\n    "), flush=True)
        print("seconds", f"{time.perf_counter() - started:.2f}", path, flush=True)


if __name__ == "__main__":
    main()
