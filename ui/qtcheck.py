"""Before the window opens on Linux: are the system libraries there that Qt's X11 plugin needs?

Without them Qt stops the process with a message about "platform plugins" that an owner cannot act on. Pure
Python (no Qt), so it can run before Qt loads; the answer is one sentence with the command that installs them.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from pathlib import Path

# Debian/Ubuntu package for each library Qt 6.5+'s xcb plugin loads (find_library names).
NEEDED = {"xcb-cursor": "libxcb-cursor0", "xcb-icccm": "libxcb-icccm4", "xcb-keysyms": "libxcb-keysyms1",
          "xkbcommon-x11": "libxkbcommon-x11-0"}


def _bundled(name: str) -> bool:
    """A frozen package may carry the library itself."""
    base = getattr(sys, "_MEIPASS", None)
    return bool(base) and any(Path(base).rglob(f"lib{name}.so*"))


def missing_packages() -> list[str]:
    """The Debian packages to install before Qt can open a window on X11 ([] when all is there, or when the
    window will not use X11: another platform, offscreen, Wayland)."""
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return []
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return []
    return [package for name, package in NEEDED.items() if not ctypes.util.find_library(name) and not _bundled(name)]


def advice(packages: list[str]) -> str:
    """The sentence for the terminal (the window cannot show it), in Dutch and English."""
    command = "sudo apt install " + " ".join(packages)
    return (f"Klantbehoud kan zijn venster niet openen: het systeem mist {', '.join(packages)}. "
            f"Installeer ze met: {command}\n"
            f"Klantbehoud cannot open its window: the system lacks {', '.join(packages)}. Install them with: {command}")
