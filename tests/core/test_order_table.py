"""The orders as columns: the same orders as a list of Order values, whatever one does with them."""

import pickle
from datetime import date

import numpy as np
import pytest

from core.model import Dataset, Order, OrderTable

ORDERS = [Order("K1", date(2024, 1, 2), 12.5, "A1", "Gouda"), Order("K2", date(2024, 1, 3), -3.0),
          Order("K1", date(2023, 12, 31), 0.1, "A3", "Utrecht")]


def test_a_table_is_the_sequence_of_its_orders():
    table = OrderTable.from_orders(ORDERS)
    assert len(table) == 3 and list(table) == ORDERS and table == ORDERS and table == tuple(ORDERS)
    assert table[2] == ORDERS[2] and table[-1] == ORDERS[-1]
    assert table[1:] == ORDERS[1:] and isinstance(table[1:], OrderTable)
    assert table.day.tolist() == [738887, 738888, 738885] and table.amount.tolist() == [12.5, -3.0, 0.1]
    assert table != ORDERS[:2] and table != [*ORDERS[:2], Order("K1", date(2023, 12, 31), 0.2, "A3", "Utrecht")]
    assert OrderTable() == [] and not OrderTable()


def test_choosing_renaming_and_growing_keep_every_column_in_step():
    table = OrderTable.from_orders(ORDERS)
    assert table.where([True, False, True]) == [ORDERS[0], ORDERS[2]]
    assert table.take([2, 0]) == [ORDERS[2], ORDERS[0]]
    assert table.up_to(date(2024, 1, 2)) == [ORDERS[0], ORDERS[2]]
    assert [o.customer_id for o in table.renamed({"K1": "42"})] == ["42", "K2", "42"]
    assert table.customer_id == ["K1", "K2", "K1"]  # renaming made a new table
    grown = table.copy()
    grown.extend(table[:1])
    grown.append(Order("K9", date(2025, 5, 5), 1.0))
    assert grown == [*ORDERS, ORDERS[0], Order("K9", date(2025, 5, 5), 1.0)] and len(table) == 3
    assert table.customer_codes({"K1": 0, "K2": 1}).tolist() == [0, 1, 0]
    assert table.dates() == [date(2024, 1, 2), date(2024, 1, 3), date(2023, 12, 31)]


def test_a_table_travels_between_processes_and_refuses_columns_of_different_lengths():
    table = OrderTable.from_orders(ORDERS)
    assert pickle.loads(pickle.dumps(table)) == table
    with pytest.raises(ValueError):
        OrderTable(["K1", "K2"], np.array([1, 2]), np.array([1.0]))


def test_a_dataset_turns_a_list_of_orders_into_a_table():
    data = Dataset(orders=list(ORDERS))
    assert isinstance(data.orders, OrderTable) and data.orders == ORDERS


def test_texts_with_any_separator_in_them_travel_unchanged():
    # Each column travels as one text joined by a separator none of its values holds; when every separator
    # occurs, as the list itself.
    awkward = ["a\x1fb", "c\x1ed", "e\x00f", "", "g"]
    table = OrderTable(awkward, [1] * 5, [1.0] * 5, ["", "", "", "", ""], ["x\x1f", "y", "", "", ""])
    copy = pickle.loads(pickle.dumps(table))
    assert copy == table and copy.customer_id == awkward and copy.order_id == [""] * 5
    assert pickle.loads(pickle.dumps(OrderTable())) == []


def test_an_import_result_travels_between_processes_with_every_customer_field():
    from core.importing.result import ImportResult, SourceInfo
    from core.model import Customer

    result = ImportResult("orders", "", {0: "customer_id"}, ["Klant"], SourceInfo("x.csv", "csv"))
    result.customers = [Customer("K1", "An", "an@x.nl", date(2020, 1, 2), None, date(2020, 1, 3), date(2024, 5, 6),
                                 3, 12.5, "Google", 9, True, "06", "Gouda"), Customer("K2", consent=False)]
    result.orders = OrderTable.from_orders(ORDERS)
    copy = pickle.loads(pickle.dumps(result))
    assert copy.customers == result.customers and copy.orders == ORDERS and copy.source == result.source
    assert copy.__dict__.keys() == result.__dict__.keys()


def test_a_table_travels_with_its_customer_codes_and_they_stay_true_to_its_ids():
    table = OrderTable(["K2", "K1", "K2", "K1\x1f", "K3"], [1, 2, 3, 4, 5], [1.0] * 5)
    names, codes = table.customers()
    copy = pickle.loads(pickle.dumps(table))
    assert copy == table and copy.customer_id == ["K2", "K1", "K2", "K1\x1f", "K3"]
    assert copy.customers()[0] == names == ["K2", "K1", "K1\x1f", "K3"]
    assert copy.customers()[1].tolist() == codes.tolist() == [0, 1, 0, 2, 3]
    copy.append(Order("K1", date(2025, 1, 1), 1.0))  # a change after the journey: the codes follow it
    assert copy.customers()[0] == names and copy.customers()[1].tolist() == [0, 1, 0, 2, 3, 1]
    table.customer_id = ["K5"] * 5  # codes of another list are not sent: the ids are
    assert pickle.loads(pickle.dumps(table)).customers()[0] == ["K5"]


def test_a_table_longer_than_a_step_travels_unchanged():
    from core.steps import STEP

    n = 2 * STEP + 3
    table = OrderTable([f"K{i}" for i in range(n)], np.arange(n), np.ones(n), [f"W{i}" for i in range(n)], None)
    copy = pickle.loads(pickle.dumps(table))
    assert copy.customer_id == table.customer_id and copy.order_id == table.order_id and copy.branch == [""] * n


def test_customer_codes_follow_every_change_of_the_customers():
    table = OrderTable.from_orders(ORDERS)
    assert table.customers()[0] == ["K1", "K2"] and table.customers()[1].tolist() == [0, 1, 0]
    table.append(Order("K3", date(2025, 1, 1), 1.0))
    assert table.customers()[0] == ["K1", "K2", "K3"]
    assert table.customer_codes({"K3": 0, "K2": 1, "K1": 2}).tolist() == [2, 1, 2, 0]
    table.customer_id = ["K9", "K2", "K9", "K3"]  # a new list of the same length
    assert table.customers()[0] == ["K9", "K2", "K3"]
    assert table.customer_codes({"K9": 0, "K2": 1, "K3": 2}).tolist() == [0, 1, 0, 2]
    assert OrderTable().customer_codes({}).tolist() == []


def test_a_table_made_from_codes_makes_its_ids_and_order_numbers_only_when_asked():
    packed = ("\x1f", "A1\x1fA2\x1fA3\x1fA4")
    table = OrderTable.coded(["K2", "K1"], np.array([0, 1, 0, 1]), np.array([1, 2, 3, 4]), np.ones(4), packed,
                             [""] * 4)
    assert len(table) == 4 and table._customer_id is None and table._order_id is packed
    assert table.customers()[0] == ["K2", "K1"] and table.customer_codes({"K1": 0, "K2": 1}).tolist() == [1, 0, 1, 0]
    lazy_copy = table.copy()
    state = pickle.loads(pickle.dumps(table))  # travels as it is: the ids stay unmade, the numbers packed
    assert lazy_copy._customer_id is None and state._customer_id is None and state._order_id == packed
    for t in (table, lazy_copy, state):
        assert t.customer_id == ["K2", "K1", "K2", "K1"] and t.order_id == ["A1", "A2", "A3", "A4"]
        assert t.customers()[1].tolist() == [0, 1, 0, 1]  # the codes still belong to the ids now made
    grown = table.copy()
    grown.append(Order("K3", date(2025, 1, 1), 1.0, "A5", "Delft"))  # a copy grows alone
    assert len(table.branch) == len(table.order_id) == 4 and grown.branch[-1] == "Delft"
    state.append(Order("K3", date(2025, 1, 1), 1.0, "A5"))
    assert state.customers()[0] == ["K2", "K1", "K3"] and state.order_id[-1] == "A5" and len(state) == 5
    table.customer_id = ["K9"] * 4  # the codes were made for other ids: found again
    assert table.customers()[0] == ["K9"] and table.customers()[1].tolist() == [0, 0, 0, 0]
    with pytest.raises(ValueError):
        OrderTable.coded(["K1"], np.array([0, 0]), np.array([1]), np.ones(2), ["A1", "A2"], ["", ""])
    empty = OrderTable.coded([], np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0), [], [])
    assert empty == [] and empty.customer_id == [] and empty.customers()[0] == []


def test_an_empty_table_takes_a_coded_one_as_it_is_and_then_grows_alone():
    coded = OrderTable.coded(["K2", "K1"], np.array([0, 1, 0]), np.array([1, 2, 3]), np.ones(3),
                             ["A1", "A2", "A3"], ["", "", "Delft"])
    table = OrderTable()
    table.extend(coded)
    assert table._customer_id is None and table.customers()[0] == ["K2", "K1"]  # the ids are still unmade
    table.append(Order("K3", date(2025, 1, 1), 2.0, "A4"))
    assert table.customer_id == ["K2", "K1", "K2", "K3"] and table.order_id[-1] == "A4" and len(table) == 4
    assert coded == [Order("K2", date.fromordinal(1), 1.0, "A1"), Order("K1", date.fromordinal(2), 1.0, "A2"),
                     Order("K2", date.fromordinal(3), 1.0, "A3", "Delft")]  # the one it took is as it was


def test_a_table_whose_orders_name_no_branch_keeps_no_list_of_them_until_asked():
    """A single shop's export names no branch: the table holds no list of empty names (80 MB at ten million orders)
    through copying, choosing, travelling and iterating, and makes one only when asked for it or grown with
    orders that name one."""
    plain = OrderTable(["A", "B", "A"], [738000, 738001, 738002], [1.0, 2.0, 3.0])
    coded = OrderTable.coded(["A", "B"], np.array([0, 1, 0]), np.array([738000, 738001, 738002]),
                             np.array([1.0, 2.0, 3.0]), ("\x1f", "W1\x1fW2\x1fW3"), None)
    for table in (plain, coded):
        for kept in (table.copy(), table.take([2, 0]), table[1:], pickle.loads(pickle.dumps(table))):
            assert kept._branch is None
        assert [o.branch for o in table] == ["", "", ""] and table[1].branch == "" and table._branch is None
        assert table == [Order(c, date.fromordinal(d), a, n) for c, d, a, n in
                         zip(["A", "B", "A"], [738000, 738001, 738002], [1.0, 2.0, 3.0], table.order_id,
                             strict=True)]
        grown = table.copy()
        grown.extend(OrderTable(["C"], [738003], [4.0], ["W4"], ["Delft"]))
        assert grown.branch == ["", "", "", "Delft"] and table._branch is None
        assert table.branch == ["", "", ""]  # made when asked for
    with pytest.raises(ValueError):
        OrderTable.coded(["A"], np.array([0, 0]), np.array([1, 2]), np.array([1.0, 2.0]), ["W1", "W2"], ["x"])
