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


# --- PostgreSQL: a real server started by the suite ------------------------------------------------------------
@pytest.fixture(scope="session")
def pg_server():
    """One throwaway PostgreSQL server for the whole run (the PostgreSQL Debian installs), as pytest-postgresql's
    process fixture: its client fixture below then gives every test a fresh, empty database and drops it after."""
    from pytest_postgresql.executors import NoopExecutor
    from pytest_postgresql.janitor import DatabaseJanitor

    from tests.helpers import pgserver

    server = pgserver.start()
    executor = NoopExecutor(server.host, server.port, pgserver.USER, "", "klantbehoud_test")
    executor.server = server
    # The empty template every test's database is made from (as pytest-postgresql's own process fixture makes).
    DatabaseJanitor(user=executor.user, host=executor.host, port=executor.port, dbname=executor.template_dbname,
                    as_template=True).init()
    yield executor
    server.stop()


def _pg_client():
    from pytest_postgresql import factories

    return factories.postgresql("pg_server")


postgresql = _pg_client()


@pytest.fixture
def pg_url(postgresql, pg_server) -> str:
    """The address of this test's own empty database, as the owner types it."""
    return pg_server.server.url(pg_server.dbname)


@pytest.fixture(params=["sqlite", "postgresql"])
def shop_place(request, tmp_path) -> str:
    """Where a test's shop lives, once as a file and once on the server: the workspace behaves the same."""
    if request.param == "sqlite":
        return str(tmp_path / "winkel.klantbehoud")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def shop_user(postgresql, pg_server):
    """``make(name, grant, password=None)``: a login role (made once per server: roles belong to the whole server)
    with ``grant`` on this test's shop tables, which must exist already; gives the address it signs in with."""
    from tests.helpers.pgserver import ensure_role

    def make(name: str, grant: str, password: str | None = None) -> str:
        ensure_role(postgresql, name, password)
        with postgresql.cursor() as cur:
            cur.execute(f"GRANT {grant} ON ALL TABLES IN SCHEMA public TO {name}")
        postgresql.commit()
        return pg_server.server.url(pg_server.dbname, user=name)

    return make
