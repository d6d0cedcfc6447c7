"""Grouping quotes by speaker across outlets."""

from __future__ import annotations

from storyweave._model import AnalysedArticle, Article, DuplicateGroup, Entity, Quote, Span
from storyweave.nlp.quotes import group_quotes
from storyweave.nlp.quotes_group import match_entity

ENTITIES = [
    Entity(
        id="E0",
        name="John Bolton",
        label="PERSON",
        aliases=("Bolton",),
        roles=("National Security Adviser",),
    ),
    Entity(
        id="E1",
        name="Mike Pompeo",
        label="PERSON",
        aliases=("Pompeo",),
        roles=("Secretary of State",),
    ),
    Entity(id="E2", name="Russia", label="GPE"),
    Entity(id="E3", name="National Hurricane Center", label="ORG"),
    Entity(id="E4", name="National Weather Service", label="ORG"),
    Entity(id="E5", name="Secret Service", label="ORG"),
]


def article(article_id: str, source: str, quotes: list[tuple[str, str | None]]) -> AnalysedArticle:
    records = tuple(
        Quote(
            id=f"{article_id}#q{i}",
            article=article_id,
            content=Span(text=t, start=0, end=len(t)),
            speaker=s,
        )
        for i, (t, s) in enumerate(quotes)
    )
    return AnalysedArticle(article=Article(id=article_id, text="x", source=source), quotes=records)


def test_speakers_match_names_surnames_and_roles() -> None:
    assert match_entity("Mr Bolton", ENTITIES).id == "E0"  # type: ignore[union-attr]
    assert match_entity("Pompeo", ENTITIES).id == "E1"  # type: ignore[union-attr]
    assert match_entity("US Secretary of State", ENTITIES).id == "E1"  # type: ignore[union-attr]
    assert match_entity("his security adviser, a retired general", ENTITIES) is None
    assert match_entity("Sarah Sanders", ENTITIES) is None
    # A body named in short, in lower case, as prose does on second mention.
    assert match_entity("the hurricane center", ENTITIES).id == "E3"  # type: ignore[union-attr]
    assert match_entity("center", ENTITIES).id == "E3"  # type: ignore[union-attr]
    assert match_entity("The National Weather Service", ENTITIES).id == "E4"  # type: ignore[union-attr]
    assert match_entity("the service", ENTITIES) is None  # two services: not guessed
    assert match_entity("the Center", ENTITIES) is None  # a capital: not a short form


def test_one_quote_three_outlets_and_variants() -> None:
    quote = "“All agreed that Maduro had to go”"
    analysed = [
        article("a", "Reuters", [(quote, "Bolton"), ("“Your time is up.”", "John Bolton")]),
        article("b", "AP", [(quote, "John Bolton")]),
        article(
            "c", "BBC", [("“All agreed Maduro had to go”", "Mr Bolton"), ("“No comment”", None)]
        ),
    ]
    groups = group_quotes(analysed, ENTITIES, [])
    bolton = groups[0]
    assert bolton.speaker == "John Bolton" and bolton.entity == "E0"
    assert bolton.outlets == ("Reuters", "AP", "BBC")
    shared = next(q for q in bolton.quotes if q.id == "a#q0")
    assert shared.outlets == ("Reuters", "AP", "BBC")
    assert shared.also_in == ("b#q0", "c#q0")
    assert shared.variant  # BBC words it differently
    assert groups[-1].speaker == "unknown" and groups[-1].entity is None


def test_duplicate_copies_count_once() -> None:
    quote = "“All agreed that Maduro had to go”"
    analysed = [
        article("a", "Reuters", [(quote, "Bolton")]),
        article("b", "Copy", [(quote, "Bolton")]),
    ]
    groups = group_quotes(
        analysed, ENTITIES, [DuplicateGroup(kept="a", copies=("b",), similarity=1.0)]
    )
    assert groups[0].outlets == ("Reuters",)


def test_unknown_speaker_is_not_guessed() -> None:
    groups = group_quotes([article("a", "X", [("“Hello there”", "Jane Doe")])], ENTITIES, [])
    assert groups[0].speaker == "Jane Doe" and groups[0].entity is None
