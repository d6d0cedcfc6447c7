"""Cleaning the Venezuela example: every furniture line goes, every real paragraph stays."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from storyweave import CleanedArticle, Settings
from storyweave.clean import clean_article, paragraph_spans
from storyweave.ingest import read_inputs

# Page furniture named in the brief for this example; none may survive cleaning.
FURNITURE = [
    "Leave a Reply",
    "Please log in using one of these methods",
    "You are commenting using your",
    "Log\u00a0Out",  # written with a no-break space in the article
    "Connecting to %s",
    "This site uses Akismet",
    "Twitter picture",
    "Facebook photo",
    "Posted by",
    "is a journalist who aspires",
    "Downloading PDF",
    "Please wait",
    "Issue 2653",
    "This article is over 5 years",
    "(Pic: @RT_com/Twitter)",
    "Venezuelan president Nicolas Maduro led a military march on Thursday",  # the caption, twice
    "Sign up for our daily email",
    "Latest News",
    "Make a donation",
    "Help fund the resistance",
    "By Alistair Farrow",
    "Author: Jason Ditz",
    "Jason Ditz is senior editor of",
    "Source: TRT World",
    "Thursday, 02 May, 2019",
]
# Paragraphs that keep text after cleaning (001 runs several paragraphs together
# without blank lines, so it has only three).
KEPT_PARAGRAPHS = {"000": 19, "001": 3, "002": 19, "003": 10, "004": 18}


@pytest.fixture(scope="module")
def cleaned(example_dir: Path) -> dict[str, CleanedArticle]:
    articles, warnings = read_inputs([example_dir], Settings())
    assert warnings == []
    return {a.id[:3]: clean_article(a) for a in articles}


def test_no_furniture_survives(cleaned: dict[str, CleanedArticle]) -> None:
    for phrase in FURNITURE:
        assert any(phrase in c.article.text for c in cleaned.values()), phrase
        for c in cleaned.values():
            assert phrase not in c.text, (c.article.id, phrase)


def test_real_paragraphs_are_kept_whole(cleaned: dict[str, CleanedArticle]) -> None:
    for key, c in cleaned.items():
        kept = [(s, e) for s, e in paragraph_spans(c.article.text) if c.text[s:e].strip()]
        assert len(kept) == KEPT_PARAGRAPHS[key], key
        for start, end in kept:  # nothing is blanked inside a kept paragraph
            for line_start, line in _lines(c.article.text, start, end):
                blanked = c.text[line_start : line_start + len(line)]
                assert blanked in (line, " " * len(line)), line


def test_key_sentences_kept(cleaned: dict[str, CleanedArticle]) -> None:
    for sentence in [
        "Mike Pompeo, the US Defense Secretary, has already declared",
        "Secretary of State Mike Pompeo also commented on the situation",
        "“If that’s what’s required, that’s what the United States will do,” said US secretary",
        "Since it didn’t, however, the value of the document seems questionable.",
        "The Syrian government, a key ally of Iran, on Wednesday also voiced support for Maduro.",
        "it’s the people that are suffering.",
        "Opposition figure Lopez met with generals while under house arrest",
    ]:
        assert any(sentence in c.text for c in cleaned.values()), sentence


def test_offsets_preserved(cleaned: dict[str, CleanedArticle]) -> None:
    for c in cleaned.values():
        original = c.article.text
        assert len(c.text) == len(original)
        assert [i for i, ch in enumerate(c.text) if ch == "\n"] == [
            i for i, ch in enumerate(original) if ch == "\n"
        ]
        for removal in c.removals:
            assert original[removal.start : removal.end] == removal.text
            assert not c.text[removal.start : removal.end].strip()


def test_metadata_read_from_the_text(cleaned: dict[str, CleanedArticle]) -> None:
    assert cleaned["000"].article.source == "TRT World"
    assert cleaned["001"].article.authors == ("Rachel Blevins",)  # from the bio
    assert cleaned["002"].metadata["byline"] == "Alistair Farrow"
    assert cleaned["002"].article.authors == ("Alistair Farrow",)
    # The outlet is named only by its donation prompt: "Make a donation to Socialist Worker".
    assert cleaned["002"].article.source == "Socialist Worker"
    assert cleaned["001"].article.source is None  # a comment form names no outlet
    assert cleaned["003"].article.authors == ("Jason Ditz",)
    article = cleaned["004"].article
    assert article.published == dt.date(2019, 5, 2) and not article.published_inferred
    assert cleaned["004"].metadata["date_line"] == "Thursday, 02 May, 2019"


def test_headline_blanked_only_when_it_is_the_title(cleaned: dict[str, CleanedArticle]) -> None:
    reasons = {key: [r.reason for r in c.removals] for key, c in cleaned.items()}
    assert "title" not in reasons["000"]
    for key in ("001", "002", "003", "004"):
        assert reasons[key].count("title") == 1
        assert cleaned[key].article.title not in cleaned[key].text


def _lines(text: str, start: int, end: int) -> list[tuple[int, str]]:
    out, position = [], start
    for line in text[start:end].split("\n"):
        out.append((position, line))
        position += len(line) + 1
    return out
