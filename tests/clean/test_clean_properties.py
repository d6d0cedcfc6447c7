"""Property tests: for any text, cleaning keeps length, newlines and offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave import Article
from storyweave.clean import clean_article, detect_language, paragraph_spans

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text built from furniture-like and article-like pieces, so the rules actually fire.
pieces = st.sampled_from(
    [
        "Leave a Reply",
        "By Jane Doe",
        "Share this",
        "Source: Gazette",
        "Photo: Jane Doe",
        "Advertisement",
        "(Pic: x)",
        "The bridge reopened on Thursday.",
        "said the",
        "___",
        "Thursday, 02 May, 2019",
        "Jane Doe is a journalist who",
        " ",
        "\n",
        "\n\n",
        "\u00a0",
        "“",
        "”",
    ]
)
texts = st.one_of(st.text(max_size=300), st.lists(pieces, max_size=30).map("".join))


@FAST
@given(text=texts, title=st.one_of(st.none(), st.text(max_size=20)))
def test_cleaning_keeps_offsets(text: str, title: str | None) -> None:
    cleaned = clean_article(Article(id="a", text=text, title=title))
    assert len(cleaned.text) == len(text)
    for original, kept in zip(text, cleaned.text, strict=True):
        assert kept == original or (kept == " " and original != "\n")
    for removal in cleaned.removals:
        assert 0 <= removal.start < removal.end <= len(text)
        assert text[removal.start : removal.end] == removal.text
        assert not cleaned.text[removal.start : removal.end].strip()


@FAST
@given(text=texts)
def test_paragraph_spans_are_ordered_and_trimmed(text: str) -> None:
    previous = 0
    for start, end in paragraph_spans(text):
        assert previous <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        previous = end


@FAST
@given(text=st.text(max_size=500))
def test_detect_language_never_raises(text: str) -> None:
    assert detect_language(text) is None or len(detect_language(text) or "") == 2
