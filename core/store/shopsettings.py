"""A shop's own settings, each declared once with its key, default and what a stored value must look like, and
read and written only through here: the window, the command line and the report see the same value, and a
value a damaged or hand-edited file holds that does not fit is reported as the default, never half-used.

Settings of the program rather than of a shop (language, window size, recent files) live in ``ui/settings.py``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from core.metrics.frame import DEFAULT_INACTIVE_AFTER


@dataclass(frozen=True)
class ShopSetting:
    """One setting: its key in the shop's settings table, its default, and the test a stored value must pass."""

    key: str
    default: Any
    valid: Callable[[Any], bool]


def _days(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 100_000


INACTIVE_AFTER = ShopSetting("inactive_after_days", DEFAULT_INACTIVE_AFTER, _days)
"""Days without a purchase after which a customer counts as lost (the churn page sets it)."""

CALENDAR_RULES = ShopSetting("calendar_rules", None, lambda v: v is None or isinstance(v, list))
"""The calendar's rules as RuleSet.to_json gives them; None: the built-in rules."""

IMPORT_MAPPINGS = ShopSetting("import_mappings", {}, lambda v: isinstance(v, dict))
"""Per file layout, the columns the owner chose and the kind of table (see ``remembered_mapping``)."""


def read(ws, setting: ShopSetting) -> Any:
    """The stored value of ``setting`` in workspace ``ws``, or its default when unset or not usable."""
    value = ws.setting(setting.key, None)
    if value is None or not setting.valid(value):
        return copy.deepcopy(setting.default)  # a caller that changes it must not change the default
    return value


def write(ws, setting: ShopSetting, value: Any, keep_undo: bool = False) -> None:
    """Store ``value`` for ``setting`` (one transaction); a value that does not fit is a programming error.
    ``keep_undo``: see ``Workspace.set_setting``."""
    if not setting.valid(value):
        raise ValueError(f"{setting.key}: {value!r} is not a valid value")
    ws.set_setting(setting.key, value, keep_undo)


def remembered_mapping(ws, layout: str) -> tuple[dict[int, str], str | None] | None:
    """The columns (index → field) and kind the owner chose last time for a file laid out as ``layout``."""
    saved = read(ws, IMPORT_MAPPINGS).get(layout)
    if not isinstance(saved, dict) or not isinstance(saved.get("mapping"), dict):
        return None
    try:
        mapping = {int(k): str(v) for k, v in saved["mapping"].items()}
    except (TypeError, ValueError):
        return None
    return mapping, saved.get("kind")


def remember_mapping(ws, layout: str, mapping: dict[int, str], kind: str | None) -> None:
    """Keep the owner's columns and kind for files laid out as ``layout`` (the next one opens with them)."""
    saved = read(ws, IMPORT_MAPPINGS)
    saved[layout] = {"mapping": {str(k): v for k, v in mapping.items()}, "kind": kind}
    # Remembered right after the import it was chosen for: that import stays undoable.
    write(ws, IMPORT_MAPPINGS, saved, keep_undo=True)
