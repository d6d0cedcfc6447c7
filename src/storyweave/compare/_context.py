"""What the conflict finders share: sentences by id, their facts, vectors and sources."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .._model import AnalysedArticle, Citation, ConflictSide, Entity, Fact, Sentence
from ..embed import SentenceVectors
from ._sources import Sources


@dataclass
class StoryContext:
    """Read-only lookups over one story, built once per comparison."""

    analysed: Sequence[AnalysedArticle]
    facts: Sequence[Fact]
    entities: Sequence[Entity]
    vectors: SentenceVectors
    sources: Sources
    sentence: dict[str, Sentence] = field(init=False)
    fact_of: dict[str, str] = field(init=False)
    entities_in: dict[str, set[str]] = field(init=False)
    fact_by_id: dict[str, Fact] = field(init=False)
    article_of: dict[str, AnalysedArticle] = field(init=False)  # by sentence id

    def __post_init__(self) -> None:
        self.sentence = {s.id: s for a in self.analysed for s in a.sentences}
        self.article_of = {s.id: a for a in self.analysed for s in a.sentences}
        self.fact_of = {c.sentence: f.id for f in self.facts for c in f.citations}
        self.fact_by_id = {f.id: f for f in self.facts}
        self.entities_in = {}
        for art in self.analysed:
            for m in art.mentions:
                if m.entity:
                    self.entities_in.setdefault(m.sentence, set()).add(m.entity)

    def cosine(self, a: str, b: str) -> float:
        if a not in self.vectors.row or b not in self.vectors.row:
            return 0.0
        return float(self.vectors[a] @ self.vectors[b])

    def similar(self, sentence_id: str, floor: float) -> list[tuple[str, float]]:
        """Sentences whose cosine to ``sentence_id`` is at least ``floor`` (one matrix product)."""
        if sentence_id not in self.vectors.row:
            return []
        scores = self.vectors.matrix @ self.vectors[sentence_id]
        return [(self.vectors.ids[i], float(scores[i])) for i in np.nonzero(scores >= floor)[0]]

    def side(self, value: str, sentence_ids: Sequence[str]) -> ConflictSide:
        """One side of a conflict: a value and every sentence that states it."""
        ordered = sorted(dict.fromkeys(sentence_ids), key=self._position)
        articles = [self.sentence[s].article for s in ordered]
        return ConflictSide(
            value=value,
            citations=tuple(
                Citation(article=a, sentence=s) for a, s in zip(articles, ordered, strict=True)
            ),
            outlets=self.sources.outlets_of(articles),
            text=self.sentence[ordered[0]].text,
        )

    def _position(self, sentence_id: str) -> tuple[int, int]:
        s = self.sentence[sentence_id]
        return self.sources.order.get(s.article, 0), s.index
