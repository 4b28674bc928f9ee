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
    """A date as 31-10-2026, in both languages: the same way the report, the workbook and the command line write
    it (the English system format 31/10/2026 beside it read as two conventions)."""
    if d is None:
        return "–"
    return d.strftime("%d-%m-%Y")


def month(d: date) -> str:
    """A month as "jan 2026" / "Sep 2026" (English month abbreviations of three letters, not the British "Sept")."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    return locale.toString(QDate(d.year, d.month, 1), "MMM yyyy")
