"""Import speed on the real UCI Online Retail order lines (541,909 rows).

    .venv/bin/python bench/import_speed.py [--skip-pandas]

Writes the data once as .xlsx (openpyxl, write-only) and as a Dutch CSV (';', decimal comma,
dd-mm-jjjj) in bench/.cache/, then measures in one run:
- the app's import of the .xlsx to a usable order list (read + map + parse + group into orders),
- python-calamine's raw cell read of the same file (the floor),
- pandas.read_excel with the openpyxl engine (when pandas is installed),
- the app's import of the Dutch CSV, and peak memory (max RSS) of the app's imports.
Goals: xlsx within 1.5x of the raw calamine read and at least 5x faster than pandas+openpyxl;
Dutch CSV <= 2 s; peak memory <= 1 GB.
"""

from __future__ import annotations

import csv
import gzip
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "online-retail-uci-2010-2011.csv.gz"
CACHE = ROOT / "bench" / ".cache"


def _rows():
    with gzip.open(DATA, "rt", encoding="utf-8", newline="") as fh:
        yield from csv.reader(fh)


def make_xlsx(path: Path) -> None:
    """The order lines as a real workbook: numbers as numbers, dates as dates."""
    from datetime import datetime

    import openpyxl

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Online Retail")
    rows = _rows()
    ws.append(next(rows))
    for r in rows:
        ws.append([r[0], r[1], r[2], int(r[3]), datetime.fromisoformat(r[4]), float(r[5]),
                   float(r[6]) if r[6] else None, r[7]])
    wb.save(path)


def make_dutch_csv(path: Path) -> None:
    """The order lines as a Dutch spreadsheet program saves them."""
    with open(path, "w", encoding="utf-8", newline="") as out:
        w = csv.writer(out, delimiter=";")
        rows = _rows()
        w.writerow(["Factuur", "Artikel", "Omschrijving", "Aantal", "Factuurdatum", "Stukprijs", "Klantnummer",
                    "Land"])
        next(rows)
        for r in rows:
            day = f"{r[4][8:10]}-{r[4][5:7]}-{r[4][0:4]} {r[4][11:16]}"
            cid = r[6].split(".")[0]
            w.writerow([r[0], r[1], r[2], r[3], day, r[5].replace(".", ","), cid, r[7]])


def safety_figures() -> None:
    """How fast a zip bomb is refused and a sheet that claims a million rows but holds three is read."""
    import tempfile
    import zipfile

    import openpyxl

    from core.importing.pipeline import import_file
    from core.text import InputError

    with tempfile.TemporaryDirectory() as tmp:
        bomb = Path(tmp) / "bomb.xlsx"
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("[Content_Types].xml", "<Types/>")
            zf.writestr("xl/workbook.xml", "<workbook/>")
            with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
                for _ in range(1024):  # 1 GiB of zeros, a few MB on disk
                    fh.write(b"\0" * (1 << 20))
        t = time.perf_counter()
        try:
            import_file(bomb)
        except InputError:
            pass
        print(f"zip bomb (1 GiB inside {bomb.stat().st_size / 1e6:.1f} MB) refused in "
              f"{(time.perf_counter() - t) * 1000:.1f} ms (goal: well under a second)")
        wb = openpyxl.Workbook()
        for row in (["Klantnummer", "Naam"], [1, "a"], [2, "b"], [3, "c"]):
            wb.active.append(row)
        small, lying = Path(tmp) / "small.xlsx", Path(tmp) / "lying.xlsx"
        wb.save(small)
        with zipfile.ZipFile(small) as src, zipfile.ZipFile(lying, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item)
                if item.filename == "xl/worksheets/sheet1.xml":
                    data = data.replace(b'<dimension ref="A1:B4"', b'<dimension ref="A1:XFD1048576"')
                dst.writestr(item, data)
        t = time.perf_counter()
        rows = import_file(lying).rows_read
        print(f"sheet declaring A1:XFD1048576 with {rows} data rows read in "
              f"{(time.perf_counter() - t) * 1000:.1f} ms (goal: milliseconds)")


def reference_work() -> tuple[float, float]:
    """Seconds for a fixed pure-Python loop and for building a million small rows of text.

    This machine's speed drifts by a third within minutes; these two show by how much, so runs can be compared.
    """
    import gc

    t = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    loop = time.perf_counter() - t
    gc.disable()
    t = time.perf_counter()
    rows = [[str(i), str(i * 2), str(i * 3)] for i in range(1_000_000)]
    alloc = time.perf_counter() - t
    del rows
    gc.enable()
    return loop, alloc


def timed(label: str, fn):
    """Run ``fn`` once and print its time."""
    t = time.perf_counter()
    out = fn()
    seconds = time.perf_counter() - t
    print(f"{label}: {seconds:.2f} s")
    return seconds, out


def main() -> int:
    """Measure and print."""
    loop, alloc = reference_work()
    print(f"machine speed: 10 million additions {loop:.2f} s, a million rows of text built {alloc:.2f} s")
    safety_figures()
    CACHE.mkdir(exist_ok=True)
    xlsx, dutch = CACHE / "online-retail.xlsx", CACHE / "online-retail-nl.csv"
    if not xlsx.exists():
        timed("writing the .xlsx (once, cached)", lambda: make_xlsx(xlsx))
    if not dutch.exists():
        timed("writing the Dutch CSV (once, cached)", lambda: make_dutch_csv(dutch))
    from python_calamine import CalamineWorkbook

    from core.importing.pipeline import import_file

    # len(): the raw rows are let go at once, so the peak memory below is the app's, not this list's.
    raw_s, _ = timed("calamine raw cell read (.xlsx)",
                     lambda: len(list(CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).iter_rows())))
    app_s, result = timed("app import (.xlsx) to orders", lambda: import_file(xlsx))
    print(f"  {result.rows_read:,} rows read, {len(result.orders):,} orders, {result.skipped:,} anonymous lines")
    csv_s, result_nl = timed("app import (Dutch CSV) to orders", lambda: import_file(dutch))
    print(f"  {len(result_nl.orders):,} orders (same as xlsx: {len(result_nl.orders) == len(result.orders)})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"app vs raw calamine: {app_s / raw_s:.2f}x (goal <= 1.5x); Dutch CSV {csv_s:.2f} s (goal <= 1.0 s); "
          f"peak RSS {peak:.0f} MB (goal <= 1024 MB)")
    if "--skip-pandas" not in sys.argv:
        try:
            import pandas as pd
        except ImportError:
            print("pandas not installed: no comparison")
            return 0
        pandas_s, _ = timed("pandas.read_excel (openpyxl engine)", lambda: pd.read_excel(xlsx, engine="openpyxl"))
        print(f"app is {pandas_s / app_s:.1f}x faster than pandas+openpyxl (goal >= 5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
