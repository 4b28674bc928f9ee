"""The command line's entry: one command runs without Python's cycle collector, which is back as it was after."""

import gc

from ui import i18n
from ui.app import make_app
from ui.cli_entry import no_cycle_collection, run_cli


def test_the_cycle_collector_is_off_for_a_command_and_back_after():
    assert gc.isenabled()
    with no_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()  # off already (a caller's own choice): left off
    try:
        with no_cycle_collection():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_command_that_fails_leaves_the_collector_on(tmp_path, capsys, monkeypatch):
    make_app([])
    monkeypatch.setenv("KLANTBEHOUD_LANG", "en")
    missing = tmp_path / "nowhere.csv"
    try:
        assert run_cli(["metrics", str(missing)]) == 2
    finally:
        i18n.install("nl")
    assert "nowhere.csv" in capsys.readouterr().err
    assert gc.isenabled()
