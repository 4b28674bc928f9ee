"""The folders a screenshot script works in: where its PNGs go, and private settings and data folders."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def shot_folders(default: str) -> tuple[Path, Path]:
    """The PNG folder (the script's first argument, else ``test-artifacts/<default>``), made if missing, and a new
    temporary folder whose ``config`` and ``data`` the app uses instead of the owner's real ones (set here, before
    the app's modules read them)."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "test-artifacts" / default
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["KLANTBEHOUD_CONFIG_DIR"] = str(tmp / "config")
    os.environ["KLANTBEHOUD_DATA_DIR"] = str(tmp / "data")
    return out, tmp
