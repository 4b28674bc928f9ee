"""The first guesses about a table, made in one step: which row is the header, which known export it is, which
column holds which field, and what kind of table it is (customers, orders, survey answers, counts). The owner sees
them in the import wizard and may change the mapping and the kind; the command line takes them as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.importing import columns as cols
from core.importing import scorecol
from core.importing.cellscan import column_letter
from core.importing.rawtable import RawTable
from core.importing.result import WARNING, RowProblem
from core.importing.values import is_empty
from core.text import QT_TRANSLATE_NOOP, InputError, Label, Problem


@dataclass
class Guess:
    """What the table looks like, as far as Klantbehoud can tell by itself."""

    header_index: int  # the header row (an index into the table's rows)
    data_start: int  # the first data row (after one or two header rows)
    headers: list[str]
    layout: cols.Layout | None  # a known export (Shopify orders, Mailchimp audience …), or None
    mapping: dict[int, str]  # column -> field
    kind: str
    notes: list[RowProblem] = field(default_factory=list)
    defaults: dict[str, object] = field(default_factory=dict)  # fields the file name settles (cols.file_defaults)
    missing: dict[str, Problem] = field(default_factory=dict)  # why a needed field has no column, when known


def guess(raw: RawTable) -> Guess:
    """The guesses for ``raw``; InputError when the file holds no data at all."""
    rows, file = raw.rows, raw.info.file
    if not any(any(not is_empty(c) for c in r) for r in rows):
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "{file} holds no data."), {"file": file}))
    header_index = cols.find_header_row(rows)
    headers = [("" if is_empty(c) else str(c).strip()) for c in rows[header_index]]
    data_start = header_index + 1
    if data_start < len(rows) and cols.is_subheader_row(rows[data_start]):
        headers = cols.combine_two_row_header(rows[header_index], rows[data_start])
        data_start += 1
    layout = cols.recognise_layout(headers)
    mapping = cols.guess_mapping(headers, layout)
    kind = cols.infer_kind(mapping, layout)
    if not layout and kind == cols.CUSTOMERS and cols.repeats_customers(rows[data_start:], mapping):
        kind = cols.ORDERS
    mapping = cols.adjust_for_kind(mapping, kind)
    notes: list[RowProblem] = []
    missing: dict[str, Problem] = {}
    if kind == cols.SURVEY or "nps_score" in mapping.values():
        mapping = _score_column(file, headers, rows[data_start:], mapping, kind, notes, missing,
                                layout.overrides if layout else None)
    if not any(any(not is_empty(c) for c in r) for r in rows[data_start:]):
        notes.append(RowProblem(0, "", WARNING, Problem(QT_TRANSLATE_NOOP(
            "core", "{file} has column names on row {row} but no rows under them."),
            {"file": file, "row": raw.row_number(header_index)})))
    defaults = {k: v for k, v in cols.file_defaults(layout, file).items() if k not in mapping.values()}
    if "consent" in defaults:
        notes.append(RowProblem(0, "", WARNING, Problem(
            QT_TRANSLATE_NOOP("core", "Everyone in this export subscribed to your mailings: marked as consenting.")
            if defaults["consent"] else
            QT_TRANSLATE_NOOP("core", "Everyone in this export unsubscribed or was removed from your mailings: "
                                      "marked as not consenting, so the calendar leaves them out of marketing."))))
    return Guess(header_index, data_start, headers, layout, mapping, kind, notes, defaults, missing)


def _score_column(file: str, headers: list[str], data, mapping: dict[int, str], kind: str,
                  notes: list[RowProblem], missing: dict[str, Problem],
                  overrides: dict[str, str] | None) -> dict[int, str]:
    """Put the score on the column of 0-10 answers (see ``scorecol``); say when several could be it, and why
    there is none."""
    mapping, candidates = scorecol.choose_score_column(headers, data, mapping, overrides)
    named = [f"{column_letter(c)} ({headers[c][:60]})" for c in candidates]
    if len(candidates) > 1:
        notes.append(RowProblem(0, "", WARNING, Problem(QT_TRANSLATE_NOOP(
            "core", "Several columns could be the 0-10 question “How likely are you to recommend us?”: {columns}. "
                    "{used} is used; choose another in the import wizard if that is not the one."),
            {"columns": ", ".join(named), "used": named[0]})))
    if kind == cols.SURVEY and not candidates:
        words = scorecol.category_columns(headers, data)
        missing["nps_score"] = Problem(QT_TRANSLATE_NOOP(
            "core", "{file} holds survey answers, but no column has 0-10 answers to “How likely are you to recommend "
                    "us?”{words}. NPS needs those scores; choose the column in the import wizard if it is there."),
            {"file": file, "words": "" if not words else Label(QT_TRANSLATE_NOOP(
                "core", " (there is a column of categories such as “Promoter”, but categories alone do not give "
                        "the score)"))})
    return mapping
