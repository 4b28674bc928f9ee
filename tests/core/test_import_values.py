"""Cell values as Dutch and English spreadsheets write them."""

import re
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.importing.notdata import TOTAL_WORDS, is_total, totals_among
from core.importing.values import (
    ValueProblem,
    date_order,
    decimal_separator,
    normalize_header,
    parse_bool,
    parse_date,
    parse_id,
    parse_number,
    parse_text,
)
from core.importing.wholecolumn import plain_numbers, read_as_themselves


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("03-04-2024", date(2024, 4, 3)),
        ("3/4/24", date(2024, 4, 3)),
        ("2024-04-03", date(2024, 4, 3)),
        ("2021-04-08 17:24:41 +0200", date(2021, 4, 8)),
        ("2010-12-01 08:26:00", date(2010, 12, 1)),
        ("5 januari 2024", date(2024, 1, 5)),
        ("5-mrt-2024", date(2024, 3, 5)),
        (45296, date(2024, 1, 5)),
        (45296.54, date(2024, 1, 5)),
        (datetime(2024, 1, 5, 13, 0), date(2024, 1, 5)),
        ("", None),
        # Exports of shop, survey and mail systems: times, AM/PM, time zones, weekdays, month names.
        ("2024/03/05 10:12:33 AM CET", date(2024, 3, 5)),  # Google Forms
        ("2024/03/05 3:34:30 PM GMT+2", date(2024, 3, 5)),
        ("2021-04-08T17:24:41.123+02:00", date(2021, 4, 8)),
        ("2021-04-08T17:24:41Z", date(2021, 4, 8)),
        ("2024-04-08 17:24:41 UTC", date(2024, 4, 8)),
        ("5-3-2024 10:12:33", date(2024, 3, 5)),
        ("08.04.2024 17.24", date(2024, 4, 8)),
        ("2024-04-08 10:12 a.m.", date(2024, 4, 8)),
        ("Mon, 08 Apr 2024 17:24:41 +0000", date(2024, 4, 8)),
        ("maandag 8 april 2024", date(2024, 4, 8)),
        ("vr 5 apr 2024", date(2024, 4, 5)),
        ("12 maart 2024 14:05", date(2024, 3, 12)),
        ("April 8, 2024", date(2024, 4, 8)),
        ("Apr 8th 2024", date(2024, 4, 8)),
        ("20240408", date(2024, 4, 8)),
        (20240408, date(2024, 4, 8)),
        ("45390", date(2024, 4, 8)),
    ],
)
def test_dates(value, expected):
    assert parse_date(value) == expected


def test_date_rule_is_per_column():
    us_column = ["04/13/2024", "03/04/2024"]
    assert date_order(us_column) == "mdy"
    assert parse_date("03/04/2024", date_order(us_column)) == date(2024, 3, 4)
    assert date_order(["13-04-2024", "03-04-2024"]) == "dmy"
    assert date_order(["03-04-2024", "05-06-2024"]) == "dmy"  # ambiguous: Dutch day-first


@pytest.mark.parametrize("bad", ["31-02-2024", "morgen", "2024-13-01", True, "10:12", "5 april", "April 2024",
                                 "12345678", "maandag", "20241301"])
def test_bad_dates_are_refused(bad):
    with pytest.raises(ValueProblem):
        parse_date(bad)


@pytest.mark.parametrize(
    ("value", "decimal", "expected"),
    [
        ("1.234,56", ",", 1234.56),
        ("€ 12,50", ",", 12.5),
        ("-7,5", ",", -7.5),
        ("(12,00)", ",", -12.0),
        ("12,50-", ",", -12.5),
        ("1,234.56", ".", 1234.56),
        ("12.5", ".", 12.5),
        ("EUR 3", ",", 3.0),
        (17.0, ",", 17.0),
        ("", ",", None),
        ("€ 25,-", ",", 25.0),  # whole euros, the Dutch way
        ("1.234,--", ",", 1234.0),
        ("1\u202f234,56", ",", 1234.56),  # narrow no-break space between thousands
        ("1\u00a0234,56", ",", 1234.56),
        ("\u22125,00", ",", -5.0),  # typographic minus
        ("12,50 EUR", ",", 12.5),
        ("$1,234,567.89", ".", 1234567.89),
    ],
)
def test_numbers(value, decimal, expected):
    assert parse_number(value, decimal) == expected


@pytest.mark.parametrize("bad", ["twaalf", "1.2.3,4,5", "12,50 EUR extra", "12,-5", "NaN", "inf", "12%"])
def test_bad_numbers(bad):
    with pytest.raises(ValueProblem):
        parse_number(bad, ",")


def test_decimal_separator_judged_per_column():
    assert decimal_separator(["12,50", "3,99", "1.234,00"]) == ","
    assert decimal_separator(["12.50", "3.99", "1,234.00"], ",") == "."
    assert decimal_separator(["12", "3"], ".") == "."


def test_ids_keep_leading_zeros_and_refuse_excel_mangling():
    assert parse_id("007") == "007"
    assert parse_id(17850.0) == "17850"
    assert parse_id("17850.0") == "17850"
    assert parse_id("'12345") == "12345"
    with pytest.raises(ValueProblem) as info:
        parse_id("7.02255E+12")
    assert "rounded" in info.value.problem.render()


@pytest.mark.parametrize(("value", "expected"), [("ja", True), ("Nee", False), ("yes", True), (1.0, True),
                                                 ("x", True), ("unsubscribed", False), ("", None),
                                                 ("SUBSCRIBED", True), ("NOT_SUBSCRIBED", False), ("PENDING", False),
                                                 ("Afgemeld", False), ("✔", True)])
def test_yes_no(value, expected):
    assert parse_bool(value) is expected


def test_header_normalisation():
    assert normalize_header("  E-mailadres ") == "emailadres"
    assert normalize_header("Hoe heeft u ons gevonden?") == "hoe heeft u ons gevonden"
    assert normalize_header("Créé le") == "cree le"
    assert normalize_header("OPTIN_TIME") == "optin time"


@pytest.mark.parametrize(("value", "decimal", "text"), [(1234.5, ".", "1,234.50"), (1234.5, ",", "1.234,50"),
                                                        (-611342.09, ",", "-611.342,09"), (0.1, ",", "0,10")])
def test_amounts_are_written_the_way_the_language_writes_them(value, decimal, text):
    from core.numbers import amount

    assert amount(value, decimal) == text


def test_one_month_first_slip_keeps_the_column_day_first_and_is_reported():
    from core.importing.values import ValueProblem, date_order, parse_date

    column = ["01-03-2024", "05-06-2024", "01-13-2024", "02-02-2024", "11-04-2024", "07-08-2024"]
    order = date_order(column)
    assert order == "dmy"
    assert parse_date("01-03-2024", order).isoformat() == "2024-03-01"
    with pytest.raises(ValueProblem):
        parse_date("01-13-2024", order)
    assert date_order(["01-13-2024", "02-14-2024", "03-03-2024"]) == "mdy"  # a real month-first column


@pytest.mark.parametrize("value", ["01-01-0001", "31-12-9999", "0001-01-01", "1-1-1850", 2958465])
def test_dates_outside_plausible_years_are_problems(value):
    from core.importing.values import ValueProblem, parse_date

    with pytest.raises(ValueProblem) as info:
        parse_date(value)
    assert "outside the years" in str(info.value)


def test_plausible_old_and_near_future_dates_still_read():
    from datetime import date

    from core.importing.values import parse_date

    assert parse_date("01-01-1901") == date(1901, 1, 1)
    assert parse_date(f"01-01-{date.today().year + 1}") == date(date.today().year + 1, 1, 1)


_cells = st.one_of(
    st.sampled_from(["Totaal", "totaal:", " Som ", "Thomson", "Sum", "Grand Total", "Totaal :", "abc\nTotaal",
                     "Totaal\n", "'0042", "17850.0", "7.02255E+12", "A-1", " A-2", "007", "", " ", "x\ny"]),
    st.sampled_from(sorted(TOTAL_WORDS)).map(str.title),  # every total word, as a sheet writes it
    st.text(alphabet="aTos m:\n'.0E+1", max_size=8), st.none(), st.integers(-3, 3), st.floats(allow_nan=False))


@settings(max_examples=300, deadline=None)
@given(st.lists(_cells, max_size=12))
def test_column_wide_shortcuts_agree_with_the_value_by_value_rules(values):
    # A million order numbers are judged in a few C-level passes; the answer must be the one of the rules themselves.
    assert totals_among(values) == {v for v in values if is_total(v)}
    for kind, parse in (("text", parse_text), ("id", parse_id)):
        if read_as_themselves(kind, values):
            assert all(_unchanged(parse, v) and type(parse(v)) is type(v) for v in values)
    clean = [v for v in values if isinstance(v, str) and v == v.strip() and "\n" not in v]
    assert read_as_themselves("text", clean)
    assert read_as_themselves("id", clean) == all(_unchanged(parse_id, v) for v in clean)


def _unchanged(parse, value) -> bool:
    try:
        return parse(value) == value
    except ValueProblem:
        return False


_amounts = st.one_of(st.from_regex(r"-?\d{1,5}([.,]\d{1,4})?", fullmatch=True),
                     st.sampled_from(["1.234,50", "12,-", "€ 3,00", "", " 7", "+4", ",5", "1,234"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_amounts, min_size=1, max_size=10, unique=True), st.sampled_from([",", "."]))
def test_a_column_of_plain_numbers_reads_as_each_number_alone(values, default):
    numbers = plain_numbers(values, default)
    if numbers is not None:
        decimal = decimal_separator(values, default)
        assert numbers == [parse_number(v, decimal) for v in values]
    if default == "," and all(re.fullmatch(r"-?\d+(,\d+)?", v) for v in values):
        assert numbers is not None  # the Dutch export's own shape always takes the short road


_day = st.tuples(st.integers(0, 35), st.integers(0, 14), st.sampled_from([24, 2024, 1899, 9999, 1, 69, 70]),
                 st.sampled_from(["-", "/", "."]), st.sampled_from(["", " 08:26", " 8:26:00", "T23:59"]),
                 st.booleans(), st.sampled_from(["", " "]))


def _written(day) -> str:
    a, b, year, sep, time, year_first, pad = day
    text = f"{year:04d}{sep}{b:02d}{sep}{a:02d}" if year_first else f"{a:02d}{sep}{b}{sep}{year}"
    return pad + text + time


@settings(max_examples=300, deadline=None)
@given(st.lists(_day, min_size=1, max_size=12))
def test_dates_read_together_equal_dates_read_one_by_one(days):
    """A column of dates read in one search (``plain_dates``) gives what reading each value gives under the column's
    rule, or declines (None) — never another date; a column of plain existing dates is read together."""
    from core.importing.values import ValueProblem, date_order, parse_date, plain_dates

    values = list(dict.fromkeys(_written(d) for d in days))
    together = plain_dates(values)
    order = date_order(values)
    one_by_one = []
    for v in values:
        try:
            one_by_one.append(parse_date(v, order))
        except ValueProblem:
            one_by_one.append(None)
    if together is not None:
        assert together == one_by_one
    elif None not in one_by_one and all(not v.startswith(" ") for v in values):
        assert not all(_PLAIN_SHAPE.match(v) for v in values)


def test_timestamps_are_read_together_a_day_at_a_time():
    from core.importing.values import plain_dates

    assert plain_dates(["01-12-2010 08:26", "01-12-2010 09:02", "13-01-2011 10:00"]) == [
        date(2010, 12, 1), date(2010, 12, 1), date(2011, 1, 13)]
    assert plain_dates(["12/13/2024", "12/14/2024", "01/02/2024"]) == [  # month first: the column says so
        date(2024, 12, 13), date(2024, 12, 14), date(2024, 1, 2)]
    assert plain_dates(["31-02-2024", "01-03-2024"]) is None  # no such day: each read on its own, and said
    assert plain_dates(["01-03-2024", "8 april 2024"]) is None  # another shape
    assert plain_dates(["01-01-0001"]) is None  # a placeholder year


_PLAIN_SHAPE = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{2,4})(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?$")
