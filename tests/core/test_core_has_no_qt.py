"""The core must be importable, and computable, without Qt or pyplot."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import importlib, pkgutil, sys
import core
names = []
for info in pkgutil.walk_packages(core.__path__, "core."):
    importlib.import_module(info.name)
    names.append(info.name)
bad = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "matplotlib.pyplot")))
print(len(names))
print(",".join(bad))
"""


def test_every_core_module_imports_without_qt():
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert int(out[0]) >= 10, "the walk should find the core modules"
    assert out[1] == "", f"core loaded Qt or pyplot: {out[1]}"
