"""Numbers, percentages and dates as the chosen language writes them ("12,5 %" in Dutch)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale


def number(x: float | None, decimals: int = 0) -> str:
    """A number with the locale's separators; a dash for None."""
    if x is None:
        return "–"
    # Rounded by Python first, as the command line, the PDF and the Excel file round (half to even on the
    # exact binary value), so 1.25 years is "1,2" everywhere; QLocale then adds the separators.
    return QLocale().toString(float(f"{float(x):.{decimals}f}"), "f", decimals)


def percent(x: float | None, decimals: int = 1) -> str:
    """A percentage: "12,5 %" in Dutch, "12.5 %" in English."""
    return "–" if x is None else f"{number(x, decimals)} %"


def money(x: float | None) -> str:
    """An amount in euros."""
    return "–" if x is None else f"€ {number(x, 2)}"


def day(d: date | None) -> str:
    """A date in the locale's short form."""
    if d is None:
        return "–"
    return QLocale().toString(QDate(d.year, d.month, d.day), QLocale.FormatType.ShortFormat)


def month(d: date) -> str:
    """A month as "jan 2026"."""
    return QLocale().toString(QDate(d.year, d.month, 1), "MMM yyyy")
