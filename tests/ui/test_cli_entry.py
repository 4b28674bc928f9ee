"""The command line's entry: the cycle collector is back on after a command; the figures command sets up its language
only when it has something to say, and says it in the owner's language."""

import gc

import pytest

from ui import i18n
from ui.app import make_app
from ui.cli_entry import run_cli


@pytest.mark.parametrize("lang, missing, figures", [
    ("nl", "Het bestand nergens.csv bestaat niet (meer).",
     "Klantbehoud (CRR): 50,0 %  = (E 1 - N 0) / S 2 x 100; 1 van de 2 bleef de hele periode; 0 kwamen erbij"),
    ("en", "The file nergens.csv does not exist (any more).",
     "Retention rate (CRR): 50.0 %  = (E 1 - N 0) / S 2 x 100; 1 of the 2 has stayed all period; 0 have joined"),
])
def test_the_figures_speak_the_owners_language_after_the_work(tmp_path, capsys, monkeypatch, lang, missing, figures):
    make_app([])
    monkeypatch.setenv("KLANTBEHOUD_LANG", lang)
    monkeypatch.setenv("KLANTBEHOUD_DATA_DIR", str(tmp_path))
    orders = tmp_path / "orders.csv"
    # Two customers at the start of 2024 (a year's window); one buys again within it, the other lapses: 50 %.
    orders.write_text("Klantnummer;Besteldatum;Bedrag\nK1;01-03-2022;10,00\nK2;02-03-2022;20,00\n"
                      "K1;01-06-2023;11,00\nK2;01-07-2023;9,00\nK1;10-03-2024;12,50\nK3;01-02-2025;5,00\n",
                      encoding="utf-8")
    try:
        assert run_cli(["metrics", str(tmp_path / "nergens.csv")]) == 2
        refused = capsys.readouterr().err
        assert run_cli(["metrics", "--inactive-after", "365", "--from", "2024-01-01", "--to", "2024-12-31",
                        str(orders)]) == 0
        said = capsys.readouterr().out
    finally:
        i18n.install("nl")
    assert missing in refused
    assert figures in said
    assert gc.isenabled()


def test_a_reader_that_goes_away_gets_no_traceback(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    demo = root / "resources" / "demo" / "bestellingen.csv"
    env = {**os.environ, "KLANTBEHOUD_DATA_DIR": str(tmp_path), "KLANTBEHOUD_LANG": "en"}
    child = subprocess.Popen([sys.executable, str(root / "main.py"), "metrics", str(demo)], cwd=root, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # as `… | head -0` does: gone before the first word
    err = child.stderr.read().decode()
    assert child.wait() == 1
    assert "Traceback" not in err and "BrokenPipeError" not in err
