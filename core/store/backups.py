"""Daily rotating copies of a workspace, and restoring one."""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

KEEP = 10
_NAME = re.compile(r"^(?P<stem>.+)\.(?P<day>\d{4}-\d{2}-\d{2})\.klantbehoud$")


def backup_folder(workspace: Path, fallback: Path | None = None) -> Path:
    """The folder for ``workspace``'s backups: beside it, or ``fallback`` when that folder is read-only."""
    beside = workspace.parent / "Klantbehoud-backups"
    try:
        beside.mkdir(exist_ok=True)
        probe = beside / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
        return beside
    except OSError:
        if fallback is None:
            raise
        fallback.mkdir(parents=True, exist_ok=True)
        return fallback


def copy_database(conn, target: Path) -> None:
    """A consistent copy of an open shop file (its ``SqliteDb`` or an sqlite3 connection) through SQLite's
    backup API (written to a temp name first)."""
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    dest = sqlite3.connect(tmp)
    try:
        getattr(conn, "raw", conn).backup(dest)
    finally:
        dest.close()
    tmp.replace(target)


def daily_backup(conn, workspace: Path, folder: Path, today: date | None = None) -> Path | None:
    """Today's copy (once a day) and removal of all but the newest ``KEEP``; returns the new copy, if any."""
    today = today or date.today()
    target = folder / f"{workspace.stem}.{today.isoformat()}.klantbehoud"
    made = None
    if not target.exists():
        copy_database(conn, target)
        made = target
    for old in list_backups(workspace, folder)[KEEP:]:
        old.unlink(missing_ok=True)
    return made


def list_backups(workspace: Path, folder: Path) -> list[Path]:
    """This workspace's daily copies in ``folder``, newest first."""
    found = []
    for p in folder.glob(f"{workspace.stem}.*.klantbehoud"):
        m = _NAME.match(p.name)
        if m and m.group("stem") == workspace.stem:
            found.append((m.group("day"), p))
    return [p for _, p in sorted(found, reverse=True)]


def remove_person(backups: list[Path], customer_id: str) -> tuple[int, list[Path]]:
    """Remove a person from each backup copy (rewritten in place, one transaction each, then compacted so
    nothing lingers in free pages). Returns how many copies held the person, and the copies that could
    not be rewritten (read-only, or damaged)."""
    from core.store.privacy import delete_person

    held, failed = 0, []
    for path in backups:
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            try:
                conn.execute("BEGIN IMMEDIATE")
                # A copy from before version 5 (a daily copy of an older shop, or the one kept before its upgrade)
                # has its orders as rows of a table: the person goes from there.
                in_rows = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'orders'")
                gone = delete_person(conn, customer_id, in_rows.fetchone() is not None)
                conn.execute("COMMIT")
                if any(gone.values()):
                    held += 1
                    conn.execute("VACUUM")
            finally:
                conn.close()
        except sqlite3.Error:
            failed.append(path)
    return held, failed


def every_copy(workspace: Path, folder: Path, *elsewhere: Path) -> list[Path]:
    """The daily copies in ``folder`` plus the safety copies made before an upgrade or a restore (beside the
    shop, in ``folder`` or ``elsewhere``): every file that may still hold what was deleted from the shop."""
    places = dict.fromkeys(p.resolve() for p in (folder, workspace.parent, *elsewhere) if p.is_dir())
    safety = sorted(p for where in places for p in where.glob(f"{workspace.stem}.before-*.klantbehoud"))
    return list_backups(workspace, folder) + safety
