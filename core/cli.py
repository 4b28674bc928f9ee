"""Command-line verbs for owners who automate, and for tests: ``metrics``.

Pure Python: texts are marked for translation and rendered through the ``translate`` callable that
``main.py`` passes in (Qt's translator), or left in English.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Protocol, TextIO

from core.metrics.frame import DEFAULT_INACTIVE_AFTER
from core.metrics.periods import Period
from core.metrics.said import crr_counts, referral_counts, repeat_counts
from core.metrics.summary import Summary, summarize_dataset, to_json
from core.model import Dataset
from core.numbers import fixed, percent
from core.predict.special import load_meanwhile
from core.store import Workspace, is_server_address, is_shop, shopsettings
from core.text import QT_TRANSLATE_NOOP, InputError, Problem, Translate, identity


def iso_date(text: str) -> date:
    """An argparse type for YYYY-MM-DD dates, with a plain message for anything else."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2024-12-31") from None


NO_FOLDER = QT_TRANSLATE_NOOP("cli", "Cannot write {file}: the folder {folder} does not exist.")
CANNOT_WRITE = QT_TRANSLATE_NOOP("cli", "Cannot write {file}: {why}")


def bad_window(days: int | None, translate: Translate | None = None) -> str | None:
    """A sentence when ``--inactive-after`` is given and is not at least one day."""
    if days is not None and days < 1:
        return (translate or identity)("cli", QT_TRANSLATE_NOOP("cli", "--inactive-after must be at least 1 day."))
    return None


def missing_folder(targets: Sequence[Path | str | None], translate: Translate | None = None) -> str | None:
    """A sentence when a file to write lies in a folder that does not exist (checked before any work);
    ``translate`` None leaves it in English."""
    translate = translate or identity
    for target in targets:
        if target is None or str(target) == "-" or is_server_address(str(target)):
            continue
        folder = Path(target).expanduser().resolve().parent
        if not folder.is_dir():
            return translate("cli", NO_FOLDER).format(file=target, folder=folder)
    return None


def cannot_write(target: Path | str, exc: OSError, translate: Translate | None = None) -> str:
    """The sentence for a file that could not be written (a full disk, no permission)."""
    return (translate or identity)("cli", CANNOT_WRITE).format(file=target, why=exc.strerror or exc)


class Voice(Protocol):
    """How a command speaks, set up only when it has something to say (``ui.cli_entry``)."""

    def ahead(self) -> None:
        """The inputs are read: get ready beside the figures (nothing is said yet)."""

    def __call__(self) -> tuple[Translate, str]:
        """(translate, decimal), asked once, just before the first word."""


def metrics_parser() -> argparse.ArgumentParser:
    """Arguments of ``main.py metrics``."""
    p = argparse.ArgumentParser(prog="main.py metrics", description="Print every retention figure of a shop.")
    p.add_argument("files", nargs="+",
                   help="a workspace (.klantbehoud or postgresql://user@server/database), or customer list, order "
                        "list and/or survey answers (.xlsx, .csv)")
    p.add_argument("--from", dest="first", type=iso_date, help="first day of the period (YYYY-MM-DD)")
    p.add_argument("--to", dest="last", type=iso_date, help="last day of the period (YYYY-MM-DD)")
    p.add_argument("--inactive-after", type=int, default=None,
                   help="days without a purchase after which a customer counts as lost (default: the shop's own "
                        "setting, or 365)")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    return p


# Exports this large take longer to read than scipy takes to load (0.6 s).
BIG_INPUT = 8 << 20


def _bytes_in(files: Sequence[str]) -> int:
    """The size of the exports among ``files`` (a shop, on a server or in a file, or a missing file counts 0: a shop
    is read in a fraction of that time, and the fits of a shop's figures are mostly remembered, so the optimizer is
    only loaded when one is fitted)."""
    total = 0
    for name in files:
        if is_shop(name):
            continue
        try:
            total += os.path.getsize(name)
        except (OSError, ValueError):
            pass
    return total


def run_metrics(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None,
                translate: Translate = identity, decimal: str = ".", voice: Voice | None = None) -> int:
    """``main.py metrics``: 0 when figures were printed, 2 when a file was refused.

    ``voice``, when given, is asked once for the (translate, decimal) to print with, just before the first word is
    printed, instead of ``translate`` and ``decimal``: the command line then sets up its language after the work
    (``ui.cli_entry``)."""
    # Looked up at each call: a default taken at import would keep a stream that was since replaced.
    out, err = out or sys.stdout, err or sys.stderr
    spoken: list[tuple[Translate, str]] = []

    def speech() -> tuple[Translate, str]:
        if not spoken:
            spoken.append(voice() if voice is not None else (translate, decimal))
        return spoken[0]

    args = metrics_parser().parse_args(list(argv))
    if bad_window(args.inactive_after):
        print(bad_window(args.inactive_after, speech()[0]), file=err)
        return 2
    if _bytes_in(args.files) > BIG_INPUT:
        load_meanwhile()  # the fit's scipy loads while the files are read (a small file is read before it would be)
    try:
        data, window, results = load_inputs(args.files, args.inactive_after)
    except InputError as exc:
        print(exc.problem.render(speech()[0]), file=err)
        return 2
    period = None
    if voice is not None:
        voice.ahead()
    try:
        summary = summarize_dataset(data, window)
        if args.first or args.last:
            period = Period(args.first or summary.period.first, args.last or summary.period.last)
            # Neither the predictions nor the frame depend on the period: made once, not again for the chosen one.
            summary = summarize_dataset(data, window, period, summary.frame, predictions=summary.predictions)
    except ValueError as exc:
        print(str(exc), file=err)
        return 2
    translate, decimal = speech()
    import_problems = [
        f"{r.source.file}: {line}" for r in results for line in r.summary_lines(translate, decimal)[1:]
    ]
    if args.json:
        payload = to_json(summary, translate)
        payload["problems"] = import_problems + payload["problems"]
        payload["imports"] = [
            {"file": r.source.file, "kind": r.kind, "layout": r.layout, "rows_read": r.rows_read,
             "accepted": r.accepted, "rejected": r.rejected, "skipped": r.skipped} for r in results
        ]
        json.dump(payload, out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for r in results:
            print(f"{r.source.file}: {r.summary_lines(translate)[0]}", file=out)
        for line in import_problems:
            print("  " + line, file=out)
        print(file=out)
        out.write(format_summary(summary, translate, decimal))
    return 0


def load_inputs(files: Sequence[str], window: int | None = None) -> tuple[Dataset, int, list]:
    """The data of workspaces and/or spreadsheets together, the inactivity window to use (the one given, else
    the shop's own setting, else the default) and the import results of the spreadsheets. Raises InputError
    for a file that is refused."""
    results = []
    stored: list[Dataset] = []
    for name in files:
        if is_shop(name):
            with Workspace.open(name, read_only=True) as ws:
                stored.append(ws.dataset())
                # The window the owner set for this shop, as the app and the report use it.
                window = window or shopsettings.read(ws, shopsettings.INACTIVE_AFTER)
        else:
            from core.importing import import_file_guarded  # the readers only when a file is read

            results.append(import_file_guarded(name))
    window = window or DEFAULT_INACTIVE_AFTER
    if not results and len(stored) == 1:
        return stored[0], window, results  # one shop as it is stored: nothing to merge
    from core.importing import dataset_from_results

    return dataset_from_results(results, stored), window, results


def import_parser() -> argparse.ArgumentParser:
    """Arguments of ``main.py import``."""
    p = argparse.ArgumentParser(prog="main.py import", description="Import a spreadsheet into a workspace.")
    p.add_argument("file", help="customer list, order list or survey answers (.xlsx, .csv)")
    p.add_argument("--workspace", required=True,
                   help="the workspace (.klantbehoud, created when missing, or postgresql://user@server/database)")
    p.add_argument("--sheet", help="the sheet to read (default: the one Excel shows first)")
    p.add_argument("--scores-are-0-10", action="store_true",
                   help="take answers that all lie in 1-5 as 0-10 recommendation scores (they are held back otherwise)")
    return p


def run_import(argv: Sequence[str], out: TextIO | None = None, err: TextIO | None = None,
               translate: Translate = identity, decimal: str = ".") -> int:
    """``main.py import``: 0 when the import was stored, 2 with the reason when not."""
    # Looked up at each call: a default taken at import would keep a stream that was since replaced.
    out, err = out or sys.stdout, err or sys.stderr
    args = import_parser().parse_args(list(argv))
    problem = missing_folder([args.workspace], translate)
    if problem:
        print(problem, file=err)
        return 2
    from core.importing import import_file_guarded

    try:
        result = import_file_guarded(args.file, sheet=args.sheet)
        if args.scores_are_0_10 and result.question:
            result.confirm()
        place = args.workspace
        ws = Workspace.open(place) if is_server_address(place) or Path(place).exists() else Workspace.create(place)
        with ws:
            report = ws.apply_import(result, Path(args.file).name)
    except InputError as exc:
        print(exc.problem.render(translate), file=err)
        return 2
    for line in result.summary_lines(translate, decimal):
        print(line, file=out)
    for line in report.lines(translate):
        print(line, file=out)
    return 0


def format_summary(s: Summary, translate: Translate = identity, decimal: str = ".") -> str:
    """The figures as readable text, with ``decimal`` as the decimal separator ("," in Dutch)."""
    def t(text: str) -> str:
        return translate("cli", text)

    def _pct(x: float | None) -> str:
        return percent(x, decimal)

    lines = [
        t(QT_TRANSLATE_NOOP("cli", "Period {first} to {last} (data up to {as_of}); lost after {days} days without "
                                   "a purchase.")).format(first=s.period.first, last=s.period.last, as_of=s.as_of,
                                                          days=s.inactive_after),
        t(QT_TRANSLATE_NOOP("cli", "Customers: {n}")).format(n=s.customers),
    ]
    if s.period_note:
        lines.append("! " + s.period_note.render(translate, decimal) + (t(QT_TRANSLATE_NOOP(
            "cli", " Try --inactive-after {days}.")).format(days=s.suggested_window) if s.suggested_window else ""))
    c = s.crr
    if c.percent is not None and s.typed_crr_label:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "Retention rate (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100, "
                                                "typed in for {label}")).format(
            pct=_pct(c.percent), e=c.end, n=c.new, s=c.start, label=s.typed_crr_label))
    elif c.percent is not None:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "Retention rate (CRR): {pct}  = (E {e} - N {n}) / S {s} x 100; "
                                                "{counts}")).format(
            pct=_pct(c.percent), e=c.end, n=c.new, s=c.start, counts="; ".join(crr_counts(c, translate))))
    else:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "Retention rate (CRR): not available: {why}")).format(
            why=c.problem.render(translate, decimal) if c.problem else ""))
    if s.churn_six and s.churn_six.percent is not None:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "Churn, 6-month average: {pct} a month ({lost} lost of {start} "
                                                "from {first:%m-%Y} to {last:%m-%Y}; target 2 %)")).format(
            pct=_pct(s.churn_six.percent), lost=s.churn_six.lost, start=s.churn_six.start,
            first=s.churn_six.first, last=s.churn_six.last))
    else:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "Churn, 6-month average: not available: {why}")).format(
            why=s.churn_reason.render(translate, decimal) if s.churn_reason else ""))
    if s.churn_outlook and s.churn_outlook.lifetime_months:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "Expected customer lifetime: {months} months ({years} "
                                                "years); at this rate {six} of customers lost in 6 months")).format(
            months=fixed(s.churn_outlook.lifetime_months, 0, decimal),
            years=fixed(s.churn_outlook.lifetime_years, 1, decimal),
            six=_pct(s.churn_outlook.lost_in_six_months_percent)))
    for m in s.churn_monthly:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "  churn {month:%m-%Y}: {pct} ({lost} of {start})")).format(
            month=m.month, pct=_pct(m.percent), lost=m.lost, start=m.start))
    if s.repeat.percent is not None:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "Repeat purchase rate: {pct} ({counts})")).format(
            pct=_pct(s.repeat.percent), counts=repeat_counts(s.repeat, translate)))
    else:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "Repeat purchase rate: not available: {why}")).format(
            why=s.repeat.problem.render(translate, decimal) if s.repeat.problem else ""))
    if s.nps.responses:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "NPS: {score}, 95 % between {low} and {high} ({n} answers: {p} "
                                                "promoters, {pa} passives, {d} detractors)")).format(
            score=fixed(s.nps.score, 0, decimal), low=fixed(s.nps.low, 0, decimal),
            high=fixed(s.nps.high, 0, decimal),
            n=s.nps.responses, p=s.nps.promoters, pa=s.nps.passives, d=s.nps.detractors))
    else:
        lines.append(t(QT_TRANSLATE_NOOP("cli", "NPS: no answers in this period")))
    lines.append(t(QT_TRANSLATE_NOOP("cli", "Referral rate: {pct} ({counts})")).format(
        pct=_pct(s.referral.percent), counts=referral_counts(s.referral, translate)))
    lines.append(t(QT_TRANSLATE_NOOP("cli", "Top 20 % of customers bring {pct} of the revenue ({k} of {n} "
                                            "paying customers)")).format(
        pct=_pct(s.pareto.top20_share_percent), k=s.pareto.top_count, n=s.pareto.customers))
    lines.append(t(QT_TRANSLATE_NOOP("cli", "Customers at risk: {n}")).format(n=len(s.at_risk)))
    if s.clv.value is not None:
        value = fixed(s.clv.value, 2, decimal)
        lines.append(t(QT_TRANSLATE_NOOP("cli", "Customer lifetime value: {v}")).format(v=value))
    for p in s.problems:
        lines.append("! " + p.render(translate, decimal))
    return "\n".join(lines) + "\n"


__all__ = ["run_metrics", "run_import", "load_inputs", "bad_window", "missing_folder", "cannot_write", "format_summary",
           "metrics_parser", "Problem"]
