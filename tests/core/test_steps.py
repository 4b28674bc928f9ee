"""Passes in steps give what the one-call forms give, at the edges of a step too."""

from datetime import date

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.importing.search import indexes
from core.steps import STEP, CodedCells, distinct, joined, mapped, slices
from tests.helpers.sequences import index_or_none


@pytest.mark.parametrize("n", [0, 1, STEP - 1, STEP, STEP + 1, 2 * STEP + 7])
def test_each_pass_in_steps_equals_the_pass_in_one_call(n):
    values = [f"K{i % 997}" for i in range(n)]
    assert list(distinct(values)) == list(dict.fromkeys(values))
    index = {v: i for i, v in enumerate(dict.fromkeys(values))}
    codes = mapped(index.__getitem__, values, np.int64)
    assert codes.dtype == np.int64 and codes.tolist() == [index[v] for v in values]
    numbers = list(range(n))
    assert joined(values, numbers) == list(zip(values, numbers, strict=True))
    assert [x for part in slices(values) for x in part] == values
    assert all(len(part) <= STEP for part in slices(values))


def test_columns_of_different_lengths_are_refused():
    with pytest.raises(ValueError):
        joined(["a", "b"], [1])


def test_taken_gives_each_row_its_text_over_several_steps():
    from core.steps import taken

    texts = ["K1", "K2", "", "K4"]
    codes = np.arange(2 * STEP + 5) % 4
    rows = taken(texts, codes)
    assert rows == [texts[c] for c in codes.tolist()] and rows[5] is texts[1]
    assert taken(texts, np.zeros(0, np.int64)) == [] and taken([], np.zeros(0, np.int64)) == []


@pytest.mark.parametrize("n", [0, 1, 2, STEP + 3])
def test_all_distinct_says_whether_a_value_occurs_twice(n):
    from core.steps import all_distinct

    values = [f"W{i}" for i in range(n)]
    assert all_distinct(values)
    if n > 1:
        assert not all_distinct([*values, values[n // 2]]) and not all_distinct([values[-1], *values])
    assert not all_distinct([1, 1.0]) and all_distinct([1, "1"]) and not all_distinct(["", ""])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 4), max_size=30), st.integers(-35, 35), st.integers(-35, 35))
def test_coded_cells_answer_as_the_list_of_every_row_does(codes, start, stop):
    """A column as distinct values and a code per row (``CodedCells``) answers every question as the list of each
    row's value does — values that compare equal across types (1 and 1.0), None, a date, an empty text included."""
    values = ["", None, date(2024, 3, 1), 1, 1.0]
    cells = CodedCells(np.array(codes, np.int32), values)
    rows = [values[c] for c in codes]
    assert len(cells) == len(rows) and list(cells) == rows and cells == rows
    assert [cells[i] for i in range(-len(rows), len(rows))] == rows + rows
    assert cells[start:stop] == rows[start:stop]
    for asked in ["", None, date(2024, 3, 1), 1, True, "x"]:
        assert (asked in cells) == (asked in rows) and cells.count(asked) == rows.count(asked)
        assert indexes(cells, asked) == [i for i, v in enumerate(rows) if v is asked or v == asked]
        assert index_or_none(cells, asked, start, stop) == index_or_none(rows, asked, start, stop)


def test_coded_cells_are_gone_through_a_step_at_a_time():
    codes = np.arange(2 * STEP + 3) % 3
    cells = CodedCells(codes, ["a", "b", "c"])
    assert list(cells) == ["abc"[c] for c in codes.tolist()]
