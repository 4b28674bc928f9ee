"""Refresh the .ts translation sources from the code (developers only): every tr() and QT_TRANSLATE_NOOP.

After running it, fill in new Dutch texts in resources/translations/klantbehoud_nl.ts (Qt Linguist, or
build/fill_translations.py). English is the source language: klantbehoud_en.ts only carries
plural forms and stays complete by having every text marked as finished.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations"


def sources() -> list[str]:
    """Every Python file whose strings are shown to the owner."""
    files = [ROOT / "main.py", *sorted((ROOT / "core").rglob("*.py")), *sorted((ROOT / "ui").rglob("*.py"))]
    return [str(f.relative_to(ROOT)) for f in files]


def main() -> int:
    """Run pyside6-lupdate for both languages."""
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    for lang in ("nl", "en"):
        out = TS / f"klantbehoud_{lang}.ts"
        cmd = [str(tool), "-no-obsolete", "-locations", "none", "-target-language", lang, *sources(), "-ts", str(out)]
        subprocess.run(cmd, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
