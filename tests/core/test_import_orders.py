"""Order lines: the rows taken together give exactly what taking every row one by one gives."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.importing.orders import OrderRows
from core.importing.pipeline import import_file
from core.importing.result import CHANGED, REJECTED, SKIPPED, WARNING


def _import(path, one_by_one: bool):
    if not one_by_one:
        return import_file(path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(OrderRows, "plan", lambda self, *args: None)
        return import_file(path)


def _file(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _codes_hold(result) -> bool:
    """The customer codes an import hands on (found by the plan) are the codes found afresh; True when it hands
    some on."""
    from core.model import OrderTable

    if result.orders._customers is None:
        return False
    made = result.orders._codes_made()  # (the ids may still be unmade: they are made from these when asked)
    fresh = OrderTable(list(result.orders.customer_id), result.orders.day, result.orders.amount)
    names, codes = fresh.customers()
    assert made is not None and made[0] == names and made[1].tolist() == codes.tolist()
    assert result.orders._codes_made() is not None  # and still belong to the ids once made
    return True


def _outcome(result):
    _codes_hold(result)
    return (
        [(o.customer_id, o.date, o.amount, o.order_id) for o in result.orders],
        [(c.id, c.name, c.email) for c in result.customers],
        (result.rows_read, result.accepted, result.rejected, result.skipped, result.refunds, result.refund_total),
        [(p.row, p.column, p.action, p.problem.render()) for p in result.problems],
    )


# An order line after its order number.
LINE_REST = (
    st.sampled_from(["K1", "K2", "", ""]),  # customer, often anonymous
    st.sampled_from(["01-03-2024", "02-03-2024", "", "morgen"]),  # date, sometimes empty or unreadable
    st.sampled_from(["2", "1", "", "x"]),  # quantity
    st.sampled_from(["1,50", "-3,00", "0,10", "", "?"]),  # unit price
    st.sampled_from(["", "", "betaald", "geannuleerd"]),  # status
    st.sampled_from(["", "", "0,00", "1,00"]),  # refunded amount
)
line = st.tuples(st.sampled_from(["A1", "A2", "A3", "A4", ""]), *LINE_REST)  # order number, sometimes none


@settings(max_examples=150, deadline=None)
@given(st.lists(line, min_size=1, max_size=25), st.booleans())
def test_lines_taken_together_equal_one_by_one(tmp_path_factory, lines, with_total):
    header = "Factuurnummer;Klantnummer;Factuurdatum;Aantal;Stukprijs;Status;Terugbetaald bedrag\n"
    text = header + "".join(";".join(r) + "\n" for r in lines)
    if with_total:
        text += "Totaal;;;;99,00;;\n"
    path = _file(tmp_path_factory.mktemp("orders"), "orders.csv", text)
    assert _outcome(_import(path, one_by_one=False)) == _outcome(_import(path, one_by_one=True))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([f"A{i}" for i in range(1, 10)] + [""]), *LINE_REST), min_size=1,
                max_size=10, unique_by=lambda r: r[0]))
def test_one_line_per_order_taken_together_equal_one_by_one(tmp_path_factory, lines):
    """Every order number on one line (most web shops' exports; one line may have none): the rows are the orders."""
    header = "Factuurnummer;Klantnummer;Factuurdatum;Aantal;Stukprijs;Status;Terugbetaald bedrag\n"
    path = _file(tmp_path_factory.mktemp("orders"), "orders.csv", header + "".join(";".join(r) + "\n" for r in lines))
    assert _outcome(_import(path, one_by_one=False)) == _outcome(_import(path, one_by_one=True))


loose_line = st.tuples(
    st.sampled_from(["K1", "K2", "", "K3"]),  # customer number, sometimes none
    st.sampled_from(["an@x.nl", "AN@X.NL", "bo@y.nl", ""]),  # e-mail
    st.sampled_from(["An Smit", "Bo", ""]),  # name
    st.sampled_from(["01-03-2024", "02-03-2024", "", "gisteren"]),  # date
    st.sampled_from(["12,50", "-3,00", "", "?"]),  # amount
    st.sampled_from(["Utrecht", "Gouda", ""]),  # branch
    st.sampled_from(["ja", "nee", ""]),  # newsletter consent
)


@settings(max_examples=150, deadline=None)
@given(st.lists(loose_line, min_size=1, max_size=25))
def test_rows_without_order_numbers_taken_together_equal_one_by_one(tmp_path_factory, lines):
    # No order number column: every row is an order of its own, and customers are known by number, e-mail or name.
    header = "Klantnummer;E-mail;Naam;Datum;Bedrag;Filiaal;Nieuwsbrief\n"
    text = header + "".join(";".join(r) + "\n" for r in lines)
    path = _file(tmp_path_factory.mktemp("orders"), "orders.csv", text)
    together, one_by_one = _import(path, one_by_one=False), _import(path, one_by_one=True)
    assert _outcome(together) == _outcome(one_by_one)
    assert [(o.branch, o.order_id) for o in together.orders] == [(o.branch, o.order_id) for o in one_by_one.orders]
    assert ([(c.consent, c.branch) for c in together.customers]
            == [(c.consent, c.branch) for c in one_by_one.customers])


def test_the_customer_codes_found_while_importing_go_with_the_orders(tmp_path):
    """An export with a customer number on every line hands the figures each order's customer as a code (found while
    the orders were taken together), equal to the codes found afresh, also after other lines went one by one."""
    text = ("Ordernummer;Klantnummer;Datum;Bedrag\nW1;K9;01-03-2024;10,00\nW2;K2;02-03-2024;5,00\n"
            "W3;K9;03-03-2024;7,50\nW4;K3;gisteren;1,00\nW5;K2;04-03-2024;2,00\nW6;K4;05-03-2024;3,00\n")
    result = import_file(_file(tmp_path, "orders.csv", text))
    assert _codes_hold(result)
    assert result.orders.customers()[0] == ["K9", "K2", "K4"]
    assert result.orders.customers()[1].tolist() == [0, 1, 0, 1, 2]
    from core.importing.pipeline import dataset_from_results

    data = dataset_from_results([result])
    assert data.orders._customers is not None and data.orders.customers()[0] == ["K9", "K2", "K4"]


def test_order_lines_with_every_kind_of_exception(tmp_path):
    text = ("Factuurnummer;Klantnummer;Factuurdatum;Aantal;Stukprijs\n"
            "A1;K1;01-03-2024;2;1,50\n"  # row 2: a plain order ...
            "A1;K1;01-03-2024;1;0,10\n"  # ... and its further lines
            "A1;;01-03-2024;3;1,00\n"
            "A2;;02-03-2024;1;5,00\n"  # row 5: anonymous sale ...
            "A2;;02-03-2024;1;5,00\n"  # ... its further line is skipped too
            "A3;K2;;1;4,00\n"  # row 7: no date, rejected ...
            "A3;K2;03-03-2024;1;4,00\n"  # ... the next line makes the order
            "A4;;04-03-2024;1;1,00\n"  # row 9: no customer on the first line ...
            "A4;K1;04-03-2024;2;1,00\n"  # ... but on the second: the order is K1's
            "A1;K1;01-03-2024;x;1,00\n"  # row 11: a later line of A1 with an unreadable quantity
            ";K2;05-03-2024;1;-2,50\n"  # row 12: no order number, a refund on its own
            "A5;K2;06-03-2024;1;1,00\n"  # row 13: a plain order of two lines
            "A5;K2;06-03-2024;3;0,50\n")
    path = _file(tmp_path, "orders.csv", text)
    result = import_file(path)
    assert [(o.order_id, o.customer_id, o.date, o.amount) for o in result.orders] == [
        ("A1", "K1", date(2024, 3, 1), 2 * 1.5 + 0.1 + 3.0),
        ("A3", "K2", date(2024, 3, 3), 4.0),
        ("A4", "K1", date(2024, 3, 4), 2.0),
        ("", "K2", date(2024, 3, 5), -2.5),
        ("A5", "K2", date(2024, 3, 6), 2.5),
    ]
    assert (result.rows_read, result.accepted, result.rejected, result.skipped) == (13, 9, 1, 3)
    assert result.rows_read == result.accepted + result.rejected + result.skipped
    assert result.refunds == 1 and result.refund_total == -2.5
    by_action = {(p.row, p.action) for p in result.problems}
    assert (7, REJECTED) in by_action and (11, CHANGED) in by_action and (0, SKIPPED) in by_action
    assert _outcome(result) == _outcome(_import(path, one_by_one=True))


def test_shopify_orders_cancelled_and_refunded_orders_are_no_purchases(tmp_path):
    text = ("Name,Email,Financial Status,Paid at,Total,Created at,Lineitem quantity,Cancelled at,Refunded Amount,Id\n"
            "#1001,a@x.nl,paid,2024-04-08 17:24:41 +0200,30.00,2024-04-08 17:24:41 +0200,1,,0.00,5550001\n"
            "#1001,a@x.nl,,,,,2,,,\n"
            "#1002,b@x.nl,refunded,2024-04-09 10:00:00 +0200,12.50,2024-04-09 10:00:00 +0200,1,,12.50,5550002\n"
            "#1003,a@x.nl,paid,2024-04-10 10:00:00 +0200,20.00,2024-04-10 10:00:00 +0200,1,"
            "2024-04-11 09:00:00 +0200,0.00,5550003\n"
            "#1003,a@x.nl,,,,,1,,,\n"
            "#1004,b@x.nl,partially_refunded,2024-04-12 10:00:00 +0200,8.00,2024-04-12 10:00:00 +0200,1,,3.00,"
            "5550004\n")
    result = import_file(_file(tmp_path, "orders_export_1.csv", text))
    assert result.layout == "Shopify orders"
    assert "customer_id" not in result.mapping.values()  # Shopify's Id is the order's, not the customer's
    # A partial refund is taken off the order's amount, and said.
    assert [(o.order_id, o.customer_id, o.amount) for o in result.orders] == [
        ("#1001", "a@x.nl", 30.0), ("#1004", "b@x.nl", 5.0)]
    assert (result.rows_read, result.accepted, result.skipped) == (6, 3, 3)
    skipped = [(p.row, p.problem.params["order"]) for p in result.problems if p.action == SKIPPED]
    assert skipped == [(4, "#1002"), (5, "#1003"), (6, "#1003")]
    notes = [(p.row, p.problem.render()) for p in result.problems if p.action == WARNING]
    assert notes == [(7, "Order #1004: the refunded 3.00 is taken off its amount of 8.00.")]
    assert "row 7: Order #1004: the refunded 3,00 is taken off its amount of 8,00. (note)" in \
        result.summary_lines(decimal=",")  # the Dutch screen writes amounts the Dutch way


def test_dutch_woocommerce_orders_with_statuses(tmp_path):
    text = ("Datum,Bestelling #,N. Omzet (opgemaakt),Status,Klant,Klanttype,Product(en),N. Omzet\n"
            "2024-05-01 10:00:00,501,\"€ 1.250,00\",Voltooid,Anna de Vries,nieuw,Fiets,1250\n"
            "2024-05-02 11:00:00,502,\"€ 30,00\",Geannuleerd,Bram Smit,nieuw,Bel,30\n"
            "2024-05-03 12:00:00,503,\"€ 45,50\",In behandeling,Anna de Vries,terugkerend,Slot,45.5\n")
    result = import_file(_file(tmp_path, "wc-orders.csv", text))
    assert result.layout == "WooCommerce orders (Dutch)" and result.kind == "orders"
    assert [(o.order_id, o.customer_id, o.date, o.amount) for o in result.orders] == [
        ("501", "Anna de Vries", date(2024, 5, 1), 1250.0), ("503", "Anna de Vries", date(2024, 5, 3), 45.5)]
    assert (result.rows_read, result.accepted, result.skipped) == (3, 2, 1)


def test_total_row_in_a_column_that_is_not_used(tmp_path):
    text = ("Winkel;Factuurnummer;Factuurdatum;Klantnummer;Bedrag\n"
            "Centrum;F1;01-03-2024;K1;10,00\n"
            "Centrum;F2;02-03-2024;K2;5,00\n"
            "Totaal;;;;15,00\n")
    result = import_file(_file(tmp_path, "verkoop.csv", text))
    assert [(o.order_id, o.amount) for o in result.orders] == [("F1", 10.0), ("F2", 5.0)]
    assert (result.rows_read, result.accepted, result.skipped, result.rejected) == (3, 2, 1, 0)
    assert [(p.row, p.action) for p in result.problems] == [(4, SKIPPED)]
    assert "total row" in result.problems[0].problem.render()


def test_only_the_order_rows_are_taken_together():
    """``build`` takes rows together only for a handler that declares it (the orders); the others go row by row.
    (Without this the property tests above would compare the row-by-row road with itself.)"""
    from core.importing.handlers import RowHandler, TakesRowsTogether
    from core.importing.records import CountRows, CustomerRows, LostRows, SurveyRows
    from core.importing.result import ImportResult, SourceInfo

    result = ImportResult("orders", "", {}, [], SourceInfo("bestellingen.csv", "csv"))
    assert isinstance(OrderRows(result), TakesRowsTogether)
    for kind in (CustomerRows, SurveyRows, CountRows, LostRows):
        handler: RowHandler = kind(result)
        assert not isinstance(handler, TakesRowsTogether)


@settings(max_examples=120, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([f"W{i:02d}" for i in range(30)] + ["Wé1", "W 7", ""]), *LINE_REST),
                min_size=2, max_size=12, unique_by=lambda r: r[0]))
def test_rising_order_numbers_stay_one_text_and_read_as_one_by_one(tmp_path_factory, lines):
    """Order numbers that rise from line to line (a web shop's export): the reader keeps the column as one text
    (``core.packed``) and the order table keeps it so; what comes out is what taking every row one by one gives."""
    lines = sorted(lines)
    header = "Ordernummer;Klantnummer;Datum;Aantal;Stukprijs;Status;Terugbetaald bedrag\n"
    path = _file(tmp_path_factory.mktemp("orders"), "orders.csv", header + "".join(";".join(r) + "\n" for r in lines))
    together = _import(path, one_by_one=False)
    assert _outcome(together) == _outcome(_import(path, one_by_one=True))


def test_a_big_export_keeps_its_order_numbers_as_one_text(tmp_path):
    """Every line a plain order with a number of its own, in rising order: the numbers never become a text per order
    on their way to the order table (ten million of them would take 600 MB), and read back as they were written."""
    text = "Ordernummer;Klantnummer;Datum;Bedrag\n" + "".join(
        f"W{i:06d};K{i % 7};{1 + i % 28:02d}-03-2024;{i % 50},25\n" for i in range(3000))
    result = import_file(_file(tmp_path, "orders.csv", text))
    assert isinstance(result.orders._order_id, tuple)  # packed: one text and its separator
    assert result.orders.order_id == [f"W{i:06d}" for i in range(3000)]
    assert (result.accepted, result.rejected, len(result.customers)) == (3000, 0, 7)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 9), max_size=40), st.integers(10, 12))
def test_first_places_of_codes_are_those_a_stable_unique_finds(codes, m):
    import numpy as np

    from core.importing.orderplan import _first_places

    codes = np.array(codes, np.int64)
    found, first = np.unique(codes, return_index=True)
    order = np.argsort(first, kind="stable")
    got_found, got_first = _first_places(codes, m)
    assert got_found.tolist() == found[order].tolist() and got_first.tolist() == first[order].tolist()
