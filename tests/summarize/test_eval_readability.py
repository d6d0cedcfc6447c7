"""The readability audit of ``eval summaries`` (``storyweave.evaluate._readability``).

Small articles written for these tests, plus one run on three DUC 2002 clusters
(skipped without ../shared/data).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from rich.console import Console

from storyweave._model import Article, Sentence
from storyweave.cli._summarize import _readability_table
from storyweave.evaluate._readability import (
    Audit,
    ReadabilityTally,
    audit_summary,
    furniture_places,
    locate,
)
from storyweave.evaluate.summaries import evaluate_summaries
from storyweave.summarize import split_article
from storyweave.summarize._candidates import is_dependent
from storyweave.summarize._ilp import REDUNDANT_COSINE
from storyweave.summarize._text import content_stems, words_of

SENATE = (
    "WASHINGTON (AP) _ The Senate voted on Tuesday to raise the federal minimum wage by two "
    "dollars. It was the first increase in a decade. ``We waited too long. Workers deserve "
    "better,'' said Senator Jane Roe. Critics warned that small businesses would cut jobs."
)
FARMS = (
    "Small firms are worried about the cost.  However, the new wage will not apply to farms "
    "until 2028.\n\nThe House must still approve the bill before the president can sign it. "
    'Senator Jane Roe told reporters: "Workers deserve better than this, and they know it."'
)
# A wire copy of the Senate story's first two sentences.
COPY = (
    "The Senate voted on Tuesday to raise the federal minimum wage by two dollars. "
    "It was the first increase in a decade."
)


FLOODS = (
    "Floods closed the main road into Lagos on Monday, officials said.\n\nAdvertisement\n\n"
    "Floods in pictures: a city under water Read more\n\n"
    "It was the worst flooding in the city for a decade.\n\n"
    "The rains are expected to continue until Friday."
)


def articles_of(*texts: str) -> list[Article]:
    return [Article(id=f"a{n}", text=t) for n, t in enumerate(texts)]


def sentences_of(*texts: str) -> list[list[Sentence]]:
    return [split_article(a) for a in articles_of(*texts)]


@pytest.fixture
def cluster() -> list[list[Sentence]]:
    return sentences_of(SENATE, FARMS)


def test_the_split_is_what_the_tests_assume(cluster: list[list[Sentence]]) -> None:
    assert [s.text[:12] for s in cluster[0]] == [
        "WASHINGTON (",
        "It was the f",
        "``We waited ",
        "Workers dese",
        "Critics warn",
    ]
    assert [s.text[:12] for s in cluster[1]] == [
        "Small firms ",
        "However, the",
        "The House mu",
        "Senator Jane",
    ]


def test_sentences_are_found_as_the_summarizer_shows_them(cluster: list[list[Sentence]]) -> None:
    # A cut dateline, a dropped "However," (first letter capitalised), a last
    # sentence cut by the budget, and words that stand nowhere.
    summary = (
        "The Senate voted on Tuesday to raise the federal minimum wage by two dollars. "
        "The new wage will not apply to farms until 2028. The House must still approve "
        "Zebras gallop…"
    )
    stretches = locate(summary, cluster)
    assert [sorted(s.places) for s in stretches] == [[(0, 0)], [(1, 1)], [(1, 2)], []]
    assert stretches[2].text == "The House must still approve"
    assert stretches[3].text == "Zebras gallop…"
    audit = audit_summary(summary, cluster)
    assert (audit.sentences, audit.words, audit.unlocated_words) == (3, 31, 2)


def test_a_run_never_crosses_from_one_sentence_into_the_next(
    cluster: list[list[Sentence]],
) -> None:
    # Whitespace is normalised ("worried about the cost.  However" has two spaces),
    # but the two sentences are two stretches.
    summary = "Small firms are worried about the cost. However, the new wage will not apply"
    assert [sorted(s.places) for s in locate(summary, cluster)] == [[(1, 0)], [(1, 1)]]


def test_a_dependent_opening_dangles_unless_its_predecessor_precedes_it(
    cluster: list[list[Sentence]],
) -> None:
    lead = "The Senate voted on Tuesday to raise the federal minimum wage by two dollars."
    house = "The House must still approve the bill before the president can sign it."
    follow_up = "It was the first increase in a decade."
    assert audit_summary(f"{lead} {follow_up}", cluster).dangling == 0
    assert audit_summary(f"{follow_up} {lead}", cluster).dangling == 1
    assert audit_summary(f"{house} {follow_up}", cluster).dangling == 1
    # "However, the new wage ..." opens on a connective; shown as "The new wage ..." it does not.
    assert audit_summary(f"{house} However, the new wage will not apply", cluster).dangling == 1
    assert audit_summary(f"{house} The new wage will not apply", cluster).dangling == 0
    # An article's first sentence leaves nothing out, whatever it opens on.
    it = "It was a long night in the Senate, where the vote on the minimum wage took ten hours."
    assert is_dependent(it)
    assert audit_summary(f"{house} {it}", sentences_of(FARMS, it)).dangling == 0


def test_a_wire_copy_can_supply_the_predecessor() -> None:
    cluster = sentences_of(FARMS, COPY)
    summary = (
        "The Senate voted on Tuesday to raise the federal minimum wage by two dollars. "
        "It was the first increase in a decade."
    )
    stretches = locate(summary, cluster)
    assert [sorted(s.places) for s in stretches] == [[(1, 0)], [(1, 1)]]
    assert audit_summary(summary, cluster).dangling == 0
    # Found in both articles: the opening counts as a lead (index 0 in the copy).
    both = sentences_of(SENATE, COPY)
    assert sorted(locate(summary, both)[1].places) == [(0, 1), (1, 1)]


def test_a_quotation_over_sentences_shown_together_is_whole(
    cluster: list[list[Sentence]],
) -> None:
    whole = "``We waited too long. Workers deserve better,'' said Senator Jane Roe."
    audit = audit_summary(whole, cluster)
    assert (audit.unbalanced_quotes, audit.broken_quotes) == (2, 0)
    # Without the sentence that closes it (or in the other order), it is broken.
    lead = "The Senate voted on Tuesday to raise the federal minimum wage by two dollars."
    opened = audit_summary(f"{lead} ``We waited too long.", cluster)
    assert (opened.unbalanced_quotes, opened.broken_quotes) == (1, 1)
    swapped = audit_summary(
        "Workers deserve better,'' said Senator Jane Roe. ``We waited too long.", cluster
    )
    assert (swapped.unbalanced_quotes, swapped.broken_quotes) == (2, 2)


def test_a_last_sentence_cut_inside_a_quotation_is_broken(cluster: list[list[Sentence]]) -> None:
    house = "The House must still approve the bill before the president can sign it."
    cut = audit_summary(f'{house} Senator Jane Roe told reporters: "Workers deserve', cluster)
    assert (cut.sentences, cut.broken_quotes) == (2, 1)
    whole = audit_summary(
        f'{house} Senator Jane Roe told reporters: "Workers deserve better than this, '
        'and they know it."',
        cluster,
    )
    assert whole.broken_quotes == 0


def test_furniture_between_two_sentences_is_not_read() -> None:
    articles = articles_of(SENATE, FLOODS)
    cluster = [split_article(a) for a in articles]
    # The cleaner blanks the advertisement and the link, whole; no sentence of SENATE.
    furniture = furniture_places(articles, cluster)
    assert furniture == {(1, 1), (1, 2)}
    closed = "Floods closed the main road into Lagos on Monday, officials said."
    worst = "It was the worst flooding in the city for a decade."
    rains = "The rains are expected to continue until Friday."
    assert audit_summary(f"{closed} {worst}", cluster, furniture).dangling == 0
    assert audit_summary(f"{closed} {worst}", cluster).dangling == 1  # read with the furniture
    # A summary that shows the furniture (the lead baseline) keeps the page's order.
    page = f"{closed} Advertisement Floods in pictures: a city under water Read more {worst}"
    assert [sorted(s.places) for s in locate(page, cluster)] == [[(1, n)] for n in range(4)]
    assert audit_summary(page, cluster, furniture).dangling == 0
    # The fourth sentence of the page is the third of its text: a lead.
    assert audit_summary(rains, cluster, furniture).lead_opener
    assert not audit_summary(rains, cluster).lead_opener
    # A furniture line is nobody's lead.
    assert not audit_summary("Advertisement", cluster, furniture).lead_opener


def _cosine(a: str, b: str) -> float:
    x, y = set(content_stems(words_of(a))), set(content_stems(words_of(b)))
    return len(x & y) / math.sqrt(len(x) * len(y))


def test_near_repeats_by_the_programs_threshold() -> None:
    first = "Floods destroyed three bridges outside Lagos on Monday."
    close = "Floods destroyed three bridges near Lagos on Monday night."
    other = "Floods destroyed crops across the region last year."
    # One pair on each side of the summarizer's threshold, or the test proves nothing.
    assert _cosine(first, close) >= REDUNDANT_COSINE > _cosine(first, other)
    cluster = sentences_of(first, close, other)
    assert audit_summary(f"{first} {close}", cluster).near_repeat
    assert not audit_summary(f"{first} {other}", cluster).near_repeat
    assert not audit_summary(first, cluster).near_repeat


def test_a_lead_opener_is_among_its_articles_first_three_sentences(
    cluster: list[list[Sentence]],
) -> None:
    house = "The House must still approve the bill before the president can sign it."
    critics = "Critics warned that small businesses would cut jobs."
    assert audit_summary(f"{house} {critics}", cluster).lead_opener  # sentence 3 of FARMS
    assert not audit_summary(f"{critics} {house}", cluster).lead_opener  # sentence 5 of SENATE
    assert not audit_summary("Zebras gallop. " + house, cluster).lead_opener
    assert not audit_summary("", cluster).lead_opener


def test_the_tally_pools_sentences_and_averages_summaries() -> None:
    tally = ReadabilityTally()
    tally.add(Audit(4, 1, 2, 1, True, True, 100, 0))
    tally.add(Audit(6, 0, 0, 0, False, False, 90, 10))
    means = tally.means()
    assert means["dangling"] == pytest.approx(0.1)
    assert means["unbalanced_quotes"] == pytest.approx(0.2)
    assert means["broken_quotes"] == pytest.approx(0.1)
    assert means["near_repeat_summaries"] == means["lead_opener"] == pytest.approx(0.5)
    assert means["summary_sentences"] == pytest.approx(5.0)
    assert means["unlocated_words"] == pytest.approx(10 / 190)
    assert ReadabilityTally().means()["dangling"] == 0.0


def test_readability_on_three_duc_clusters(shared_data: Path) -> None:
    table = evaluate_summaries(
        shared_data / "duc2002", 100, limit=3, names=("storyweave", "lead", "textrank")
    )
    systems = table["systems"]
    assert isinstance(systems, dict)
    for scores in systems.values():
        # Every system shows the splitter's sentences: all of them are found.
        assert scores["unlocated_words"] == 0.0
        assert scores["summary_sentences"] >= 2
        assert 0.0 <= scores["broken_quotes"] <= scores["unbalanced_quotes"] <= 1.0
    # storyweave enforces the rules when it selects; the lead baseline opens on a lead.
    mine = systems["storyweave"]
    assert mine["dangling"] == mine["broken_quotes"] == mine["near_repeat_summaries"] == 0.0
    assert systems["lead"]["lead_opener"] == 1.0
    console = Console(width=80, record=True)
    console.print(_readability_table(table))
    text = console.export_text()
    assert "dangling" in text and "lead 1st" in text and "textrank" in text
