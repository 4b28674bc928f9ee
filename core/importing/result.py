"""What an import produced and an honest account of every row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from core.model import (
    Customer,
    MonthlyLost,
    OrderTable,
    PeriodCounts,
    SurveyResponse,
    customer_columns,
    customers_from_columns,
)
from core.numbers import amount
from core.text import QT_TRANSLATE_NOOP, Numerus, Problem

REJECTED, CHANGED, SKIPPED, WARNING = "rejected", "changed", "skipped", "warning"

ACTION_LABELS = {
    REJECTED: QT_TRANSLATE_NOOP("core", "not imported"),
    CHANGED: QT_TRANSLATE_NOOP("core", "imported, cell left empty"),
    SKIPPED: QT_TRANSLATE_NOOP("core", "skipped"),
    WARNING: QT_TRANSLATE_NOOP("core", "note"),
}


KIND_LABELS = {
    "customers": QT_TRANSLATE_NOOP("core", "customer list"),
    "orders": QT_TRANSLATE_NOOP("core", "orders"),
    "survey": QT_TRANSLATE_NOOP("core", "survey answers"),
    "period_counts": QT_TRANSLATE_NOOP("core", "counts per period"),
    "monthly_lost": QT_TRANSLATE_NOOP("core", "customers lost per month"),
}


@dataclass(frozen=True)
class RowProblem:
    """One thing the owner should know about one row (row 0 = about the file as a whole)."""

    row: int  # as the owner sees it: the sheet's row number or the file's line number
    column: str  # column letter and name, "" when about the whole row
    action: str  # REJECTED, CHANGED, SKIPPED or WARNING
    problem: Problem


@dataclass
class SourceInfo:
    """How the file was read."""

    file: str
    format: str
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    sheets: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)
    header_row: int = 0  # as the owner sees it (1-based)
    sep_line: bool = False  # a CSV whose first line was "sep=;"


@dataclass
class ImportResult:
    """The rows turned into data, plus the summary: read = accepted + rejected + skipped."""

    kind: str
    layout: str
    mapping: dict[int, str]
    headers: list[str]
    source: SourceInfo
    customers: list[Customer] = field(default_factory=list)
    orders: OrderTable = field(default_factory=OrderTable)
    surveys: list[SurveyResponse] = field(default_factory=list)
    period_counts: list[PeriodCounts] = field(default_factory=list)
    monthly_lost: list[MonthlyLost] = field(default_factory=list)
    rows_read: int = 0
    accepted: int = 0
    rejected: int = 0
    skipped: int = 0
    refunds: int = 0
    refund_total: float = 0.0
    problems: list[RowProblem] = field(default_factory=list)
    # Answers held back until the owner confirms what they are (a 1-5 star rating is not the 0-10 question).
    held_surveys: list[SurveyResponse] = field(default_factory=list)
    question: Problem | None = None
    currency: str = ""  # the currency of the amounts, when the export names it

    # Handed from the reading process to the window: a hundred thousand customers as one column per field, made
    # into objects again by Python code on arrival (unpickling the objects themselves is one C-level call that held
    # the interpreter, and so the window, for 0.4 s).
    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["customers"] = customer_columns(self.customers)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        columns = state.pop("customers")
        self.__dict__.update(state)
        self.customers = customers_from_columns(columns)

    def confirm(self) -> None:
        """The owner says the held-back answers are 0-10 recommendation scores: take them in."""
        self.surveys.extend(self.held_surveys)
        self.held_surveys = []
        self.question = None

    @property
    def balanced(self) -> bool:
        """True when every row read is accounted for."""
        return self.rows_read == self.accepted + self.rejected + self.skipped

    def summary_lines(self, translate=None, decimal: str = ".") -> list[str]:
        """The summary as short sentences, translated when ``translate`` is given, amounts with ``decimal``."""
        t = (lambda s: translate("core", s)) if translate else (lambda s: s)
        kind = t(KIND_LABELS[self.kind]) if self.kind in KIND_LABELS else self.kind
        what = (t(QT_TRANSLATE_NOOP("core", "{system} export, read as {kind}")).format(system=t(self.layout), kind=kind)
                if self.layout else t(QT_TRANSLATE_NOOP("core", "Read as {kind}")).format(kind=kind))
        lines = [
            what + ": " + Numerus(translate, self.rows_read).translate(
                "core", "{read} rows read: {accepted} imported, {rejected} not imported, {skipped} skipped.", "",
                0).format(read=self.rows_read, accepted=self.accepted, rejected=self.rejected, skipped=self.skipped),
        ]
        if self.currency:
            lines.append(t(QT_TRANSLATE_NOOP("core", "Amounts are in {currency}.")).format(currency=self.currency))
        if self.refunds:
            lines.append(Numerus(translate, self.refunds).translate(
                "core", "{count} refunds or cancellations ({total}) kept as negative amounts.", "", 0).format(
                count=self.refunds, total=amount(self.refund_total, decimal)))
        if self.question:
            lines.append(self.question.render(translate, decimal))
        for p in self.problems:
            where = []
            if p.row:
                where.append(t(QT_TRANSLATE_NOOP("core", "row {row}")).format(row=p.row))
            if p.column:
                where.append(t(QT_TRANSLATE_NOOP("core", "column {column}")).format(column=p.column))
            prefix = (", ".join(where) + ": ") if where else ""
            # A row's problem says what became of the row; a note about the whole file says it in its sentence.
            suffix = f" ({t(ACTION_LABELS[p.action])})" if p.row else ""
            lines.append(f"{prefix}{p.problem.render(translate, decimal)}{suffix}")
        return lines
