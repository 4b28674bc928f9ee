"""The numbers behind a chart, as a small table kept with the figure it was drawn on.

A chart is a picture; a screen reader, and an owner who prefers numbers, need what it shows as text. Each
drawing function hands its numbers to ``attach`` while it draws, so the table can never disagree with the
picture. The screen shows it with "Show as table" and gives it to assistive technology as the chart's
description.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

ATTRIBUTE = "klantbehoud_table"


@dataclass(frozen=True)
class ChartTable:
    """Column headers and rows of text, ready to show; ``message`` says why a chart has no numbers."""

    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    message: str = ""

    def as_text(self, limit: int = 24) -> str:
        """One line per row ("header: value; …"), at most ``limit`` rows: a description to read aloud."""
        if not self.rows:
            return self.message
        lines = ["; ".join(f"{h}: {v}" for h, v in zip(self.headers, row, strict=False)) for row in self.rows[:limit]]
        if len(self.rows) > limit:
            lines.append(f"… (+{len(self.rows) - limit})")
        return "\n".join(lines)


def attach(fig, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Keep ``rows`` under ``headers`` with ``fig`` (a Figure or a report page's SubFigure)."""
    setattr(fig, ATTRIBUTE, ChartTable(tuple(headers), tuple(tuple(r) for r in rows)))


def attach_message(fig, message: str) -> None:
    """The chart shows a message instead of numbers: the table says the same."""
    setattr(fig, ATTRIBUTE, ChartTable(message=message))


def table_of(fig) -> ChartTable | None:
    """The table drawn with ``fig``, or None when its drawing function gave none."""
    return getattr(fig, ATTRIBUTE, None)


def cell(value: float | None, decimals: int, sign: str, suffix: str = "") -> str:
    """A number as the table shows it: ``decimals`` places, ``sign`` as the decimal sign, "–" when unknown."""
    if value is None:
        return "–"
    return f"{value:.{decimals}f}".replace(".", sign) + suffix
