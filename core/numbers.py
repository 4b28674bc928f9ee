"""Numbers as text for the command line and the report, with the language's decimal separator.

(The UI formats through QLocale; the core cannot, so these two small functions serve it.)
"""

from __future__ import annotations


def fixed(x: float | None, decimals: int, decimal: str = ".") -> str:
    """``x`` with ``decimals`` decimals and ``decimal`` as separator; a dash for None."""
    return "–" if x is None else f"{x:.{decimals}f}".replace(".", decimal)


def percent(x: float | None, decimal: str = ".", decimals: int = 1) -> str:
    """``x`` as "12,5 %" (Dutch) or "12.5 %"; a dash for None."""
    return "–" if x is None else f"{fixed(x, decimals, decimal)} %"


def amount(x: float, decimal: str = ".") -> str:
    """A sum of money as "1,234.56" (English) or "1.234,56" (Dutch: ``decimal`` ",")."""
    text = f"{x:,.2f}"
    return text.translate(str.maketrans(",.", ".,")) if decimal == "," else text


def money(x: float | None, decimal: str = ".") -> str:
    """An amount in euros with thousands grouped as the language writes it: "€ 12.402,62" or "€ 12,402.62"."""
    if x is None:
        return "–"
    grouped = f"{x:,.2f}"  # 12,402.62
    if decimal == ",":
        grouped = grouped.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"€ {grouped}"
