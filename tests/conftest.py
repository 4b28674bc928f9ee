"""Test set-up: Qt runs offscreen and the app's settings and data folders point into a temp dir."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def qapp_cls():
    """pytest-qt makes the app's own application class, so tests see what the owner's app does."""
    from ui.qapp import KlantbehoudApp

    return KlantbehoudApp


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory, monkeypatch):
    """Never touch the real user's settings or data: each test gets its own folders."""
    base = tmp_path_factory.mktemp("appdirs")
    monkeypatch.setenv("KLANTBEHOUD_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("KLANTBEHOUD_DATA_DIR", str(base / "data"))


@pytest.fixture(scope="session")
def packaged_app(tmp_path_factory) -> Path:
    """The one-folder package, built once per test run with PyInstaller (about a minute and a half): a test
    build on the interpreter at hand; owners get the one ``make package`` builds on Python 3.12 or newer."""
    import subprocess

    out = tmp_path_factory.mktemp("package")
    build = subprocess.run([sys.executable, "build/package.py", "--dist", str(out / "dist"), "--work",
                            str(out / "work"), "--test-build"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stderr[-3000:]
    return out / "dist" / "Klantbehoud"
