"""Damaged shop files give a sentence and change nothing; a write cut off by a crash is rolled back even
when the shop is next opened read-only."""

import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from core.store import StoreError, Workspace

ROOT = Path(__file__).resolve().parents[2]


def _shop(tmp_path) -> Path:
    path = tmp_path / "winkel.klantbehoud"
    with Workspace.create(path, "Winkel") as ws:
        from core.importing.pipeline import import_file

        f = tmp_path / "k.csv"
        f.write_text("Klantnummer;Naam;Datum;Bedrag\n1;Anna;01-02-2024;10\n2;Bram;03-04-2024;20\n", encoding="utf-8")
        ws.apply_import(import_file(f))
    return path


@pytest.mark.parametrize("damage", [
    "UPDATE order_blocks SET day = 'gisteren'",  # stored days that are not days
    "UPDATE order_blocks SET rows = 3",  # a block that holds fewer orders than it says
    "DROP TABLE surveys",  # a missing table
    "UPDATE customers SET name = CAST(X'C328' AS TEXT)",  # text that is not UTF-8
    "PRAGMA user_version = -1",
])
def test_a_damaged_shop_is_a_sentence_and_stays_as_it_was(tmp_path, damage):
    path = _shop(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as info:
        with Workspace.open(path) as ws:
            ws.dataset()
    assert "damaged" in info.value.problem.render() and "winkel.klantbehoud" in info.value.problem.render()
    assert path.read_bytes() == before


def test_a_malformed_page_is_a_sentence(tmp_path):
    path = _shop(tmp_path)
    data = bytearray(path.read_bytes())
    page = 4096
    for i in range(page + 8, min(len(data), 3 * page), 7):  # scribble over the pages after the first
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError) as info:
        with Workspace.open(path) as ws:
            ws.dataset()
    assert "winkel.klantbehoud" in info.value.problem.render()


def test_a_write_cut_off_by_a_crash_is_rolled_back_for_a_read_only_open(tmp_path):
    path = _shop(tmp_path)
    code = (f"import sys, time, sqlite3; sys.path.insert(0, {str(ROOT)!r}); from core.store import Workspace; "
            f"w = Workspace.open({str(path)!r}); c = w.conn; c.execute('PRAGMA cache_size = 1'); "
            "c.execute('BEGIN IMMEDIATE'); "
            "c.executemany('INSERT INTO surveys (day, score, customer_id, source) VALUES (?, ?, ?, ?)', "
            "[('2024-01-01', i % 11, str(i), 'x' * 200) for i in range(20000)]); "
            "print('ready', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size  # a hot journal: the crash left a write half-done
    with Workspace.open(path, read_only=True) as ws:
        data = ws.dataset()
        assert len(data.orders) == 2 and data.surveys == []  # as it was before the interrupted write
        assert ws.integrity_ok()
