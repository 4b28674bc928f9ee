"""The app starts: the self-test from source, and the packaged one-folder build's self-test."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _env(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KLANTBEHOUD_CONFIG_DIR=str(tmp_path / "c"),
               KLANTBEHOUD_DATA_DIR=str(tmp_path / "d"))
    return env


def test_selftest_from_source(tmp_path):
    run = subprocess.run([sys.executable, "main.py", "--selftest"], cwd=ROOT, env=_env(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("selftest ok: 430 customers")


@pytest.mark.slow
def test_packaged_app_selftest(tmp_path, packaged_app):
    """The package (built once for the run, see conftest) starts, computes, draws and says what it is."""
    binary = packaged_app / ("Klantbehoud.exe" if sys.platform == "win32" else "Klantbehoud")
    assert binary.exists()
    for data in ("resources/translations/klantbehoud_nl.qm", "resources/demo/klanten.csv"):
        assert (packaged_app / "_internal" / data).exists(), data
    run = subprocess.run([str(binary), "--selftest"], env=_env(tmp_path), capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.startswith("selftest ok")
    # Frozen: the matplotlib cache goes to a per-user folder, not a fresh temp folder every start.
    assert (tmp_path / "d" / "matplotlib").exists()
    version = subprocess.run([str(binary), "--version"], env=_env(tmp_path), capture_output=True, text=True,
                             timeout=60)
    from core import __version__

    first, second = version.stdout.splitlines()
    assert first == f"Klantbehoud {__version__} (package)"
    assert second.startswith("Qt 6.") and "PySide6 6." in second and f"Python {sys.version.split()[0]}" in second


@pytest.mark.slow
def test_the_package_reads_a_shop_on_a_server(tmp_path, packaged_app, pg_url):
    """The package carries the PostgreSQL driver (libpq inside psycopg's binary wheel): its command line gives the
    same figures for a shop on a server as the source does."""
    import io
    import json

    from core.cli import run_metrics
    from core.importing.pipeline import import_file
    from core.store import Workspace

    with Workspace.create(pg_url, "Keten") as ws:
        for name in ("klanten.csv", "bestellingen.csv"):
            ws.apply_import(import_file(ROOT / "resources" / "demo" / name))
    binary = packaged_app / ("Klantbehoud.exe" if sys.platform == "win32" else "Klantbehoud")
    run = subprocess.run([str(binary), "metrics", pg_url, "--json"], env=dict(_env(tmp_path), KLANTBEHOUD_LANG="en"),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    out = io.StringIO()
    assert run_metrics([pg_url, "--json"], out, io.StringIO()) == 0
    assert json.loads(run.stdout) == json.loads(out.getvalue())


def test_version_from_source():
    run = subprocess.run([sys.executable, "main.py", "--version"], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    from core import __version__

    assert run.returncode == 0 and run.stdout.startswith(f"Klantbehoud {__version__}\nQt ")


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="on 3.12 or newer the release build is allowed")
def test_the_release_build_refuses_python_older_than_3_12(tmp_path):
    run = subprocess.run([sys.executable, "build/package.py", "--dist", str(tmp_path / "dist")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Python 3.12 or newer" in run.stderr
    assert not (tmp_path / "dist").exists()
