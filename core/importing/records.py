"""Customer, survey and count rows: one row, one record, with every problem named by row and column."""

from __future__ import annotations

from datetime import date

from core.importing.result import CHANGED, REJECTED, SKIPPED, WARNING, ImportResult, RowProblem
from core.importing.values import date_part, is_empty, normalize_header, parse_date, parse_month
from core.model import Customer, MonthlyLost, PeriodCounts, SurveyResponse
from core.text import PLURAL, QT_TRANSLATE_NOOP, Problem

# The fields that say who a row is about; a row with none of them is anonymous.
WHO_FIELDS = ("customer_id", "email", "name", "first_name", "name_prefix", "last_name")

NO_CUSTOMER = QT_TRANSLATE_NOOP("core", "No customer number, e-mail or name, so it cannot be linked to a customer.")


NPS_KINDS = {"nps", "net promoter score", "net promoter", "nps survey", "aanbevelingsvraag", "aanbeveling"}


def is_nps_kind(value: object) -> bool:
    """Whether a "kind of question" cell names the recommend question (NPS)."""
    return normalize_header(value) in NPS_KINDS


def reject(result: ImportResult, bad: list[RowProblem], number: int, column: str, problem: Problem | None) -> None:
    """Reject the row: its own problem plus the cell problems found on the way."""
    result.rejected += 1
    result.problems.extend(RowProblem(b.row, b.column, REJECTED, b.problem) for b in bad)
    if problem is not None:
        result.problems.append(RowProblem(number, column, REJECTED, problem))


def customer_name(values: dict[str, object]) -> str:
    """The name column, or first name, prefix and last name joined."""
    name = values.get("name") or ""
    if not name:
        parts = [values.get("first_name"), values.get("name_prefix"), values.get("last_name")]
        name = " ".join(str(p) for p in parts if p)
    return str(name)


def customer_key(values: dict[str, object]) -> str:
    """What identifies the customer: the number, else the e-mail, else the name ("" when none)."""
    return str(values.get("customer_id") or (values.get("email") or "").lower() or customer_name(values))


class CustomerRows:
    """Customer list rows; duplicate ids are merged when they agree and rejected when they conflict."""

    def __init__(self, result: ImportResult):
        self.result = result
        self.by_id: dict[str, tuple[Customer, int]] = {}

    def add(self, number: int, values: dict[str, object], bad: list[RowProblem], failed: set[str]) -> None:
        """One row's values; ``bad`` are its cell problems, ``failed`` the fields whose cell could not be read."""
        r = self.result
        if "customer_id" in failed:
            reject(r, bad, number, "", None)  # the id cell says why
            return
        key = customer_key(values)
        if not key:
            reject(r, bad, number, "", Problem(NO_CUSTOMER))
            return
        c = Customer(
            id=key,
            name=customer_name(values),
            email=str(values.get("email") or ""),
            phone=str(values.get("phone") or ""),
            since=values.get("since"),
            left_on=values.get("left_on"),
            first_purchase=values.get("first_purchase"),
            last_purchase=values.get("last_purchase"),
            orders_count=values.get("orders_count"),
            total_spent=values.get("total_spent"),
            source=str(values.get("source") or ""),
            nps_score=values.get("nps_score"),
            consent=values.get("consent"),
            branch=str(values.get("branch") or ""),
        )
        if c.left_on and c.since and c.left_on < c.since:
            bad.append(RowProblem(number, "", CHANGED, Problem(QT_TRANSLATE_NOOP(
                "core", "Left on {left} is before customer since {since}; the leaving date was left empty."),
                {"left": c.left_on.isoformat(), "since": c.since.isoformat()})))
            c.left_on = None
        if key in self.by_id:
            existing, first_row = self.by_id[key]
            conflicts = merge_customer(existing, c)
            if conflicts:
                reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP(
                    "core", "Customer {id} also appears on row {first} with other values ({fields}); "
                            "this row was not imported."),
                    {"id": key, "first": first_row, "fields": ", ".join(conflicts)}))
            else:
                r.skipped += 1
                r.problems.extend(bad)
                r.problems.append(RowProblem(number, "", SKIPPED, Problem(QT_TRANSLATE_NOOP(
                    "core", "Customer {id} already appears on row {first}; merged."), {"id": key, "first": first_row})))
            return
        self.by_id[key] = (c, number)
        r.customers.append(c)
        r.accepted += 1
        r.problems.extend(bad)

    def finish(self) -> None:
        """Say how many on the list never bought: they stay contacts (for mailings), not customers."""
        r = self.result
        contacts = sum(1 for c in r.customers if c.orders_count == 0 and not c.first_purchase
                       and not c.last_purchase)
        if contacts:
            r.problems.append(RowProblem(0, "", WARNING, Problem(PLURAL.translate(
                "core", "{contacts} of the {total} people on this list never bought (0 orders): they are kept as "
                        "contacts for your mailings, not counted as customers.", "", 0),
                {"contacts": contacts, "total": len(r.customers)}, count="contacts")))


def merge_customer(existing: Customer, new: Customer) -> list[str]:
    """Fill the existing customer's empty fields from ``new``; the names of fields that disagree."""
    conflicts = []
    for name in existing.__dataclass_fields__:
        a, b = getattr(existing, name), getattr(new, name)
        if b in (None, ""):
            continue
        if a in (None, ""):
            setattr(existing, name, b)
        elif a != b:
            conflicts.append(name)
    return conflicts


class SurveyRows:
    """Survey answers: a score and a date per row; a survey without a date column gives undated answers,
    which count in every period (and the summary says so)."""

    def __init__(self, result: ImportResult):
        self.result = result
        self.other_kinds: dict[str, int] = {}  # answers to another kind of question, per kind
        self.marked: list[tuple[int, SurveyResponse]] = []  # answers on rows with the other-rating column filled
        self.unmarked = 0

    def add(self, number: int, values: dict[str, object], bad: list[RowProblem], failed: set[str]) -> None:
        """One answer; rejected without a score or a date; left out when it answers another kind of question."""
        r = self.result
        kind = values.get("survey_type")
        if not is_empty(kind) and not is_nps_kind(kind):
            # A CSAT or CES rating is on another scale: as NPS it would count as a detractor.
            self.other_kinds[str(kind).strip()] = self.other_kinds.get(str(kind).strip(), 0) + 1
            r.skipped += 1
            return
        score = values.get("nps_score")
        day: date | None = values.get("answered_on") or values.get("order_date")
        if score is None:
            # A refused score already says why; an empty one gets its own reason.
            reason = None if "nps_score" in failed else Problem(QT_TRANSLATE_NOOP("core", "No score."))
            reject(r, bad, number, "", reason)
            return
        if day is None and ("answered_on" in values or "order_date" in values or "answered_on" in failed):
            # The survey has dates, this row has none (or an unreadable one): not guessed.
            reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP("core", "No date for this answer.")))
            return
        answer = SurveyResponse(day, int(score), customer_key(values), str(values.get("source") or ""),
                                str(values.get("branch") or ""))
        if "other_scale" in values:
            if is_empty(values["other_scale"]):
                self.unmarked += 1
            else:
                self.marked.append((len(r.surveys), answer))
        r.surveys.append(answer)
        r.accepted += 1
        r.problems.extend(bad)

    def _leave_out_other_ratings(self) -> None:
        """Rows whose CSAT/CES column is filled are ratings on another scale, when other rows leave it empty;
        when every row fills it, it is simply a second question on the same form and nothing is left out."""
        r = self.result
        if self.marked and self.unmarked:
            drop = {i for i, _ in self.marked}
            r.surveys = [a for i, a in enumerate(r.surveys) if i not in drop]
            r.accepted -= len(drop)
            r.skipped += len(drop)
            self.other_kinds["CSAT/CES"] = self.other_kinds.get("CSAT/CES", 0) + len(drop)
        if self.other_kinds:
            named = ", ".join(f"{kind} ({n})" for kind, n in sorted(self.other_kinds.items()))
            r.problems.append(RowProblem(0, "", SKIPPED, Problem(PLURAL.translate(
                "core", "{n} answers to another kind of question were left out: {kinds}. NPS counts only the 0-10 "
                        "question “How likely are you to recommend us?”.", "", 0),
                {"n": sum(self.other_kinds.values()), "kinds": named}, count="n")))

    def finish(self) -> None:
        """Answers to another kind of question are left out (and said); answers that all lie in 1-5 are held
        back with a question: that is a star rating, most likely, and read as 0-10 it would make every answer
        a detractor."""
        self._leave_out_other_ratings()
        r = self.result
        undated = sum(a.date is None for a in r.surveys)
        if undated:
            r.problems.append(RowProblem(0, "", WARNING, Problem(PLURAL.translate(
                "core", "This survey has no dates: its {n} answers count in every period.", "", 0), {"n": undated},
                count="n")))
        scores = {a.score for a in r.surveys}
        if len(r.surveys) >= 2 and scores <= {1, 2, 3, 4, 5}:
            r.held_surveys, r.surveys = r.surveys, []
            r.question = Problem(QT_TRANSLATE_NOOP(
                "core", "All {n} scores lie between 1 and 5. That looks like a rating of 1 to 5 stars, not the "
                        "question “How likely are you to recommend us, from 0 to 10?”, so they were not counted "
                        "as NPS. Import them only if the question really was 0 to 10."), {"n": len(r.held_surveys)})


class CountRows:
    """Counts per period (period; S; E; N), as an owner without a customer list keeps them."""

    def __init__(self, result: ImportResult):
        self.result = result

    def add(self, number: int, values: dict[str, object], bad: list[RowProblem], failed: set[str]) -> None:
        """One period; rejected without a name for the period. Counts that cannot give a CRR are kept (they
        are the owner's own) and shown with their reason on the Period counts page."""
        r = self.result
        label = str(values.get("period_label") or "").strip()
        if not label:
            reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP("core", "No period named on this row.")))
            return
        r.period_counts.append(PeriodCounts(label, values.get("count_start"), values.get("count_end"),
                                            values.get("count_new")))
        r.accepted += 1
        r.problems.extend(bad)

    def finish(self) -> None:
        """Nothing is kept back until the end."""


class LostRows:
    """Customers at the start of each month and customers lost in it."""

    def __init__(self, result: ImportResult):
        self.result = result

    def add(self, number: int, values: dict[str, object], bad: list[RowProblem], failed: set[str]) -> None:
        """One month: "2026-01", "jan 2026", "januari 2026" or a date within it."""
        r = self.result
        text = str(values.get("month") or "").strip()
        month = parse_month(text)
        if month is None and text:
            try:
                day = parse_date(date_part(text))
            except ValueError:
                day = None
            month = day.replace(day=1) if day else None
        if month is None:
            reject(r, bad, number, "", Problem(QT_TRANSLATE_NOOP(
                "core", "'{value}' is not a month (write it as 2026-01 or jan 2026)."), {"value": text}))
            return
        r.monthly_lost.append(MonthlyLost(month, values.get("count_start"), values.get("count_lost")))
        r.accepted += 1
        r.problems.extend(bad)

    def finish(self) -> None:
        """Nothing is kept back until the end."""


def merge_counts(old: list[PeriodCounts], new: list[PeriodCounts]) -> list[PeriodCounts]:
    """Typed periods after an import: a period named again takes the new counts; new periods go last."""
    incoming = {p.label: p for p in new}
    kept = [incoming.pop(p.label, p) for p in old]
    return kept + [p for p in new if p.label in incoming]


def merge_months(old: list[MonthlyLost], new: list[MonthlyLost]) -> list[MonthlyLost]:
    """Typed months after an import: a month given again takes the new counts; sorted by month."""
    by_month = {m.month: m for m in old}
    by_month.update({m.month: m for m in new})
    return [by_month[k] for k in sorted(by_month)]
