"""Messages made in the core choose their singular or plural form in both languages, like the window's own texts."""

import pytest

from core.text import PLURAL, Problem
from ui import i18n
from ui.app import make_app
from ui.cli_entry import run_cli


@pytest.mark.parametrize("lang, one, many", [
    ("nl", "1 rij zonder klant (anonieme verkoop) is overgeslagen.", "2 rijen zonder klant (anonieme verkopen) zijn"),
    ("en", "1 row without a customer (an anonymous sale) was skipped.", "2 rows without a customer (anonymous sales)"),
])
def test_an_import_summary_counts_one_and_many(tmp_path, monkeypatch, capsys, lang, one, many):
    make_app([])  # the window's application, which the command line then uses as it would its own
    monkeypatch.setenv("KLANTBEHOUD_LANG", lang)
    lines = ["Klantnummer;Besteldatum;Bedrag", "K1;01-03-2025;10,00", ";02-03-2025;5,00", "K1;09-03-2025;7,50"]
    one_file = tmp_path / "een.csv"
    one_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    two_file = tmp_path / "twee.csv"
    two_file.write_text("\n".join(lines + [";03-03-2025;4,00"]) + "\n", encoding="utf-8")
    try:
        assert run_cli(["import", str(one_file), "--workspace", str(tmp_path / "a.klantbehoud")]) == 0
        first = capsys.readouterr().out
        assert run_cli(["import", str(two_file), "--workspace", str(tmp_path / "b.klantbehoud")]) == 0
        second = capsys.readouterr().out
    finally:
        i18n.install("nl")
    assert one in first
    assert many in second


@pytest.mark.parametrize("lang, expected", [
    ("nl", ["Voor het gemiddelde over 6 maanden zijn zes ingetypte maanden nodig; er is er 1.",
            "Voor het gemiddelde over 6 maanden zijn zes ingetypte maanden nodig; er zijn er 4."]),
    ("en", ["The 6-month average needs six typed-in months; there is 1.",
            "The 6-month average needs six typed-in months; there are 4."]),
])
def test_a_problem_renders_the_form_for_its_count(qtbot, lang, expected):
    make_app([])
    i18n.install(lang)
    try:
        template = PLURAL.translate("core", "The 6-month average needs six typed-in months; there are {n}.", "", 0)
        shown = [i18n.problem_text(Problem(template, {"n": n}, count="n")) for n in (1, 4)]
    finally:
        i18n.install("nl")
    assert shown == expected
