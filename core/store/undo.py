"""Undo the last import: the shop as it was just before, kept as a copy beside the shop file.

Each import first copies the shop (SQLite's backup API) to ``<shop>.undo``. Undoing puts every table back as
it is in that copy, so what the import added or changed (new customers, merged fields, linked ids, orders,
answers, counts) goes, exactly. Any other change to the shop after the import (a setting, a mark, a deleted
customer) drops the copy: an undo would take that change back too, and a deleted customer must not live on
in it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from core.store.backups import copy_database

UNDO_SUFFIX = ".undo"


@dataclass(frozen=True)
class UndoInfo:
    """What undoing the last import would take away."""

    file: str
    imported_at: str
    customers: int  # added or changed by the import
    orders: int
    answers: int


def undo_path(workspace: Path) -> Path:
    """Where the copy from before the last import is kept."""
    return workspace.with_name(workspace.name + UNDO_SUFFIX)


def prepare(conn: sqlite3.Connection, workspace: Path) -> Path:
    """The shop as it is now, copied beside the undo copy; ``keep`` makes it the undo copy once the import is
    stored. Until then the undo of the import before stays as it was (a cancelled import changes nothing)."""
    copy = undo_path(workspace).with_name(undo_path(workspace).name + ".next")
    copy_database(conn, copy)
    return copy


def keep(copy: Path, workspace: Path) -> None:
    """The prepared copy becomes the one that undoes the import just stored."""
    copy.replace(undo_path(workspace))


def discard(workspace: Path) -> None:
    """Drop the copy (another change was stored after the import)."""
    undo_path(workspace).unlink(missing_ok=True)


class _Attached:
    """The copy attached to the shop's connection as schema ``undo`` (outside any transaction)."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn, self.path = conn, path

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("ATTACH DATABASE ? AS undo", (str(self.path),))
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.execute("DETACH DATABASE undo")


def pending(conn: sqlite3.Connection, workspace: Path) -> UndoInfo | None:
    """What undoing the last import would remove, or None when there is nothing to undo."""
    path = undo_path(workspace)
    last = conn.execute("SELECT id, file, imported_at FROM imports ORDER BY id DESC LIMIT 1").fetchone()
    if last is None or not path.exists():
        return None
    try:
        with _Attached(conn, path) as c:
            before = c.execute("SELECT MAX(id) FROM undo.imports").fetchone()[0]
            if before is not None and before >= last[0]:
                return None  # the copy is not from just before the last import
            orders = c.execute("SELECT COUNT(*) FROM main.orders WHERE import_id = ?", (last[0],)).fetchone()[0]
            answers = c.execute("SELECT COUNT(*) FROM main.surveys WHERE import_id = ?", (last[0],)).fetchone()[0]
            customers = c.execute("SELECT COUNT(*) FROM (SELECT * FROM main.customers EXCEPT "
                                  "SELECT * FROM undo.customers)").fetchone()[0]
    except sqlite3.Error:
        return None  # a damaged or foreign copy: no undo rather than a wrong one
    return UndoInfo(last[1], last[2], customers, orders, answers)


def restore(conn: sqlite3.Connection, workspace: Path, transaction) -> None:
    """Put every table back as the copy has it, in one transaction (``transaction`` is the shop's own)."""
    with _Attached(conn, undo_path(workspace)) as c:
        tables = [r[0] for r in c.execute("SELECT name FROM undo.sqlite_master WHERE type = 'table' "
                                          "AND name NOT LIKE 'sqlite_%'")]
        with transaction() as t:
            for table in tables:
                t.execute(f'DELETE FROM main."{table}"')
                t.execute(f'INSERT INTO main."{table}" SELECT * FROM undo."{table}"')
    discard(workspace)
