"""Statements from different articles that report the same fact, grouped into one Fact.

Two sentences are linked when their MiniLM embeddings are close (cosine >=
``threshold``) *and* they share what the statement is about: an entity and a
content word, or several content words. Very close pairs (``STRONG``) need no
such check. A denial is never linked to what it denies.

Sentences pack several facts, so a paraphrase of one of them can sit in a
sentence whose other clauses pull its embedding away ("Lopez fled the
uprising, seeking shelter at the Spanish Embassy" / "Now Lopez is hiding in
the Spanish embassy and Guaido has retreated to a secret location"). Up to
``CLAUSE_LIMIT`` sentences, two sentences are also linked when one clause of
each (``_clauses``) is close (cosine >= ``CLAUSE_THRESHOLD``) and the two
clauses share at least ``CLAUSE_RARE_WORDS`` rare words of the story; such a
pair counts with its clause cosine in the average linkage below.

Links are merged best first, like average-linkage clustering: two groups join
only if no article is in both (an article states a fact once) and their mean
pairwise cosine stays above ``threshold - LINK_SLACK``, so one chain of
pairwise similarities cannot sweep a whole story into one fact.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from .._model import AnalysedArticle, Citation, DuplicateGroup, Fact, Sentence
from ..embed import Embedder, SentenceVectors
from ..entities._names import name_key
from ..summarize._candidates import reads_as_listed
from ._clauses_link import CLAUSE_LIMIT, clause_links
from ._pairs import candidate_pairs
from ._sources import Sources
from ._text import content_stems, sentence_status

STRONG = 0.88
DEFAULT_THRESHOLD = 0.55
LINK_SLACK = 0.06
MIN_OVERLAP = 0.3


@dataclass
class _Features:
    entities: frozenset[str]
    stems: frozenset[str]
    status: str


@dataclass
class _Group:
    members: list[int]
    articles: set[str]
    total: np.ndarray = field(repr=False)


def _features(analysed: Sequence[AnalysedArticle]) -> dict[str, _Features]:
    """Entities, content stems (people's names left out: the entity stands for them), status."""
    out: dict[str, _Features] = {}
    for art in analysed:
        entities: dict[str, set[str]] = {s.id: set() for s in art.sentences}
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in art.mentions:
            entities.setdefault(m.sentence, set()).add(m.entity or name_key(m.text, True))
            if m.label == "PERSON":  # 'the Spanish Embassy' keeps its words; names do not
                spans.setdefault(m.sentence, []).append((m.start, m.end))
        for s in art.sentences:
            text = s.text
            for start, end in spans.get(s.id, []):
                a, b = start - s.start, end - s.start
                text = text[:a] + " " * (b - a) + text[b:]
            out[s.id] = _Features(
                frozenset(entities[s.id]), content_stems(text), sentence_status(s.text)
            )
    return out


def word_weights(features: dict[str, _Features]) -> dict[str, float]:
    """Inverse sentence frequency of every stem and entity within the story.

    Words in most sentences ('coup', 'Guaido' in a story about his coup) weigh
    little: sharing them says two sentences are about the story, not that they
    state one fact. Rare shared words and names are the evidence.
    """
    counts: dict[str, int] = {}
    for f in features.values():
        for word in f.stems | f.entities:
            counts[word] = counts.get(word, 0) + 1
    total = max(len(features), 2)
    return {w: math.log(total / c) for w, c in counts.items()}


def overlap(a: _Features, b: _Features, weights: dict[str, float]) -> float:
    """Weighted overlap coefficient of two sentences' stems and entities, in [0, 1]."""
    words_a, words_b = a.stems | a.entities, b.stems | b.entities
    shared = sum(weights.get(w, 0.0) for w in words_a & words_b)
    smaller = min(
        sum(weights.get(w, 0.0) for w in words_a), sum(weights.get(w, 0.0) for w in words_b)
    )
    return shared / smaller if smaller > 0 else 0.0


def same_fact(
    a: _Features, b: _Features, cosine: float, threshold: float, weights: dict[str, float]
) -> bool:
    """Whether two close sentences state the same fact, not merely the same topic."""
    if (a.status == "denied") != (b.status == "denied") or cosine < threshold:
        return False
    return cosine >= STRONG or overlap(a, b, weights) >= MIN_OVERLAP


def _cross_bonus(a: _Group, b: _Group, bonus: dict[tuple[int, int], float]) -> float:
    """Sum of the clause-level gains over sentence cosine between members of two groups."""
    if not bonus:
        return 0.0
    return sum(bonus.get((min(i, j), max(i, j)), 0.0) for i in a.members for j in b.members)


def _merge(
    pairs: list[tuple[float, int, int]], sentences: list[Sentence], matrix: np.ndarray,
    floor: float, bonus: dict[tuple[int, int], float],
) -> list[_Group]:  # fmt: skip
    groups = [
        _Group([i], {s.article}, matrix[i].astype(np.float64)) for i, s in enumerate(sentences)
    ]
    owner = list(range(len(sentences)))
    for _cosine, i, j in pairs:
        gi, gj = owner[i], owner[j]
        a, b = groups[gi], groups[gj]
        if gi == gj or a.articles & b.articles:
            continue
        # Unit vectors: the mean pairwise cosine of two groups is the dot of their sums / sizes;
        # pairs linked by a clause count with their clause cosine (the bonus over the sentence's).
        linkage = float(a.total @ b.total) + _cross_bonus(a, b, bonus)
        if linkage / (len(a.members) * len(b.members)) < floor:
            continue
        a.members.extend(b.members)
        a.articles |= b.articles
        a.total = a.total + b.total
        for k in b.members:
            owner[k] = gi
        b.members = []
    return [g for g in groups if g.members]


def _with_clause_links(
    pairs: list[tuple[float, int, int]], sentences: list[Sentence], matrix: np.ndarray,
    article_of: np.ndarray, features: dict[str, _Features], embedder: Embedder | None,
) -> tuple[list[tuple[float, int, int]], dict[tuple[int, int], float]]:  # fmt: skip
    """Sentence links plus clause links, best first, and each clause link's linkage gain."""
    linked = {(i, j): cosine for cosine, i, j in pairs}
    bonus: dict[tuple[int, int], float] = {}
    texts = [s.text for s in sentences]
    for cosine, i, j in clause_links(texts, matrix, article_of, embedder):
        a, b = features[sentences[i].id], features[sentences[j].id]
        if (a.status == "denied") != (b.status == "denied"):
            continue  # a denial is never the fact it denies
        sentence_cosine = float(matrix[i] @ matrix[j])
        if cosine > linked.get((i, j), -1.0):
            linked[(i, j)] = cosine
            bonus[(i, j)] = max(0.0, cosine - sentence_cosine)
    merged = [(cosine, i, j) for (i, j), cosine in linked.items()]
    merged.sort(key=lambda p: (-p[0], p[1], p[2]))
    return merged, bonus


def _representative(members: list[int], matrix: np.ndarray, sentences: list[Sentence]) -> str:
    """The member closest to the group's centroid (ties: the earliest), among those
    that read as a whole sentence on their own when there are any: a fact is
    listed in its words ("Stock market at an all-time high," Trump tweeted.' is
    half a quotation; the other outlet's sentence of the fact may be whole)."""
    if len(members) == 1:
        return sentences[members[0]].text
    centroid = matrix[members].sum(axis=0)
    whole = [m for m in members if reads_as_listed(sentences[m].text)]
    best = max(whole or members, key=lambda m: (float(matrix[m] @ centroid), -m))
    return sentences[best].text


def _status(members: list[int], sentences: list[Sentence], features: dict[str, _Features]) -> str:
    """'denied' for a denial (never grouped with non-denials); 'asserted' when any outlet
    states the fact in its own voice; 'attributed' when every outlet attributes it."""
    statuses = {features[sentences[m].id].status for m in members}
    for status in ("denied", "asserted"):
        if status in statuses:
            return status
    return "attributed"


def group_facts(
    analysed: Sequence[AnalysedArticle],
    vectors: SentenceVectors,
    duplicates: Sequence[DuplicateGroup] = (),
    threshold: float = DEFAULT_THRESHOLD,
    embedder: Embedder | None = None,
) -> list[Fact]:
    """Every sentence of every article in exactly one Fact; ids F1.. by first citation.

    ``embedder`` embeds clauses; it should be the one that made ``vectors``.
    """
    sentences = [s for a in analysed for s in a.sentences if s.id in vectors.row]
    if not sentences:
        return []
    sources = Sources(analysed, duplicates)
    features = _features(analysed)
    matrix = vectors.rows([s.id for s in sentences]).astype(np.float32)
    article_of = np.array([sources.order[s.article] for s in sentences])
    weights = word_weights(features)
    pairs = [
        (cosine, i, j)
        for cosine, i, j in candidate_pairs(matrix, article_of, threshold)
        if same_fact(
            features[sentences[i].id], features[sentences[j].id], cosine, threshold, weights
        )
    ]
    bonus: dict[tuple[int, int], float] = {}
    if len(sentences) <= CLAUSE_LIMIT:
        pairs, bonus = _with_clause_links(pairs, sentences, matrix, article_of, features, embedder)
    groups = sorted(_merge(pairs, sentences, matrix, threshold - LINK_SLACK, bonus),
                    key=lambda g: min(g.members))  # fmt: skip
    facts: list[Fact] = []
    for group in groups:
        members = sorted(group.members)
        outlets = sources.outlets_of([sentences[m].article for m in members])
        facts.append(
            Fact(
                id=f"F{len(facts) + 1}",
                text=_representative(members, matrix, sentences),
                citations=tuple(
                    Citation(article=sentences[m].article, sentence=sentences[m].id)
                    for m in members
                ),
                outlets=outlets,
                support=len(outlets),
                status=_status(members, sentences, features),  # type: ignore[arg-type]
            )
        )
    return facts
