"""Undo the last import: the shop as it was just before, kept as a copy.

A shop file is copied (SQLite's backup API) to ``<shop>.undo`` before each import; on a server, the import's own
transaction first copies every table into the schema ``klantbehoud_undo``. Undoing puts every table back as it is
in that copy, so what the import added or changed (new customers, merged fields, linked ids, orders, answers,
counts) goes, exactly. Any other change to the shop after the import (a setting, a mark, a deleted customer, on
any PC) drops the copy: an undo would take that change back too, and a deleted customer must not live on in it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

from core.store.backups import copy_database
from core.store.db import Db
from core.store.orderblocks import count_orders

UNDO_SUFFIX = ".undo"
SERVER_SCHEMA = "klantbehoud_undo"

Transaction = Callable[[], AbstractContextManager[Db]]


@dataclass(frozen=True)
class UndoInfo:
    """What undoing the last import would take away."""

    file: str
    imported_at: str
    customers: int  # added or changed by the import
    orders: int
    answers: int


def undo_path(workspace: Path) -> Path:
    """Where the copy from before the last import is kept beside a shop file."""
    return workspace.with_name(workspace.name + UNDO_SUFFIX)


def _info(db: Db, last, prefix: str, copy: str) -> UndoInfo:
    orders = count_orders(db, "WHERE import_id = ?", (last[0],), prefix)
    answers = db.execute(f"SELECT COUNT(*) FROM {prefix}surveys WHERE import_id = ?", (last[0],)).fetchone()[0]
    customers = db.execute(f"SELECT COUNT(*) FROM (SELECT * FROM {prefix}customers EXCEPT "
                           f"SELECT * FROM {copy}.customers) AS changed").fetchone()[0]
    return UndoInfo(last[1], last[2], customers, orders, answers)


def _last_import(db: Db):
    return db.execute("SELECT id, file, imported_at FROM imports ORDER BY id DESC LIMIT 1").fetchone()


class FileUndo:
    """The undo copy of a shop file, beside it."""

    def __init__(self, workspace: Path):
        self.workspace = workspace
        self.path = undo_path(workspace)

    def prepare(self, db: Db) -> Path:
        """The shop as it is now, copied beside the undo copy (before the import's transaction); ``keep`` makes
        it the undo copy once the import is stored. Until then the undo of the import before stays as it was
        (a cancelled import changes nothing)."""
        copy = self.path.with_name(self.path.name + ".next")
        copy_database(db.raw, copy)
        return copy

    def in_transaction(self, db: Db) -> None:
        """Nothing to do inside the import's transaction for a file (the copy was made before it)."""

    def keep(self, copy: Path | None) -> None:
        """The prepared copy becomes the one that undoes the import just stored."""
        if copy is not None:
            copy.replace(self.path)

    def drop_prepared(self, copy: Path | None) -> None:
        """The import failed or was cancelled: its prepared copy goes, the undo before it stays."""
        if copy is not None:
            copy.unlink(missing_ok=True)

    def discard(self, db: Db) -> None:
        """Drop the copy (another change was stored after the import); called after that change's commit."""
        self.path.unlink(missing_ok=True)

    def discard_in_transaction(self, db: Db) -> None:
        """A file's copy is dropped after the commit instead (``discard``)."""

    def _attached(self, db: Db) -> _Attached:
        return _Attached(db.raw, self.path)

    def pending(self, db: Db) -> UndoInfo | None:
        """What undoing the last import would remove, or None when there is nothing to undo."""
        last = _last_import(db)
        if last is None or not self.path.exists():
            return None
        try:
            with self._attached(db):
                before = db.execute("SELECT MAX(id) FROM undo.imports").fetchone()[0]
                if before is not None and before >= last[0]:
                    return None  # the copy is not from just before the last import
                return _info(db, last, "main.", "undo")
        except sqlite3.Error:
            return None  # a damaged or foreign copy: no undo rather than a wrong one

    def restore(self, db: Db, transaction: Transaction) -> None:
        """Put every table back as the copy has it, in one transaction (``transaction`` is the shop's own)."""
        with self._attached(db):
            tables = [r[0] for r in db.execute("SELECT name FROM undo.sqlite_master WHERE type = 'table' "
                                               "AND name NOT LIKE 'sqlite_%'")]
            with transaction() as t:
                for table in tables:
                    t.execute(f'DELETE FROM main."{table}"')
                    t.execute(f'INSERT INTO main."{table}" SELECT * FROM undo."{table}"')
        self.discard(db)


class _Attached:
    """The copy attached to the shop's connection as schema ``undo`` (outside any transaction)."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self.conn, self.path = conn, path

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("ATTACH DATABASE ? AS undo", (str(self.path),))
        return self.conn

    def __exit__(self, *exc: object) -> None:
        self.conn.execute("DETACH DATABASE undo")


class ServerUndo:
    """The undo copy of a shop on a server: its tables copied into one schema, inside the import's transaction
    (so the copy is exactly the shop before that import, whatever another PC does, and a cancelled import
    leaves the copy before it)."""

    def prepare(self, db: Db) -> None:
        """Nothing before the transaction: the copy is made inside it (``in_transaction``)."""
        return None

    def in_transaction(self, db: Db) -> None:
        """Copy every table into the undo schema (after the transaction took the write lock)."""
        db.execute(f"DROP SCHEMA IF EXISTS {SERVER_SCHEMA} CASCADE")
        db.execute(f"CREATE SCHEMA {SERVER_SCHEMA}")
        for table in db.tables():
            db.execute(f'CREATE TABLE {SERVER_SCHEMA}."{table}" AS SELECT * FROM "{table}"')

    def keep(self, copy: None) -> None:
        """The copy was committed with the import."""

    def drop_prepared(self, copy: None) -> None:
        """The rollback took the new copy away and left the one before."""

    def discard(self, db: Db) -> None:
        """Dropped inside the change's own transaction instead (``discard_in_transaction``)."""

    def discard_in_transaction(self, db: Db) -> None:
        """Drop the copy as part of another change (on any PC): an undo would take that change back too."""
        db.execute(f"DROP SCHEMA IF EXISTS {SERVER_SCHEMA} CASCADE")

    def pending(self, db: Db) -> UndoInfo | None:
        """What undoing the last import would remove, or None when there is nothing to undo."""
        last = _last_import(db)
        if last is None or db.execute("SELECT to_regclass(?)", (f"{SERVER_SCHEMA}.imports",)).fetchone()[0] is None:
            return None
        before = db.execute(f"SELECT MAX(id) FROM {SERVER_SCHEMA}.imports").fetchone()[0]
        if before is not None and before >= last[0]:
            return None
        return _info(db, last, "", SERVER_SCHEMA)

    def restore(self, db: Db, transaction: Transaction) -> None:
        """Put every table back as the copy has it, in one transaction, and drop the copy in it."""
        with transaction() as t:
            for table in t.tables():
                t.execute(f'DELETE FROM "{table}"')
                t.execute(f'INSERT INTO "{table}" SELECT * FROM {SERVER_SCHEMA}."{table}"')
            # The transaction drops the copy before it commits (it is not one that keeps the undo).
