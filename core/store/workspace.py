"""A shop's workspace: one SQLite file, or one database on a PostgreSQL server shared by several PCs; every
change one transaction, nothing lost on a crash.

The file uses SQLite's rollback journal with ``synchronous=FULL``: a crash or a pulled USB stick leaves
the state before or after each transaction. A file written by a newer Klantbehoud is refused; an older
one is copied to a backup before it is migrated. On a server, a cut connection leaves the state before or after
each transaction the same way, and writers take turns (see ``core.store.pgdb``).
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
from core.model import Dataset, MonthlyLost, PeriodCounts, SurveyResponse
from core.store import lock, orderblocks, privacy, undo
from core.store.backups import copy_database
from core.store.db import Db
from core.store.merge import MergeReport, apply_import, insert_surveys
from core.store.moving import copy_into
from core.store.opening import open_file, open_server
from core.store.orderblocks import DamagedBlock
from core.store.pgdb import ServerAddress, is_connection_error, is_server_address, server_problem
from core.store.rows import day, iso, read_dataset, write_monthly_lost, write_period_counts
from core.store.schema import UPSERT_META
from core.store.shopfile import StoreError, problem_for
from core.store.undo import FileUndo, ServerUndo
from core.text import QT_TRANSLATE_NOOP, Problem


class Workspace:
    """An open workspace: a shop file, or a shop on a PostgreSQL server. Use ``Workspace.open`` /
    ``Workspace.create``; close it when done."""

    def __init__(self, db: Db, read_only: bool, path: Path | None = None, address: ServerAddress | None = None):
        self.db = db
        self.path = path  # None for a shop on a server
        self.address = address  # None for a shop file
        self.read_only = read_only
        self.migrated_from: int | None = None
        self._undo = FileUndo(path) if path is not None else ServerUndo()
        self._owner = threading.get_ident()  # the thread that opened the shop and owns ``db``
        self.own_revisions: set[int] = set()  # change numbers this window's own writes made (on a server)

    @property
    def conn(self) -> Db:
        """The shop's connection (``execute`` answers as sqlite3's does, on either back end)."""
        return self.db

    @property
    def on_server(self) -> bool:
        """True for a shop on a PostgreSQL server."""
        return self.address is not None

    @property
    def location(self) -> str:
        """Where the shop lives, as the owner reopens it: the file's path, or the server address (no password)."""
        return self.address.url if self.address else str(self.path)

    @property
    def label(self) -> str:
        """A short name for messages and titles: the file's name without suffix, or the database's name."""
        return self.address.database if self.address else self.path.stem

    @property
    def name_in_messages(self) -> str:
        """The shop as a message names it: the file's name, or the database and its server."""
        return f"{self.address.database} ({self.address.server})" if self.address else self.path.name

    def _problem(self, exc: BaseException) -> Problem:
        return server_problem(exc, self.address) if self.address else problem_for(exc, self.path)

    @contextmanager
    def _connection(self) -> Iterator[Db]:
        """The shop's connection in the thread that opened it; in another thread (an import stored off the
        window's thread) a connection of that thread's own, so the window can go on reading meanwhile."""
        if threading.get_ident() == self._owner:
            yield self.db
            return
        try:
            db = self.db.reopen()
        except Exception as exc:
            raise StoreError(self._problem(exc)) from None
        try:
            if db.kind == "sqlite":
                db.execute("PRAGMA busy_timeout=10000")  # the window's own short writes wait for this one
            yield db
        finally:
            db.close()

    # --- opening ------------------------------------------------------------------------------------
    @classmethod
    def create(cls, where: Path | str, shop_name: str = "", password: str | None = None) -> Workspace:
        """A new, empty workspace: a file at ``where`` (never over an existing file), or a server database
        that holds no shop yet."""
        if is_server_address(str(where)):
            ws = open_server(cls, str(where), password, read_only=False, empty=True)
        else:
            path = Path(where)
            if path.exists():
                raise StoreError(Problem(QT_TRANSLATE_NOOP("core", "{file} already exists."), {"file": path.name}))
            ws = cls.open(path, create=True)
        if shop_name:
            ws.set_meta("shop_name", shop_name)
        return ws

    @classmethod
    def open(cls, where: Path | str, read_only: bool = False, create: bool = False,
             backup_dir: Path | None = None, password: str | None = None) -> Workspace:
        """Open a shop file (taking its lock) or a server address, for writing or read-only.

        Raises WorkspaceLocked when another Klantbehoud has the file open, StoreError when it is not a
        workspace, comes from a newer version, cannot be read, or the server cannot be reached.
        """
        if is_server_address(str(where)):
            return open_server(cls, str(where), password, read_only)
        return open_file(cls, Path(where), read_only, create, backup_dir)

    def close(self) -> None:
        """Close the connection and give the file's lock back."""
        try:
            self.db.close()
        finally:
            if not self.read_only and self.path is not None:
                lock.release(self.path)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- transactions -------------------------------------------------------------------------------
    @contextmanager
    def transaction(self, keep_undo: bool = False, conn: Db | None = None) -> Iterator[Db]:
        """One all-or-nothing change (through ``conn``, the shop's connection by default), one writer at a time;
        any error or a Cancelled rolls it back, a database error becomes a StoreError. A change other than an
        import (``keep_undo``) drops the copy that undoes the last import."""
        if self.read_only:
            raise StoreError(Problem(QT_TRANSLATE_NOOP("core", "{file} is open read-only; nothing can be "
                                                               "changed."), {"file": self.name_in_messages}))
        db = conn or self.db
        try:
            db.begin_write()
        except db.errors as exc:
            raise StoreError(self._problem(exc)) from None
        try:
            yield db
            if not keep_undo:
                self._undo.discard_in_transaction(db)
            revision = db.note_change()
            db.commit()
            if revision is not None:
                self.own_revisions.add(revision)  # only once committed: a rolled-back number is someone else's
        except BaseException as exc:
            try:
                db.rollback()
            except db.errors:
                pass  # the transaction is already gone (the file vanished, the network cut); it rolls back there
            if isinstance(exc, db.errors):
                raise StoreError(self._problem(exc)) from None
            raise
        if not keep_undo:
            self._undo.discard(db)

    # --- meta and settings --------------------------------------------------------------------------
    def _read(self, sql: str, params: tuple = ()) -> list:
        """Rows of a small query through the shop's connection; a server that went away becomes a StoreError."""
        return self._read_with(lambda db: db.execute(sql, params).fetchall())

    def _read_with(self, read: Callable[..., Any], *args: Any) -> Any:
        """``read(connection, *args)`` on the shop's connection; a server that went away or a damaged block of
        orders becomes a StoreError."""
        try:
            if self.on_server:
                self.db.reconnect_if_lost()
            return read(self.db, *args)
        except self.db.errors as exc:
            raise StoreError(self._problem(exc)) from None
        except DamagedBlock as exc:
            raise StoreError(self.damaged_problem(exc)) from None

    def meta(self, key: str, default: str = "") -> str:
        """A value from the meta table."""
        rows = self._read("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def set_meta(self, key: str, value: str) -> None:
        """Store a meta value."""
        with self.transaction() as c:
            c.execute(UPSERT_META, (key, value))

    def setting(self, key: str, default: Any = None) -> Any:
        """A shop setting (JSON value)."""
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(rows[0][0]) if rows else default

    def set_setting(self, key: str, value: Any, keep_undo: bool = False) -> None:
        """Store a shop setting. ``keep_undo``: a note that goes with the last import (the columns chosen for it),
        which leaves that import undoable (undoing it takes the note back too)."""
        with self.transaction(keep_undo=keep_undo) as c:
            c.execute("INSERT INTO settings VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                      (key, json.dumps(value)))

    # --- data ---------------------------------------------------------------------------------------
    def dataset(self) -> Dataset:
        """Everything stored, as the core's dataclasses. A damaged file (a broken page, text that is not
        UTF-8, a stored date that is not a date, a missing table) raises StoreError with a sentence; so does a
        server that cannot be reached."""
        try:
            return self._dataset()
        except StoreError:
            raise
        except (*self.db.errors, ValueError, TypeError, KeyError, IndexError) as exc:
            if self.on_server and is_connection_error(exc):
                raise StoreError(self._problem(exc)) from None
            raise StoreError(self.damaged_problem(exc)) from None

    def damaged_problem(self, exc: BaseException) -> Problem:
        """The sentence for a shop that is damaged (``exc`` says how); nothing was changed."""
        return Problem(QT_TRANSLATE_NOOP(
            "core", "{file} is damaged ({reason}). Nothing was changed; restore a backup with File > Restore "
                    "a backup."), {"file": self.name_in_messages, "reason": str(exc)[:120]})

    def _dataset(self) -> Dataset:
        with self._connection() as c, no_gc():
            if self.on_server:
                c.reconnect_if_lost()
            return read_dataset(c)

    def counts(self) -> dict[str, int]:
        """How many customers, orders and answers are stored."""
        counts = {t: self._read(f"SELECT COUNT(*) FROM {t}")[0][0] for t in ("customers", "surveys")}
        return {"customers": counts["customers"], "orders": self._read_with(orderblocks.count_orders),
                "surveys": counts["surveys"]}

    def branches(self) -> list[str]:
        """The shop locations named in the data, in alphabetical order ("" — none named — left out)."""
        rows = self._read("SELECT branch FROM customers WHERE branch != '' UNION SELECT branch FROM surveys WHERE "
                          "branch != ''")
        return sorted({r[0] for r in rows} | self._read_with(orderblocks.texts_in, "branch") - {""})

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
                    copy = self._undo.prepare(conn)
                except (*conn.errors, OSError):
                    self._undo.discard(conn)  # no copy, no undo; the import itself goes ahead
            try:
                with self.transaction(keep_undo=True, conn=conn) as c:
                    self._undo.in_transaction(c)
                    report = apply_import(c, result, file_label, cancelled, progress)
            except BaseException:
                self._undo.drop_prepared(copy)
                raise
            self._undo.keep(copy)
            return report

    def pending_undo(self) -> undo.UndoInfo | None:
        """What undoing the last import would remove (None: nothing to undo)."""
        if self.read_only:
            return None
        try:
            return self._undo.pending(self.db)
        except self.db.errors as exc:
            raise StoreError(self._problem(exc)) from None

    def undo_last_import(self) -> undo.UndoInfo:
        """Put the shop back as it was just before the last import; says what went."""
        info = self.pending_undo()
        if info is None:
            raise StoreError(Problem(QT_TRANSLATE_NOOP(
                "core", "There is no import to undo: something else was changed after it, or it was undone "
                        "already.")))
        try:
            self._undo.restore(self.db, self.transaction)
        except self.db.errors as exc:
            raise StoreError(self._problem(exc)) from None
        return info

    def imports(self) -> list[dict]:
        """The import history, newest first."""
        return [dict(r) for r in self._read("SELECT * FROM imports ORDER BY id DESC")]

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
            c.execute("INSERT INTO action_marks VALUES (?, ?, ?, ?, ?) ON CONFLICT (action_key, customer_id) DO "
                      "UPDATE SET state = excluded.state, until = excluded.until, marked_at = excluded.marked_at",
                      (action_key, customer_id, state, iso(until), datetime.now().isoformat(timespec="seconds")))

    def unmark_action(self, action_key: str, customer_id: str = "") -> None:
        """Take a mark back."""
        with self.transaction() as c:
            c.execute("DELETE FROM action_marks WHERE action_key = ? AND customer_id = ?", (action_key, customer_id))

    def action_marks(self) -> dict[tuple[str, str], tuple[str, date | None]]:
        """(action key, customer id) -> (state, until), as stored now (marks made on another PC included)."""
        return {(r[0], r[1]): (r[2], day(r[3]))
                for r in self._read("SELECT action_key, customer_id, state, until FROM action_marks")}

    # --- privacy ------------------------------------------------------------------------------------
    def export_customer(self, customer_id: str) -> dict:
        """Everything stored about one customer, under every key that names them (AVG / GDPR access)."""
        with self._connection() as c:
            return privacy.export_person(c, customer_id)

    def delete_customer(self, customer_id: str) -> dict[str, int]:
        """Remove the person from every table, under every key that names them; rows gone per table."""
        with self.transaction() as c:
            gone = privacy.delete_person(c, customer_id)
        # The deleted rows must not linger in free pages of the file (or the server's tables).
        try:
            self.db.execute("VACUUM")
        except self.db.errors:
            pass  # on a server a user that does not own the tables may not vacuum; the server does it later
        return gone

    # --- copies -------------------------------------------------------------------------------------
    def save_as(self, target: Path | str) -> Path:
        """A copy of the workspace as a file at ``target``; the open workspace stays this one."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            return target
        try:
            if self.path is not None:
                copy_database(self.db.raw, target)  # SQLite's backup API: a file copied page by page
            else:
                tmp = target.with_name(target.name + ".part")
                tmp.unlink(missing_ok=True)
                with Workspace.create(tmp) as copy:
                    copy_into(self, copy)
                tmp.replace(target)
        except (*self.db.errors, sqlite3.Error, OSError) as exc:
            raise StoreError(problem_for(exc, target)) from None
        return target

    def copy_to_server(self, url: str, password: str | None = None) -> None:
        """Copy this shop, every table as it is, into an empty database on a server (the open shop stays this
        one). A database that already holds a shop is refused and left as it is."""
        with Workspace.create(url, password=password) as server:
            copy_into(self, server)

    def revision(self) -> int:
        """A number that changes when another PC stores a change in this shop (read it again then)."""
        try:
            with self._connection() as c:
                return c.revision()
        except self.db.errors as exc:
            raise StoreError(self._problem(exc)) from None

    def changed_elsewhere(self, seen: int, now: int) -> bool:
        """True when a change between change numbers ``seen`` and ``now`` came from another PC (or another
        window), not only from this one's own writes."""
        return any(r not in self.own_revisions for r in range(seen + 1, now + 1))

    def integrity_ok(self) -> bool:
        """The database's own check (SQLite's integrity check; a server keeps its own pages whole)."""
        if self.on_server:
            return self._read("SELECT 1")[0][0] == 1
        return self.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
