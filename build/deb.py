"""Wrap the one-folder app in a Debian package: installed under /opt, a menu entry with the icon, and the
shop file type (*.klantbehoud) opening in the app on a double-click.

    make deb                                        (builds the package first)
    python build/deb.py [--app dist/Klantbehoud] [--out dist] [--fast]

Writes OUT/klantbehoud_<version>_<arch>.deb and prints its path. ``--fast`` compresses lightly (for tests).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "build" / "linux"
PACKAGE = "klantbehoud"
INSTALL_DIR = Path("opt") / PACKAGE


def version() -> str:
    """The app's version, from the one place it is written."""
    sys.path.insert(0, str(ROOT))
    from core import __version__

    return __version__


def architecture() -> str:
    """Debian's name for this machine's architecture (amd64, arm64)."""
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def min_glibc() -> str:
    """The C library the app was built against: PyInstaller leaves glibc out, so the app needs this one or newer."""
    name, found = platform.libc_ver()
    return found if name == "glibc" and found else "2.31"


def control(size_kb: int) -> str:
    """The package's DEBIAN/control."""
    return (f"Package: {PACKAGE}\n"
            f"Version: {version()}\n"
            "Section: misc\n"
            "Priority: optional\n"
            f"Architecture: {architecture()}\n"
            f"Depends: libc6 (>= {min_glibc()})\n"
            f"Installed-Size: {size_kb}\n"
            "Maintainer: Klantbehoud <support@klantbehoud.nl>\n"
            "Homepage: https://klantbehoud.nl\n"
            "Description: see how well your shop keeps its customers\n"
            " Klantbehoud reads the customer list, orders or survey answers a small shop keeps\n"
            " and shows its retention rate, churn, NPS, repeat purchases, referrals, the 80/20\n"
            " revenue split, customers at risk and a communication calendar. Data stays on the PC.\n")


def stage(app: Path, into: Path) -> None:
    """Lay out the package's files under ``into`` as they land on the owner's disk."""
    shutil.copytree(app, into / INSTALL_DIR, symlinks=True)
    bin_dir = into / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    # Relative, so the link also works in a package installed under another root (the tests do that).
    os.symlink(Path("..", "..", INSTALL_DIR, "Klantbehoud"), bin_dir / PACKAGE)
    share = into / "usr" / "share"
    for folder, source, name in (("applications", "klantbehoud.desktop", f"{PACKAGE}.desktop"),
                                 ("mime/packages", "klantbehoud-mime.xml", f"{PACKAGE}.xml")):
        (share / folder).mkdir(parents=True)
        shutil.copy(LINUX / source, share / folder / name)
    icon = ROOT / "resources" / "icons" / "klantbehoud.svg"
    for kind, name in (("apps", f"{PACKAGE}.svg"), ("mimetypes", "application-x-klantbehoud.svg")):
        target = share / "icons" / "hicolor" / "scalable" / kind
        target.mkdir(parents=True)
        shutil.copy(icon, target / name)
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text("Klantbehoud. Bundled libraries keep their own licences (see "
                                   f"/{INSTALL_DIR}/_internal).\n", encoding="utf-8")
    debian = into / "DEBIAN"
    debian.mkdir()
    size_kb = sum(f.stat().st_size for f in into.rglob("*") if f.is_file() and not f.is_symlink()) // 1024
    (debian / "control").write_text(control(size_kb), encoding="utf-8")
    for script in ("postinst", "postrm"):
        shutil.copy(LINUX / script, debian / script)
        (debian / script).chmod(0o755)


def build(app: Path, out: Path, fast: bool = False) -> Path:
    """Build the .deb from the one-folder app ``app`` into ``out``; returns its path."""
    if not (app / "Klantbehoud").exists():
        raise SystemExit(f"no app at {app}: run 'make package' first")
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{version()}_{architecture()}.deb"
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp) / "root"
        stage(app, staging)
        compression = ["-Zgzip", "-z1"] if fast else ["-Zxz"]
        subprocess.run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(staging), str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    """Build and print the package's path and size."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--app", type=Path, default=ROOT / "dist" / "Klantbehoud")
    p.add_argument("--out", type=Path, default=ROOT / "dist")
    p.add_argument("--fast", action="store_true", help="light compression (tests)")
    args = p.parse_args(argv)
    if shutil.which("dpkg-deb") is None:
        print("dpkg-deb is missing: a .deb is built on Debian or Ubuntu", file=sys.stderr)
        return 2
    deb = build(args.app, args.out, args.fast)
    print(f"{deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
