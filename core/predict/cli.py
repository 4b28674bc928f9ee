"""``main.py customers``: every customer's predictions as a CSV other tools read (UTF-8, commas, a dot as
decimal point)."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TextIO

from core.cli import bad_window, cannot_write, iso_date, load_inputs, missing_folder
from core.metrics.frame import UNKNOWN, ShopFrame, frame_from_dataset
from core.model import Dataset
from core.predict.shop import DEFAULT_HORIZON, Predictions, predict
from core.text import QT_TRANSLATE_NOOP, InputError, Numerus, Translate

COLUMNS = ("customer", "p_alive", "p_buy_within_horizon", "expected_orders", "expected_revenue", "value_12m",
           "segment", "certainty", "at_risk", "purchase_days", "days_since_last_purchase", "revenue_so_far")


def parser() -> argparse.ArgumentParser:
    """Arguments of ``main.py customers``."""
    p = argparse.ArgumentParser(prog="main.py customers",
                                description="Write every customer's predictions (chance still a customer, expected "
                                            "orders and revenue, 12-month value, segment) to a CSV file.")
    p.add_argument("files", nargs="+", help="a workspace (.klantbehoud or postgresql://user@server/database), or "
                                           "customer and/or order lists (.xlsx, .csv)")
    p.add_argument("--as-of", type=iso_date, help="predict as on this day (YYYY-MM-DD); later orders are ignored")
    p.add_argument("--horizon-days", type=int, default=DEFAULT_HORIZON,
                   help=f"days ahead for expected orders and revenue (default {DEFAULT_HORIZON})")
    p.add_argument("--inactive-after", type=int, default=None,
                   help="days without a purchase after which a customer counts as lost (default: the shop's own)")
    p.add_argument("--csv", required=True, help="the CSV file to write ('-' for the screen)")
    return p


def cut(data: Dataset, as_of: date) -> Dataset:
    """The data as it stood at the end of ``as_of``: later orders and answers left out, list dates after it
    forgotten."""
    def before(d: date | None) -> date | None:
        return d if d and d <= as_of else None
    customers = [replace(c, since=before(c.since), left_on=before(c.left_on), first_purchase=before(c.first_purchase),
                         last_purchase=before(c.last_purchase) or before(c.first_purchase))
                 for c in data.customers]
    return Dataset(customers=customers, orders=data.orders.up_to(as_of),
                   surveys=[s for s in data.surveys if s.date is None or s.date <= as_of], shop_name=data.shop_name)


def rows(p: Predictions, frame: ShopFrame) -> list[list[str]]:
    """One CSV row per customer known by the as-of day (contacts, who never bought, are left out)."""
    risk = {a.index for a in p.at_risk}
    h = p.hist

    def num(v: float, digits: int) -> str:
        return "" if v != v else f"{v:.{digits}f}"
    out = []
    for i, cid in enumerate(p.ids):
        if frame.contacts[i] or not (h.has[i] or UNKNOWN < frame.start[i] <= h.as_of):
            continue
        bought = bool(h.has[i])
        out.append([cid, num(p.p_alive[i], 4), num(p.p_buy[i], 4), num(p.expected_orders[i], 3),
                    num(p.expected_revenue[i], 2), num(p.value_12m[i], 2), p.segment[i], p.certainty[i],
                    "1" if i in risk else "0", str(int(h.days[i])),
                    str(int(h.recency_days[i])) if bought else "", f"{h.revenue[i]:.2f}"])
    return out


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None,
        translate: Translate | None = None) -> int:
    """0 when the CSV was written, 2 when a file was refused or the arguments make no sense."""
    # Looked up at each call: a default taken at import would keep a stream that was since replaced.
    out, err = out or sys.stdout, err or sys.stderr
    args = parser().parse_args(list(argv))

    def t(text: str) -> str:
        return translate("cli", text) if translate else text
    if args.horizon_days < 1:
        print(t(QT_TRANSLATE_NOOP("cli", "--horizon-days must be at least 1 day.")), file=err)
        return 2
    problem = bad_window(args.inactive_after, translate) or missing_folder([args.csv], translate)
    if problem:
        print(problem, file=err)
        return 2
    try:
        data, window, _ = load_inputs(args.files, args.inactive_after)
    except InputError as exc:
        print(exc.problem.render(translate), file=err)
        return 2
    if args.as_of:
        data = cut(data, args.as_of)
    frame = frame_from_dataset(data, window, as_of=args.as_of)
    p = predict(frame, horizon_days=args.horizon_days)
    table = rows(p, frame)
    try:
        target = out if args.csv == "-" else open(args.csv, "w", encoding="utf-8", newline="")
    except OSError as exc:
        print(cannot_write(args.csv, exc, translate), file=err)
        return 2
    with target if target is not out else _keep_open(out):
        writer = csv.writer(target, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(table)
    if p.reason:
        print(p.reason.render(translate), file=err)
    print(Numerus(translate, len(table)).translate("cli", "{n} customers written; {risk} at risk.", "", 0)
          .format(n=len(table), risk=len(p.at_risk)), file=err if args.csv == "-" else out)
    return 0


class _keep_open:  # noqa: N801 - used like a function in a with-statement
    """A context manager that leaves the screen's stream open."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def __enter__(self) -> TextIO:
        return self.stream

    def __exit__(self, *exc: object) -> None:
        self.stream.flush()
