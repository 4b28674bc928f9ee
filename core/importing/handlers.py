"""What ``build`` hands the data rows to: one protocol for every kind of table, and one more for a handler that
takes the plain rows of a big export together (the orders)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Protocol, runtime_checkable

import numpy as np

from core.importing.result import RowProblem


class RowHandler(Protocol):
    """Turns a kind of table's rows (customers, orders, answers, counts, lost customers) into the result."""

    def add(self, number: int, values: dict[str, object], bad: list[RowProblem], failed: set[str]) -> None:
        """One data row (``number`` as the owner sees it): its parsed values by field, the cells that could
        not be read (``bad``) and their fields (``failed``)."""

    def finish(self) -> None:
        """After the last row: what the rows add up to goes into the result."""


@runtime_checkable
class TakesRowsTogether(RowHandler, Protocol):
    """A handler that takes the plain rows of a big export together with array operations; only the rows
    ``plan`` marks go through ``add`` (or ``quick_line``) one by one."""

    def bind(self, keys: list[str]) -> None:
        """Where each field sits in a row's parsed values."""

    def plan(self, parsed: list[list[object]], slow: set[int], base: int = 0,
             distinct: Sequence[Collection | None] = (),
             coded: Sequence[tuple[np.ndarray, list] | None] = ()) -> np.ndarray | None:
        """Per row, whether it must go one by one (None: all of them); see ``TakenTogether.plan``."""

    def quick_line(self, vals: tuple) -> bool:
        """Take a row from its parsed values without building a dict; False when it needs ``add``."""

    def apply_plan(self) -> int:
        """Take the rows ``plan`` took together; how many rows that was."""
