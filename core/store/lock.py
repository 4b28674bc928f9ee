"""One writer at a time: an operating-system lock on a file beside the workspace.

The lock is the operating system's own (``flock`` on Linux and macOS, ``LockFileEx`` on Windows,
through the ``filelock`` library), so it dies with the process that held it: a crashed Klantbehoud
never locks the owner out, and no process id is ever looked up or signalled. Who holds the lock
(host, process, since when) is written to a second file only to name the holder in a message; it
never decides anything.
"""

from __future__ import annotations

import json
import os
import socket
import time
from pathlib import Path

from filelock import FileLock, Timeout

_held: dict[str, FileLock] = {}  # locks this process holds, by resolved workspace path


def lock_path(workspace: Path) -> Path:
    """The lock file of ``workspace``."""
    return workspace.with_name(workspace.name + ".lock")


def info_path(workspace: Path) -> Path:
    """The file that names who holds the lock (for messages only)."""
    return workspace.with_name(workspace.name + ".lock.json")


def _key(workspace: Path) -> str:
    return str(Path(workspace).resolve())


def _new_lock(workspace: Path) -> FileLock:
    # is_singleton=False: every call gets its own descriptor, so a test of "is it free?" from this
    # process really asks the operating system rather than a shared in-process counter.
    return FileLock(lock_path(workspace), timeout=0, is_singleton=False)


def acquire(workspace: Path) -> bool:
    """Take the lock; False when another running Klantbehoud holds it (or it cannot be taken here).

    Raises OSError only when the lock file cannot be created at all (a read-only folder, a full disk);
    the caller turns that into a sentence.
    """
    key = _key(workspace)
    if key in _held:
        return True
    lk = _new_lock(workspace)
    try:
        lk.acquire()
    except Timeout:
        return False
    _held[key] = lk
    try:
        info_path(workspace).write_text(
            json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}), encoding="utf-8")
    except OSError:
        pass  # the name of the holder is a courtesy; the lock itself is taken
    return True


def holder(workspace: Path) -> dict | None:
    """Who holds the lock (host, pid, since), or None when it is free or held by this process."""
    if _key(workspace) in _held or not lock_path(workspace).exists():
        return None
    probe = _new_lock(workspace)
    try:
        probe.acquire()
    except Timeout:
        try:
            return json.loads(info_path(workspace).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
    except OSError:
        return None  # cannot even open the lock file (read-only folder): nobody can hold it either
    probe.release()
    return None


def release(workspace: Path) -> None:
    """Give the lock back (only if this process holds it)."""
    lk = _held.pop(_key(workspace), None)
    if lk is None:
        return
    try:
        info_path(workspace).unlink()
    except OSError:
        pass
    lk.release()
