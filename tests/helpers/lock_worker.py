"""A process that takes and gives back a workspace lock many times (for the lock race test).

While it holds the lock it creates a marker file with O_EXCL; if the marker is already there, another
process holds the lock at the same moment, and it counts that as a double holder. Prints
"<taken> <double>" when done.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from core.store import lock  # noqa: E402


def main(path: str, tries: int) -> None:
    """Try ``tries`` times; report how often the lock was taken and how often it was shared."""
    workspace = Path(path)
    marker = workspace.with_name("holder.marker")
    taken = double = 0
    for _ in range(tries):
        if not lock.acquire(workspace):
            time.sleep(0.0005)
            continue
        taken += 1
        try:
            fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            double += 1
        else:
            os.close(fd)
            time.sleep(0.0002)
            os.unlink(marker)
        lock.release(workspace)
    print(taken, double, flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
