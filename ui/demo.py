"""The demo shop: a coffee roaster's customers, orders and survey answers, made into a shop in the user's data folder
from the bundled files the first time it is asked for."""

from __future__ import annotations

from pathlib import Path

from core.store import Workspace, lock
from core.store.undo import undo_path
from ui.paths import data_dir, resource_path

DEMO_FILES = ("klanten.csv", "bestellingen.csv", "enquete.csv")
DEMO_NAME = "Koffiebranderij De Boon"


def demo_workspace() -> Path:
    """The demo shop as a workspace in the user's data folder, made from the bundled files on first use.

    The bundled files are only read, so the original demo is never written.
    """
    path = data_dir() / "Demo - Koffiebranderij De Boon.klantbehoud"
    if not path.exists():
        from core.importing import import_file  # the readers only for the first start

        tmp = path.with_name(path.name + ".new")
        tmp.unlink(missing_ok=True)
        with Workspace.create(tmp, DEMO_NAME) as ws:
            ws.set_meta("demo", "1")
            for name in DEMO_FILES:
                ws.apply_import(import_file(resource_path("demo", name)), name)
        tmp.replace(path)
        # What belonged to the file under its temporary name: its undo copy and its lock file.
        for leftover in (undo_path(tmp), lock.lock_path(tmp)):
            leftover.unlink(missing_ok=True)
    return path
