"""A shop's settings are declared once and read the same everywhere; a stored value that does not fit (a
hand-edited or damaged file) reads as the default instead of half-working."""

import pytest

from core.calendar.cli import load
from core.cli import load_inputs
from core.store import Workspace, shopsettings


def test_defaults_round_trip_and_what_the_command_line_sees(tmp_path, shop_place):
    path = shop_place  # a file and a server alike
    with Workspace.create(path, "Winkel") as ws:
        assert shopsettings.read(ws, shopsettings.INACTIVE_AFTER) == 365
        assert shopsettings.read(ws, shopsettings.CALENDAR_RULES) is None
        shopsettings.write(ws, shopsettings.INACTIVE_AFTER, 120)
        assert shopsettings.read(ws, shopsettings.INACTIVE_AFTER) == 120
    # Both verbs that read a shop take its window from the same declaration.
    assert load_inputs([str(path)])[1] == 120
    assert load([str(path)])[4] == 120


@pytest.mark.parametrize("stored", ["90", 0, -5, True, 3.5, None, [1], {"days": 90}])
def test_a_value_that_does_not_fit_reads_as_the_default(tmp_path, stored):
    with Workspace.create(tmp_path / "w.klantbehoud") as ws:
        ws.set_setting("inactive_after_days", stored)  # as a hand-edited file could hold it
        assert shopsettings.read(ws, shopsettings.INACTIVE_AFTER) == 365
        with pytest.raises(ValueError):
            shopsettings.write(ws, shopsettings.INACTIVE_AFTER, stored)
        assert ws.setting("inactive_after_days") == stored  # a refused write changes nothing


def test_the_owners_columns_are_remembered_per_layout(tmp_path):
    with Workspace.create(tmp_path / "w.klantbehoud") as ws:
        assert shopsettings.remembered_mapping(ws, "nr|naam") is None
        shopsettings.remember_mapping(ws, "nr|naam", {0: "customer_id", 3: "source"}, "customers")
        shopsettings.remember_mapping(ws, "shopify-orders", {1: "date"}, "orders")
        assert shopsettings.remembered_mapping(ws, "nr|naam") == ({0: "customer_id", 3: "source"}, "customers")
        assert shopsettings.remembered_mapping(ws, "shopify-orders") == ({1: "date"}, "orders")
        # A damaged entry is no mapping, not a crash; the default is never changed through a read.
        ws.set_setting("import_mappings", {"nr|naam": {"mapping": {"x": "customer_id"}}})
        assert shopsettings.remembered_mapping(ws, "nr|naam") is None
        ws.set_setting("import_mappings", "kapot")
        assert shopsettings.remembered_mapping(ws, "nr|naam") is None
        shopsettings.read(ws, shopsettings.IMPORT_MAPPINGS)["x"] = 1
        assert shopsettings.IMPORT_MAPPINGS.default == {}
