"""Finding quoted stretches in badly typed text."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from storyweave.nlp.quotes_marks import QuoteIndex, find_quoted


def test_curly_and_straight_pairs() -> None:
    text = 'He said “one two” and then "three four" again.'
    spans = [text[q.start : q.end] for q in find_quoted(text)]
    assert spans == ["“one two”", '"three four"']


def test_unopened_quote_runs_from_paragraph_start() -> None:
    text = "Intro.\nWe literally had him. Stopped really,” Pompeo said."
    [quoted] = find_quoted(text)
    assert not quoted.opened
    assert text[quoted.start : quoted.end] == "We literally had him. Stopped really,”"


def test_never_closed_quote_stops_at_line_end() -> None:
    text = "“It goes on and on\nNext paragraph."
    [quoted] = find_quoted(text)
    assert not quoted.closed
    assert text[quoted.start : quoted.end] == "“It goes on and on"


def test_quote_inside_quote_keeps_outer() -> None:
    text = "“He told me ‘no way’ and “left” then,” she said."
    [quoted] = find_quoted(text)
    assert text[quoted.start : quoted.end].endswith("then,”")


def test_opening_mark_typed_for_a_closing_one_closes() -> None:
    text = "“Real problems for her here,“ said Jim Clyburn. “More,” he added."
    spans = [text[q.start : q.end] for q in find_quoted(text)]
    assert spans == ["“Real problems for her here,“", "“More,”"]


@given(st.text(alphabet=st.sampled_from(list('ab “”"‘’\n.,')), max_size=200))
def test_any_text_gives_ordered_spans_within_lines(text: str) -> None:
    spans = find_quoted(text)
    for quoted in spans:
        assert 0 <= quoted.start < quoted.end <= len(text)
        assert "\n" not in text[quoted.start : quoted.end]
    assert [q.start for q in spans] == sorted(q.start for q in spans)
    # never overlapping, which the QuoteIndex's binary searches rely on
    assert all(a.end <= b.start for a, b in itertools.pairwise(spans))


@given(
    st.text(alphabet=st.sampled_from(list('ab “”"‘’\n.,')), max_size=120),
    st.integers(0, 130),
    st.integers(0, 130),
)
def test_the_quote_index_answers_as_a_scan_would(text: str, low: int, high: int) -> None:
    quotes = find_quoted(text)
    index = QuoteIndex(quotes)
    assert index == quotes
    assert index.containing(low) == next((q for q in quotes if q.start <= low < q.end), None)
    assert list(index.starting_in(low, high)) == [
        i for i, q in enumerate(quotes) if low <= q.start <= high
    ]
    assert list(index.ending_in(low, high)) == [
        i for i, q in enumerate(quotes) if low <= q.end <= high
    ]
    assert index.ended_by(low) == sum(q.end <= low for q in quotes)
