"""Where things are: bundled resources (from source or frozen), the user's data and settings folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Klantbehoud"
ORG_NAME = "Klantbehoud"
ORG_DOMAIN = "klantbehoud.nl"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``, both when run from source and from a PyInstaller build."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
    return base.joinpath("resources", *parts)


def _platform_dir(kind: str) -> Path:
    home = Path.home()
    if sys.platform == "win32":
        root = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
        return root / APP_NAME / kind
    if sys.platform == "darwin":
        return home / "Library" / "Application Support" / APP_NAME / kind
    xdg = os.environ.get("XDG_CONFIG_HOME" if kind == "config" else "XDG_DATA_HOME")
    default = home / (".config" if kind == "config" else ".local/share")
    return Path(xdg or default) / APP_NAME


def data_dir() -> Path:
    """The user's data folder (logs, the demo copy, backups); KLANTBEHOUD_DATA_DIR moves it."""
    path = Path(os.environ.get("KLANTBEHOUD_DATA_DIR") or _platform_dir("data"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def remember_fits() -> None:
    """Keep the prediction model's fits in the data folder, so a history fitted once is not fitted again
    (``core.predict.fitcache``)."""
    from core.predict import fitcache

    fitcache.remember_in(data_dir() / "fits")


def config_dir() -> Path:
    """The settings folder; KLANTBEHOUD_CONFIG_DIR moves it (tests never touch the real one)."""
    path = Path(os.environ.get("KLANTBEHOUD_CONFIG_DIR") or _platform_dir("config"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    """The log file that receives every uncaught error's traceback."""
    return data_dir() / "klantbehoud.log"
