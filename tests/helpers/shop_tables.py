"""What "the same shop" means in the tests: every table's rows, in the order they were stored, on either back end."""

from pathlib import Path

from core.store.db import SqliteDb
from core.store.pgdb import PostgresDb, ServerAddress, is_server_address


def shop_content(place: Path | str) -> dict[str, list[tuple]]:
    """Every table of the shop at ``place`` (a file or a server address) with its rows in stored order, the
    columns both back ends have (a server's own row-order column left out)."""
    place = str(place)
    db = PostgresDb(ServerAddress.parse(place), None) if is_server_address(place) else SqliteDb(Path(place), True)
    try:
        out = {}
        for table in db.tables():
            names = ", ".join(f'"{c}"' for c in db.columns(table))
            out[table] = [tuple(r) for r in db.execute(f'SELECT {names} FROM "{table}" ORDER BY {db.row_order(table)}')]
        return out
    finally:
        db.close()
