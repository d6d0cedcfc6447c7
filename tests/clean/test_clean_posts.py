"""Embedded posts (a tweet or an Instagram post pasted as text) are one sentence, signed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyweave import Article
from storyweave.clean import is_signed_post, join_signed_posts
from storyweave.nlp.analyse import sentences_of
from storyweave.summarize import split_article, summarize_articles

TWEET = (
    "Business is looking better than ever with business enthusiasm at record levels. "
    "Stock Market at an all-time high. That doesn't just happen! "
    "— Donald J. Trump (@realDonaldTrump) August 3, 2017"
)
ARTICLE = (
    "Stocks fell sharply on Monday, erasing the year's gains in a single session.\n\n"
    f"{TWEET}\n\n"
    "The president had often taken credit for the market's climb since his election."
)


@pytest.mark.parametrize(
    "paragraph",
    [
        TWEET,
        "RIP Prodigy of Mobb Deep. Gone too soon. — Touré (@Toure) June 20, 2017",
        "Ever A post shared by Nasir Jones (@nas) on Jun 20, 2017 at 10:33am PDT",
        "Hold ya head pic.twitter.com/tXjogmHIfH -- Ghostface Killah (@GhostfaceKillah) "
        "June 20, 2017",
    ],
)
def test_a_signed_post_is_recognised(paragraph: str) -> None:
    assert is_signed_post(paragraph)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The vote was held on August 3, 2017, in the capital.",
        "Trump wrote on Twitter (@realDonaldTrump) that the vote was rigged.",
        "x " * 1500 + "— Donald J. Trump (@realDonaldTrump) August 3, 2017",  # no post is this long
    ],
)
def test_prose_is_no_post(paragraph: str) -> None:
    assert not is_signed_post(paragraph)


def test_only_the_posts_sentences_are_joined() -> None:
    prose, post = "One fact. Another fact.", "Up. Down! — Ann Lee (@annlee) May 1, 2017"
    text = f"{prose}\n{post}"
    spans = [(0, 9, 0), (10, 23, 0), (24, 27, 1), (28, 33, 1), (34, len(text), 1)]
    assert join_signed_posts(spans, text) == [(0, 9, 0), (10, 23, 0), (24, len(text), 1)]


def test_the_light_splitter_keeps_a_post_whole() -> None:
    sentences = split_article(Article(id="a", text=ARTICLE))
    assert [s.text for s in sentences][1] == TWEET
    assert len(sentences) == 3


def test_the_parser_keeps_a_post_whole(nlp: Language) -> None:
    sentences = sentences_of(nlp(ARTICLE), "a")
    assert TWEET in [s.text for s in sentences]
    assert [s.index for s in sentences] == list(range(len(sentences)))


def test_a_post_is_never_a_summary_sentence() -> None:
    summary = summarize_articles([Article(id="a", text=ARTICLE)], 60, duplicates=())
    assert summary.sentences
    assert not any("record levels" in s.text or "@" in s.text for s in summary.sentences)
