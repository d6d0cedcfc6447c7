"""Honest comparisons for degenerate inputs: one article, copies of one story, nothing shared."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from storyweave._model import Article, DuplicateGroup
from storyweave.clean import clean_article
from storyweave.compare import compare_sources, group_facts
from storyweave.embed import embed_sentences, get_embedder
from storyweave.entities import resolve_entities
from storyweave.nlp.analyse import analyse_articles

WEATHER = (
    "Heavy snow closed the mountain pass near Innsbruck on Monday, the regional road "
    "authority said. Drivers were told to expect delays of several hours. "
    "Ploughs worked through the night to clear the road."
)
FOOTBALL = (
    "The home side won the cup final three goals to one after extra time in Lisbon. "
    "Their captain scored twice and lifted the trophy in front of a full stadium."
)


def _compare(articles: list[Article], nlp: Language, duplicates: list[DuplicateGroup]):
    analysed = analyse_articles([clean_article(a) for a in articles], nlp)
    entities, analysed = resolve_entities(analysed)
    vectors = embed_sentences([s for a in analysed for s in a.sentences], get_embedder())
    facts = group_facts(analysed, vectors, duplicates)
    return facts, compare_sources(analysed, facts, entities, duplicates, vectors)


def test_single_article_is_one_independent_source(nlp: Language, example_dir: Path) -> None:
    path = next(example_dir.glob("004_*.txt"))
    article = Article(id=path.stem, text=path.read_text(encoding="utf-8"), source="Outlet A")
    facts, comparison = _compare([article], nlp, [])
    assert facts and all(f.support == 1 for f in facts)
    assert comparison.note and comparison.note.startswith("one independent source")
    assert not comparison.conflicts and not comparison.framing and not comparison.single_source


def test_copies_of_one_wire_story_count_once(nlp: Language) -> None:
    text = WEATHER + " " + FOOTBALL
    articles = [
        Article(id="wire", text=text, source="Wire"),
        Article(id="copy1", text=text, source="Paper One"),
        Article(id="copy2", text=text, source="Paper Two"),
    ]
    group = DuplicateGroup(kept="wire", copies=("copy1", "copy2"), similarity=1.0)
    facts, comparison = _compare(articles, nlp, [group])
    assert facts and all(f.support == 1 and f.outlets == ("Wire",) for f in facts)
    assert comparison.outlets == ("Wire",)
    assert comparison.note and "one independent source" in comparison.note


def test_articles_that_share_nothing_get_no_agreement(nlp: Language) -> None:
    articles = [
        Article(id="a", text=WEATHER, source="Alpine News"),
        Article(id="b", text=FOOTBALL, source="Sports Daily"),
    ]
    facts, comparison = _compare(articles, nlp, [])
    assert all(f.support == 1 for f in facts)
    assert comparison.note == "the sources share no facts: every fact has a single source"
    assert set(comparison.single_source) == {"Alpine News", "Sports Daily"}
    assert not comparison.conflicts
