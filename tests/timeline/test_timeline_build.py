"""The example story's timeline: resolved dates, outlets merged, uncertain marked."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from storyweave._model import (
    AnalysedArticle,
    Article,
    Citation,
    CleanedArticle,
    DateMention,
    Fact,
    Sentence,
    TimelineEvent,
)
from storyweave.nlp.analyse import analyse_articles
from storyweave.nlp.dates import infer_publication_dates
from storyweave.timeline import build_timeline, narrated_days


@pytest.fixture(scope="module")
def analysed(nlp: Language, example_dir: Path) -> list[AnalysedArticle]:
    articles = []
    for path in sorted(example_dir.glob("*.txt")):
        published = dt.date(2019, 5, 2) if path.stem.startswith("004") else None
        articles.append(
            Article(
                id=path.stem,
                text=path.read_text(encoding="utf-8"),
                source=path.stem[:3],
                published=published,
            )
        )
    dated = infer_publication_dates(articles)
    return analyse_articles([CleanedArticle(article=a, text=a.text) for a in dated], nlp)


def test_a_sentence_narrates_the_last_day_its_article_named(
    analysed: list[AnalysedArticle],
) -> None:
    days = narrated_days(analysed)
    trt = next(a for a in analysed if a.article.id.startswith("000"))
    sentences = list(trt.sentences)
    tuesday = next(i for i, s in enumerate(sentences) if "on Tuesday at 4AM" in s.text)
    assert days[sentences[tuesday].id] == (dt.date(2019, 4, 30), True)
    # The next sentence names no day of its own: it carries Tuesday on.
    following = sentences[tuesday + 1]
    assert days[following.id] == (dt.date(2019, 4, 30), False)
    # "this week" is too coarse to move the day of the story.
    week = next(s for s in sentences if "earlier this week" in s.text)
    assert days[week.id][1] is False


def test_events_are_ordered_and_resolved(analysed: list[AnalysedArticle]) -> None:
    events = build_timeline(analysed, [])
    assert events
    days = [e.date[:10] for e in events if len(e.date) >= 10]
    assert days == sorted(days)
    tuesday = [e for e in events if e.date.startswith("2019-04-30")]
    assert len({o for e in tuesday for o in e.outlets}) >= 3
    assert any(e.date == "2019-04-30T04:00" for e in events)
    assert any(e.date == "2019-01-23" and not e.uncertain for e in events)


def test_inferred_dates_make_placements_uncertain(analysed: list[AnalysedArticle]) -> None:
    for event in build_timeline(analysed, []):
        inferred = all(not c.article.startswith("004") for c in event.citations)
        if inferred:
            assert event.uncertain


def test_facts_merge_sentences_across_outlets(analysed: list[AnalysedArticle]) -> None:
    events = build_timeline(analysed, [])
    tuesday = [e for e in events if e.date == "2019-04-30"]
    citations = tuple(c for e in tuesday[:2] for c in e.citations)
    fact = Fact(id="F0", text="x", citations=citations, outlets=("a", "b"), support=2)
    merged = build_timeline(analysed, [fact])
    assert len(merged) == len(events) - 1
    assert any(set(citations) <= set(e.citations) for e in merged)


def test_empty_input() -> None:
    assert build_timeline([], []) == []


def test_event_records_are_plain() -> None:
    event = TimelineEvent(
        date="2019-04-30", text="x", citations=(Citation(article="a", sentence="a#s0"),)
    )
    assert TimelineEvent.model_validate_json(event.model_dump_json()) == event


def test_every_event_reads_on_its_own(analysed: list[AnalysedArticle]) -> None:
    texts = [e.text for e in build_timeline(analysed, [])]
    # Socialist Worker's "He has called for rolling strikes, with the first
    # supposed to begin on Thursday this week" names nobody: not an event line.
    assert not any(t.startswith("He has called for rolling strikes") for t in texts)
    # TRT World's "But after Tuesday's failure, ..." is shown without its "But".
    assert any(t.startswith("After Tuesday’s failure, it may have just got harder") for t in texts)
    assert not any(t.split()[0] in {"He", "She", "They", "But", "However,"} for t in texts)


def _dated(sentence: str) -> AnalysedArticle:
    """An article of one sentence that names Tuesday, 30 April 2019."""
    day = sentence.index("Tuesday")
    return AnalysedArticle(
        article=Article(id="a", text=sentence, source="x", published=dt.date(2019, 4, 30)),
        sentences=(
            Sentence(id="a#s0", article="a", index=0, text=sentence, start=0, end=len(sentence)),
        ),
        dates=(
            DateMention(
                article="a",
                text="Tuesday",
                value="2019-04-30",
                start=day,
                end=day + len("Tuesday"),
                sentence="a#s0",
            ),
        ),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "He said on Tuesday that no troops had arrived to stop the looting.",
        "A post shared by Havoc (@mobbdeephavoc) on Tuesday at 11:32am PDT",
        "There were these signs of pressure on the senators Tuesday:",
        "``It can just explode on Tuesday in the heat of the afternoon,",
    ],
)
def test_a_sentence_that_does_not_read_alone_is_no_event(sentence: str) -> None:
    assert build_timeline([_dated(sentence)], []) == []


def test_a_sentence_that_reads_alone_is_an_event() -> None:
    sentence = "Looters emptied the shops of the capital on Tuesday."
    (event,) = build_timeline([_dated(sentence)], [])
    assert event.text == sentence and event.date == "2019-04-30"
