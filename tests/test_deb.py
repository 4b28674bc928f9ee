"""The Debian package, installed as dpkg installs it: under /opt, with a menu entry, the icon and the shop file
type; the installed app starts, a shop file opens in it the way a double-click does (``gio open``, which runs the
menu entry's Exec line with %f), and removing the package leaves nothing behind.

dpkg installs into a folder of the test's own (``--root``), so the test needs no administrator rights and never
touches the machine's own /opt or /usr.
"""

import configparser
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="a .deb is built on Debian or Ubuntu")]


def _dpkg(root: Path, *args: str) -> subprocess.CompletedProcess:
    # --force-script-chrootless: the maintainer scripts run here with DPKG_ROOT set, as they do for a
    # package installed into another root; --force-depends: libc6 is not in the test root's (empty) database.
    return subprocess.run(["dpkg", f"--root={root}", "--force-not-root", "--force-script-chrootless",
                           "--force-depends", "--log=/dev/null", *args], capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def deb(packaged_app, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("deb")
    run = subprocess.run([sys.executable, "build/deb.py", "--app", str(packaged_app), "--out", str(out), "--fast"],
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    return Path(run.stdout.split(" (")[0])


def test_the_package_says_what_it_is_and_holds_the_app(deb):
    from core import __version__

    assert deb.name.startswith(f"klantbehoud_{__version__}_")
    info = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Version", "Depends"], capture_output=True,
                          text=True, check=True).stdout
    assert f"Package: klantbehoud\nVersion: {__version__}\nDepends: libc6 (>= " in info
    files = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True).stdout
    for path in ("./opt/klantbehoud/Klantbehoud", "./usr/bin/klantbehoud -> ../../opt/klantbehoud/Klantbehoud",
                 "./usr/share/applications/klantbehoud.desktop", "./usr/share/mime/packages/klantbehoud.xml",
                 "./usr/share/icons/hicolor/scalable/apps/klantbehoud.svg"):
        assert path in files, path
    assert " root/root " in files  # owned by root whoever built it


def test_the_menu_entry_opens_shop_files():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "build" / "linux" / "klantbehoud.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "klantbehoud %f" and desktop["Icon"] == "klantbehoud"
    assert desktop["MimeType"] == "application/x-klantbehoud;"
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(ROOT / "build" / "linux" / "klantbehoud.desktop")],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout + check.stderr


def test_install_start_open_a_shop_and_remove(deb, tmp_path):
    root = tmp_path / "root"
    for folder in ("var/lib/dpkg/info", "var/lib/dpkg/updates"):
        (root / folder).mkdir(parents=True)
    (root / "var/lib/dpkg/status").touch()
    # As on a desktop, the system's own file types are there already (shared-mime-info).
    system_types = Path("/usr/share/mime/packages/freedesktop.org.xml")
    (root / "usr/share/mime/packages").mkdir(parents=True)
    (root / "usr/share/mime/packages/system.xml").write_text(
        system_types.read_text(encoding="utf-8") if system_types.exists() else
        '<?xml version="1.0"?><mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">'
        '<mime-type type="text/plain"><glob pattern="*.txt"/></mime-type></mime-info>', encoding="utf-8")
    installed = _dpkg(root, "-i", str(deb))
    assert installed.returncode == 0, installed.stderr
    app = root / "usr" / "bin" / "klantbehoud"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KLANTBEHOUD_CONFIG_DIR=str(tmp_path / "c"),
               KLANTBEHOUD_DATA_DIR=str(tmp_path / "d"), KLANTBEHOUD_LANG="en",
               PATH=f"{root / 'usr' / 'bin'}{os.pathsep}{os.environ['PATH']}",
               XDG_DATA_DIRS=f"{root / 'usr' / 'share'}{os.pathsep}/usr/share")

    # The installed app: its version, its self-test, and its command line making a shop file.
    assert subprocess.run([str(app), "--version"], env=env, capture_output=True, text=True,
                          timeout=60).stdout.startswith("Klantbehoud ")
    selftest = subprocess.run([str(app), "--selftest"], env=env, capture_output=True, text=True, timeout=180)
    assert selftest.returncode == 0, selftest.stderr[-2000:]
    shop = tmp_path / "Mijn winkel.klantbehoud"
    made = subprocess.run([str(app), "import", str(ROOT / "resources" / "demo" / "klanten.csv"), "--workspace",
                           str(shop)], env=env, capture_output=True, text=True, timeout=120)
    assert made.returncode == 0, made.stderr

    # The postinst made the shop file type known: by its name, and by its content under another name.
    mime_tool = shutil.which("update-mime-database") is not None  # shared-mime-info; .ci/run installs it
    if mime_tool:
        assert "application/x-klantbehoud:*.klantbehoud" in (root / "usr/share/mime/globs2").read_text()
    # gio finds the default application through the desktop database (desktop-file-utils; .ci/run installs it).
    if mime_tool and shutil.which("gio") and shutil.which("update-desktop-database"):
        renamed = tmp_path / "copy.db"
        shutil.copy(shop, renamed)
        kinds = subprocess.run(["gio", "info", "-a", "standard::content-type", str(shop), str(renamed)], env=env,
                               capture_output=True, text=True, timeout=60).stdout
        assert kinds.count("application/x-klantbehoud") == 2, kinds
        # A double-click: the desktop opens the file with the default application for its type.
        assert "klantbehoud.desktop" in subprocess.run(["gio", "mime", "application/x-klantbehoud"], env=env,
                                                       capture_output=True, text=True, timeout=60).stdout
        probe = tmp_path / "probe"
        opened = subprocess.run(["gio", "open", str(shop)], env=dict(env, KLANTBEHOUD_STARTUP_PROBE=str(probe)),
                                capture_output=True, text=True, timeout=60)
        assert opened.returncode == 0, opened.stderr
        deadline = time.monotonic() + 90
        while not (probe.exists() and probe.read_text().endswith("\n")) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert probe.read_text().split(" ", 2)[2].strip() == str(shop)  # the window opened on that shop

    removed = _dpkg(root, "-r", "klantbehoud")
    assert removed.returncode == 0, removed.stderr
    assert not (root / "opt" / "klantbehoud").exists()
    assert not app.exists() and not app.is_symlink()
    assert not (root / "usr/share/applications/klantbehoud.desktop").exists()
    if mime_tool:
        assert "klantbehoud" not in (root / "usr/share/mime/globs2").read_text()
    assert shop.exists()  # the owner's shop is theirs: removing the program leaves it
