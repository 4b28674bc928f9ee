"""The import as one road that only goes forward: a reader gives one table (``RawTable``: ``csvfile`` or
``workbook``, each opening the file once), one step guesses what it holds (``guess``), and ``build`` turns the data
rows, mapped (``MappedTable``), into customers, orders or answers.

``open_source`` reads a file and guesses; ``import_source`` builds with a mapping the owner may have corrected;
``import_file`` does both with the guessed mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from core.gcpause import no_gc
from core.importing import columns as cols
from core.importing.build import build, merge_customer
from core.importing.cellscan import column_letter
from core.importing.csvfile import read_table as read_csv_table
from core.importing.guess import Guess, guess
from core.importing.linking import Links, link, renamed, with_stand_ins
from core.importing.rawtable import MappedTable, RawTable
from core.importing.records import merge_counts, merge_months
from core.importing.result import ImportResult, SourceInfo
from core.importing.sniff import CSV, detect_format
from core.model import Dataset
from core.text import QT_TRANSLATE_NOOP, InputError, Label, Problem

Progress = Callable[[float], None] | None
IsCancelled = Callable[[], bool] | None


@dataclass
class Source:
    """A file read into a table, the guesses about it, and the mapping and kind chosen (the guessed ones until the
    owner changes them in the import wizard)."""

    path: Path
    raw: RawTable
    guess: Guess
    mapping: dict[int, str]
    kind: str
    info: SourceInfo  # how the file was read, with the header's row as the owner sees it

    @property
    def rows(self) -> Sequence[list[object]]:
        """Every row of the table, the header's too."""
        return self.raw.rows

    @property
    def headers(self) -> list[str]:
        """The column names."""
        return self.guess.headers

    @property
    def data_start(self) -> int:
        """The first data row (an index into ``rows``)."""
        return self.guess.data_start

    def preview(self, count: int = 20) -> list[list[object]]:
        """The first data rows, for the wizard."""
        return [r for r in self.rows[self.data_start : self.data_start + count * 2] if r][:count]

    def layout_key(self) -> str:
        """What identifies the file's layout for remembering the owner's columns: the known export layout, or
        its headers as they compare."""
        if self.guess.layout:
            return self.guess.layout.key
        return "|".join(cols.normalize_header(h) for h in self.headers)

    def mapped(self, mapping: dict[int, str], kind: str) -> MappedTable:
        """The data rows with ``mapping`` and ``kind``: what ``build`` takes."""
        start = self.data_start
        return MappedTable(self.rows[start:], self.raw.row_number(start), self.headers, mapping, kind,
                           self.raw.decimal_default, {i - start for i in self.raw.unreadable if i >= start},
                           {k: v for k, v in self.guess.defaults.items() if k not in mapping.values()})


def open_source(
    path: Path | str,
    sheet: str | None = None,
    delimiter: str | None = None,
    progress: Progress = None,
    cancelled: IsCancelled = None,
) -> Source:
    """Read ``path`` (the reader opens the file once and gives one table) and make the first guesses (header row,
    layout, mapping, kind) in one step."""
    path = Path(path)
    fmt = detect_format(path)
    with no_gc():
        if fmt == CSV:
            raw = read_csv_table(path, delimiter)
        else:
            from core.importing.workbook import read_table as read_workbook_table  # (not loaded for a CSV file)

            raw = read_workbook_table(path, fmt, sheet, progress, cancelled)
        guessed = guess(raw)
    info = replace(raw.info, header_row=raw.row_number(guessed.header_index))
    return Source(path, raw, guessed, dict(guessed.mapping), guessed.kind, info)


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
    layout = source.guess.layout
    result = ImportResult(kind, layout.name if layout else "", mapping, source.headers, source.info)
    result.problems.extend(source.raw.notes + source.guess.notes)
    with no_gc():
        build(source.mapped(mapping, kind), result, progress, cancelled, last_read)
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
        if not keys & set(options) and options[0] in source.guess.missing:
            raise InputError(source.guess.missing[options[0]])
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
