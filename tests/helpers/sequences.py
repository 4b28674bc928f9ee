"""Asking a sequence what a list would be asked, for tests that compare the app's sequences with lists."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def index_or_none(values: Sequence[Any], value: Any, *bounds: int | None) -> int | None:
    """``values.index(value, *bounds)``, or None where it raises ValueError (not there)."""
    try:
        return values.index(value, *bounds)
    except ValueError:
        return None
