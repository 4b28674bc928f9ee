"""Test set-up: Qt runs offscreen and the app's settings and data folders point into a temp dir."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    """Never touch the real user's settings or data: each test gets its own folders."""
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("KLANTBEHOUD_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("KLANTBEHOUD_DATA_DIR", str(base / "data"))
