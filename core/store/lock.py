"""One writer at a time: a lock file beside the workspace, taken over when its owner has died."""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path


def lock_path(workspace: Path) -> Path:
    """The lock file of ``workspace``."""
    return workspace.with_name(workspace.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    except OSError:
        return False
    return True


def holder(workspace: Path) -> dict | None:
    """Who holds the lock (pid, host, since), or None when it is free or left by a dead process."""
    path = lock_path(workspace)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError, OSError):
        return None
    if info.get("host") == socket.gethostname() and not _alive(int(info.get("pid", 0))):
        return None  # a crashed Klantbehoud left it: stale
    if info.get("pid") == os.getpid() and info.get("host") == socket.gethostname():
        return None
    return info


def acquire(workspace: Path) -> bool:
    """Take the lock; False when another running Klantbehoud holds it. A stale lock is taken over."""
    path = lock_path(workspace)
    mine = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()})
    for _ in range(2):
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            if holder(workspace) is not None:
                return False
            try:
                path.unlink()  # stale: its process is gone
            except FileNotFoundError:
                pass
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(mine)
        return True
    return False


def release(workspace: Path) -> None:
    """Give the lock back (only if it is ours)."""
    path = lock_path(workspace)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        if info.get("pid") == os.getpid() and info.get("host") == socket.gethostname():
            path.unlink()
    except (FileNotFoundError, ValueError, OSError):
        pass
