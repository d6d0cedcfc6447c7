"""Sentence units: an embedded post (a tweet or an Instagram post pasted as text) is one
sentence, signed; so is a short quotation the parser cut in several."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyweave import Article
from storyweave.clean import is_signed_post, join_signed_posts, join_split_quotations
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


QUOTED = (
    "Trump has boasted about the market for months.\n\n"
    "“Business is looking better than ever. Stock Market at an all-time high. "
    "That doesn't just happen!” he tweeted last August."
)


def test_a_quotation_cut_by_the_parser_is_joined(nlp: Language) -> None:
    texts = [s.text for s in sentences_of(nlp(QUOTED), "a")]
    assert texts[-1].startswith("“Business is looking") and texts[-1].endswith("last August.")
    assert not any(t.startswith("Stock Market") for t in texts)


def test_a_quotation_left_open_is_left_as_split() -> None:
    # News style: a quotation running on into the next paragraph is not closed
    # at the end of this one; joining would make the paragraph one unit.
    text = '"We will not leave. We will stay here. We will win.\n\n"Nobody can stop us," he said.'
    spans = [(0, 19, 0), (20, 37, 0), (38, 50, 0), (52, len(text), 1)]
    assert join_split_quotations(spans, text) == spans


def test_a_long_quotation_is_left_as_split() -> None:
    sentences = [f"Sentence {n} of the speech." for n in range(6)]
    text = '"' + " ".join(sentences) + '" she said.'
    spans, start = [], 0
    for n, sentence in enumerate(sentences):
        end = start + len(sentence) + (1 if n == 0 else 0)
        spans.append((start, end, 0))
        start = end + 1
    spans[-1] = (spans[-1][0], len(text), 0)
    assert join_split_quotations(spans, text) == spans
