"""Sentence pairs of different articles that share one fact stated by a clause of each.

Each sentence is split into clauses (``_clauses``); a sentence of one clause
stands as its own unit and keeps its sentence vector. Clause units are
embedded with MiniLM and compared across articles; a pair of clauses links
their sentences when the cosine is at least ``CLAUSE_THRESHOLD`` and the two
clauses share at least ``CLAUSE_RARE_WORDS`` rare words of the story (stems
in at most ``RARE_SHARE`` of its sentences, and in no more than
``RARE_MIN_COUNT`` sentences for small stories). Embeddings alone do not
separate "same fact" from "same story" within one event: the rare shared
words ('Spanish', 'embassy') are the evidence that two clauses state one fact.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from ..embed import Embedder, get_embedder
from ._clauses import split_clauses
from ._pairs import candidate_pairs
from ._text import content_stems

CLAUSE_LIMIT = 2000  # sentences; above, parsing and embedding every clause costs too much
CLAUSE_THRESHOLD = 0.65
CLAUSE_RARE_WORDS = 2
RARE_SHARE = 0.03
RARE_MIN_COUNT = 3


def rare_stems(texts: Sequence[str]) -> frozenset[str]:
    """Stems found in few sentences of the story: shared, they point at one fact."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in content_stems(text):
            counts[word] = counts.get(word, 0) + 1
    limit = max(RARE_MIN_COUNT, math.ceil(RARE_SHARE * len(texts)))
    return frozenset(w for w, c in counts.items() if c <= limit)


def _units(
    texts: Sequence[str], matrix: np.ndarray, embedder: Embedder | None = None
) -> tuple[list[str], np.ndarray, list[int]]:
    """Clause texts, their unit vectors and the sentence each comes from.

    ``embedder`` should be the one that made ``matrix``; without it, MiniLM.
    """
    clauses = split_clauses(texts)
    unit_texts: list[str] = []
    owner: list[int] = []
    for i, (text, parts) in enumerate(zip(texts, clauses, strict=True)):
        for part in parts or (text,):
            unit_texts.append(part)
            owner.append(i)
    embedder = embedder or get_embedder()
    if matrix.shape[1] != getattr(embedder, "dimensions", matrix.shape[1]):
        # sentence vectors from another model than the clauses': embed all in one space
        return unit_texts, embedder.embed(unit_texts), owner
    vectors = matrix[owner].astype(np.float32)  # one-clause sentences keep their vector
    split = [k for k, i in enumerate(owner) if clauses[i]]
    if split:
        vectors[split] = embedder.embed([unit_texts[k] for k in split])
    return unit_texts, vectors, owner


def clause_links(
    texts: Sequence[str],
    matrix: np.ndarray,
    article_of: np.ndarray,
    embedder: Embedder | None = None,
) -> list[tuple[float, int, int]]:
    """(best clause cosine, i, j), i < j, for sentence pairs linked by a clause pair.

    ``texts`` are the sentences, ``matrix`` their unit sentence vectors and
    ``article_of`` the article of each; pairs within one article are never made.
    """
    if len(texts) < 2:
        return []
    unit_texts, vectors, owner = _units(texts, matrix, embedder)
    rare = rare_stems(texts)
    stems = [content_stems(t) & rare for t in unit_texts]
    best: dict[tuple[int, int], float] = {}
    for cosine, u, v in candidate_pairs(vectors, article_of[owner], CLAUSE_THRESHOLD):
        if len(stems[u] & stems[v]) < CLAUSE_RARE_WORDS:
            continue
        i, j = sorted((owner[u], owner[v]))
        if cosine > best.get((i, j), -1.0):
            best[(i, j)] = cosine
    return [(cosine, i, j) for (i, j), cosine in best.items()]
