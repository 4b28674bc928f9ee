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
