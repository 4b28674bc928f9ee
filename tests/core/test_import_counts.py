"""A spreadsheet of counts per period, or of lost customers per month, imports like any other file."""

import io
import json
from datetime import date

import openpyxl
import pytest

from core.cli import run_metrics
from core.importing.pipeline import import_file
from core.model import MonthlyLost, PeriodCounts
from core.store import Workspace


def test_period_counts_csv_becomes_typed_counts_and_feeds_the_figures(tmp_path):
    f = tmp_path / "aantallen.csv"
    f.write_text("Periode;Klanten aan het begin;Klanten aan het eind;Nieuwe klanten\n2024;10;8;0\n2025;12;14;4\n"
                 ";5;5;1\n", encoding="utf-8")
    result = import_file(f)
    assert result.kind == "period_counts"
    assert result.period_counts == [PeriodCounts("2024", 10, 8, 0), PeriodCounts("2025", 12, 14, 4)]
    assert (result.accepted, result.rejected) == (2, 1)
    assert "No period named" in "\n".join(result.summary_lines())
    out = io.StringIO()
    assert run_metrics([str(f), "--json"], out, io.StringIO()) == 0
    crr = json.loads(out.getvalue())["crr"]
    assert (crr["S"], crr["E"], crr["N"], crr["typed_in_for"]) == (12, 14, 4, "2025")
    assert crr["percent"] == pytest.approx(10 / 12 * 100, abs=1e-4)


def test_lost_per_month_workbook_goes_into_the_shop_and_a_period_named_again_takes_the_new_counts(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Maand", "Klanten aan het begin", "Verloren"])
    ws.append(["jan 2025", 100, 10])
    ws.append([date(2025, 2, 1), 90, 9])
    ws.append(["2025-03", 81, 8])
    ws.append(["dertien", 1, 1])
    path = tmp_path / "verloop.xlsx"
    wb.save(path)
    result = import_file(path)
    assert result.kind == "monthly_lost"
    assert [m.month for m in result.monthly_lost] == [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)]
    assert "'dertien' is not a month" in "\n".join(result.summary_lines())
    shop = tmp_path / "w.klantbehoud"
    with Workspace.create(shop) as w:
        w.set_monthly_lost([MonthlyLost(date(2025, 1, 1), 50, 5), MonthlyLost(date(2024, 12, 1), 40, 4)])
        report = w.apply_import(result)
        assert "3 months stored" in " ".join(report.lines())
        assert w.dataset().monthly_lost == [MonthlyLost(date(2024, 12, 1), 40, 4), *result.monthly_lost]
        w.set_period_counts([PeriodCounts("2024", 1, 1, 0)])
        counts = tmp_path / "c.csv"
        counts.write_text("Periode;S;E;N\n2025;10;9;1\n2024;10;8;0\n", encoding="utf-8")
        w.apply_import(import_file(counts))
        assert w.dataset().period_counts == [PeriodCounts("2024", 10, 8, 0), PeriodCounts("2025", 10, 9, 1)]
