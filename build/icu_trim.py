"""Trim the ICU data Qt carries (libicudata, 32 MB) to what a Dutch and English app uses (about 7.5 MB).

Qt links ICU for collation, text boundaries and locale data; its data library holds every language's locale,
collation, currency, unit and time-zone names, and some hundred legacy character converters. The app speaks
Dutch and English, reads files through Python (never through Qt's codecs), and Qt's own converters do UTF-8/16/32
and Latin-1. So the locale items of every other language, the converters and the transliterators go; root, en*
and nl*, every language-neutral item (likely subtags, plural rules, time zones, break rules, the collation base
table, the word dictionaries that the break rules name) stay. The data is taken out of the library, trimmed with
ICU's own ``icupkg`` and built back into a library of the same name and entry point with ``genccode`` and the C
compiler (Debian: ``icu-devtools``, ``gcc``). Without those tools the data stays whole.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9]*)*\.res$")  # de.res, sr_Latn_BA.res, de_.res
KEPT_LOCALES = re.compile(r"^(?:root|en|nl)(?:_[A-Za-z0-9]*)*\.res$|^res_index\.res$")  # res_index: the locale list


def items_to_remove(items: list[str]) -> list[str]:
    """From ICU's item list (``icupkg -l``), the items a Dutch and English app never reads."""
    remove = []
    for item in items:
        folder, _, name = item.rpartition("/")
        if name.endswith(".cnv") or folder == "translit":
            remove.append(item)
        elif LOCALE_ITEM.match(name) and not KEPT_LOCALES.match(name):
            remove.append(item)
    return remove


def _tools() -> dict[str, str] | None:
    found = {name: shutil.which(name) for name in ("icupkg", "genccode", "cc", "readelf", "objcopy")}
    return None if None in found.values() else found  # type: ignore[return-value]


def _data_blob(tools: dict[str, str], lib: Path, work: Path) -> tuple[str, bytes] | None:
    """The entry point's name (``icudt73``) and the data it points at, or None for a library laid out otherwise."""
    symbols = subprocess.run([tools["readelf"], "-Ws", "--dyn-syms", str(lib)], capture_output=True, text=True).stdout
    found = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\d+\s+(icudt\d+)_dat$",
                      symbols, re.MULTILINE)
    sections = subprocess.run([tools["readelf"], "-SW", str(lib)], capture_output=True, text=True).stdout
    rodata = re.search(r"\]\s+\.rodata\s+PROGBITS\s+([0-9a-f]+)\s", sections)
    if not found or not rodata:
        return None
    address, size, entry = int(found.group(1), 16), int(found.group(2), 0), found.group(3)
    dump = work / "rodata.bin"
    subprocess.run([tools["objcopy"], "-O", "binary", "--only-section=.rodata", str(lib), str(dump)], check=True)
    start = address - int(rodata.group(1), 16)
    data = dump.read_bytes()[start:start + size]
    return (entry, data) if len(data) == size else None


def trim_icu_data(app_dir: Path) -> int:
    """Replace the package's ICU data library with a trimmed one; bytes saved (0: left whole, and why printed)."""
    libs = [p for p in app_dir.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    tools = _tools()
    if not libs or tools is None:
        if libs:
            print("ICU data left whole: icupkg, genccode (icu-devtools), cc, readelf or objcopy is missing")
        return 0
    saved = 0
    for lib in libs:
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            blob = _data_blob(tools, lib, work)
            if blob is None:
                print(f"ICU data left whole: {lib.name} is not laid out as expected")
                continue
            entry, data = blob
            # icupkg names the items after the output file: both must be called icudtNNl.dat.
            (work / "in").mkdir()
            (work / "out").mkdir()
            whole, small = work / "in" / f"{entry}l.dat", work / "out" / f"{entry}l.dat"
            whole.write_bytes(data)
            listing = subprocess.run([tools["icupkg"], "-l", str(whole)], capture_output=True, text=True, check=True)
            (work / "remove.txt").write_text("\n".join(items_to_remove(listing.stdout.split())) + "\n")
            subprocess.run([tools["icupkg"], "-r", str(work / "remove.txt"), str(whole), str(small)], check=True,
                           capture_output=True)
            subprocess.run([tools["genccode"], "-q", "-a", "gcc", "-e", entry, "-d", str(work), str(small)],
                           check=True, capture_output=True)
            built = work / lib.name
            subprocess.run([tools["cc"], "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-o", str(built),
                            str(work / f"{entry}l_dat.S")], check=True, capture_output=True)
            before = lib.stat().st_size
            shutil.copyfile(built, lib)
            saved += before - lib.stat().st_size
    return saved
