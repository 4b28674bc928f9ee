#!/usr/bin/env python3
"""Klantbehoud: see how well your shop keeps its customers.

    python main.py                 the app, on the demo shop the first time
    python main.py SHOP.klantbehoud   the app on that shop (what a double-click on a shop file does)
    python main.py postgresql://user@server/database   the app on a shop on a server (any verb takes one too)
    python main.py --selftest      start offscreen, compute and draw everything, exit 0 when all is well
    python main.py --version       the app's version and those of Qt, PySide6 and Python inside it
    python main.py metrics FILE…   every figure on the command line (--json for JSON)
    python main.py import FILE --workspace W.klantbehoud   import a spreadsheet into a workspace
    python main.py calendar W.klantbehoud --ics OUT.ics    the communication plan for your own agenda
    python main.py report W.klantbehoud --pdf OUT.pdf [--xlsx OUT.xlsx]   the report
    python main.py customers FILE… --csv OUT.csv [--as-of YYYY-MM-DD] [--horizon-days N]   predictions per customer
"""

from __future__ import annotations

import os
import sys

CLI_VERBS = {"metrics", "import", "calendar", "report", "customers"}


def _frozen_setup() -> None:
    # PyInstaller's matplotlib runtime hook points MPLCONFIGDIR at a fresh temp folder on every launch,
    # which rebuilds the font cache at each start; a per-user folder keeps the cache.
    if getattr(sys, "frozen", False):
        from ui.paths import data_dir

        folder = data_dir() / "matplotlib"
        folder.mkdir(parents=True, exist_ok=True)
        os.environ["MPLCONFIGDIR"] = str(folder)


def version_text() -> str:
    """The app's version and what it runs on (for a support question: "which version do you have?")."""
    import platform

    import PySide6
    from PySide6.QtCore import qVersion

    from core import __version__

    frozen = " (package)" if getattr(sys, "frozen", False) else ""
    return (f"Klantbehoud {__version__}{frozen}\nQt {qVersion()} · PySide6 {PySide6.__version__} · "
            f"Python {platform.python_version()} · {platform.system()} {platform.machine()}")


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the command line verbs, the self-test or the app."""
    if getattr(sys, "frozen", False):  # (from source it does nothing, and its import costs every command 4 ms)
        import multiprocessing

        multiprocessing.freeze_support()  # the import's child process, in a frozen build
    argv = list(sys.argv[1:] if argv is None else argv)
    _frozen_setup()
    if argv and argv[0] in ("-h", "--help"):
        print(__doc__.strip())  # the verbs and what they do; each verb has its own --help
        return 0
    if argv and argv[0] in ("-V", "--version"):
        print(version_text())
        return 0
    if argv and argv[0] in CLI_VERBS:
        from ui.cli_entry import run_cli

        return run_cli(argv)
    if "--selftest" in argv:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from ui.selftest import run_selftest

        return run_selftest()
    from ui.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
