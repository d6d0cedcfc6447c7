"""Citations: the articles that report what a summary sentence says, and where.

Three sources of evidence, best first: the facts grouped by the compare stage;
sentence embeddings; and, when the summarizer runs alone, overlap of
content-word stems. Copies of an article are never candidates, but their
sentences are cited like any other.

A citation stands for a *source*: by embeddings, each other article is cited
once, at its sentence closest to the summary sentence (when that one reaches
the threshold), and the summary sentence's own article is cited at that
sentence alone. Citing every sentence above the threshold cited a dozen
sentences per summary sentence, several from one article
(``storyweave eval citations``: sentence precision 0.30 against 0.62).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Protocol

from .._model import Citation, Fact
from ..embed import Embedder, SentenceVectors
from ._candidates import Candidate

# Stem-overlap support: cosine of the content-stem sets, and a floor of shared stems
# so that two short sentences do not support each other on two common words.
OVERLAP_COSINE = 0.5
OVERLAP_MIN_SHARED = 4
# Embedding cosine of a citation when the summarizer runs alone: the best
# article-level F1 on the labelled facts (``storyweave eval citations``), and
# the brief's fact threshold.
DEFAULT_VECTOR_THRESHOLD = 0.55
# The brief's fallback, for a sentence the compare stage put in no fact: that
# stage judged it single-source, so only a near paraphrase may say otherwise.
FALLBACK_VECTOR_THRESHOLD = 0.72


class SupportFinder(Protocol):
    def __call__(self, chosen: Candidate) -> set[str]:
        """Ids of the sentences that report what ``chosen`` says (itself included)."""
        ...


class FactSupport:
    """Support from ``compare.group_facts``: the fact that holds the sentence."""

    def __init__(self, facts: Sequence[Fact], fallback: SupportFinder) -> None:
        self._by_sentence: dict[str, set[str]] = {}
        for fact in facts:
            ids = {c.sentence for c in fact.citations}
            for sid in ids:
                self._by_sentence.setdefault(sid, set()).update(ids)
        self._fallback = fallback

    def __call__(self, chosen: Candidate) -> set[str]:
        found = self._by_sentence.get(chosen.sentence.id)
        return set(found) if found else self._fallback(chosen)


def closest_per_article(
    chosen: Candidate,
    ids: Sequence[str],
    similarity: Sequence[float],
    article_of: Mapping[str, str],
    threshold: float,
) -> set[str]:
    """``chosen`` and, in every other article, its closest sentence at ``threshold`` or above."""
    best: dict[str, tuple[float, str]] = {}
    for sid, sim in zip(ids, similarity, strict=True):
        article = article_of.get(sid)
        if sim < threshold or article is None or article == chosen.sentence.article:
            continue
        if article not in best or sim > best[article][0]:
            best[article] = (sim, sid)
    return {sid for _, sid in best.values()} | {chosen.sentence.id}


class VectorSupport:
    """Support by embedding cosine, one matrix-vector product per summary sentence."""

    def __init__(
        self,
        vectors: SentenceVectors,
        article_of: Mapping[str, str],
        fallback: SupportFinder,
        threshold: float = FALLBACK_VECTOR_THRESHOLD,
    ) -> None:
        self._vectors = vectors
        self._article_of = article_of
        self._fallback = fallback
        self._threshold = threshold

    def __call__(self, chosen: Candidate) -> set[str]:
        sid = chosen.sentence.id
        if sid not in self._vectors.row:
            return self._fallback(chosen)
        similarity = self._vectors.matrix @ self._vectors[sid]
        return closest_per_article(
            chosen, self._vectors.ids, similarity.tolist(), self._article_of, self._threshold
        )


class OverlapSupport:
    """Support by shared content stems, found through an inverted index."""

    def __init__(self, pool: Sequence[Candidate]) -> None:
        self._stems: dict[str, frozenset[str]] = {}
        self._index: dict[str, list[str]] = defaultdict(list)
        for candidate in pool:
            sid = candidate.sentence.id
            self._stems[sid] = candidate.stems
            for s in candidate.stems:
                self._index[s].append(sid)

    def __call__(self, chosen: Candidate) -> set[str]:
        shared: dict[str, int] = defaultdict(int)
        for s in chosen.stems:
            for sid in self._index.get(s, ()):
                shared[sid] += 1
        size = len(chosen.stems)
        found = {chosen.sentence.id}
        for sid, count in shared.items():
            other = len(self._stems[sid])
            if (
                count >= min(OVERLAP_MIN_SHARED, size)
                and count >= OVERLAP_COSINE * (size * other) ** 0.5
            ):
                found.add(sid)
        return found


class EmbeddingSupport:
    """Embedding cosine when no vectors were computed: only lexical neighbours are embedded.

    A sentence that shares no two content words with a summary sentence is not
    going to reach the fact threshold, so embedding the whole cluster (slow on
    thousands of articles) is not needed to find the ones that do.
    """

    def __init__(
        self,
        pool: Sequence[Candidate],
        embedder: Embedder,
        threshold: float = DEFAULT_VECTOR_THRESHOLD,
        neighbours: int = 256,
    ) -> None:
        self._text = {c.sentence.id: c.text for c in pool}
        self._article_of = {c.sentence.id: c.sentence.article for c in pool}
        self._index: dict[str, list[str]] = defaultdict(list)
        for candidate in pool:
            for s in candidate.stems:
                self._index[s].append(candidate.sentence.id)
        self._embedder = embedder
        self._threshold = threshold
        self._neighbours = neighbours

    def __call__(self, chosen: Candidate) -> set[str]:
        shared: Counter[str] = Counter()
        for s in chosen.stems:
            shared.update(self._index.get(s, ()))
        near = [sid for sid, n in shared.most_common(self._neighbours) if n >= 2]
        near = [sid for sid in near if sid != chosen.sentence.id]
        if not near:
            return {chosen.sentence.id}
        matrix = self._embedder.embed([chosen.text, *(self._text[sid] for sid in near)])
        similarity = matrix[1:] @ matrix[0]
        return closest_per_article(
            chosen, near, similarity.tolist(), self._article_of, self._threshold
        )


def citations_for(
    chosen: Candidate,
    support: SupportFinder,
    same_text: Mapping[str, Sequence[str]],
    article_of: Mapping[str, str],
    sentence_order: Mapping[str, int],
) -> tuple[Citation, ...]:
    """The citations of one summary sentence, in reading order, its own first.

    Its own article is cited at the sentence itself only: a second sentence of
    the same article is not a second source.
    """
    ids = support(chosen) | {chosen.sentence.id}
    ids |= set(same_text.get(chosen.text, ()))
    home = chosen.sentence.article
    ordered = sorted(
        (sid for sid in ids if sid in article_of and article_of[sid] != home),
        key=lambda sid: sentence_order[sid],
    )
    return tuple(
        Citation(article=article_of[sid], sentence=sid) for sid in [chosen.sentence.id, *ordered]
    )
