"""A seeded generator of damaged spreadsheets: zip and XML bit flips, truncations, odd encodings and sizes.

Each file is what an owner might meet (a half-downloaded attachment, a file saved by an odd program, a
CSV pasted together from two systems). ``make(folder, count, seed)`` writes them and returns their paths.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import openpyxl


def _seed_xlsx() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Klantnummer", "Naam", "Klant sinds", "Laatste aankoop", "Totaal besteed", "Score"])
    for i in range(40):
        ws.append([f"K{i:03d}", f"Klant {i}", f"{1 + i % 28:02d}-0{1 + i % 9}-2023", f"0{1 + i % 9}-03-2025",
                   12.5 * i, i % 11])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _seed_csv() -> str:
    rows = ["Klantnummer;Naam;Datum;Bedrag"]
    rows += [f"K{i:03d};José Müller {i};{1 + i % 28:02d}-0{1 + i % 9}-2024;{i},50" for i in range(60)]
    return "\n".join(rows) + "\n"


def _flip(data: bytes, rng: random.Random, flips: int) -> bytes:
    b = bytearray(data)
    for _ in range(flips):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def _rezip(data: bytes, change) -> bytes:
    """Unpack, change the sheet XML (``change(xml) -> xml``), pack again."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename.endswith("sheet1.xml"):
                body = change(body)
            dst.writestr(item.filename, body)
    return out.getvalue()


def _xlsx_variant(rng: random.Random, seed: bytes) -> bytes:
    kind = rng.randrange(8)
    if kind == 0:
        return _flip(seed, rng, rng.randint(1, 20))  # the zip itself damaged
    if kind == 1:
        return seed[: rng.randrange(100, len(seed))]  # a download cut short
    if kind == 2:
        return _rezip(seed, lambda x: _flip(x, rng, rng.randint(1, 40)))  # the sheet XML damaged
    if kind == 3:
        return _rezip(seed, lambda x: x[: rng.randrange(50, len(x))])  # the sheet XML cut short
    if kind == 4:  # a row number past Excel's grid
        return _rezip(seed, lambda x: x.replace(b'r="A3"', b'r="A2000000"', 1).replace(b'<row r="3"',
                                                                                       b'<row r="2000000"', 1))
    if kind == 5:  # a column past Excel's grid
        return _rezip(seed, lambda x: x.replace(b'r="B4"', b'r="ZZZZ4"', 1))
    if kind == 6:  # a value that is not a number in a number cell
        return _rezip(seed, lambda x: x.replace(b"<v>", b"<v>x\xff", 1))
    return _flip(seed[:-rng.randrange(1, 200)] + bytes(rng.randrange(256) for _ in range(50)), rng, 3)


def _csv_variant(rng: random.Random, text: str) -> bytes:
    kind = rng.randrange(9)
    if kind == 0:  # UTF-8 and cp1252 lines mixed (two systems pasted together)
        lines = text.splitlines(keepends=True)
        return b"".join(line.encode("utf-8" if i % 2 else "cp1252") for i, line in enumerate(lines))
    if kind == 1:  # UTF-16 of odd length
        return text.encode("utf-16")[:-1]
    if kind == 2:  # a 10 MB quoted field
        return (text + 'K999;"' + "x" * 10_000_000 + '";01-01-2024;1\n').encode()
    if kind == 3:
        return _flip(text.encode(), rng, rng.randint(1, 60))
    if kind == 4:  # switches encoding mid-file
        half = len(text) // 2
        return text[:half].encode("utf-8") + text[half:].encode("utf-16-le")
    if kind == 5:
        return text.encode()[: rng.randrange(1, len(text))]
    if kind == 6:  # a lone quote opens a field that never ends
        return text.replace(";José", ';"José', 1).encode()
    if kind == 7:
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 5000)))
    return ("\ufeff" + text.replace("\n", "\r", 7)).encode("utf-8")  # old Mac line ends in part


def make(folder: Path, count: int, seed: int = 1) -> list[Path]:
    """``count`` damaged files in ``folder`` (half workbooks, half CSV), the same for the same seed."""
    rng = random.Random(seed)
    xlsx, csv_text = _seed_xlsx(), _seed_csv()
    paths = []
    for n in range(count):
        if n % 2:
            path = folder / f"fuzz-{n:03d}.xlsx"
            path.write_bytes(_xlsx_variant(rng, xlsx))
        else:
            path = folder / f"fuzz-{n:03d}.csv"
            path.write_bytes(_csv_variant(rng, csv_text))
        paths.append(path)
    return paths
