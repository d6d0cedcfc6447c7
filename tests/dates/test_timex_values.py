"""TIMEX3 normalisation of made-up sentences against a known publication date."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storyweave.nlp.timex import find_timexes

THURSDAY = dt.date(2019, 5, 2)


def only(text: str, anchor: dt.date | None = THURSDAY) -> tuple[str, str, str | None]:
    [timex] = find_timexes(text, anchor)
    return timex.text, timex.type, timex.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on Tuesday.", ("Tuesday", "DATE", "2019-04-30")),
        ("It happened yesterday.", ("yesterday", "DATE", "2019-05-01")),
        ("It happened last week.", ("last week", "DATE", "2019-W17")),
        ("He spoke on January 23.", ("January 23", "DATE", "2019-01-23")),
        ("He spoke on April 30, 2019.", ("April 30, 2019", "DATE", "2019-04-30")),
        ("Thursday, 02 May, 2019", ("Thursday, 02 May, 2019", "DATE", "2019-05-02")),
        ("Prices rose in May 2018.", ("May 2018", "DATE", "2018-05")),
        ("The talks lasted three days.", ("three days", "DURATION", "P3D")),
        ("in the last twenty four hours", ("the last twenty four hours", "DURATION", "PT24H")),
        ("It was true in the 1990s.", ("the 1990s", "DATE", "199")),
        ("Profit fell in the third quarter.", ("the third quarter", "DATE", "2018-Q3")),
        ("They meet every week.", ("every week", "SET", "P1W")),
        ("The market is now calm.", ("now", "DATE", "PRESENT_REF")),
        ("It was done two years ago.", ("two years ago", "DATE", "2017")),
        ("The rally on May Day was large.", ("May Day", "DATE", "2019-05-01")),
        ("He will travel next month.", ("next month", "DATE", "2019-06")),
        ("Last spring was wet.", ("Last spring", "DATE", "2018-SP")),
    ],
)
def test_expressions(text: str, expected: tuple[str, str, str]) -> None:
    assert only(text) == expected


def test_time_of_day_joins_the_day_before_it() -> None:
    timexes = find_timexes("Guaido on Tuesday at 4AM called for an uprising.", THURSDAY)
    assert [(t.text, t.value) for t in timexes] == [
        ("Tuesday", "2019-04-30"),
        ("4AM", "2019-04-30T04:00"),
    ]


def test_future_weekday_looks_ahead() -> None:
    assert only("The vote will be held on Tuesday.")[2] == "2019-05-07"


def test_without_anchor_nothing_is_assumed() -> None:
    assert only("It happened yesterday.", None)[2] is None
    assert only("He spoke on January 23.", None)[2] == "XXXX-01-23"
    assert only("It happened on Tuesday.", None)[2] == "XXXX-WXX-2"


def test_impossible_date_gets_no_value() -> None:
    assert only("It was signed on February 30, 2019.")[2] is None


def test_modal_may_is_not_a_month() -> None:
    assert find_timexes("May I ask? He may go.", THURSDAY) == []


@given(
    st.text(max_size=300), st.one_of(st.none(), st.dates(dt.date(1, 1, 8), dt.date(9998, 12, 24)))
)
def test_any_text_any_anchor(text: str, anchor: dt.date | None) -> None:
    timexes = find_timexes(text, anchor)
    for t in timexes:
        assert text[t.start : t.end] == t.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(timexes))
