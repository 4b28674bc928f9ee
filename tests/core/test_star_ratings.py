"""A score column whose answers all lie in 1-5 is a star rating until the owner says otherwise."""

import io

from core.cli import run_import
from core.importing.pipeline import import_file
from core.store import Workspace


def _survey(tmp_path, scores):
    path = tmp_path / "beoordelingen.csv"
    path.write_text("Datum;Score\n" + "".join(f"0{1 + i % 9}-03-2025;{s}\n" for i, s in enumerate(scores)),
                    encoding="utf-8")
    return path


def test_answers_in_1_to_5_are_held_back_with_a_question(tmp_path):
    result = import_file(_survey(tmp_path, [5, 4, 5, 3, 1, 5]))
    assert result.surveys == [] and len(result.held_surveys) == 6
    assert "1 to 5 stars" in result.question.render()
    assert any("not counted as NPS" in line for line in result.summary_lines())
    result.confirm()
    assert [a.score for a in result.surveys] == [5, 4, 5, 3, 1, 5] and result.question is None


def test_one_answer_outside_1_to_5_makes_it_a_0_to_10_survey(tmp_path):
    result = import_file(_survey(tmp_path, [5, 4, 9, 3]))
    assert len(result.surveys) == 4 and result.question is None


def test_command_line_holds_them_back_unless_told(tmp_path):
    shop = tmp_path / "w.klantbehoud"
    out = io.StringIO()
    assert run_import([str(_survey(tmp_path, [5, 4, 5])), "--workspace", str(shop)], out, io.StringIO()) == 0
    assert "1 to 5 stars" in out.getvalue()
    with Workspace.open(shop) as ws:
        assert ws.dataset().surveys == []
    assert run_import([str(_survey(tmp_path, [5, 4, 5])), "--workspace", str(shop), "--scores-are-0-10"],
                      io.StringIO(), io.StringIO()) == 0
    with Workspace.open(shop) as ws:
        assert sorted(a.score for a in ws.dataset().surveys) == [4, 5, 5]


def test_a_survey_without_dates_counts_in_every_period_and_says_so(tmp_path):
    from core.metrics.summary import summarize_dataset
    from core.model import Dataset

    f = tmp_path / "enquete.csv"
    f.write_text("Naam;Hoe waarschijnlijk is het dat je ons aanbeveelt?\nAnna;9\nBram;10\nCor;3\nDirk;8\n",
                 encoding="utf-8")
    result = import_file(f)
    assert [a.date for a in result.surveys] == [None] * 4
    assert any("no dates" in line and "every period" in line for line in result.summary_lines())
    s = summarize_dataset(Dataset(surveys=result.surveys))
    assert (s.nps.responses, s.nps.promoters, s.nps.detractors) == (4, 2, 1)
    shop = tmp_path / "w.klantbehoud"
    with Workspace.create(shop) as ws:
        ws.apply_import(result)
        assert sorted(a.score for a in ws.dataset().surveys if a.date is None) == [3, 8, 9, 10]


def test_a_dated_survey_with_one_empty_date_rejects_that_row(tmp_path):
    f = tmp_path / "enquete.csv"
    f.write_text("Datum;Score\n01-03-2025;9\n;7\n", encoding="utf-8")
    result = import_file(f)
    assert len(result.surveys) == 1 and result.rejected == 1
