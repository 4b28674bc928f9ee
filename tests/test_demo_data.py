"""The bundled demo shop is exactly what build/make_demo.py writes, and it imports without a problem."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "build"))

import make_demo  # noqa: E402

from core.importing.pipeline import dataset_from_results, import_file  # noqa: E402
from core.metrics.summary import summarize_dataset  # noqa: E402


def test_demo_files_are_generated_not_hand_edited(tmp_path):
    for path in make_demo.write(tmp_path):
        assert path.read_bytes() == (ROOT / "resources" / "demo" / path.name).read_bytes(), path.name


def test_demo_shop_imports_cleanly_and_has_every_figure():
    results = [import_file(ROOT / "resources" / "demo" / n) for n in ("klanten.csv", "bestellingen.csv", "enquete.csv")]
    assert [r.kind for r in results] == ["customers", "orders", "survey"]
    for r in results:
        assert r.rejected == 0 and r.balanced
    s = summarize_dataset(dataset_from_results(results))
    assert 300 <= s.customers <= 600
    assert s.crr.percent is not None and s.churn_six.percent is not None
    assert s.nps.responses > 50 and s.referral.known_source > 50
    assert len(s.churn_monthly) == 12


def test_making_the_demo_shop_leaves_no_files_of_its_temporary_name():
    from ui.demo import demo_workspace
    from ui.paths import data_dir

    shop = demo_workspace()
    assert shop.exists()
    assert not [p.name for p in data_dir().iterdir() if ".new" in p.name]
