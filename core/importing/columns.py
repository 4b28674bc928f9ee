"""Finding the header row, recognising known export layouts, and guessing which column is which field."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from core.importing.fields import FIELDS
from core.importing.values import is_empty, normalize_header
from core.text import QT_TRANSLATE_NOOP

HEADER_SCAN_ROWS = 30

CUSTOMERS, ORDERS, SURVEY = "customers", "orders", "survey"
COUNTS, LOST = "period_counts", "monthly_lost"  # counts typed per period, lost customers per month


@dataclass(frozen=True)
class Layout:
    """A known export: recognised when all ``signature`` column names are present."""

    key: str
    name: str  # English, marked for translation
    kind: str
    signature: tuple[str, ...]  # normalised column names that must all be there
    overrides: dict[str, str] = field(default_factory=dict)  # normalised column name -> field key (or "")


LAYOUTS: tuple[Layout, ...] = (
    Layout("shopify_orders", QT_TRANSLATE_NOOP("core", "Shopify orders"), ORDERS,
           ("name", "email", "financial status", "paid at", "created at"),
           {"name": "order_id", "email": "email", "created at": "order_date", "paid at": "", "total": "amount",
            "billing name": "", "lineitem quantity": "", "lineitem price": "", "subtotal": "",
            "accepts marketing": "consent", "financial status": "status", "cancelled at": "cancelled_at",
            "refunded amount": "refunded",
            "id": "", "source": "", "fulfillment status": ""}),
    Layout("shopify_customers", QT_TRANSLATE_NOOP("core", "Shopify customers"), CUSTOMERS,
           ("first name", "last name", "email", "accepts email marketing", "total spent", "total orders"),
           {"customer id": "customer_id", "total spent": "total_spent", "total orders": "orders_count"}),
    Layout("shopify_customers_old", QT_TRANSLATE_NOOP("core", "Shopify customers (older export)"), CUSTOMERS,
           ("first name", "last name", "email", "accepts marketing", "total spent", "total orders")),
    Layout("woocommerce_customers", QT_TRANSLATE_NOOP("core", "WooCommerce customers"), CUSTOMERS,
           ("name", "username", "last active", "sign up", "email", "orders", "total spend", "aov"),
           {"username": "customer_id", "sign up": "since", "total spend": "total_spent", "orders": "orders_count",
            "aov": "", "last active": ""}),
    Layout("woocommerce_customers_nl", QT_TRANSLATE_NOOP("core", "WooCommerce customers (Dutch)"), CUSTOMERS,
           ("naam", "gebruikersnaam", "laatst actief", "email"),
           {"gebruikersnaam": "customer_id", "laatst actief": "", "gbw": "", "gemiddelde bestelwaarde": ""}),
    Layout("woocommerce_orders", QT_TRANSLATE_NOOP("core", "WooCommerce orders"), ORDERS,
           ("date", "order #", "status", "customer", "customer type"),
           {"date": "order_date", "order #": "order_id", "customer": "name", "n revenue formatted": "amount",
            "n revenue": "amount", "net sales": ""}),
    Layout("woocommerce_orders_nl", QT_TRANSLATE_NOOP("core", "WooCommerce orders (Dutch)"), ORDERS,
           ("datum", "status", "klant", "klanttype"),
           {"datum": "order_date", "bestelling #": "order_id", "bestelling": "order_id", "klant": "name",
            "n omzet opgemaakt": "amount", "n omzet": "amount", "netto omzet": ""}),
    Layout("lightspeed_customers", QT_TRANSLATE_NOOP("core", "Lightspeed eCom customers"), CUSTOMERS,
           ("internal id", "registered", "firstname", "lastname", "email"),
           {"internal id": "customer_id", "registered": "since", "language": ""}),
    Layout("stripe_customers", QT_TRANSLATE_NOOP("core", "Stripe customers"), CUSTOMERS,
           ("id", "description", "email", "name", "created utc"),
           {"id": "customer_id", "description": "", "created utc": "since", "total spend": "total_spent",
            "payment count": "orders_count"}),
    # Stripe's payments export. With "Converted Amount" every payment is also given in the account's own
    # currency: those amounts can be added up, whatever currency the customer paid in.
    Layout("stripe_payments_converted", QT_TRANSLATE_NOOP("core", "Stripe payments"), ORDERS,
           ("id", "created date utc", "converted amount", "converted currency", "status"),
           {"id": "order_id", "created date utc": "order_date", "converted amount": "amount", "amount": "",
            "converted amount refunded": "refunded", "amount refunded": "", "converted currency": "currency",
            "currency": "", "customer id": "customer_id", "customer email": "email", "customer description": "name",
            "description": "", "seller message": "", "fee": "", "tax": "", "statement descriptor": ""}),
    Layout("stripe_payments", QT_TRANSLATE_NOOP("core", "Stripe payments"), ORDERS,
           ("id", "created date utc", "amount", "amount refunded", "currency", "status"),
           {"id": "order_id", "created date utc": "order_date", "customer id": "customer_id",
            "customer email": "email", "customer description": "name", "description": "", "seller message": "",
            "fee": "", "tax": "", "statement descriptor": ""}),
    Layout("stripe_payments_old", QT_TRANSLATE_NOOP("core", "Stripe payments (older export)"), ORDERS,
           ("id", "created utc", "amount", "amount refunded", "currency", "status"),
           {"id": "order_id", "created utc": "order_date", "customer id": "customer_id", "customer email": "email",
            "customer description": "name", "description": "", "seller message": "", "fee": "", "tax": "",
            "statement descriptor": "", "converted amount": "", "converted amount refunded": "",
            "converted currency": ""}),
    Layout("mailchimp_audience", QT_TRANSLATE_NOOP("core", "Mailchimp audience"), CUSTOMERS,
           ("email address", "first name", "last name", "optin time"),
           {"optin time": "since", "confirm time": "", "last changed": ""}),
    # A quiz's "Score"/"Totaalscore" column holds quiz points ("7 / 10"), not the recommend question.
    Layout("typeform", "Typeform", SURVEY, ("#", "start date utc", "submit date utc"),
           {"#": "", "start date utc": "", "submit date utc": "answered_on", "network id": "", "score": ""}),
    Layout("google_forms_nl", QT_TRANSLATE_NOOP("core", "Google Forms (Dutch)"), SURVEY, ("tijdstempel",),
           {"tijdstempel": "answered_on", "score": "", "totaalscore": ""}),
    Layout("google_forms", QT_TRANSLATE_NOOP("core", "Google Forms"), SURVEY, ("timestamp",),
           {"timestamp": "answered_on", "score": "", "total score": ""}),
    # SurveyMonkey's older export writes the names without spaces.
    Layout("surveymonkey_old", QT_TRANSLATE_NOOP("core", "SurveyMonkey (older export)"), SURVEY,
           ("respondentid", "collectorid", "startdate", "enddate"),
           {"respondentid": "", "collectorid": "", "startdate": "", "enddate": "answered_on", "ip address": "",
            "email address": "email", "first name": "first_name", "lastname": "last_name", "custom data": ""}),
    Layout("surveymonkey", "SurveyMonkey", SURVEY, ("respondent id", "collector id", "start date", "end date"),
           {"respondent id": "", "collector id": "", "start date": "", "end date": "answered_on",
            "ip address": "", "email address": "email", "first name": "first_name", "last name": "last_name"}),
)


_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_CORE_NOISE = re.compile(r"\b(?:19|20)\d{2}\b|\b(?:eur|euro|euros|ja nee|yes no|j n|y n)\b")


def core_header(cell: object) -> str:
    """A column name without what owners add around the name: "Totaal besteed (€)", "Nieuwsbrief (ja/nee)",
    "Omzet 2024" and "[Klantnummer]" become "totaal besteed", "nieuwsbrief", "omzet", "klantnummer"."""
    text = str(cell or "")
    outside = _BRACKETS.sub(" ", text)
    core = " ".join(_CORE_NOISE.sub(" ", normalize_header(outside)).split())
    return core or normalize_header(text)  # a name that is all in brackets keeps it


def _score_header(cell: object) -> float:
    """How much a cell looks like a known column name (0 when not at all)."""
    if is_empty(cell) or not isinstance(cell, str):
        return 0.0
    name = normalize_header(cell)
    if not name:
        return 0.0
    core = core_header(cell)
    for f in FIELDS:
        if name in f.exact or core in f.exact:
            return 1.0
    for f in FIELDS:
        if any(part in name for part in f.contains):
            return 0.6
    return 0.0


HEADER_FOUND = 1.5  # a row naming this much (an exact name counts 1) is taken for the header


HEADER_SCAN_COLUMNS = 2_000  # no export names its columns beyond this; a sheet 100,000 columns wide is not read


def _best_header(rows: Sequence[Sequence[object]]) -> tuple[int, float]:
    best, best_score = -1, 0.0
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        score = sum(_score_header(c) for c in row[:HEADER_SCAN_COLUMNS])
        if score > best_score + 1e-9:
            best, best_score = i, score
    return best, best_score


def has_known_header(rows: Sequence[Sequence[object]]) -> bool:
    """Whether one of the first rows names known fields (a table Klantbehoud can map by itself)."""
    return _best_header(rows)[1] >= HEADER_FOUND


def find_header_row(rows: Sequence[Sequence[object]]) -> int:
    """Index of the header row among the first rows: the one that names the most known fields.

    A title above the table, blank rows and notes are passed over. Falls back to the first row with
    two or more text cells.
    """
    best, best_score = _best_header(rows)
    if best >= 0 and best_score >= HEADER_FOUND:
        return best
    for i, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        if sum(1 for c in row if isinstance(c, str) and c.strip()) >= 2:
            return i
    return 0


def combine_two_row_header(top: Sequence[object], below: Sequence[object]) -> list[str]:
    """SurveyMonkey-style headers: a question on the first row, sub-labels ("Response") on the second."""
    out, current = [], ""
    for i in range(max(len(top), len(below))):
        t = top[i] if i < len(top) else ""
        b = below[i] if i < len(below) else ""
        if not is_empty(t):
            current = str(t).strip()
        label = str(b).strip() if not is_empty(b) else ""
        if label.lower() in ("", "response", "open-ended response", "antwoord"):
            out.append(current if not is_empty(t) or label else str(t or ""))
        else:
            out.append(f"{current} {label}".strip() if is_empty(t) else f"{t} {label}".strip())
    return out


def is_subheader_row(row: Sequence[object]) -> bool:
    """True when a row under the header holds sub-labels such as "Response" rather than data."""
    texts = [str(c).strip().lower() for c in row if not is_empty(c)]
    labels = sum(t in ("response", "open-ended response", "antwoord") for t in texts)
    return bool(texts) and labels >= max(1, len(texts) // 2)


def recognise_layout(headers: Sequence[object]) -> Layout | None:
    """The known export whose signature columns are all present, if any."""
    names = {normalize_header(h) for h in headers if not is_empty(h)}
    for layout in LAYOUTS:
        if all(s in names for s in layout.signature):
            return layout
    return None


def guess_mapping(headers: Sequence[object], layout: Layout | None = None) -> dict[int, str]:
    """Column index -> field key for the columns that could be recognised; each field used once.

    Exact names win over names with extras such as "(€)" or a year, which win over names found inside a
    longer question; the leftmost column wins a tie.
    """
    overrides = layout.overrides if layout else {}
    candidates: list[tuple[float, int, int, str]] = []
    for col, h in enumerate(headers):
        name = normalize_header(h)
        if not name:
            continue
        if name in overrides:
            if overrides[name]:
                candidates.append((10.0, col, 0, overrides[name]))
            continue
        core = core_header(h)
        for rank, f in enumerate(FIELDS):
            if name in f.exact:
                candidates.append((3.0, col, rank, f.key))
            elif core and core in f.exact:
                candidates.append((2.5, col, rank, f.key))
            elif any(part in name for part in f.contains):
                candidates.append((2.0, col, rank, f.key))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    mapping: dict[int, str] = {}
    used: set[str] = set()
    for _score, col, _rank, key in candidates:
        if col in mapping or key in used:
            continue
        mapping[col] = key
        used.add(key)
    _bare_id(headers, mapping, overrides)
    return mapping


def _bare_id(headers: Sequence[object], mapping: dict[int, str], overrides: dict[str, str]) -> None:
    """A column called just "ID" numbers the rows of the table: payments or orders when the table has
    amounts, else customers."""
    keys = set(mapping.values())
    target = "order_id" if "amount" in keys or {"quantity", "unit_price"} <= keys else "customer_id"
    if target in keys or "id" in overrides:
        return
    for col, h in enumerate(headers):
        if col not in mapping and normalize_header(h) == "id":
            mapping[col] = target
            return


def file_defaults(layout: Layout | None, file_name: str) -> dict[str, object]:
    """Values every row gets that the file says by its name rather than a column.

    Mailchimp exports an audience as subscribed_members_export_….csv, unsubscribed_… and cleaned_…:
    only the first may receive marketing mail.
    """
    if not layout or layout.key != "mailchimp_audience":
        return {}
    name = file_name.lower()
    if name.startswith(("unsubscribed", "cleaned")):
        return {"consent": False}
    if name.startswith("subscribed"):
        return {"consent": True}
    return {}


def infer_kind(mapping: dict[int, str], layout: Layout | None = None) -> str:
    """Whether the mapped table is a customer list, an order list, survey answers, or counts per period
    or per month."""
    if layout:
        return layout.kind
    keys = set(mapping.values())
    if {"count_start", "count_lost"} <= keys and keys & {"month", "period_label"}:
        return LOST
    if {"count_start", "count_end", "count_new"} <= keys:
        return COUNTS
    per_customer = {"orders_count", "total_spent", "since", "left_on", "first_purchase", "last_purchase", "consent"}
    has_amount = "amount" in keys or {"quantity", "unit_price"} <= keys
    # A payment list's "created at" and "accepts marketing" do not make it a customer list; totals per customer do.
    if has_amount and ("order_date" in keys or "order_id" in keys) and not keys & (per_customer - {"since", "consent"}):
        return ORDERS
    if "nps_score" in keys and not (keys & (per_customer | {"amount"})):
        return SURVEY
    return CUSTOMERS


def repeats_customers(data: Sequence[Sequence[object]], mapping: dict[int, str]) -> bool:
    """True when a table with a date per row names the same customer on several rows: a sales log
    ("Datum; Klant; Omzet"), not a customer list. Judged on the first 5,000 rows."""
    columns = {key: col for col, key in mapping.items()}
    who = next((columns[k] for k in ("customer_id", "email", "name") if k in columns), None)
    if "order_date" not in columns or who is None:
        return False
    values = [r[who] for r in data[:5000] if who < len(r) and not is_empty(r[who])]
    # A customer list may hold a name twice (two Jan Jansens); a sales log repeats many of its customers.
    return len(values) - len(set(values)) >= max(1, len(values) // 20)


# What a kind of table means by a column the guess gave another field:
# (kind, field the table lacks, fields to take it from, unless these fields are all there).
SAME_COLUMN = (
    (SURVEY, "answered_on", ("order_date", "since"), ()),  # a survey's date is when it was answered
    (CUSTOMERS, "left_on", ("cancelled_at",), ()),  # a customer list's "geannuleerd op" is when they left
    (CUSTOMERS, "since", ("order_date",), ()),  # a customer list's one date is when the customer came
    (CUSTOMERS, "total_spent", ("amount",), ()),  # a customer list's amount is what the customer spent
    (ORDERS, "amount", ("total_spent",), ("quantity", "unit_price")),  # a sales log's "omzet": per sale
    (ORDERS, "order_date", ("since", "answered_on"), ()),
    (LOST, "month", ("period_label",), ()),  # a month-by-month table's "periode" is the month
)


SURVEY_ONLY = ("survey_type", "other_scale")  # fields that mean something in survey answers only


def adjust_for_kind(mapping: dict[int, str], kind: str) -> dict[int, str]:
    """Rename fields to what the kind of table means by them (a survey's "date" is the answer date)."""
    out = {c: k for c, k in mapping.items() if kind == SURVEY or k not in SURVEY_ONLY}
    keys = set(out.values())
    for table_kind, field_key, sources, unless in SAME_COLUMN:
        if table_kind != kind or field_key in keys or (unless and set(unless) <= keys):
            continue
        col = next((c for c, key in out.items() if key in sources), None)
        if col is not None:
            out[col] = field_key
    return out
