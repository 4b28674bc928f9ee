"""``main.py calendar``: the plan to .ics, or one rule's customers to .xlsx/.csv, without opening the app."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from core.calendar.export import export_action, to_ics
from core.calendar.plan import default_range, plan
from core.calendar.rules import RuleSet
from core.cli import cannot_write, iso_date, missing_folder
from core.metrics.frame import frame_from_dataset
from core.model import Dataset
from core.predict.shop import predict
from core.store import Workspace, is_shop, shopsettings
from core.text import QT_TRANSLATE_NOOP, InputError, Numerus, Translate


def parser() -> argparse.ArgumentParser:
    """Arguments of ``main.py calendar``."""
    p = argparse.ArgumentParser(prog="main.py calendar", description="Write the communication plan.")
    p.add_argument("source", nargs="+", help="a workspace (.klantbehoud or postgresql://user@server/database) or "
                                             "customer/order files")
    p.add_argument("--ics", type=Path, help="write the plan as an iCalendar file")
    p.add_argument("--from", dest="first", type=iso_date, help="first day (default: today, or the data's last day)")
    p.add_argument("--to", dest="last", type=iso_date, help="last day (default: 90 days on)")
    p.add_argument("--list", dest="rule", help="the rule whose customers to write (e.g. coupon, win-back)")
    p.add_argument("--xlsx", type=Path, help="write the customers of --list to .xlsx")
    p.add_argument("--csv", type=Path, help="write the customers of --list to .csv")
    return p


def load(sources: Sequence[str]) -> tuple[Dataset, RuleSet, dict, str, int]:
    """Data, rules, marks, shop name and inactivity window from a workspace or from files."""
    if len(sources) == 1 and is_shop(sources[0]):
        with Workspace.open(sources[0], read_only=True) as ws:
            # A shop made on the command line may have no name: its file's name stands in (report, .ics).
            return (ws.dataset(), RuleSet.from_json(shopsettings.read(ws, shopsettings.CALENDAR_RULES)),
                    ws.action_marks(), ws.meta("shop_name") or ws.label,
                    shopsettings.read(ws, shopsettings.INACTIVE_AFTER))
    from core.importing import (
        dataset_from_results,
        import_file_guarded,  # the readers only when files are read
    )

    data = dataset_from_results([import_file_guarded(s) for s in sources])
    return data, RuleSet(), {}, "", 365


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None,
        translate: Translate | None = None, today: date | None = None) -> int:
    """0 when the files were written, 2 with the reason otherwise."""
    # Looked up at each call: a default taken at import would keep a stream that was since replaced.
    out, err = out or sys.stdout, err or sys.stderr
    args = parser().parse_args(list(argv))
    t = (lambda s: translate("core", s)) if translate else (lambda s: s)
    if not (args.ics or args.rule):
        print(t(QT_TRANSLATE_NOOP("core", "Say what to write: --ics FILE, or --list RULE with --xlsx or --csv.")),
              file=err)
        return 2
    problem = missing_folder([args.ics, args.xlsx, args.csv], translate)
    if problem:
        print(problem, file=err)
        return 2
    try:
        data, rules, marks, shop, window = load(args.source)
    except InputError as exc:
        print(exc.problem.render(translate), file=err)
        return 2
    first, last = default_range(data, today or date.today())
    if args.first:
        first, last = args.first, args.first + (last - first)
    last = args.last or last
    targets = None
    if any(r.targeted and r.enabled for r in rules.rules):  # only then is a model fitted
        targets = predict(frame_from_dataset(data, window)).targets()
    actions = plan(data, rules, first, last, marks, window, targets)
    try:
        if args.ics:
            args.ics.write_bytes(to_ics(actions, shop, translate))
            print(Numerus(translate, len(actions)).translate(
                "core", "{count} actions from {first} to {last} written to {file}.", "", 0).format(
                count=len(actions), first=first, last=last, file=args.ics), file=out)
        if args.rule:
            if rules.get(args.rule) is None:
                print(t(QT_TRANSLATE_NOOP("core", "There is no rule '{rule}'. Rules: {rules}.")).format(
                    rule=args.rule, rules=", ".join(r.key for r in rules.rules)), file=err)
                return 2
            chosen = [a for a in actions if a.rule.key == args.rule]
            merged = chosen[0] if chosen else None
            if merged is not None:
                for a in chosen[1:]:
                    merged.customers.extend(c for c in a.open_customers() if c not in merged.customers)
            for target in (args.xlsx, args.csv):
                if target and merged is not None:
                    n = export_action(merged, data, target, translate)
                    print(Numerus(translate, n).translate("core", "{count} customers written to {file}.", "", 0)
                          .format(count=n, file=target), file=out)
                elif target:
                    print(t(QT_TRANSLATE_NOOP("core", "No actions of '{rule}' in this period.")).format(
                        rule=args.rule), file=out)
    except OSError as exc:
        print(cannot_write(exc.filename or "", exc, translate), file=err)
        return 2
    return 0
