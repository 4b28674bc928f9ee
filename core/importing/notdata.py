"""Rows of a table that hold no data: totals ("Totaal", "Sum:" …), footnotes under it, rows without the table's key.

Each is found a column at a time: a total word is searched for in a column's distinct values joined as one text,
a footnote only among the rows whose second cell is empty.
"""

from __future__ import annotations

from collections.abc import Iterable

from core.importing.columns import COUNTS, CUSTOMERS, LOST, ORDERS, SURVEY
from core.importing.search import indexes
from core.importing.table import Table
from core.importing.wholecolumn import one_per_line

TOTAL_WORDS = {"totaal", "totalen", "total", "totals", "som", "sum", "subtotaal", "subtotal", "gemiddelde", "average",
               "eindtotaal", "grand total"}
# Parts of the total words that each word holds one of: a column is searched for these five, not the twelve words.
TOTAL_PARTS = ("tota", "som", "sum", "gemiddelde", "average")


def is_total(cell: object) -> bool:
    return isinstance(cell, str) and len(cell) < 20 and cell.strip().lower().rstrip(":") in TOTAL_WORDS


def totals_among(values: Iterable[object], all_text: bool = False) -> set:
    """The values that are a total word ("Totaal", "Sum:" ...). A column of a million order numbers is searched
    as one lower-case text for each word (C-level searches) instead of value by value. ``all_text``: ``values``
    is a list of texts already."""
    texts = values if all_text else [v for v in values if isinstance(v, str)]
    joined = one_per_line(texts)
    words = TOTAL_PARTS
    if joined is not None and joined.isascii():
        # A word can only be there if its first letter is, in either case: a search for one character is a memchr
        # (order numbers have none of t, s, g, a: 0.03 s less on a million, and no lower-case copy).
        words = tuple(w for w in TOTAL_PARTS if w[0] in joined or w[0].upper() in joined)
        if not words:
            return set()
    lowered = "" if joined is None else joined.lower()
    if joined is None or len(lowered) != len(joined):
        return {v for v in texts if is_total(v)}  # line breaks inside values, or letters that change length
    found = set()
    for word in words:
        at = lowered.find(word)
        while at != -1:
            start = lowered.rfind("\n", 0, at) + 1
            end = lowered.find("\n", at)
            end = len(lowered) if end == -1 else end
            if is_total(joined[start:end]):
                found.add(joined[start:end])
            at = lowered.find(word, end)
    return found


def total_rows(table: Table, mapped: set[int], keyless: list[int] | None) -> set[int]:
    """Offsets of rows with "Totaal", "Total", "Som" ... in one of their first three cells.

    A mapped column is judged per distinct value (known anyway). Another column is only looked at on
    the rows without the table's key (``keyless``: no order date, no customer, no score), because a
    total row has none and hashing a whole unused column of a million rows costs a tenth of a second.
    """
    found: set[int] = set()
    for i in range(3):
        if i in mapped or keyless is None:
            texts = table.texts(i)
            found |= table.offsets(i, totals_among(table.distinct(i) if texts is None else texts, texts is not None))
        else:
            found.update(n for n in keyless if i < len(table.data[n]) and is_total(table.data[n][i]))
    return found


KEY_FIELDS = {CUSTOMERS: ("customer_id", "email", "name", "first_name", "name_prefix", "last_name"),
              ORDERS: ("order_date",), SURVEY: ("nps_score",), COUNTS: ("period_label",), LOST: ("month",)}


def keyless_rows(kind: str, keys: list[str], parsed: list[list[object]]) -> list[int] | None:
    """Offsets of the rows whose key fields are all empty; None when the mapping has no key field."""
    key_columns = [parsed[i] for i, key in enumerate(keys) if key in KEY_FIELDS[kind]]
    if not key_columns:
        return None
    if len(key_columns) == 1:
        return indexes(key_columns[0], None) + indexes(key_columns[0], "")
    return indexes(list(map(any, zip(*key_columns, strict=True))), False)


def note_rows(table: Table, n_columns: int) -> set[int]:
    """Offsets of footnotes under the table: one long text in an otherwise empty row."""
    if n_columns <= 2:
        return set()
    notes = set()
    # A note leaves the second column empty; only those rows are looked at closely.
    for n in sorted(table.offsets(1, {None, ""})):
        r = table.data[n]
        if len(r) - r.count(None) - r.count("") == 1:
            filled = next(c for c in r if c is not None and c != "")
            if isinstance(filled, str) and len(filled) > 25:
                notes.add(n)
    return notes
