"""``storyweave eval citations``: does a summary sentence cite the articles that report it?

The hand labels of ``storyweave eval compare`` (``evaluation/labels``) group
sentences that state one fact. Every labelled sentence is taken as if it were
a summary sentence and given the citations ``storyweave summarize`` would give
it; the articles it cites (its own aside) are scored against the other
articles of its fact. A labelled sentence alone in its fact should cite no
other article, and an unlabelled sentence counts as a fact of its own, as in
``eval compare``.

Scored for the support finders of the summarizer that runs without spaCy:
shared content words (``--no-embed``) and sentence embeddings at a sweep of
cosine thresholds, each taking every other article's closest sentence.
Articles are read, cleaned and split exactly as ``storyweave summarize`` does.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import InputError
from ..embed import Embedder
from ..summarize import prepare_articles, read_cluster, split_article
from ..summarize._candidates import Candidate
from ..summarize._core import prepare
from ..summarize._support import (
    DEFAULT_VECTOR_THRESHOLD,
    EmbeddingSupport,
    OverlapSupport,
    SupportFinder,
)
from ._embedding import CachingEmbedder
from .compare import Counts, cluster_input, load_labels

THRESHOLDS = (0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75)


@dataclass
class LabelledCluster:
    """One labelled cluster as the summarizer sees it, and its facts by sentence id."""

    name: str
    pool: list[Candidate]
    fact_of: dict[str, frozenset[str]]  # labelled sentence id -> the sentence ids of its fact
    labelled: int  # labelled snippets, placed or not (two may fall in one sentence)


def load_cluster(label: dict[str, Any], path: Path) -> LabelledCluster:
    """Read and split the cluster like ``storyweave summarize``; place each labelled snippet."""
    articles, _ = read_cluster(path.parent if path.name == "articles.jsonl" else path)
    articles, _ = prepare_articles(articles)
    pool = [c for doc in prepare(articles, [split_article(a) for a in articles]) for c in doc]
    by_article: dict[str, list[Candidate]] = {}
    for c in pool:
        by_article.setdefault(c.sentence.article, []).append(c)

    def place(ref: Sequence[str]) -> str | None:
        article, snippet = ref[0], " ".join(ref[1].split())
        found = (c for c in by_article.get(article, ()) if snippet in " ".join(c.text.split()))
        return next((c.sentence.id for c in found), None)

    fact_of: dict[str, frozenset[str]] = {}
    for fact in label["facts"]:
        ids = frozenset(sid for sid in map(place, fact["sentences"]) if sid is not None)
        for sid in ids:
            fact_of[sid] = ids
    labelled = sum(len(fact["sentences"]) for fact in label["facts"])
    return LabelledCluster(label["cluster"], pool, fact_of, labelled)


def score_finder(cluster: LabelledCluster, finder: SupportFinder) -> tuple[Counts, int]:
    """Article-level counts over the labelled sentences, and how many sentences they cited."""
    article_of = {c.sentence.id: c.sentence.article for c in cluster.pool}
    counts, cited = Counts(), 0
    for c in cluster.pool:
        if c.sentence.id not in cluster.fact_of:
            continue
        home = c.sentence.article
        found = finder(c) - {c.sentence.id}
        cited += len(found)
        predicted = {article_of[s] for s in found} - {home}
        gold = {article_of[s] for s in cluster.fact_of[c.sentence.id]} - {home}
        counts.add(Counts(tp=len(predicted & gold), predicted=len(predicted), gold=len(gold)))
    return counts, cited


def evaluate_citations(
    labels_dir: Path,
    data: Path,
    thresholds: Sequence[float] = THRESHOLDS,
    embedder: Embedder | None = None,
) -> tuple[list[dict[str, Any]], list[str]]:
    """One row per finder (pooled over the clusters), and the clusters skipped for want of data.

    ``sentences`` is how many labelled snippets were placed in a sentence of
    the summarizer's splitting, out of ``labelled``.
    """
    cached = CachingEmbedder(embedder)
    totals: dict[str, tuple[Counts, int, int]] = {}
    skipped: list[str] = []
    labelled = 0
    for label in load_labels(labels_dir):
        path = cluster_input(label, data)
        if path is None:
            skipped.append(f"{label['cluster']}: no articles at {label['location']}")
            continue
        cluster = load_cluster(label, path)
        labelled += cluster.labelled
        finders: dict[str, SupportFinder] = {"shared words": OverlapSupport(cluster.pool)}
        for t in thresholds:
            finders[f"embeddings {t:.2f}"] = EmbeddingSupport(cluster.pool, cached, t)
        for name, finder in finders.items():
            counts, cited = score_finder(cluster, finder)
            total, total_cited, sentences = totals.get(name, (Counts(), 0, 0))
            total.add(counts)
            totals[name] = (total, total_cited + cited, sentences + len(cluster.fact_of))
    if not totals:
        raise InputError(f"no labelled cluster has its articles ({'; '.join(skipped)})")
    rows = [
        {
            "finder": name,
            "default": name == f"embeddings {DEFAULT_VECTOR_THRESHOLD:.2f}",
            **counts.scores(),
            "sentences": sentences,
            "labelled": labelled,
            "cited_per_sentence": cited / sentences if sentences else 0.0,
        }
        for name, (counts, cited, sentences) in totals.items()
    ]
    return rows, skipped


def write_json(rows: list[dict[str, Any]], path: Path) -> None:
    path.write_text(json.dumps({"rows": rows}, indent=1), encoding="utf-8")
