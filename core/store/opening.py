"""Opening a workspace: a shop file (its lock, a crash's leftovers, another program's file refused) or a shop on a
PostgreSQL server (its address, password, a database that is not a shop refused). ``Workspace.open`` and
``Workspace.create`` come here; ``cls`` is the Workspace class, handed in so that this module needs no import of it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from core.store import lock
from core.store.db import SqliteDb
from core.store.passwords import stored_password
from core.store.pgdb import PostgresDb, ServerAddress, is_login_refused, server_problem
from core.store.shopfile import (
    APPLICATION_ID,
    ORDER_TABLES,
    OWN_TABLES,
    LoginRefused,
    StoreError,
    WorkspaceLocked,
    is_workspace,
    problem_for,
    recover_interrupted_write,
)
from core.store.upgrade import upgrade
from core.text import QT_TRANSLATE_NOOP, Problem


def open_file(cls, path: Path, read_only: bool, create: bool, backup_dir: Path | None):
    """A shop file, for writing (taking its lock) or read-only; upgraded when it comes from an older version."""
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
        db = SqliteDb(path, read_only)
        db.execute("PRAGMA journal_mode=DELETE")
        ws = cls(db, read_only, path=path)
        upgrade(ws, backup_dir)
        if not read_only and db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # marks new and older shops alike
        return ws
    except sqlite3.Error as exc:
        if not read_only:
            lock.release(path)
        raise StoreError(problem_for(exc, path)) from None
    except StoreError:
        if not read_only:
            lock.release(path)
        raise


def open_server(cls, url: str, password: str | None, read_only: bool, empty: bool = False):
    """A shop on a PostgreSQL server. No lock: the server lets several PCs read and write at once, and its
    own roles decide who may only read. ``empty``: refuse a database that already holds a shop."""
    try:
        address = ServerAddress.parse(url)
    except ValueError:
        raise StoreError(Problem(QT_TRANSLATE_NOOP(
            "core", "{address} is not a server address; write it as postgresql://user@server/database."),
            {"address": url.split("@")[-1][:80]})) from None
    if password is None:  # one in the address, else the keyring's, else libpq's own PGPASSWORD or .pgpass
        password = ServerAddress.password_in(url) or stored_password(address)
    try:
        db = PostgresDb(address, password)
    except ImportError as exc:  # a build without a working driver: said, never a traceback
        raise StoreError(Problem(QT_TRANSLATE_NOOP(
            "core", "This Klantbehoud cannot open shops on a server: its PostgreSQL driver does not load ({reason}). "
                    "Shop files still work; reinstalling Klantbehoud brings the driver back."),
            {"reason": str(exc).splitlines()[0][:120]})) from None
    except Exception as exc:  # psycopg's errors, imported only here
        problem = server_problem(exc, address)
        raise (LoginRefused if is_login_refused(exc) else StoreError)(problem) from None
    try:
        ours = OWN_TABLES | ORDER_TABLES | {"imports", "settings", "action_marks"}
        foreign = [t for t in db.tables() if t not in ours]
        version = db.version()
        if version == 0 and foreign:
            raise StoreError(Problem(QT_TRANSLATE_NOOP(
                "core", "The database {database} on {server} holds other tables than Klantbehoud's; it was left "
                        "as it is. Use an empty database for the shop."),
                {"database": address.database, "server": address.server}))
        if empty and version > 0 and db.execute("SELECT COUNT(*) FROM meta").fetchone()[0]:
            raise StoreError(Problem(QT_TRANSLATE_NOOP(
                "core", "The database {database} on {server} already holds a shop; open it instead, or use an "
                        "empty database."), {"database": address.database, "server": address.server}))
        ws = cls(db, read_only, address=address)
        upgrade(ws, None)
        if not read_only and not db.can_write():
            ws.read_only = True  # the server's role only lets this user read
        return ws
    except StoreError:
        db.close()
        raise
    except db.errors as exc:
        db.close()
        raise StoreError(server_problem(exc, address)) from None
