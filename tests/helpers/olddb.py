"""Shops as an earlier version of Klantbehoud wrote them, on either back end, for the migration tests."""

from __future__ import annotations

from pathlib import Path

from core.store import schema


def raw_db(place: str):
    """A bare connection to a new shop's database, as an older version would have written it."""
    from core.store.db import SqliteDb
    from core.store.pgdb import PostgresDb, ServerAddress, is_server_address

    return PostgresDb(ServerAddress.parse(place), None) if is_server_address(place) else SqliteDb(Path(place), False)


def at_version(place: str, version: int):
    """A new shop's database brought to ``version`` by that version's own migrations, inside an open write
    transaction (the caller adds rows and commits)."""
    db = raw_db(place)
    db.begin_write()
    for step in range(1, version + 1):
        schema.MIGRATIONS[step](db)
    db.set_version(version)
    return db
