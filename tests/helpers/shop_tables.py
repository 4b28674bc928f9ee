"""What "the same shop" means in the tests: every table's rows, in order."""

import sqlite3
from pathlib import Path


def shop_content(path: Path) -> dict[str, list[tuple]]:
    """Every table of the shop file at ``path`` with its rows, in rowid order."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
    finally:
        conn.close()
