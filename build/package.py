"""Build the one-folder app with PyInstaller: dist/Klantbehoud/Klantbehoud(.exe).

    make package                      (a virtual environment on Python 3.12+, then this script)
    .venv-package/bin/python build/package.py [--dist DIR] [--work DIR] [--test-build]

Prints the package size. Translations (.qm) must be built first (make package does that).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))

from icu_trim import trim_icu_data  # noqa: E402


def folder_size(path: Path) -> int:
    """Total size in bytes of the files under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def strip_debug_info(app_dir: Path) -> int:
    """Remove debug sections from the package's native libraries; returns the bytes saved.

    A Python built by pyenv carries 23 MB of debug information in libpython alone, and some wheels ship
    theirs too; the app never reads it. Only debug sections go (``--strip-debug``): symbol tables stay, and
    the libraries that auditwheel put in ``*.libs`` folders (OpenBLAS) are left as they are, because
    rewriting those patched files breaks them."""
    import shutil

    tool = shutil.which("strip")
    if tool is None or sys.platform != "linux":
        return 0
    saved = 0
    for f in app_dir.rglob("*.so*"):
        if not f.is_file() or f.is_symlink() or any(p.endswith(".libs") for p in f.parts):
            continue
        with f.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        before = f.stat().st_size
        if subprocess.run([tool, "--strip-debug", str(f)], capture_output=True).returncode == 0:
            saved += before - f.stat().st_size
    return saved


def make_icons(work: Path) -> dict[str, Path]:
    """Render the SVG icon to PNG, .ico (Windows) and .icns (macOS); Linux uses the bundled SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "klantbehoud.svg"))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    work.mkdir(parents=True, exist_ok=True)
    png = work / "klantbehoud.png"
    image.save(str(png))
    del app
    icons = {"png": png}
    from PIL import Image  # matplotlib's own dependency, so always there

    icons["ico"] = work / "klantbehoud.ico"
    Image.open(png).save(icons["ico"], sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    icons["icns"] = work / "klantbehoud.icns"
    Image.open(png).save(icons["icns"])
    return icons


def off_constraints() -> list[str]:
    """Installed packages whose version differs from constraints.txt (the versions the app is tested on)."""
    from importlib.metadata import PackageNotFoundError, version

    off = []
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" not in line:
            continue
        name, wanted = (part.strip() for part in line.split("==", 1))
        try:
            found = version(name)
        except PackageNotFoundError:
            continue  # a constraint only binds what is installed
        if found != wanted:
            off.append(f"{name} {found} (tested: {wanted})")
    return off


def main(argv: list[str] | None = None) -> int:
    """Run PyInstaller with the spec in build/."""
    p = argparse.ArgumentParser()
    p.add_argument("--dist", type=Path, default=ROOT / "dist")
    p.add_argument("--work", type=Path, default=ROOT / "build" / "work")
    p.add_argument("--test-build", action="store_true",
                   help="build on the Python at hand, to test the spec (the test suite); never for owners")
    args = p.parse_args(argv)
    if sys.version_info < (3, 12) and not args.test_build:
        # On 3.11 a PySide6 that drops a reference to None aborts a long session; from 3.12 None is immortal.
        print(f"the package is built on Python 3.12 or newer; this is {sys.version.split()[0]} "
              "(make package picks python3.12 or python3.13)", file=sys.stderr)
        return 2
    for lang in ("nl", "en"):
        if not (ROOT / "resources" / "translations" / f"klantbehoud_{lang}.qm").exists():
            print("translations are not built: run 'make translations' first", file=sys.stderr)
            return 2
    off = off_constraints()
    if off:
        print("not the tested versions (install with: pip install -c constraints.txt -e .): " + ", ".join(off),
              file=sys.stderr)
        return 2
    icons = make_icons(args.work)
    env = dict(os.environ, KLANTBEHOUD_ROOT=str(ROOT), KLANTBEHOUD_ICO=str(icons["ico"]),
               KLANTBEHOUD_ICNS=str(icons["icns"]))
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(args.dist), "--workpath", str(args.work), str(ROOT / "build" / "klantbehoud.spec")]
    subprocess.run(cmd, check=True, env=env)
    app_dir = args.dist / "Klantbehoud"
    saved = strip_debug_info(app_dir)
    icu = trim_icu_data(app_dir) if sys.platform == "linux" else 0
    print(f"package: {app_dir} ({folder_size(app_dir) / 1e6:.1f} MB; {saved / 1e6:.1f} MB of debug information "
          f"and {icu / 1e6:.1f} MB of ICU data for other languages left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
