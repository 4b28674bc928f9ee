"""The package's ICU data trimmed to Dutch and English: what goes, and that ICU still works on what stays (the
trimmed library is built here from the ICU PySide6 ships and loaded through ICU's own C functions)."""

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))

from icu_trim import items_to_remove, trim_icu_data  # noqa: E402


def test_only_other_languages_converters_and_transliterators_go():
    items = ["root.res", "nl.res", "nl_BE.res", "en_GB.res", "de.res", "sr_Latn_BA.res", "coll/de_.res",
             "coll/root.res", "coll/ucadata.icu", "coll/zh.res", "brkitr/cjdict.dict", "brkitr/root.res",
             "brkitr/line.brk", "curr/pool.res", "curr/fr.res", "pool.res", "res_index.res", "supplementalData.res",
             "likelySubtags.res", "zoneinfo64.res", "metaZones.res", "plurals.res", "icuver.res", "cnvalias.icu",
             "ibm-1390_P110-2003.cnv", "translit/root.res", "uprops.icu"]
    assert items_to_remove(items) == ["de.res", "sr_Latn_BA.res", "coll/de_.res", "coll/zh.res", "curr/fr.res",
                                      "ibm-1390_P110-2003.cnv", "translit/root.res"]


# Run in a process of its own: a process that loaded Qt already has the whole ICU data under the same name,
# and the loader would hand that one to the trimmed ICU.
PROBE = """
import ctypes, sys
folder, version = sys.argv[1], sys.argv[2]
uc = ctypes.CDLL(f"{folder}/libicuuc.so.{version}")
i18n = ctypes.CDLL(f"{folder}/libicui18n.so.{version}")
status = ctypes.c_int(0)
buffer = (ctypes.c_uint16 * 64)()
n = getattr(uc, f"uloc_getDisplayLanguage_{version}")(b"de", b"nl", buffer, 64, ctypes.byref(status))
print(bytes(buffer)[: n * 2].decode("utf-16-le"), status.value)
open_collator = getattr(i18n, f"ucol_open_{version}")
open_collator.restype = ctypes.c_void_p
for locale in (b"nl", b"ja"):
    status = ctypes.c_int(0)
    collator = open_collator(locale, ctypes.byref(status))
    print(locale.decode(), bool(collator), status.value)
"""


@pytest.mark.skipif(sys.platform != "linux", reason="the package is trimmed on Linux")
def test_the_trimmed_data_still_serves_dutch_and_english(tmp_path):
    import importlib.util
    import subprocess

    spec = importlib.util.find_spec("PySide6")  # located, not imported
    qt_lib = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "lib"
    data = next((p for p in qt_lib.glob("libicudata.so.*") if not p.is_symlink()), None)
    if data is None:
        pytest.skip("this PySide6 carries no ICU")
    if not all(shutil.which(t) for t in ("icupkg", "genccode", "cc", "readelf", "objcopy")):
        pytest.skip("icu-devtools, gcc or binutils missing (.ci/run installs them)")
    version = data.name.rsplit(".", 1)[1]
    app = tmp_path / "app"
    app.mkdir()
    for name in ("libicudata", "libicuuc", "libicui18n"):
        shutil.copy(qt_lib / f"{name}.so.{version}", app)
    before = (app / data.name).stat().st_size
    assert trim_icu_data(app) > before * 0.6  # 32 MB -> about 7.5 MB
    run = subprocess.run([sys.executable, "-c", PROBE, str(app), version], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    name_line, nl_line, ja_line = run.stdout.splitlines()
    assert name_line == "Duits 0"  # language names in Dutch come from nl's own data, which stays
    assert nl_line in ("nl True 0", "nl True -127", "nl True -128")  # Dutch collation opens
    # Japanese collation went: ICU falls back to the root order and says so (U_USING_DEFAULT_WARNING), no error.
    assert ja_line == "ja True -127"
