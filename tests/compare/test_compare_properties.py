"""Arbitrary article text never breaks entity resolution, fact grouping or the comparison."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave._model import AnalysedArticle, Article, Mention, Sentence
from storyweave.compare import compare_sources, coverage_matrix, group_facts
from storyweave.embed import SentenceVectors
from storyweave.entities import resolve_entities

LABELS = st.sampled_from(["PERSON", "ORG", "GPE", "NORP", "FAC"])
SENTENCE = st.text(min_size=1, max_size=120)


@st.composite
def articles(draw: st.DrawFn) -> list[AnalysedArticle]:
    """Up to four articles of arbitrary sentences, with mentions on arbitrary spans."""
    out = []
    for a in range(draw(st.integers(1, 4))):
        texts = draw(st.lists(SENTENCE, min_size=1, max_size=5))
        article_id = f"a{a}"
        text = "\n".join(texts)
        sentences, mentions, offset = [], [], 0
        for i, t in enumerate(texts):
            sid = f"{article_id}#s{i}"
            sentences.append(
                Sentence(
                    id=sid, article=article_id, index=i, text=t, start=offset, end=offset + len(t)
                )
            )
            if draw(st.booleans()):
                start = draw(st.integers(0, len(t) - 1))
                end = draw(st.integers(start + 1, len(t)))
                mentions.append(
                    Mention(
                        text=t[start:end],
                        label=draw(LABELS),
                        start=offset + start,
                        end=offset + end,
                        sentence=sid,
                    )
                )
            offset += len(t) + 1
        source = draw(st.sampled_from(["Outlet A", "Outlet B", None]))
        out.append(
            AnalysedArticle(
                article=Article(id=article_id, text=text, source=source),
                sentences=tuple(sentences),
                mentions=tuple(mentions),
            )
        )
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles(), st.integers(0, 2**31 - 1))
def test_pipeline_accepts_any_text(analysed: list[AnalysedArticle], seed: int) -> None:
    entities, linked = resolve_entities(analysed)
    assert [e.id for e in entities] == [f"E{i}" for i in range(1, len(entities) + 1)]
    known = {e.id for e in entities}
    assert all(m.entity is None or m.entity in known for a in linked for m in a.mentions)
    sentences = [s for a in linked for s in a.sentences]
    rng = np.random.default_rng(seed)
    matrix = rng.normal(size=(len(sentences), 8)).astype(np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    vectors = SentenceVectors([s.id for s in sentences], matrix)
    facts = group_facts(linked, vectors, ())
    assert sorted(c.sentence for f in facts for c in f.citations) == sorted(s.id for s in sentences)
    comparison = compare_sources(linked, facts, entities, (), vectors)
    outlets, fact_ids, grid = coverage_matrix(comparison)
    assert len(grid) == len(outlets) and all(len(row) == len(fact_ids) for row in grid)
