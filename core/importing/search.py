"""Finding rare values in long lists without a Python loop over every item."""

from __future__ import annotations

from core.steps import CodedCells


def indexes(items: list, value: object) -> list[int]:
    """Where ``value`` occurs in ``items`` (compared with ==), found by C-level searches.

    Meant for values that are rare (blank rows, empty lines): each hit costs one call.
    """
    if isinstance(items, CodedCells):
        return items.rows_holding(value).tolist()  # one pass over the codes
    found, i = [], -1
    while True:
        try:
            i = items.index(value, i + 1)
        except ValueError:
            return found
        found.append(i)
