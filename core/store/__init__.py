"""The workspace: one SQLite file per shop (``*.klantbehoud``) that never loses the owner's data."""

from core.store.workspace import StoreError, Workspace, WorkspaceLocked, is_workspace

__all__ = ["Workspace", "StoreError", "WorkspaceLocked", "is_workspace"]
