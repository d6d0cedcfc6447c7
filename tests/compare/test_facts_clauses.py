"""Clause splitting and clause-level links between sentences, with the real spaCy and MiniLM."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from _embedders import CountingEmbedder
from storyweave._config import Settings
from storyweave._model import AnalysedArticle, Article, Fact, Sentence
from storyweave.clean import clean_article
from storyweave.compare import group_facts
from storyweave.compare._clauses import doc_clauses, split_clauses
from storyweave.compare._clauses_link import clause_links, rare_stems
from storyweave.embed import embed_sentences, get_embedder
from storyweave.entities import resolve_entities
from storyweave.ingest import read_inputs
from storyweave.nlp.analyse import analyse_articles

HIDING = (
    "Now Lopez is hiding in the Spanish embassy and Guaido has retreated to a secret "
    "location, while still imploring people to take to the streets."
)
FLED = (
    "However in a blow to Guaido's ambitions, Lopez fled the nascent uprising, seeking "
    "shelter at the Spanish Embassy in Caracas."
)


def test_a_sentence_of_several_facts_splits_into_clauses(nlp: Language) -> None:
    clauses = doc_clauses(nlp(HIDING))
    assert len(clauses) >= 2
    embassy = [c for c in clauses if "Spanish embassy" in c]
    assert len(embassy) == 1 and "secret location" not in embassy[0]


def test_a_clause_without_subject_borrows_its_governors(nlp: Language) -> None:
    clauses = doc_clauses(nlp(FLED))
    shelter = next(c for c in clauses if "shelter" in c)
    assert "Lopez" in shelter and "fled" not in shelter


def test_reporting_frames_and_one_clause_sentences_give_no_units(nlp: Language) -> None:
    assert doc_clauses(nlp("Guaido remains free despite his coup attempt.")) == ()
    said = doc_clauses(nlp("Maduro is still in power, said Interior Minister Bernard Cazeneuve."))
    assert not any("said" in c for c in said)


def test_rare_stems_are_those_in_few_sentences() -> None:
    texts = [f"Guaido spoke in Caracas about plan {i}." for i in range(40)]
    texts += ["Lopez is at the Spanish embassy.", "Lopez sought shelter at the Spanish Embassy."]
    rare = rare_stems(texts)
    assert "embassi" in rare and "spanish" in rare and "caraca" not in rare


def _vectors(texts: list[str]) -> np.ndarray:
    return get_embedder().embed(texts)


def test_a_paraphrased_clause_links_its_sentences_and_topic_does_not() -> None:
    texts = [
        FLED,
        HIDING,
        "Guaido called for another day of protests today, and he is not backing down.",
        "US sanctions have had a brutal effect on the already weak Venezuelan economy.",
    ]
    article_of = np.arange(len(texts))
    links = {(i, j) for _cosine, i, j in clause_links(texts, _vectors(texts), article_of)}
    assert (0, 1) in links
    assert not links & {(0, 2), (0, 3), (1, 3), (2, 3)}
    # One article: its sentences are never linked with each other.
    assert clause_links(texts, _vectors(texts), np.zeros(len(texts), dtype=int)) == []


def test_clauses_are_embedded_by_the_embedder_given(counting_embedder: CountingEmbedder) -> None:
    texts = [FLED, HIDING]
    counting = counting_embedder
    links = clause_links(texts, _vectors(texts), np.arange(2), counting)
    assert (0, 1) in {(i, j) for _cosine, i, j in links}
    assert counting.texts and all(t not in texts for t in counting.texts)  # clauses, not sentences


def _article(article_id: str, texts: list[str], source: str) -> AnalysedArticle:
    sentences, offset = [], 0
    for i, text in enumerate(texts):
        sentences.append(
            Sentence(id=f"{article_id}#s{i}", article=article_id, index=i, text=text,
                     start=offset, end=offset + len(text))
        )  # fmt: skip
        offset += len(text) + 1
    return AnalysedArticle(
        article=Article(id=article_id, text="\n".join(texts), source=source),
        sentences=tuple(sentences),
    )


def test_a_denial_is_never_linked_to_what_it_denies_through_a_clause() -> None:
    claim = "Pompeo said Russia persuaded Maduro to stay, and the plane was waiting at the airport."
    denial = "The ministry denied that Russia persuaded Maduro to stay, and called it an info war."
    analysed = [_article("a", [claim], "A"), _article("b", [denial], "B")]
    sentences = [s for a in analysed for s in a.sentences]
    vectors = embed_sentences(sentences, get_embedder())
    facts = group_facts(analysed, vectors, ())
    assert len(facts) == 2


@pytest.fixture(scope="module")
def example_facts(nlp: Language, example_dir: Path) -> tuple[list[AnalysedArticle], list[Fact]]:
    articles, _warnings = read_inputs([str(example_dir)], Settings.model_validate({}))
    analysed = analyse_articles([clean_article(a) for a in articles], nlp)
    _entities, analysed = resolve_entities(analysed)
    vectors = embed_sentences([s for a in analysed for s in a.sentences], get_embedder())
    return analysed, group_facts(analysed, vectors, ())


def test_the_example_embassy_paraphrases_are_one_fact(
    example_facts: tuple[list[AnalysedArticle], list[Fact]],
) -> None:
    analysed, facts = example_facts

    def fact_of(snippet: str) -> str:
        sentence = next(s.id for a in analysed for s in a.sentences if snippet in s.text)
        return next(f.id for f in facts for c in f.citations if c.sentence == sentence)

    embassy = fact_of("seeking shelter at the Spanish Embassy")
    assert embassy == fact_of("Now Lopez is hiding in the Spanish embassy")
    assert embassy == fact_of("Lopez managing to get from house arrest into the Spanish Embassy")
    # Same story, other facts: Lopez meeting generals, Guaido's call for protests.
    assert embassy != fact_of("Lopez met with generals")
    assert embassy != fact_of("called for another day of protests")
    cited = sorted(c.sentence for f in facts for c in f.citations)
    assert cited == sorted(s.id for a in analysed for s in a.sentences)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=200), min_size=0, max_size=6))
def test_any_text_splits_and_links_without_error(texts: list[str]) -> None:
    clauses = split_clauses(texts)
    assert len(clauses) == len(texts) and all(len(c) != 1 for c in clauses)
    if texts:
        article_of = np.arange(len(texts)) % 2
        for cosine, i, j in clause_links(texts, _vectors(texts), article_of):
            assert i < j and article_of[i] != article_of[j] and -1.01 <= cosine <= 1.01
