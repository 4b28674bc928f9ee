"""A plain CSV file read as columns of its bytes gives exactly what reading it line by line gives."""

import codecs
import csv
import io

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.importing import bytecolumns, csvfile, distinct
from core.importing.bytecolumns import ColumnRows, plain_rows
from core.importing.csvfile import read_csv
from core.importing.pipeline import import_file

CELL = st.text(alphabet="aZ09 ,.-:/é€ü", max_size=6)
ODD_CELL = st.sampled_from(['5" plaat', "a;b", '"x"', ""])  # written with quotes around it


@st.composite
def plain_files(draw):
    """A plain file's rows and how they are written: encoding, line end, a last line end, a sep= line."""
    width = draw(st.integers(2, 5))
    cell = st.one_of(CELL, CELL, CELL, CELL, CELL, CELL, CELL, CELL, CELL, ODD_CELL)
    rows = draw(st.lists(st.lists(cell, min_size=width, max_size=width), min_size=1, max_size=30))
    return rows, draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])), draw(st.sampled_from(["\n", "\r\n"])), \
        draw(st.booleans()), draw(st.booleans())


@settings(max_examples=200, deadline=None)
@given(plain_files())
def test_plain_file_reads_as_the_csv_module_reads_it(tmp_path_factory, drawn):
    rows, encoding, end, last_end, sep_line = drawn
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator=end).writerows(rows)
    text = out.getvalue()[: None if last_end else -len(end)]
    path = tmp_path_factory.mktemp("csv") / "k.csv"
    path.write_bytes(((f"sep=;{end}" if sep_line else "") + text).encode(encoding))
    read, info, problems = read_csv(path, ";")
    assert list(read) == rows
    quoted = sum('"' in line for line in text.split(end))
    assert isinstance(read, ColumnRows) == (quoted * 10 <= len(rows) and quoted < len(rows))
    if not isinstance(read, ColumnRows):
        return
    assert (info.encoding, info.sep_line, problems) == ("utf-8" if encoding == "cp1252" and text.isascii()
                                                        else encoding, sep_line, [])
    for lo in (0, 1, len(rows) // 2):
        part = read[lo:]
        for j in range(len(rows[0])):
            codes, texts = part.column(j)
            cells = [r[j] for r in rows[lo:]]
            assert texts == list(dict.fromkeys(cells))  # distinct values in first-seen order
            assert [texts[c] for c in codes.tolist()] == cells == part.cells(j)
        assert part.blank().tolist() == [i for i, r in enumerate(rows[lo:]) if not any(r)]


@pytest.mark.parametrize("text", [
    'Klant;Naam\n1;"de Vries\nJan"\n',  # a quoted value over a line end
    'Klant;Naam\n1;"Jan"\n2;"Piet"\n3;Kees\n',  # mostly lines with quotes
    'Klant;Naam\n1;"Jan";"x"\n' + "2;Piet\n" * 10,  # a line with quotes and more fields
    "Klant;Naam\n1;Jan\n\n2;Piet\n",  # a blank line
    "Klant;Naam\n1;Jan;extra\n2;Piet\n",  # a line with more fields
    "Klant;Naam\r1;Jan\r2;Piet\r",  # old Mac line ends
    "Klant;Naam\r\n1;Jan\n2;Piet\r\n",  # line ends of two kinds
    "Klant\n1\n2\n",  # one field per line
])
def test_files_that_are_not_plain_are_read_line_by_line(tmp_path, text):
    path = tmp_path / "k.csv"
    path.write_bytes(text.encode())
    rows, _info, _problems = read_csv(path)
    assert isinstance(rows, list)
    assert plain_rows(text.encode(), "utf-8", ";") is None


def test_a_file_in_two_encodings_is_read_line_by_line(tmp_path):
    path = tmp_path / "k.csv"
    path.write_bytes("Klant;Naam\n1;José\n".encode() + "2;Renée\n".encode("cp1252"))
    rows, info, _problems = read_csv(path)
    assert isinstance(rows, list) and rows[1:] == [["1", "José"], ["2", "Renée"]] and info.notes


def test_two_values_with_one_hash_are_told_apart(monkeypatch):
    # Eleven bytes of three kinds in each place: too many combinations to count, too long to be their own key, so
    # the values are hashed, and every hash made the same.
    monkeypatch.setattr(distinct, "hashed", lambda block: np.zeros(len(block), np.uint64))
    a, b, c = "a" * 11, "b" * 11, "c" * 11
    rows = plain_rows(f"{a};1\n{b};2\n{a};3\n{c};1\n".encode(), "utf-8", ";")
    assert distinct.counted(np.frombuffer((a + b + c).encode(), np.uint8).reshape(3, 11)) is None
    assert rows.column(0)[1] == [a, b, c] and rows.column(0)[0].tolist() == [0, 1, 0, 2]
    assert rows.cells(1) == ["1", "2", "3", "1"]


@pytest.mark.parametrize("values", [
    ["K0019772", "K0000001", "K0019772", "K0000002"],  # few kinds of byte per place: counted
    ["".join(chr(97 + (i * 7 + k * 3) % 26) for k in range(8)) for i in range(40)] * 2,  # eight bytes: their key
    ["".join(chr(97 + (i * 7 + k * 3) % 26) for k in range(12)) for i in range(40)] * 2,  # twelve: hashed
])
def test_each_road_numbers_a_column_as_a_dict_would(values):
    cells = np.array(values, dtype="S")
    codes, found = distinct.numbered(cells)
    first_seen = list(dict.fromkeys(values))
    assert [v.decode() for v in found.tolist()] == first_seen
    assert codes.tolist() == [first_seen.index(v) for v in values]


def test_bytes_that_read_as_one_text_are_one_value():
    # 0x81 and 0x8D are not characters in Windows-1252: both read as "�", as the line-by-line reader reads them.
    rows = plain_rows(b"a\x81;1\na\x8d;2\nb;3\n", "cp1252", ";")
    codes, texts = rows.column(0)
    assert texts == ["a\ufffd", "b"] and codes.tolist() == [0, 0, 1]


def test_a_row_is_made_when_asked_for_and_the_bytes_go_along_when_pickled():
    import pickle

    rows = plain_rows("Klant;Naam\r\n1;José\r\n2;Piet".encode(), "utf-8", ";")
    assert (len(rows), rows[0], rows[-1], rows[1:][0], list(rows[::2])) == (
        3, ["Klant", "Naam"], ["2", "Piet"], ["1", "José"], [["Klant", "Naam"], ["2", "Piet"]])
    rows.column(1)
    again = pickle.loads(pickle.dumps(rows[1:]))
    assert list(again) == [["1", "José"], ["2", "Piet"]] and again.column(1)[1] == ["José", "Piet"]
    with pytest.raises(IndexError):
        rows[3]
    assert rows[1:] == [["1", "José"], ["2", "Piet"]] and rows[1:] != [["1", "José"]] and rows != "Klant;Naam"


def test_rows_let_go_of_the_file_in_every_slice_and_keep_the_columns_found():
    """An import that reads the rows no more lets go of the file's bytes and positions (``ColumnRows.let_go``): the
    rows it was sliced from let go too (they share them), and the columns found before stay at hand."""
    rows = plain_rows(b"Order;Klant\nW1;K1\nW2;K2\nW3;K1\n", "utf-8", ";")
    data = rows[1:]
    assert data.column(1)[1] == ["K1", "K2"]
    data.let_go()
    assert data.column(1)[1] == ["K1", "K2"] and data.cells(1) == ["K1", "K2", "K1"]
    for gone in (lambda: rows[0], lambda: data[1], lambda: data.column(0), lambda: rows[1:].empty(0)):
        with pytest.raises(RuntimeError, match="let go"):
            gone()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(min_size=1, max_size=5).filter(lambda b: b"\x00" not in b), min_size=1, max_size=60))
def test_values_of_few_kinds_of_byte_are_counted_into_the_groups_sorting_finds(values):
    """``_counted`` numbers rows by counting instead of sorting: the same groups, each first met on the same row."""
    width = max(map(len, values))
    cells = np.array(values, f"S{width}")
    block = np.zeros((len(values), width), np.uint8)
    for i, v in enumerate(values):
        block[i, :len(v)] = list(v)
    counted = distinct.counted(block)
    at, inverse = distinct.first_and_inverse(cells)
    if counted is None:  # only when the numbers would run past the limit
        kinds = [len(set(block[:, j].tolist())) for j in range(width)]
        assert np.prod(kinds, dtype=float) > max(2 * len(values), 65536)
        return
    got_at, got_inverse = counted
    assert sorted(got_at.tolist()) == sorted(at.tolist())
    assert got_at[got_inverse].tolist() == at[inverse].tolist()  # each row's group, named by its first row


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=2, max_size=8))
def test_lines_with_as_many_delimiters_in_all_but_not_each_are_not_plain(counts):
    """Each line must hold as many delimiters as the first: a file whose total is a multiple of the first line's
    count, spread otherwise (2, 1, 3), is read line by line, where the odd lines are said."""
    counts = [counts[0], *counts[1:-1], counts[0] * len(counts) - sum(counts[:-1])]  # the total a multiple
    text = "".join(";".join("x" * (c + 1)) + "\n" for c in counts if c >= 0)
    rows = plain_rows(text.encode(), "utf-8", ";")
    if len(set(counts)) == 1:
        assert rows is not None and [len(r) for r in rows] == [c + 1 for c in counts]
    else:
        assert rows is None


def test_positions_are_found_a_span_at_a_time_as_in_one_pass():
    span = bytecolumns._SPAN
    rng = np.random.default_rng(3)
    buf = rng.choice(np.array([59, 10, 65], np.uint8), 2 * span + 11)
    buf[[0, span - 1, span, 2 * span, len(buf) - 1]] = 10  # on both sides of each span's edge
    for kind in (np.intp, np.int32):
        found = bytecolumns._positions(buf, 10, kind)
        assert found.dtype == kind and found.tolist() == np.flatnonzero(buf == 10).tolist()
    assert bytecolumns._positions(buf[:0], 10).tolist() == []


LINE = st.tuples(
    st.sampled_from(["W1", "W2", "W3", "Totaal", ""]),  # order number
    st.sampled_from(["K1", "K2", "K 3", ""]),  # customer
    st.sampled_from(["01-03-2024", "13-03-2024", "", "morgen", "31-02-2024"]),  # date
    st.sampled_from(["12,50", "-3,00", "", "?", "1.234,50", "0"]),  # amount
)


@settings(max_examples=150, deadline=None)
@given(st.lists(LINE, min_size=1, max_size=25), st.booleans(), st.booleans())
def test_an_import_reads_the_same_as_columns_and_line_by_line(tmp_path_factory, lines, blank_line, note):
    text = "Ordernummer;Klantnummer;Datum;Bedrag\r\n" + "".join(";".join(r) + "\r\n" for r in lines)
    if blank_line:
        text += ";;;\r\n"
    if note:
        text += "Alle bedragen zijn inclusief btw en verzendkosten.;;;\r\n"
    path = tmp_path_factory.mktemp("orders") / "orders.csv"
    path.write_bytes(codecs.BOM_UTF8 + text.encode())

    def outcome():
        r = import_file(path)
        return ([(o.customer_id, o.date, o.amount, o.order_id) for o in r.orders],
                [(c.id, c.name) for c in r.customers], (r.rows_read, r.accepted, r.rejected, r.skipped),
                [(p.row, p.column, p.action, p.problem.render()) for p in r.problems])

    as_columns = outcome()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(csvfile, "plain_rows", lambda *args: None)
        assert outcome() == as_columns


def test_a_few_lines_with_quotes_are_read_by_the_csv_module_among_the_columns():
    text = 'Artikel;"Omschrijving; kort";Prijs\n' + "".join(f"A{i};Lamp;1,{i}\n" for i in range(40)) + \
        'A12;"5"" plaat; wit";2,00\nA13;Kaars "rood";0,50\n'
    rows = plain_rows(text.encode(), "utf-8", ";")
    assert isinstance(rows, ColumnRows)
    assert rows[0] == ["Artikel", "Omschrijving; kort", "Prijs"]
    assert rows[41:][0] == ["A12", '5" plaat; wit', "2,00"] and rows[42] == ["A13", 'Kaars "rood"', "0,50"]
    codes, texts = rows[1:].column(1)
    assert texts == ["Lamp", '5" plaat; wit', 'Kaars "rood"'] and codes.tolist() == [0] * 40 + [1, 2]
    assert rows.cells(2)[-3:] == ["1,39", "2,00", "0,50"]


def test_long_columns_of_few_values_of_rising_and_of_falling_values_read_as_each_row_holds_them():
    # 300,000 lines: long enough that a column of few distinct values (dates, prices) is sampled and looked up
    # among its distinct values, and a rising or falling column (order numbers) is seen to hold only new values.
    n = 300_000
    rng = np.random.default_rng(7)
    days = [f"{d:02d}-03-2024" for d in rng.integers(1, 29, n).tolist()]
    days[1] = "29-02-2024"  # once, between the rows a sample looks at: found all the same
    prices = [f"{p},95" for p in rng.integers(1, 40, n).tolist()]  # short values: their bytes are their key
    prices[n - 2] = "0,01"
    customers = [f"K{k}" for k in rng.integers(0, 200_000, n).tolist()]  # many distinct, in no order
    lines = [f"W{i:07d};W{n - i:07d};{day};{who};{price}"
             for i, (day, who, price) in enumerate(zip(days, customers, prices, strict=True))]
    rows = plain_rows(("\n".join(lines) + "\n").encode(), "utf-8", ";")
    for j, cells in enumerate(([f"W{i:07d}" for i in range(n)], [f"W{n - i:07d}" for i in range(n)], days,
                               customers, prices)):
        codes, texts = rows.column(j)
        assert texts == list(dict.fromkeys(cells))
        assert rows.cells(j) == cells


def _read_outcome(path):
    """What ``read_csv`` makes of the file: rows, how it was read and problems per line, or the refusal."""
    try:
        rows, info, problems = read_csv(path)
    except Exception as exc:  # noqa: BLE001 - the refusal itself is compared
        return type(exc).__name__, str(exc)
    return list(rows), info, [(line, p.render()) for line, p in problems]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=';,"\n\r aé1', max_size=80), st.sampled_from(["utf-8", "cp1252"]))
def test_any_file_reads_the_same_as_columns_and_line_by_line(tmp_path_factory, text, encoding):
    # Whatever a file holds (stray quotes, quotes inside a value, blank lines, line ends of every kind), the rows,
    # how it was read and the problems per line are those of the line-by-line reader, or the same refusal.
    path = tmp_path_factory.mktemp("csv") / "k.csv"
    path.write_bytes(text.encode(encoding))

    as_columns = _read_outcome(path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(csvfile, "plain_rows", lambda *args: None)
        assert _read_outcome(path) == as_columns


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["", "sep=;\n", "sep=,\r\n", "SEP=|", "sep=\n"]), st.text(alphabet=';,|"\n\r a1\t', max_size=80))
def test_a_plain_ascii_file_reads_as_it_does_when_its_whole_text_is_made(tmp_path_factory, sep, text):
    # An ASCII file skips making its whole text; what comes out (rows, how it was read, problems per line, or the
    # refusal) is what the full decoding gives, a sep= line or none, plain or line by line.
    path = tmp_path_factory.mktemp("csv") / "k.csv"
    path.write_bytes((sep + text).encode("ascii"))

    shortcut = _read_outcome(path)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(csvfile, "_ascii", lambda raw: False)
        assert _read_outcome(path) == shortcut
