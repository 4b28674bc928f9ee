"""Parsing cell values the way Dutch and English spreadsheets write them.

Dates are decided per column (one rule for the whole column, never per row): ISO when the column is
ISO, otherwise day-first unless a value proves the column month-first. Numbers are decided per
column too: decimal comma or decimal point.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from core.importing.wholecolumn import one_per_line
from core.text import QT_TRANSLATE_NOOP, Problem

EXCEL_EPOCH_1900 = date(1899, 12, 30)  # serial 1 = 1900-01-01, with Excel's leap-year bug absorbed
EXCEL_EPOCH_1904 = date(1904, 1, 1)

MONTHS = {
    "jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mrt": 3, "maart": 3,
    "mar": 3, "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7, "aug": 8, "augustus": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "okt": 10, "oct": 10, "oktober": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}

WEEKDAYS = {
    "ma", "di", "wo", "do", "vr", "za", "zo", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
    "zondag", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "monday", "tuesday",
    "wednesday", "thursday", "friday", "saturday", "sunday",
}

# A time after the date (17:24, 17.24.41,123, 5:24 PM, 10:12 a.m.) and a time zone (Z, +02:00, CET, GMT+2).
_TIME_TAIL = re.compile(
    r"(?:T|\s+)\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?(?:\s*[AaPp]\.?\s?[Mm]\.?)?"
    r"(?:\s*(?:Z|[+-]\d{2}:?\d{2}|[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?))?\s*$")
_WEEKDAY = re.compile(r"([A-Za-z]+)\.?,?\s+")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NUMERIC_DATE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{2,4})$")
_TEXT_DATE = re.compile(r"^(\d{1,2})\s*[-. ]\s*([A-Za-z]{3,9})\.?\s*[-. ]\s*(\d{2,4})$")  # 8 april 2024, 8-apr-24
_MONTH_FIRST = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")  # April 8, 2024
# The common shapes, tried before anything else: 01-12-2010, 2010-12-01 08:26, 1/12/10 8:26:00.
_PLAIN = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{2,4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
_COMPACT = re.compile(r"^(19\d{2}|2[01]\d{2})(\d{2})(\d{2})$")  # 20240408


def date_part(text: str) -> str:
    """The date in a date-and-time text: a leading weekday and a trailing time and time zone removed."""
    text = text.strip()
    m = _WEEKDAY.match(text)
    if m and m.group(1).lower() in WEEKDAYS:
        text = text[m.end():]
    m = _TIME_TAIL.search(text)
    return text[: m.start()] if m and m.start() > 0 else text


class ValueProblem(ValueError):
    """A cell that cannot be read as its column's type; ``problem`` says why."""

    def __init__(self, problem: Problem):
        super().__init__(problem.render())
        self.problem = problem

    def __reduce__(self):
        return (self.__class__, (self.problem,))


def _bad(template: str, value: object) -> ValueProblem:
    return ValueProblem(Problem(template, {"value": value}))


def is_empty(value: object) -> bool:
    """True for None, '' and white space: an empty cell."""
    return value is None or (isinstance(value, str) and not value.strip())


def normalize_header(text: object) -> str:
    """Lower-case, accents removed, punctuation folded to single spaces: for matching column names."""
    s = unicodedata.normalize("NFKD", str(text or "")).encode("ascii", "ignore").decode()
    s = s.lower().replace("e-mail", "email").replace("_", " ")
    s = re.sub(r"[^a-z0-9#%]+", " ", s)
    return s.strip()


def _year(y: int) -> int:
    # Two-digit years: 00-69 are 2000s, 70-99 are 1900s (as spreadsheet programs do).
    if y < 100:
        return 2000 + y if y < 70 else 1900 + y
    return y


def date_order(values: Iterable[object]) -> str:
    """The column's rule for numeric dates like 03/04/2024: "dmy" or "mdy" (or "ymd" for year-first).

    Day-first unless values have a middle part above 12 and none has a first part above 12. One such value
    among many is a typing slip, not a month-first column: it stays day-first, and that value is then
    reported as not a date (so 01-03-2024 in the same column is never silently read as 3 January).
    """
    pairs = []
    for v in values:
        if not isinstance(v, str):
            continue
        m = _PLAIN.match(v) or _NUMERIC_DATE.match(date_part(v))
        if m:
            pairs.append((m.group(1), m.group(2)))
    return _order_of(pairs)


def _order_of(pairs: Iterable[tuple[str, ...]]) -> str:
    """``date_order``'s rule on the first two numbers of each numeric date."""
    first_big = False
    second_big = 0
    year_first = 0
    total = 0
    for a_text, b_text, *_rest in pairs:
        total += 1
        if len(a_text) == 4:
            year_first += 1
            continue
        a, b = int(a_text), int(b_text)
        first_big |= a > 12
        second_big += b > 12
    if total and year_first == total:
        return "ymd"
    if second_big and not first_big and (second_big >= 2 or second_big * 5 >= total - year_first):
        return "mdy"
    return "dmy"


def parse_date(value: object, order: str = "dmy", epoch: date = EXCEL_EPOCH_1900) -> date | None:
    """A cell as a date (None when empty). Raises ValueProblem when it is not a date."""
    if is_empty(value):
        return None
    if isinstance(value, (datetime, date)):  # a real date cell: only its year can be implausible
        return _make_date(value.year, value.month, value.day, value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # An Excel serial date that arrived as a plain number.
        if math.isfinite(value) and 1 <= value < 2958466:
            serial = epoch + timedelta(days=int(value))
            return _make_date(serial.year, serial.month, serial.day, value)
        m = _COMPACT.match(str(int(value))) if math.isfinite(value) and value == int(value) else None
        if m:  # 20240408 typed as a number
            return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
        raise _bad(QT_TRANSLATE_NOOP("core", "'{value}' is not a date."), value)
    text = str(value).strip()
    if re.fullmatch(r"\d{5}(\.0+)?", text):
        return parse_date(float(text), order, epoch)  # an Excel serial date written out as text
    m = _PLAIN.match(text)
    if not m:
        text = date_part(text)
        m = _ISO.match(text) or _COMPACT.match(text)
        if m:
            return _make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)), value)
        m = _NUMERIC_DATE.match(text)
    if m:
        return _numeric_date(m.group(1), m.group(2), m.group(3), order, value)
    m = _TEXT_DATE.match(text)
    if m and m.group(2).lower() in MONTHS:
        return _make_date(_year(int(m.group(3))), MONTHS[m.group(2).lower()], int(m.group(1)), value)
    m = _MONTH_FIRST.match(text)
    if m and m.group(1).lower() in MONTHS:
        return _make_date(int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)), value)
    raise _bad(QT_TRANSLATE_NOOP("core", "'{value}' is not a date."), value)


def _numeric_date(a: str, b: str, c: str, order: str, original: object) -> date:
    """The date written as the three numbers ``a``-``b``-``c`` (year first when ``a`` has four digits)."""
    if len(a) == 4:
        return _make_date(int(a), int(b), int(c), original)
    year = int(c) if len(c) == 4 else _year(int(c))  # "0001" is year 1 (a placeholder), not 2001
    if order == "mdy":
        return _make_date(year, int(a), int(b), original)
    return _make_date(year, int(b), int(a), original)


_PLAIN_LINES = re.compile(_PLAIN.pattern, re.MULTILINE)


def plain_dates(values: list[object]) -> list[date] | None:
    """Every one of ``values`` read as ``parse_date`` reads it — when all have the common shapes ("01-12-2010",
    "2010-12-01 08:26") and are existing dates in the plausible years; None otherwise (then each is read on its own,
    and a wrong one is said as such). Timestamps repeat their day a lot (UCI: 23,260 distinct times on 305 days):
    one search over the whole column, and each day made once."""
    joined = one_per_line(values) if values else None
    if joined is None:
        return None
    found = _PLAIN_LINES.findall(joined)
    if len(found) != len(values):
        return None  # some value has another shape, or spaces around it
    made: dict[tuple[str, str, str], date] = {}
    order = _order_of(found)  # as ``date_order`` judges these values
    try:
        for parts in dict.fromkeys(found):
            made[parts] = _numeric_date(*parts, order, parts)
    except ValueProblem:
        return None
    return list(map(made.__getitem__, found))


FIRST_YEAR = 1900  # earlier years are placeholders ("01-01-0001") or slips, not a shop's dates


def last_plausible_year() -> int:
    """The latest year a shop's date can have: ten years ahead (a date in 9999 breaks every later figure)."""
    return date.today().year + 10


def _make_date(y: int, m: int, d: int, original: object) -> date:
    try:
        made = date(y, m, d)
    except ValueError:
        raise _bad(QT_TRANSLATE_NOOP("core", "'{value}' is not an existing date."), original) from None
    if not FIRST_YEAR <= y <= last_plausible_year():
        raise _bad(QT_TRANSLATE_NOOP("core", "'{value}' lies outside the years a shop's dates can have; "
                                             "a placeholder for \"no date\"?"), original)
    return made


_CURRENCY = re.compile(r"(?i)(eur|euro|usd|gbp|€|\$|£)")
# Spaces used as thousands separators (normal, no-break, narrow, thin), apostrophes (Swiss style) go;
# the typographic minus becomes a plain one.
_NUMBER_NOISE = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, "\u2009": None, "'": None, "\u2212": "-"})


def decimal_separator(values: Iterable[object], default: str = ",") -> str:
    """The column's decimal separator: "," or "." judged from the values that show it unambiguously."""
    comma = point = 0
    for v in values:
        if not isinstance(v, str):
            continue
        t = _CURRENCY.sub("", v).strip().translate(_NUMBER_NOISE)
        if "," in t and "." in t:
            if t.rfind(",") > t.rfind("."):
                comma += 1
            else:
                point += 1
        elif re.fullmatch(r"-?\d+,\d{1,2}|-?\d+,\d{4,}|-?\d+,--?", t):
            comma += 1
        elif re.fullmatch(r"-?\d+\.\d{1,2}|-?\d+\.\d{4,}", t):
            point += 1
    if comma == point:
        return default
    return "," if comma > point else "."


def parse_number(value: object, decimal: str = ",") -> float | None:
    """A cell as a number (None when empty): "1.234,56", "€ 12,50", "-7.5", "(12,00)" for negatives."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        raise _bad(QT_TRANSLATE_NOOP("core", "'{value}' is not a number."), value)
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise _bad(QT_TRANSLATE_NOOP("core", "'{value}' is not a number."), value)
        return float(value)
    text = _CURRENCY.sub("", str(value)).strip().translate(_NUMBER_NOISE)
    if text.endswith((decimal + "-", decimal + "--")):
        text = text[: text.rindex(decimal)]  # "€ 25,-": whole euros, as Dutch prices are written
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    if text.endswith("-") and text[:-1].replace(",", "").replace(".", "").isdigit():
        negative, text = True, text[:-1]  # "12,50-" as some cash registers print refunds
    if text.startswith("-"):
        negative, text = not negative, text[1:]
    elif text.startswith("+"):
        text = text[1:]
    thousands = "." if decimal == "," else ","
    t, d = re.escape(thousands), re.escape(decimal)
    if not re.fullmatch(rf"\d{{1,3}}({t}\d{{3}})*({d}\d+)?|\d+({d}\d+)?|{d}\d+", text):
        raise _bad(QT_TRANSLATE_NOOP("core", "'{value}' is not a number."), value)
    number = float(text.replace(thousands, "").replace(decimal, "."))
    return -number if negative else number


def parse_whole(value: object, decimal: str = ",") -> int | None:
    """A count: a whole number that is not negative (None when empty)."""
    number = parse_number(value, decimal)
    if number is None:
        return None
    if number != int(number) or number < 0:
        raise _bad(QT_TRANSLATE_NOOP("core", "'{value}' is not a whole number of zero or more."), value)
    return int(number)


_MANGLED_ID = re.compile(r"^\d(\.\d+)?E\+\d+$", re.IGNORECASE)


def parse_id(value: object) -> str:
    """A customer id as text: leading zeros kept, "17850.0" read as "17850", a leading ' removed.

    An id Excel turned into scientific notation ("7.02255E+12") has lost digits and is refused.
    """
    if is_empty(value):
        return ""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    text = str(value).strip().lstrip("'").strip()
    if _MANGLED_ID.match(text):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "core",
                "'{value}' is an id that Excel turned into a rounded number; its last digits are lost. "
                "Format the column as text in the original file and export again.",
            ),
            value,
        )
    if re.fullmatch(r"\d+\.0+", text):
        return text.split(".")[0]
    return text


_TRUE = {"ja", "j", "yes", "y", "true", "waar", "1", "x", "subscribed", "opted in", "opt-in", "akkoord", "aan",
         "on", "v", "✓", "✔", "confirmed", "bevestigd", "aangemeld", "ingeschreven"}
# A subscription still pending confirmation (double opt-in) is no consent yet.
_FALSE = {"nee", "n", "no", "false", "onwaar", "0", "unsubscribed", "not subscribed", "opted out", "opt-out",
          "uit", "off", "cleaned", "geen", "✗", "×", "afgemeld", "uitgeschreven", "pending", "invalid", "redacted"}


def parse_bool(value: object) -> bool | None:
    """Yes/no in Dutch or English (None when empty)."""
    if is_empty(value):
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower().replace("_", " ")  # Shopify writes NOT_SUBSCRIBED
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise _bad(QT_TRANSLATE_NOOP("core", "'{value}' is not yes or no."), value)


def parse_text(value: object) -> str:
    """A cell as clean text."""
    if is_empty(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_month(text: str) -> date | None:
    """A typed month ("2026-01", "01-2026", "1/2026", "jan 2026", "januari 2026") as its first day, else None."""
    t = str(text or "").strip().lower().replace(".", "")
    m = re.fullmatch(r"(\d{4})[-/ ](\d{1,2})", t)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
    else:
        m = re.fullmatch(r"(\d{1,2})[-/ ](\d{4})", t)
        if m:
            month, year = int(m.group(1)), int(m.group(2))
        else:
            m = re.fullmatch(r"([a-z]+)[- ]+(\d{4})", t)
            if not m or m.group(1) not in MONTHS:
                return None
            month, year = MONTHS[m.group(1)], int(m.group(2))
    return date(year, month, 1) if 1 <= month <= 12 and 1900 <= year <= 2200 else None
