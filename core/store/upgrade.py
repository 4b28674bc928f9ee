"""Bringing a shop from the version it was written by to this one: refused when it is damaged, newer or read-only,
copied before (a file), migrated in one transaction, compacted after the orders' table was made again (a file)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.store.backups import copy_database
from core.store.schema import MIGRATIONS, ORDERS_REBUILT_IN, SCHEMA_VERSION, UPSERT_META, DamagedDay
from core.store.shopfile import SUFFIX, StoreError
from core.text import QT_TRANSLATE_NOOP, Problem

if TYPE_CHECKING:
    from core.store.workspace import Workspace


def upgrade(ws: Workspace, backup_dir: Path | None) -> None:
    """Bring ``ws`` to ``SCHEMA_VERSION`` (``backup_dir``: where a file's copy from before goes; beside it by
    default); sets ``ws.migrated_from``. Raises StoreError with the sentence when it cannot be."""
    version = ws.db.version()
    name = ws.name_in_messages
    if version < 0:
        raise StoreError(Problem(QT_TRANSLATE_NOOP(
            "core", "{file} is damaged (its version number is {found}). Nothing was changed; restore a backup "
                    "with File > Restore a backup."), {"file": name, "found": version}))
    if version > SCHEMA_VERSION:
        raise StoreError(Problem(QT_TRANSLATE_NOOP(
            "core", "{file} was saved by a newer version of Klantbehoud (workspace version {found}; this "
                    "version reads up to {known}). Update Klantbehoud to open it; the file was not changed."),
            {"file": name, "found": version, "known": SCHEMA_VERSION}))
    if version == SCHEMA_VERSION:
        return
    if ws.read_only:
        raise StoreError(Problem(QT_TRANSLATE_NOOP(
            "core", "{file} comes from an older version and must be upgraded, which needs write access."),
            {"file": name}))
    if version > 0 and ws.path is not None:  # a server's database is kept by the server's own backups
        folder = backup_dir or ws.path.parent
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        copy_database(ws.db.raw, folder / f"{ws.path.stem}.before-upgrade-v{version}-{stamp}{SUFFIX}")
    try:
        with ws.transaction() as db:
            if db.version() == version:  # on a server another PC may have upgraded it meanwhile
                for step in range(version + 1, SCHEMA_VERSION + 1):
                    MIGRATIONS[step](db)
                db.set_version(SCHEMA_VERSION)
                if version == 0:
                    db.execute(UPSERT_META, ("created", datetime.now().isoformat(timespec="seconds")))
    except DamagedDay as exc:  # rolled back: the file is as it was
        raise StoreError(ws.damaged_problem(exc)) from None
    if 0 < version < ORDERS_REBUILT_IN and ws.db.kind == "sqlite":
        # Without this the file keeps the old orders table's pages as free space (a million orders: 200 MB
        # instead of 89 MB). A file that cannot be compacted (a full disk) is as good, only bigger.
        try:
            ws.db.execute("VACUUM")
        except ws.db.errors:
            pass
    ws.migrated_from = version
