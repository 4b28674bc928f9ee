"""The reading package's narrow API: what the window and the command line may take from it."""

import re
import subprocess
import sys
from pathlib import Path

import core.importing as api


def test_the_window_takes_reading_from_the_package_api_only():
    """The window imports what it needs for reading files from ``core.importing`` itself (its narrow API), never
    from the modules behind it; every name the API offers exists."""
    root = Path(__file__).resolve().parents[2]
    deep = [f"{p.relative_to(root)}: {m}" for p in sorted((root / "ui").rglob("*.py"))
            for m in re.findall(r"from core\.importing\.\w+ import", p.read_text(encoding="utf-8"))]
    assert deep == []
    assert sorted(api.__all__) == sorted(api._FROM)
    for name in api.__all__:
        assert getattr(api, name) is not None


def test_the_api_loads_the_readers_only_when_a_reader_is_asked_for():
    """Naming the package (or its column names) does not load calamine or the file pipeline; asking for
    ``open_source`` does."""
    script = ("import sys\nfrom core.importing import FIELDS, ImportResult, ReadingChild\n"
              "print(int('core.importing.pipeline' in sys.modules), int('python_calamine' in sys.modules))\n"
              "from core.importing import open_source\n"
              "print(int('core.importing.pipeline' in sys.modules))\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert run.stdout.split() == ["0", "0", "1"]
