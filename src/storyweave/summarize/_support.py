"""Citations: every sentence, in any article, that reports what a summary sentence says.

Three sources of evidence, best first: the facts grouped by the compare stage;
sentence embeddings (cosine at or above the fact threshold); and, when the
summarizer runs alone, overlap of content-word stems. Copies of an article are
never candidates, but their sentences are cited like any other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Protocol

import numpy as np

from .._model import Citation, Fact
from ..embed import SentenceVectors
from ._candidates import Candidate

# Stem-overlap support: cosine of the content-stem sets, and a floor of shared stems
# so that two short sentences do not support each other on two common words.
OVERLAP_COSINE = 0.5
OVERLAP_MIN_SHARED = 4
DEFAULT_VECTOR_THRESHOLD = 0.72


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


class VectorSupport:
    """Support by embedding cosine, one matrix-vector product per summary sentence."""

    def __init__(
        self,
        vectors: SentenceVectors,
        fallback: SupportFinder,
        threshold: float = DEFAULT_VECTOR_THRESHOLD,
    ) -> None:
        self._vectors = vectors
        self._fallback = fallback
        self._threshold = threshold

    def __call__(self, chosen: Candidate) -> set[str]:
        sid = chosen.sentence.id
        if sid not in self._vectors.row:
            return self._fallback(chosen)
        similarity = self._vectors.matrix @ self._vectors[sid]
        rows = np.nonzero(similarity >= self._threshold)[0]
        return {self._vectors.ids[r] for r in rows.tolist()} | {sid}


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
            if count >= min(OVERLAP_MIN_SHARED, size) and count >= OVERLAP_COSINE * (
                size * other
            ) ** 0.5:
                found.add(sid)
        return found


def citations_for(
    chosen: Candidate,
    support: SupportFinder,
    same_text: Mapping[str, Sequence[str]],
    article_of: Mapping[str, str],
    sentence_order: Mapping[str, int],
) -> tuple[Citation, ...]:
    """The citations of one summary sentence, in reading order, its own first."""
    ids = support(chosen) | {chosen.sentence.id}
    ids |= set(same_text.get(chosen.text, ()))
    ordered = sorted(
        (sid for sid in ids if sid in article_of and sid != chosen.sentence.id),
        key=lambda sid: sentence_order[sid],
    )
    return tuple(
        Citation(article=article_of[sid], sentence=sid) for sid in [chosen.sentence.id, *ordered]
    )
