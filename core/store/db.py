"""The database under a workspace, as the rest of the store sees it: a SQLite file or a PostgreSQL server.

Everything the store writes is SQL both understand (``INSERT ... ON CONFLICT``, ``?`` parameters); what differs
lives here and in ``core.store.pgdb``: how a write transaction starts (one writer at a time on both), where the
schema version is kept, the types in the schema's text, and which errors a back end raises.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

CACHE_KB = 65536  # SQLite's page cache per connection (taken as needed): storing a million orders 7.5 s, not 11.8


class Db:
    """One connection to a workspace's database. Parameters are written ``?`` on every back end."""

    kind = ""
    errors: tuple[type[BaseException], ...] = ()
    # The words in the schema's text that differ per back end (see ``core.store.schema``).
    types: dict[str, str] = {}

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; the cursor's rows answer to ``row[0]`` and ``row["name"]``."""
        raise NotImplementedError

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        """Run one statement per row; how many rows it changed in all."""
        raise NotImplementedError

    def insert_id(self, sql: str, params: Sequence[Any]) -> int:
        """Run an INSERT of one row and give the id the database chose for it."""
        raise NotImplementedError

    def insert_new(self, table: str, columns: Sequence[str], rows: list[Sequence[Any]]) -> int:
        """Insert the rows whose unique key is not in ``table`` yet; how many were new."""
        sql = (f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
               "ON CONFLICT DO NOTHING")
        return self.executemany(sql, rows)

    def begin_write(self) -> None:
        """Start a write transaction, waiting for (never overlapping) another writer's."""
        raise NotImplementedError

    def commit(self) -> None:
        """End the transaction, every change kept."""
        self.execute("COMMIT")

    def rollback(self) -> None:
        """End the transaction, every change dropped."""
        self.execute("ROLLBACK")

    def version(self) -> int:
        """The schema version stored (0 for an empty database)."""
        raise NotImplementedError

    def set_version(self, version: int) -> None:
        """Store the schema version (inside the migration's transaction)."""
        raise NotImplementedError

    def row_order(self, table: str) -> str:
        """The column that keeps ``table``'s rows in the order they were stored."""
        return "id"

    def note_change(self) -> int | None:
        """Inside a write transaction: mark that the shop changed (see ``revision``); the new change number,
        where the back end keeps one."""
        return None

    def revision(self) -> int:
        """A number that changes whenever another connection (another PC) stored a change."""
        raise NotImplementedError

    def restart_ids(self, table: str) -> None:
        """After rows were copied in with their ids, the next id the database chooses comes after them."""

    def tables(self) -> list[str]:
        """The workspace's own tables."""
        raise NotImplementedError

    def columns(self, table: str) -> list[str]:
        """The columns of ``table`` in the order the schema gives them."""
        raise NotImplementedError

    def close(self) -> None:
        """Close the connection."""
        raise NotImplementedError

    def reopen(self) -> Db:
        """Another connection to the same database, as this one was opened (for another thread)."""
        raise NotImplementedError


class SqliteDb(Db):
    """A shop file: SQLite with every commit on disk before it returns and foreign keys checked."""

    kind = "sqlite"
    errors = (sqlite3.Error,)
    types = {"id": "INTEGER PRIMARY KEY", "real": "REAL", "seq": "", "blob": "BLOB"}

    def __init__(self, path: Path, read_only: bool):
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute(f"PRAGMA cache_size=-{CACHE_KB}")
        self.raw = conn
        self.path = path
        self.read_only = read_only

    def execute(self, sql: str, params: Sequence[Any] = ()) -> sqlite3.Cursor:
        return self.raw.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> int:
        before = self.raw.total_changes
        self.raw.executemany(sql, rows)
        return self.raw.total_changes - before

    def insert_id(self, sql: str, params: Sequence[Any]) -> int:
        return self.raw.execute(sql, params).lastrowid

    def begin_write(self) -> None:
        self.raw.execute("BEGIN IMMEDIATE")

    def version(self) -> int:
        return self.raw.execute("PRAGMA user_version").fetchone()[0]

    def set_version(self, version: int) -> None:
        self.raw.execute(f"PRAGMA user_version = {int(version)}")

    def row_order(self, table: str) -> str:
        return "rowid"

    def revision(self) -> int:
        return self.raw.execute("PRAGMA data_version").fetchone()[0]

    def tables(self) -> list[str]:
        return [r[0] for r in self.raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                               "AND name NOT LIKE 'sqlite_%' ORDER BY name")]

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.raw.execute(f'PRAGMA table_info("{table}")')]

    def close(self) -> None:
        self.raw.close()

    def reopen(self) -> SqliteDb:
        return SqliteDb(self.path, self.read_only)
