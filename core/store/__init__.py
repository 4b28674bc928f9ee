"""The workspace: one SQLite file per shop (``*.klantbehoud``), or one database on a PostgreSQL server shared by
a chain's PCs, that never loses the owner's data."""

from pathlib import Path

from core.store.pgdb import is_server_address
from core.store.shopfile import LoginRefused, StoreError, WorkspaceLocked, is_workspace
from core.store.workspace import Workspace


def is_shop(place: str | Path) -> bool:
    """True for a server address or a Klantbehoud shop file (where the command line and the window take a shop)."""
    return is_server_address(str(place)) or is_workspace(Path(place))


__all__ = ["Workspace", "StoreError", "LoginRefused", "WorkspaceLocked", "is_workspace", "is_shop", "is_server_address"]
