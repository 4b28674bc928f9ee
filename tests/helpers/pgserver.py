"""A throwaway PostgreSQL server for the tests and the bench: the PostgreSQL Debian installs, in a folder of its
own, on a free port of 127.0.0.1, gone when stopped.

PostgreSQL refuses to run as root; under root (as CI runs) the server runs as the ``postgres`` user the Debian
package made, through ``runuser``. Either way nothing of the machine's own PostgreSQL set-up is touched.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

USER = "postgres"  # the superuser the tests connect as (trust authentication, loopback only)
PASSWORD_USER = "kassa"  # the one user that must give a password (a test makes the role)


def bin_dir() -> Path | None:
    """The folder with initdb and pg_ctl: pg_config's, else the newest under /usr/lib/postgresql."""
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True)
        if out.returncode == 0 and (Path(out.stdout.strip()) / "pg_ctl").exists():
            return Path(out.stdout.strip())
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda d: int(d.split("/")[-2]))
    return Path(dirs[-1]) if dirs else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    """A running server: where it listens, and its folder."""

    host: str
    port: int
    folder: Path
    _run_as: list[str]
    _pg_ctl: Path

    def url(self, dbname: str, user: str = USER) -> str:
        """The connection address of database ``dbname``."""
        return f"postgresql://{user}@{self.host}:{self.port}/{dbname}"

    def stop(self) -> None:
        """Stop the server (fast: open connections are cut) and remove its folder."""
        subprocess.run([*self._run_as, str(self._pg_ctl), "stop", "-D", str(self.folder / "data"), "-m", "fast",
                        "-w"], capture_output=True)
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """Start a fresh server; raises RuntimeError with initdb's or pg_ctl's words when that fails."""
    bindir = bin_dir()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (no pg_ctl found)")
    folder = Path(tempfile.mkdtemp(prefix="klantbehoud-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        run_as = ["runuser", "-u", USER, "--"]
        shutil.chown(folder, USER)
    os.chmod(folder, 0o700)
    data = folder / "data"
    initdb = subprocess.run([*run_as, str(bindir / "initdb"), "-D", str(data), "-U", USER, "--auth=trust",
                             "-E", "UTF8", "--locale=C.UTF-8"], capture_output=True, text=True)
    if initdb.returncode:
        raise RuntimeError(f"initdb failed: {initdb.stderr.strip()[-400:]}")
    # One user signs in with a password (the first matching line wins), as on a chain's real server.
    hba = data / "pg_hba.conf"
    hba.write_text(f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    port = _free_port()
    # fsync off: the tests kill clients, never this server, and a throwaway server need not survive a power cut.
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60"
    started = subprocess.run([*run_as, str(bindir / "pg_ctl"), "start", "-D", str(data), "-w", "-t", "60",
                              "-l", str(folder / "log"), "-o", options], capture_output=True, text=True)
    if started.returncode:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        raise RuntimeError(f"pg_ctl start failed: {started.stderr.strip()[-300:]} {log[-300:]}")
    server = Server("127.0.0.1", port, folder, run_as, bindir / "pg_ctl")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection((server.host, port), timeout=1).close()
            return server
        except OSError:
            time.sleep(0.1)
    server.stop()
    raise RuntimeError("the PostgreSQL server did not start listening")


def ensure_role(conn, name: str, password: str | None = None) -> None:
    """A login role (roles belong to the whole server, so a second test finds it made already)."""
    with conn.cursor() as cur:
        if not cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            cur.execute(f"CREATE ROLE {name} LOGIN" + (f" PASSWORD '{password}'" if password else ""))
