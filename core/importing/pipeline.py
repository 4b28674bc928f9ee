"""The import as one call: read the file, find the header, map the columns, build the data.

``open_source`` reads a file into rows once; ``import_source`` turns them into data with a mapping
the owner may have corrected; ``import_file`` does both with the guessed mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from core.gcpause import no_gc
from core.importing import columns as cols
from core.importing import scorecol
from core.importing.build import build, merge_customer
from core.importing.cellscan import column_letter
from core.importing.csvfile import read_csv
from core.importing.linking import Links, link, renamed, with_stand_ins
from core.importing.records import merge_counts, merge_months
from core.importing.result import WARNING, ImportResult, RowProblem, SourceInfo
from core.importing.sniff import CSV, detect_format
from core.importing.values import is_empty
from core.importing.workbook import WorkbookRead, read_workbook
from core.model import Dataset
from core.text import QT_TRANSLATE_NOOP, InputError, Label, Problem

Progress = Callable[[float], None] | None
IsCancelled = Callable[[], bool] | None


@dataclass
class Source:
    """A file read into rows, with the guesses the wizard shows and the owner may change."""

    path: Path
    rows: list[list[object]]
    info: SourceInfo
    header_index: int
    headers: list[str]
    layout: cols.Layout | None
    mapping: dict[int, str]
    kind: str
    decimal_default: str
    notes: list[RowProblem] = field(default_factory=list)
    ragged_rows: set[int] = field(default_factory=set)
    data_start: int = 0  # first data row index (after one or two header rows)
    defaults: dict[str, object] = field(default_factory=dict)  # fields the file name settles (cols.file_defaults)
    missing: dict[str, Problem] = field(default_factory=dict)  # why a needed field has no column, when known

    def row_number(self, index: int) -> int:
        """What the owner calls row ``index``: the sheet row, or the CSV line (after a sep= line)."""
        return index + 1 + (1 if self.info.sep_line else 0)

    def preview(self, count: int = 20) -> list[list[object]]:
        """The first data rows, for the wizard."""
        return [r for r in self.rows[self.data_start : self.data_start + count * 2] if r][:count]

    def layout_key(self) -> str:
        """What identifies the file's layout for remembering the owner's columns: the known export layout, or
        its headers as they compare."""
        if self.layout:
            return self.layout.key
        return "|".join(cols.normalize_header(h) for h in self.headers)


def open_source(
    path: Path | str,
    sheet: str | None = None,
    delimiter: str | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
) -> Source:
    """Read ``path`` and make the first guesses (header row, layout, mapping, kind)."""
    with no_gc():
        return _open_source(Path(path), sheet, delimiter, progress, cancelled)


def _open_source(path: Path, sheet: str | None, delimiter: str | None, progress: Progress,
                 cancelled: IsCancelled) -> Source:
    fmt = detect_format(path)
    notes: list[RowProblem] = []
    ragged: set[int] = set()
    if fmt == CSV:
        rows, csv_info, line_problems = read_csv(path, delimiter)
        info = SourceInfo(path.name, "csv", encoding=csv_info.encoding, delimiter=csv_info.delimiter,
                          sep_line=csv_info.sep_line)
        notes.extend(RowProblem(0, "", WARNING, note) for note in csv_info.notes)
        for line, problem in line_problems:
            notes.append(RowProblem(line, "", "rejected", problem))
            ragged.add(line - 1 - (1 if csv_info.sep_line else 0))
        decimal_default = "," if csv_info.delimiter == ";" else "."
    else:
        book = read_workbook(path, fmt, sheet, progress, cancelled)
        if sheet is None and not cols.has_known_header(book.rows):
            book = _sheet_with_a_table(path, fmt, book, notes, cancelled)
        rows = book.rows
        info = SourceInfo(path.name, fmt, sheet=book.sheet, sheets=[s.name for s in book.sheets],
                          hidden_sheets=[s.name for s in book.sheets if not s.visible])
        notes.extend(RowProblem(0, "", WARNING, w) for w in book.warnings)
        _fill_merged_headers(rows, book.merged)
        decimal_default = ","
    if not any(any(not is_empty(c) for c in r) for r in rows):
        raise InputError(Problem(QT_TRANSLATE_NOOP("core", "{file} holds no data."), {"file": path.name}))
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
    info.header_row = header_index + 1 + (1 if info.sep_line else 0)
    missing: dict[str, Problem] = {}
    if kind == cols.SURVEY or "nps_score" in mapping.values():
        mapping = _score_column(path, headers, rows[data_start:], mapping, kind, notes, missing,
                                layout.overrides if layout else None)
    if not any(any(not is_empty(c) for c in r) for r in rows[data_start:]):
        notes.append(RowProblem(0, "", WARNING, Problem(QT_TRANSLATE_NOOP(
            "core", "{file} has column names on row {row} but no rows under them."),
            {"file": path.name, "row": info.header_row})))
    defaults = {k: v for k, v in cols.file_defaults(layout, path.name).items() if k not in mapping.values()}
    if "consent" in defaults:
        notes.append(RowProblem(0, "", WARNING, Problem(
            QT_TRANSLATE_NOOP("core", "Everyone in this export subscribed to your mailings: marked as consenting.")
            if defaults["consent"] else
            QT_TRANSLATE_NOOP("core", "Everyone in this export unsubscribed or was removed from your mailings: "
                                      "marked as not consenting, so the calendar leaves them out of marketing."))))
    return Source(path, rows, info, header_index, headers, layout, mapping, kind, decimal_default, notes, ragged,
                  data_start, defaults, missing)


def _score_column(path: Path, headers: list[str], data: list[list[object]], mapping: dict[int, str], kind: str,
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
            {"file": path.name, "words": "" if not words else Label(QT_TRANSLATE_NOOP(
                "core", " (there is a column of categories such as “Promoter”, but categories alone do not give "
                        "the score)"))})
    return mapping


def _sheet_with_a_table(path: Path, fmt: str, first: WorkbookRead, notes: list[RowProblem],
                        cancelled: IsCancelled) -> WorkbookRead:
    """The first other visible sheet with a table Klantbehoud recognises, when the sheet Excel opens on
    has none (a cover or instructions sheet); said in a note. Else the sheet Excel opens on."""
    for other in first.sheets:
        if other.name == first.sheet or not other.visible:
            continue
        book = read_workbook(path, fmt, other.name, None, cancelled)
        if cols.has_known_header(book.rows):
            notes.append(RowProblem(0, "", WARNING, Problem(QT_TRANSLATE_NOOP(
                "core", "Sheet '{first}' holds no table Klantbehoud recognises, so sheet '{sheet}' was read. "
                        "Choose another sheet if that is not the right one."),
                {"first": first.sheet, "sheet": other.name})))
            return book
    return first


def _fill_merged_headers(rows: list[list[object]], merged) -> None:
    """A merged cell's value belongs to every cell it covers (merged header cells above columns)."""
    for (r0, c0), (r1, c1) in merged:
        if r1 - r0 > 3 or r0 >= len(rows):
            continue  # only small header merges; a merged block of data is left as it is
        value = rows[r0][c0] if c0 < len(rows[r0]) else None
        if is_empty(value):
            continue
        for r in range(r0, min(r1, len(rows) - 1) + 1):
            row = rows[r]
            row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                if is_empty(row[c]):
                    row[c] = value


def import_source(
    source: Source,
    mapping: dict[int, str] | None = None,
    kind: str | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
    last_read: bool = False,
) -> ImportResult:
    """Build the data from a read file with ``mapping`` (default: the guessed one). ``last_read``: the source is
    not imported again (its rows are let go of as soon as they are taken)."""
    mapping = dict(source.mapping if mapping is None else mapping)
    kind = kind or source.kind
    _require_fields(source, mapping, kind)
    result = ImportResult(kind, source.layout.name if source.layout else "", mapping, source.headers, source.info)
    result.problems.extend(source.notes)
    with no_gc():
        build(source.rows, source.data_start - 1, source.headers, mapping, kind, result, source.row_number,
              source.decimal_default, source.ragged_rows, progress, cancelled,
              {k: v for k, v in source.defaults.items() if k not in mapping.values()}, last_read)
    return result


def _require_fields(source: Source, mapping: dict[int, str], kind: str) -> None:
    keys = set(mapping.values())
    needs = {
        cols.CUSTOMERS: [("customer_id", "email", "name", "first_name", "last_name")],
        cols.ORDERS: [("order_date",), ("amount", "unit_price")],
        cols.SURVEY: [("nps_score",)],
        cols.COUNTS: [("period_label",), ("count_start",), ("count_end",), ("count_new",)],
        cols.LOST: [("month",), ("count_start",), ("count_lost",)],
    }[kind]
    for options in needs:
        if not keys & set(options) and options[0] in source.missing:
            raise InputError(source.missing[options[0]])
        if not keys & set(options):
            from core.importing.fields import FIELD_BY_KEY

            raise InputError(Problem(QT_TRANSLATE_NOOP(
                "core", "{file}: no column was recognised as '{field}'. The header is on row {row}: {headers}. "
                        "Choose the column in the import wizard, or rename it."),
                {"file": source.path.name, "field": Label(FIELD_BY_KEY[options[0]].label),
                 "row": source.info.header_row,
                 "headers": ", ".join(f"{column_letter(i)}={h}" for i, h in enumerate(source.headers) if h)[:300]}))


def import_file(
    path: Path | str,
    sheet: str | None = None,
    delimiter: str | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
) -> ImportResult:
    """Read and import one file with the guessed mapping."""
    source = open_source(path, sheet, delimiter, progress, cancelled)
    return import_source(source, progress=progress, cancelled=cancelled, last_read=True)


def dataset_from_results(results: Iterable[ImportResult], stored: Iterable[Dataset] = ()) -> Dataset:
    """One dataset from stored shops and several imports (a customer list, its orders, survey answers).

    Customers met more than once are merged: what is stored wins, then the customer list's fields;
    orders only add what the list lacks. A customer known by number in one file and by e-mail or name
    in another is linked (``core.importing.linking``).
    """
    data = Dataset()

    def add(customers: list, orders: list, surveys: list) -> None:
        # (The first file has nobody to link to: its million orders need no stand-ins.)
        links = link(data.customers, with_stand_ins(customers, orders, surveys)) if data.customers else Links()
        if links.known:  # made-up ids (e-mail, name) give way to the customer number
            data.customers, data.orders, data.surveys = renamed(links.known, data.customers, data.orders,
                                                                data.surveys)
        customers, orders, surveys = renamed(links.incoming, customers, orders, surveys)
        by_id = {c.id: c for c in data.customers}
        for c in customers:
            if c.id in by_id:
                merge_customer(by_id[c.id], c)  # fills only what is empty, so what came first wins
            else:
                by_id[c.id] = c
                data.customers.append(c)
        data.orders.extend(orders)
        data.surveys.extend(surveys)

    for ds in stored:
        add(ds.customers, ds.orders, ds.surveys)
        data.period_counts.extend(ds.period_counts)
        data.monthly_lost.extend(ds.monthly_lost)
        data.shop_name = data.shop_name or ds.shop_name
    for result in sorted(results, key=lambda r: 0 if r.kind == cols.CUSTOMERS else 1):
        add(result.customers, result.orders, result.surveys)
        data.period_counts = merge_counts(data.period_counts, result.period_counts)
        data.monthly_lost = merge_months(data.monthly_lost, result.monthly_lost)
    return data
