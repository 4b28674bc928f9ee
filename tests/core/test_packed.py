"""Texts kept as one text (``core.packed``): every question asked of them is answered as a list of them answers it."""

import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.packed import PackedTexts, packed_rows
from core.steps import STEP
from tests.helpers.sequences import index_or_none

# Texts without the separator, with the characters that matter: spaces of several kinds at the edges, the empty
# text, letters outside ASCII, texts that are parts of others.
text = st.text(alphabet=st.sampled_from(list("ab1 \t\x1fé\u00a0")), max_size=4)
texts = st.lists(text, max_size=12)


def _packed(values: list[str]) -> PackedTexts:
    return PackedTexts("\n", "\n".join(values), len(values))


@settings(max_examples=300, deadline=None)
@given(texts, text, st.integers(-15, 15), st.integers(-15, 15), st.integers(1, 3))
def test_packed_texts_answer_as_the_list_does(values, probe, start, stop, step):
    p = _packed(values)
    assert len(p) == len(values)
    assert list(p) == values
    assert p == values and p == _packed(values)
    assert [p[i] for i in range(-len(values), len(values))] == values + values
    assert p[start:stop:step] == values[start:stop:step]
    for asked in [probe, *values[:3], None, 5, "a\nb"]:
        assert (asked in p) == (asked in values)
    for asked in [probe, *values]:
        for lo in range(0, len(values) + 1):
            for hi in (lo, lo + 1, len(values), None, -1, -len(values) - 2):
                expected = index_or_none(values, asked, lo, *([] if hi is None else [hi]))
                assert index_or_none(p, asked, lo, hi) == expected, (asked, lo, hi)
    assert p.space_at_edges() == any(v != v.strip() for v in values)
    back = pickle.loads(pickle.dumps(p))
    assert back == values and back.packed == p.packed


def test_out_of_range_and_a_wrong_count_are_refused():
    p = _packed(["a", "b"])
    with pytest.raises(IndexError):
        p[2]
    with pytest.raises(IndexError):
        p[-3]
    with pytest.raises(ValueError):
        p.index("c")
    with pytest.raises(ValueError):
        PackedTexts("\n", "a\nb", 3)  # one value fewer than said
    with pytest.raises(ValueError):
        PackedTexts("\n", "a", 0)
    assert list(PackedTexts("\n", "", 0)) == [] and "" not in PackedTexts("\n", "", 0)
    assert list(PackedTexts("\n", "", 1)) == [""] and "" in PackedTexts("\n", "", 1)


def test_iteration_goes_past_a_step_of_values():
    values = [f"W{i}" for i in range(STEP * 2 + 5)]
    p = _packed(values)
    assert list(p) == values
    assert p[STEP - 1:STEP + 2] == values[STEP - 1:STEP + 2]
    assert p.index(values[-1]) == len(values) - 1 and p.index(values[STEP]) == STEP


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=6).filter(lambda b: b"\n" not in b and b"\x00" not in b and b.isascii()),
                min_size=1, max_size=20))
def test_rows_of_bytes_pack_into_their_texts(values):
    width = max(max(map(len, values)), 1)
    block = np.zeros((len(values), width), np.uint8)
    for i, v in enumerate(values):
        block[i, :len(v)] = list(v)
    lengths = np.array([len(v) for v in values], np.int32)
    p = packed_rows(block, lengths)
    assert p is not None and list(p) == [v.decode("ascii") for v in values]


def test_rows_holding_the_separator_are_not_packed():
    block = np.array([[97, 10], [98, 0]], np.uint8)  # "a\n" and "b"
    assert packed_rows(block, np.array([2, 1])) is None


def test_rows_of_one_length_pack_as_they_are_unless_a_value_holds_a_zero_byte_or_the_separator():
    # Order numbers with leading zeros fill every byte of their rows: packed without finding where each one ends.
    values = [f"W{i:07d}".encode() for i in range(STEP + 3)]
    block = np.array([list(v) for v in values], np.uint8)
    lengths = np.full(len(values), 8, np.int32)
    p = packed_rows(block, lengths)
    assert p is not None and list(p) == [v.decode() for v in values]
    for bad in (0, 10):  # a zero byte, the separator
        spoiled = block.copy()
        spoiled[STEP + 1, 3] = bad
        assert packed_rows(spoiled, lengths) is None
