"""Moving a shop between a file and a server: every table copied as it is, ids and order kept."""

from __future__ import annotations


def copy_into(source, target) -> None:
    """Every table of ``source`` into ``target`` (both at this version; the target's rows replaced), in one
    transaction of the target: rows keep their ids and their order."""
    with source._connection() as src, target.transaction() as dst:
        for table in src.tables():
            if table not in dst.tables():
                continue
            columns = [c for c in src.columns(table) if c in dst.columns(table)]
            names = ", ".join(f'"{c}"' for c in columns)
            rows = src.execute(f'SELECT {names} FROM "{table}" ORDER BY {src.row_order(table)}').fetchall()
            dst.execute(f'DELETE FROM "{table}"')
            dst.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})',
                            [tuple(r) for r in rows])
            dst.restart_ids(table)
