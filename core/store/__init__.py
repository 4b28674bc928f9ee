"""The workspace: one SQLite file per shop (``*.klantbehoud``) that never loses the owner's data."""

from core.store.shopfile import StoreError, WorkspaceLocked, is_workspace
from core.store.workspace import Workspace

__all__ = ["Workspace", "StoreError", "WorkspaceLocked", "is_workspace"]
