"""A shop file on disk: recognising one, naming what went wrong with it in the owner's words, finishing a write a
crash interrupted, and putting a backup in its place. The workspace (``core.store.workspace``) builds on this."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from core.store import lock
from core.text import QT_TRANSLATE_NOOP, InputError, Problem

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".klantbehoud"


class StoreError(InputError):
    """The workspace could not be read or written; the message says why in the owner's words."""


class WorkspaceLocked(StoreError):
    """Another running Klantbehoud has the workspace open for writing."""


class LoginRefused(StoreError):
    """The server did not accept the user name or password (the window asks for the password again)."""


APPLICATION_ID = 0x4B4C4254  # "KLBT" in SQLite's header: this file is a Klantbehoud shop
OWN_TABLES = {"meta", "customers", "surveys", "period_counts", "monthly_lost"}
ORDER_TABLES = {"orders", "order_blocks"}  # the orders' table before version 5, and from it


def is_workspace(path: Path) -> bool:
    """True when ``path`` is a Klantbehoud shop: SQLite with Klantbehoud's application id in its header, or
    (files from before the id was written) with Klantbehoud's own tables. Any other SQLite file is not."""
    try:
        with open(path, "rb") as fh:
            header = fh.read(100)
    except OSError:
        return False
    if header[:16] != SQLITE_MAGIC or len(header) < 72:
        return False
    app_id = int.from_bytes(header[68:72], "big")
    if app_id:
        return app_id == APPLICATION_ID
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return OWN_TABLES <= names and bool(ORDER_TABLES & names)


def recover_interrupted_write(path: Path) -> None:
    """Finish what a crash interrupted before a read-only open: SQLite rolls a hot journal back on the first
    read, which a read-only connection cannot do (every read would say the file cannot be written). When no
    other Klantbehoud holds the shop, a writable connection does the rollback here, and nothing else."""
    journal = path.with_name(path.name + "-journal")
    try:
        if not journal.exists() or not journal.stat().st_size:
            return
        if not lock.acquire(path):
            return  # the writer is alive: its journal is a write in progress, not a crash
    except OSError:
        return  # a read-only folder: the read-only open says what it can
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls the hot journal back
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # the open that follows names the problem
    finally:
        lock.release(path)


def problem_for(exc: Exception, path: Path) -> Problem:
    """SQLite's or the system's error on ``path`` in the owner's words."""
    text = str(exc).lower()
    if "full" in text:
        return Problem(QT_TRANSLATE_NOOP("core", "The disk holding {file} is full. Nothing was changed; make "
                                                 "room and try again."), {"file": path.name})
    if "readonly" in text or "read-only" in text or "permission" in text or isinstance(exc, PermissionError):
        return Problem(QT_TRANSLATE_NOOP("core", "{file} cannot be written here (the folder or file is "
                                                 "read-only). Nothing was changed; use File > Save as to save "
                                                 "a copy elsewhere."), {"file": path.name})
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return Problem(QT_TRANSLATE_NOOP("core", "{file} is not a Klantbehoud workspace, or it is damaged. "
                                                 "Restore a backup with File > Restore a backup."),
                       {"file": path.name})
    if "locked" in text or "busy" in text:
        return Problem(QT_TRANSLATE_NOOP("core", "{file} is busy in another program; try again in a moment."),
                       {"file": path.name})
    return Problem(QT_TRANSLATE_NOOP("core", "{file} could not be read or written ({reason}). Is the USB stick "
                                             "or network drive still there? Nothing was changed."),
                   {"file": path.name, "reason": str(exc)[:120]})


def restore_backup(backup: Path, target: Path) -> Path:
    """Put ``backup`` in place of ``target``; the current file is kept beside it first. Returns that safety copy."""
    if not is_workspace(backup):
        raise StoreError(Problem(QT_TRANSLATE_NOOP("core", "{file} is not a Klantbehoud workspace."),
                                 {"file": backup.name}))
    if lock.holder(target) is not None:
        raise WorkspaceLocked(Problem(QT_TRANSLATE_NOOP(
            "core", "{file} is open in another Klantbehoud; close it there first."), {"file": target.name}))
    safety = target.with_name(f"{target.stem}.before-restore-{datetime.now():%Y%m%d-%H%M%S}{SUFFIX}")
    if target.exists():
        shutil.copy2(target, safety)
    tmp = target.with_name(target.name + ".part")
    shutil.copy2(backup, tmp)
    tmp.replace(target)
    return safety
