"""What each part of the one-folder package weighs.

    .venv/bin/python bench/package_size.py [dist/Klantbehoud]

Groups the files of the built package by the library they belong to and prints megabytes per part, largest
first, with the total against the 200 MB budget. Run after `make package`.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET_MB = 200

# (part, test on the path inside the package); the first match wins, so the specific ones come first.
PARTS: list[tuple[str, tuple[str, ...]]] = [
    ("Qt: ICU (text and locale data)", ("libicu",)),
    ("Qt: plugins", ("PySide6/Qt/plugins",)),
    ("Qt: translations", ("PySide6/Qt/translations",)),
    ("Qt: libraries", ("PySide6/Qt/lib",)),
    ("PySide6 + shiboken bindings", ("PySide6/", "shiboken6")),
    ("scipy: OpenBLAS", ("scipy.libs", "scipy_openblas")),
    ("scipy", ("scipy/",)),
    ("numpy: OpenBLAS", ("numpy.libs",)),
    ("numpy", ("numpy/",)),
    ("matplotlib: fonts and data", ("matplotlib/mpl-data",)),
    ("matplotlib", ("matplotlib/", "contourpy", "kiwisolver", "fontTools")),
    ("Pillow", ("PIL/", "pillow.libs")),
    ("python-calamine", ("python_calamine",)),
    ("openpyxl, icalendar, others", ("openpyxl", "icalendar", "dateutil", "et_xmlfile", "defusedxml", "filelock")),
    ("Python itself", ("libpython", "base_library.zip", "lib-dynload", "python3")),
    ("Klantbehoud (code in the archive, resources)", ("resources/", "Klantbehoud")),
]


def part_of(relative: str) -> str:
    """The part a file of the package belongs to."""
    for name, needles in PARTS:
        if any(n in relative for n in needles):
            return name
    return "other system libraries"


def sizes(app_dir: Path) -> dict[str, int]:
    """Bytes per part."""
    out: dict[str, int] = defaultdict(int)
    for f in app_dir.rglob("*"):
        if f.is_file() and not f.is_symlink():
            out[part_of(f.relative_to(app_dir).as_posix())] += f.stat().st_size
    return dict(out)


def main() -> int:
    """Print the table."""
    app_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "Klantbehoud"
    if not app_dir.is_dir():
        print(f"no package at {app_dir}: run 'make package' to measure it")
        return 0
    parts = sizes(app_dir)
    total = sum(parts.values())
    for name, size in sorted(parts.items(), key=lambda kv: -kv[1]):
        print(f"{size / 1e6:8.1f} MB  {name}")
    print(f"{total / 1e6:8.1f} MB  total (budget {BUDGET_MB} MB: {'met' if total / 1e6 <= BUDGET_MB else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
