"""``main.py report``: the report as PDF (and Excel) without opening the app, e.g. monthly from a task."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from core.calendar.cli import load
from core.cli import cannot_write, iso_date, missing_folder
from core.metrics.periods import Period
from core.metrics.summary import summarize_dataset
from core.report.excel import write_workbook
from core.report.pages import ReportOptions, build_pages, write_pdf
from core.text import QT_TRANSLATE_NOOP, InputError, Translate


def parser() -> argparse.ArgumentParser:
    """Arguments of ``main.py report``."""
    p = argparse.ArgumentParser(prog="main.py report", description="Write the retention report.")
    p.add_argument("source", nargs="+", help="a workspace (.klantbehoud or postgresql://user@server/database) or "
                                             "customer/order/survey files")
    p.add_argument("--pdf", type=Path, required=True, help="the PDF to write")
    p.add_argument("--xlsx", type=Path, help="also write the numbers to this Excel workbook")
    p.add_argument("--from", dest="first", type=iso_date)
    p.add_argument("--to", dest="last", type=iso_date)
    p.add_argument("--paper", choices=("A4", "Letter"), default="A4")
    p.add_argument("--no-names", action="store_true", help="customer numbers only, for sharing")
    return p


def run(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None,
        translate: Translate | None = None, decimal: str = ",") -> int:
    """0 when the report was written, 2 with the reason otherwise."""
    # Looked up at each call: a default taken at import would keep a stream that was since replaced.
    out, err = out or sys.stdout, err or sys.stderr
    args = parser().parse_args(list(argv))
    problem = missing_folder([args.pdf, args.xlsx], translate)
    if problem:
        print(problem, file=err)
        return 2
    try:
        data, _rules, _marks, shop, window = load(args.source)
        summary = summarize_dataset(data, window)
        if args.first or args.last:
            # Neither the predictions nor the frame depend on the period: made once, not again for the chosen one.
            summary = summarize_dataset(data, window, Period(args.first or summary.period.first,
                                                             args.last or summary.period.last),
                                        summary.frame, predictions=summary.predictions)
    except (InputError, ValueError) as exc:
        print(exc.problem.render(translate) if isinstance(exc, InputError) else str(exc), file=err)
        return 2
    options = ReportOptions(paper=args.paper, names=not args.no_names, decimal=decimal)
    t = (lambda s: translate("report", s)) if translate else (lambda s: s)
    target = args.pdf
    try:
        pages = write_pdf(build_pages(summary, data, options, translate, shop), args.pdf)
        print(t(QT_TRANSLATE_NOOP("report", "{pages} pages written to {file}.")).format(pages=pages, file=args.pdf),
              file=out)
        if args.xlsx:
            target = args.xlsx
            write_workbook(summary, data, args.xlsx, translate, names=not args.no_names)
            print(t(QT_TRANSLATE_NOOP("report", "The numbers are in {file}.")).format(file=args.xlsx), file=out)
    except OSError as exc:
        print(cannot_write(target, exc, translate), file=err)
        return 2
    return 0

