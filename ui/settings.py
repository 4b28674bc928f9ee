"""Every setting declared once, with its type and default, stored in an INI file in the settings folder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

from ui.paths import config_dir


@dataclass(frozen=True)
class Option:
    """A setting: its key, type and default."""

    key: str
    type: type
    default: Any


LANGUAGE = Option("ui/language", str, "nl")
RECENT_FILES = Option("files/recent", list, [])
GEOMETRY = Option("ui/geometry", bytes, b"")

MAX_RECENT = 8


def _store() -> QSettings:
    return QSettings(str(config_dir() / "klantbehoud.ini"), QSettings.Format.IniFormat)


def get(option: Option) -> Any:
    """The stored value, or the default when missing or of the wrong type."""
    value = _store().value(option.key, option.default)
    if option.type is list:
        if value in (None, ""):
            return []
        return list(value) if isinstance(value, (list, tuple)) else [value]
    if option.type is bytes:
        return bytes(value) if value else b""
    try:
        return option.type(value)
    except (TypeError, ValueError):
        return option.default


def put(option: Option, value: Any) -> None:
    """Store ``value`` for ``option``."""
    store = _store()
    store.setValue(option.key, value)
    store.sync()


def add_recent(path: str) -> list[str]:
    """Put ``path`` first in the recent files list and return the list."""
    recent = [p for p in get(RECENT_FILES) if p != path]
    recent.insert(0, path)
    recent = recent[:MAX_RECENT]
    put(RECENT_FILES, recent)
    return recent
