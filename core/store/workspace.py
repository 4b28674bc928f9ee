"""A shop's workspace: one SQLite file, every change one transaction, nothing lost on a crash.

The file uses SQLite's rollback journal with ``synchronous=FULL``: a crash or a pulled USB stick leaves
the state before or after each transaction. A file written by a newer Klantbehoud is refused; an older
one is copied to a backup before it is migrated.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any

from core.gcpause import no_gc
from core.importing.result import ImportResult
from core.model import Dataset, MonthlyLost, Order, PeriodCounts, SurveyResponse
from core.store import lock, privacy, undo
from core.store.backups import copy_database
from core.store.merge import MergeReport, apply_import, insert_surveys
from core.store.rows import (
    customer_from,
    day,
    iso,
    read_monthly_lost,
    read_period_counts,
    write_monthly_lost,
    write_period_counts,
)
from core.store.schema import MIGRATIONS, SCHEMA_VERSION, version_of
from core.store.shopfile import (
    APPLICATION_ID,
    SUFFIX,
    StoreError,
    WorkspaceLocked,
    is_workspace,
    problem_for,
    recover_interrupted_write,
)
from core.text import QT_TRANSLATE_NOOP, Problem

CACHE_KB = 65536  # SQLite's page cache per connection (taken as needed): storing a million orders 7.5 s, not 11.8


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection to the shop file as every part of the workspace uses one: rows by column name, every
    commit on disk before it returns, foreign keys checked, up to CACHE_KB of pages kept."""
    if read_only:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(f"PRAGMA cache_size=-{CACHE_KB}")
    return conn


class Workspace:
    """An open workspace. Use ``Workspace.open`` / ``Workspace.create``; close it when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool):
        self.path = path
        self.conn = conn
        self.read_only = read_only
        self.migrated_from: int | None = None
        self._owner = threading.get_ident()  # the thread that opened the shop and owns ``conn``

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """The shop's connection in the thread that opened it; in another thread (an import stored off the
        window's thread) a connection of that thread's own, so the window can go on reading meanwhile."""
        if threading.get_ident() == self._owner:
            yield self.conn
            return
        conn = _connect(self.path, self.read_only)
        try:
            conn.execute("PRAGMA busy_timeout=10000")  # the window's own short writes wait for this one
            yield conn
        finally:
            conn.close()

    # --- opening ------------------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, shop_name: str = "") -> Workspace:
        """A new, empty workspace at ``path`` (refuses to overwrite an existing file)."""
        path = Path(path)
        if path.exists():
            raise StoreError(Problem(QT_TRANSLATE_NOOP("core", "{file} already exists."), {"file": path.name}))
        ws = cls.open(path, create=True)
        if shop_name:
            ws.set_meta("shop_name", shop_name)
        return ws

    @classmethod
    def open(cls, path: Path | str, read_only: bool = False, create: bool = False,
             backup_dir: Path | None = None) -> Workspace:
        """Open ``path`` for writing (taking the lock) or read-only.

        Raises WorkspaceLocked when another Klantbehoud has it open, StoreError when it is not a
        workspace, comes from a newer version, or cannot be read.
        """
        path = Path(path)
        if not create and not path.exists():
            raise StoreError(Problem(QT_TRANSLATE_NOOP("core", "The file {file} does not exist (any more)."),
                                     {"file": path.name}))
        if path.exists() and path.stat().st_size and not is_workspace(path):
            raise StoreError(Problem(QT_TRANSLATE_NOOP("core", "{file} is not a Klantbehoud workspace (it may be "
                                                               "another program's database); it was left as it "
                                                               "is. To read a spreadsheet, use Import."),
                                     {"file": path.name}))
        if read_only:
            recover_interrupted_write(path)
        try:
            locked_out = not read_only and not lock.acquire(path)
        except OSError as exc:  # the folder is read-only or the disk full: say so, change nothing
            raise StoreError(problem_for(exc, path)) from None
        if locked_out:
            info = lock.holder(path) or {}
            raise WorkspaceLocked(Problem(QT_TRANSLATE_NOOP(
                "core", "{file} is already open in another Klantbehoud (on {host}). You can open it read-only."),
                {"file": path.name, "host": info.get("host", "?")}))
        try:
            conn = _connect(path, read_only)
            conn.execute("PRAGMA journal_mode=DELETE")
            ws = cls(path, conn, read_only)
            ws._upgrade(backup_dir)
            if not read_only and conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # marks new and older shops alike
            return ws
        except sqlite3.Error as exc:
            if not read_only:
                lock.release(path)
            raise StoreError(problem_for(exc, path)) from None
        except StoreError:
            if not read_only:
                lock.release(path)
            raise

    def _upgrade(self, backup_dir: Path | None) -> None:
        version = version_of(self.conn)
        if version < 0:
            raise StoreError(Problem(QT_TRANSLATE_NOOP(
                "core", "{file} is damaged (its version number is {found}). Nothing was changed; restore a backup "
                        "with File > Restore a backup."), {"file": self.path.name, "found": version}))
        if version > SCHEMA_VERSION:
            raise StoreError(Problem(QT_TRANSLATE_NOOP(
                "core", "{file} was saved by a newer version of Klantbehoud (workspace version {found}; this "
                        "version reads up to {known}). Update Klantbehoud to open it; the file was not changed."),
                {"file": self.path.name, "found": version, "known": SCHEMA_VERSION}))
        if version == SCHEMA_VERSION:
            return
        if self.read_only:
            raise StoreError(Problem(QT_TRANSLATE_NOOP(
                "core", "{file} comes from an older version and must be upgraded, which needs write access."),
                {"file": self.path.name}))
        if version > 0:
            folder = backup_dir or self.path.parent
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            copy_database(self.conn, folder / f"{self.path.stem}.before-upgrade-v{version}-{stamp}{SUFFIX}")
        with self.transaction():
            for step in range(version + 1, SCHEMA_VERSION + 1):
                MIGRATIONS[step](self.conn)
            self.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            if version == 0:
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES ('created', ?)",
                                  (datetime.now().isoformat(timespec="seconds"),))
        self.migrated_from = version

    def close(self) -> None:
        """Close the file and give the lock back."""
        try:
            self.conn.close()
        finally:
            if not self.read_only:
                lock.release(self.path)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- transactions -------------------------------------------------------------------------------
    @contextmanager
    def transaction(self, keep_undo: bool = False, conn: sqlite3.Connection | None = None
                    ) -> Iterator[sqlite3.Connection]:
        """One all-or-nothing change (through ``conn``, the shop's connection by default); any error or a
        Cancelled rolls it back, an SQLite error becomes a StoreError. A change other than an import
        (``keep_undo``) drops the copy that undoes the last import."""
        if self.read_only:
            raise StoreError(Problem(QT_TRANSLATE_NOOP("core", "{file} is open read-only; nothing can be "
                                                               "changed."), {"file": self.path.name}))
        conn = conn or self.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(problem_for(exc, self.path)) from None
        try:
            yield conn
            conn.execute("COMMIT")
            if not keep_undo:
                undo.discard(self.path)
        except BaseException as exc:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the transaction is already gone (the file vanished); SQLite rolls back on reopen
            if isinstance(exc, sqlite3.Error):
                raise StoreError(problem_for(exc, self.path)) from None
            raise

    # --- meta and settings --------------------------------------------------------------------------
    def meta(self, key: str, default: str = "") -> str:
        """A value from the meta table."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        """Store a meta value."""
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def setting(self, key: str, default: Any = None) -> Any:
        """A shop setting (JSON value)."""
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        """Store a shop setting."""
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))

    # --- data ---------------------------------------------------------------------------------------
    def dataset(self) -> Dataset:
        """Everything stored, as the core's dataclasses. A damaged file (a broken page, text that is not
        UTF-8, a stored date that is not a date, a missing table) raises StoreError with a sentence."""
        try:
            return self._dataset()
        except (sqlite3.Error, ValueError, TypeError, KeyError, IndexError) as exc:
            raise StoreError(Problem(QT_TRANSLATE_NOOP(
                "core", "{file} is damaged ({reason}). Nothing was changed; restore a backup with File > Restore "
                        "a backup."), {"file": self.path.name, "reason": str(exc)[:120]})) from None

    def _dataset(self) -> Dataset:
        with self._connection() as c, no_gc():
            return self._read_dataset(c)

    def _read_dataset(self, c: sqlite3.Connection) -> Dataset:
        customers = [customer_from(r) for r in c.execute("SELECT * FROM customers ORDER BY rowid")]
        orders = [Order(r[0], date.fromisoformat(r[1]), r[2], r[3])
                  for r in c.execute("SELECT customer_id, day, amount, order_id FROM orders ORDER BY id")]
        surveys = [SurveyResponse(date.fromisoformat(r[0]) if r[0] else None, r[1], r[2], r[3])
                   for r in c.execute("SELECT day, score, customer_id, source FROM surveys ORDER BY id")]
        name = c.execute("SELECT value FROM meta WHERE key = 'shop_name'").fetchone()
        return Dataset(customers, orders, surveys, read_period_counts(c), read_monthly_lost(c), name[0] if name else "")

    def counts(self) -> dict[str, int]:
        """How many customers, orders and answers are stored."""
        c = self.conn
        return {t: c.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("customers", "orders", "surveys")}

    def apply_import(self, result: ImportResult, file_label: str | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     progress: Callable[[float], None] | None = None) -> MergeReport:
        """Merge an import in one transaction: new customers added, changed fields updated, nothing doubled.
        The shop as it was just before is kept, so the import can be undone. May run off the window's thread;
        ``cancelled()`` True stops it with Cancelled and the shop (and the undo of the import before) stays
        exactly as it was."""
        with self._connection() as conn, no_gc():
            copy = None
            if not self.read_only:
                try:
                    copy = undo.prepare(conn, self.path)
                except (sqlite3.Error, OSError):
                    undo.discard(self.path)  # no copy, no undo; the import itself goes ahead
            try:
                with self.transaction(keep_undo=True, conn=conn) as c:
                    report = apply_import(c, result, file_label, cancelled, progress)
            except BaseException:
                if copy is not None:
                    copy.unlink(missing_ok=True)
                raise
            if copy is not None:
                undo.keep(copy, self.path)
            return report

    def pending_undo(self) -> undo.UndoInfo | None:
        """What undoing the last import would remove (None: nothing to undo)."""
        return None if self.read_only else undo.pending(self.conn, self.path)

    def undo_last_import(self) -> undo.UndoInfo:
        """Put the shop back as it was just before the last import; says what went."""
        info = self.pending_undo()
        if info is None:
            raise StoreError(Problem(QT_TRANSLATE_NOOP(
                "core", "There is no import to undo: something else was changed after it, or it was undone "
                        "already.")))
        try:
            undo.restore(self.conn, self.path, self.transaction)
        except sqlite3.Error as exc:
            raise StoreError(problem_for(exc, self.path)) from None
        return info

    def imports(self) -> list[dict]:
        """The import history, newest first."""
        return [dict(r) for r in self.conn.execute("SELECT * FROM imports ORDER BY id DESC")]

    # --- typed-in data ------------------------------------------------------------------------------
    def set_period_counts(self, rows: list[PeriodCounts]) -> None:
        """Replace the typed-in period counts (one transaction, as the owner types)."""
        with self.transaction() as c:
            write_period_counts(c, rows)

    def set_monthly_lost(self, rows: list[MonthlyLost]) -> None:
        """Replace the typed-in monthly lost counts."""
        with self.transaction() as c:
            write_monthly_lost(c, rows)

    def add_surveys(self, answers: list[SurveyResponse]) -> int:
        """Typed-in survey answers; returns how many were added."""
        with self.transaction() as c:
            return insert_surveys(c, answers, None)

    # --- calendar marks -----------------------------------------------------------------------------
    def mark_action(self, action_key: str, customer_id: str, state: str, until: date | None = None) -> None:
        """Mark an action (customer_id "" for the whole action) done, skipped or snoozed until a date."""
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO action_marks VALUES (?, ?, ?, ?, ?)",
                      (action_key, customer_id, state, iso(until), datetime.now().isoformat(timespec="seconds")))

    def unmark_action(self, action_key: str, customer_id: str = "") -> None:
        """Take a mark back."""
        with self.transaction() as c:
            c.execute("DELETE FROM action_marks WHERE action_key = ? AND customer_id = ?", (action_key, customer_id))

    def action_marks(self) -> dict[tuple[str, str], tuple[str, date | None]]:
        """(action key, customer id) -> (state, until)."""
        return {(r[0], r[1]): (r[2], day(r[3]))
                for r in self.conn.execute("SELECT action_key, customer_id, state, until FROM action_marks")}

    # --- privacy ------------------------------------------------------------------------------------
    def export_customer(self, customer_id: str) -> dict:
        """Everything stored about one customer, under every key that names them (AVG / GDPR access)."""
        return privacy.export_person(self.conn, customer_id)

    def delete_customer(self, customer_id: str) -> dict[str, int]:
        """Remove the person from every table, under every key that names them; rows gone per table."""
        with self.transaction() as c:
            gone = privacy.delete_person(c, customer_id)
        # The deleted rows must not linger in free pages of the file.
        try:
            self.conn.execute("VACUUM")
        except sqlite3.Error:
            pass
        return gone

    # --- copies -------------------------------------------------------------------------------------
    def save_as(self, target: Path | str) -> Path:
        """A copy of the workspace at ``target`` (SQLite backup API); the open workspace stays this one."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            return target
        try:
            copy_database(self.conn, target)
        except (sqlite3.Error, OSError) as exc:
            raise StoreError(problem_for(exc, target)) from None
        return target

    def integrity_ok(self) -> bool:
        """SQLite's own check of the file."""
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
