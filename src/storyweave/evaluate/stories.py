"""``storyweave eval stories``: story clustering against gold clusters (ecbplus-dev).

The clusterer sees only the text (and titles and dates when the dataset has
them): ids are replaced by anonymous ones, because ECB+ ids encode the
answer, and the arrival order is shuffled with fixed seeds (the file is
sorted by topic, which would flatter an online method). Two baselines run on
the same data: TF-IDF cosine with average-link agglomerative clustering at
its best threshold (a sweep; an upper bound for that method), and HDBSCAN over
the same MiniLM embeddings the clusterer uses.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.cluster import HDBSCAN, AgglomerativeClustering
from sklearn.feature_extraction.text import TfidfVectorizer

from .._model import Article
from ..cluster import Stories, StoriesConfig
from ..cluster._features import lead_text
from ._bootstrap import percentile_interval, resampled_means
from ._clustering_metrics import bcubed_items, partition_scores
from ._embedding import CachingEmbedder
from ._stories_data import article_from, read_jsonl, require_dir

SEEDS = (0, 1, 2, 3, 4)
SWEEP = tuple(round(0.05 + 0.025 * i, 3) for i in range(35))


def load_dataset(folder: Path) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """Anonymised articles, gold cluster and gold topic per anonymous id."""
    require_dir(folder, "story dataset")
    gold_rows = {str(r["id"]): r for r in read_jsonl(folder / "gold.jsonl")}
    articles, cluster, topic = [], {}, {}
    for n, record in enumerate(read_jsonl(folder / "articles.jsonl")):
        anonymous = f"doc{n:05d}"
        row = gold_rows[str(record["id"])]
        articles.append(article_from(record, anonymous))
        cluster[anonymous] = str(row["cluster"])
        topic[anonymous] = str(row.get("topic", row["cluster"]))
    return articles, cluster, topic


def run_stories(
    articles: Sequence[Article], seed: int, embedder: CachingEmbedder, config: StoriesConfig
) -> dict[str, str]:
    """Story id per article, fed one shuffled stream."""
    order = list(articles)
    random.Random(seed).shuffle(order)
    stories = Stories(config, embedder=embedder)
    return {a.article: a.story for a in stories.add_many(order) if a is not None}


def tfidf_average_link(articles: Sequence[Article], gold: Sequence[str]) -> dict[str, float]:
    """The baseline at its best threshold on this very data (so an optimistic one)."""
    texts = [f"{a.title or ''}\n{a.text}" for a in articles]
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    distance = 1.0 - (matrix @ matrix.T).toarray()
    best: dict[str, float] = {}
    for threshold in SWEEP:
        labels = _average_link(distance, threshold)
        row = partition_scores(labels, gold) | {"threshold": threshold}
        if not best or row["bcubed_f1"] > best["bcubed_f1"]:
            best = row
    return best


def _average_link(distance: np.ndarray, similarity: float) -> list[str]:
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=1 - similarity
    )
    return [str(x) for x in model.fit_predict(np.clip(distance, 0.0, 2.0))]


def hdbscan_embeddings(
    articles: Sequence[Article], gold: Sequence[str], embedder: CachingEmbedder
) -> dict[str, float]:
    """HDBSCAN (smallest cluster 2) over the lead embeddings; noise points stay alone."""
    vectors = embedder.embed([lead_text(a) for a in articles])
    distance = np.clip(1.0 - vectors @ vectors.T, 0.0, 2.0).astype(np.float64)
    labels = HDBSCAN(min_cluster_size=2, metric="precomputed", copy=True).fit_predict(distance)
    named = [f"c{x}" if x >= 0 else f"noise{i}" for i, x in enumerate(labels)]
    return partition_scores(named, gold)


def topic_interval(item_scores: np.ndarray, topics: Sequence[str]) -> list[float]:
    """95 % interval of B-cubed F1 when the topics are resampled (percentile bootstrap).

    Another sample of topics would score differently: each resample draws
    topics with replacement and pools their items' precision and recall. Each
    item keeps the score it has in the whole run, which is exact while stories
    stay inside one topic (they do on ecbplus-dev: topic-level precision 1.0).
    """
    column = {name: k for k, name in enumerate(sorted(set(topics)))}
    sums = np.zeros((3, len(column)))  # precision sum, recall sum, items; per topic
    for k, name in enumerate(topics):
        sums[:, column[name]] += (item_scores[0, k], item_scores[1, k], 1.0)
    means = resampled_means(sums)
    precision, recall = means[0] / means[2], means[1] / means[2]
    f1 = 2 * precision * recall / np.maximum(precision + recall, 1e-12)
    return list(percentile_interval(f1))


def evaluate_stories(folder: Path, config: StoriesConfig | None = None) -> dict[str, object]:
    """Stories (mean over seeds, and the worst seed) and both baselines."""
    articles, cluster, topic = load_dataset(folder)
    embedder = CachingEmbedder()
    gold = [cluster[a.id] for a in articles]
    topics = [topic[a.id] for a in articles]
    runs = []
    topic_rows = []
    item_scores = np.zeros((2, len(articles)))  # B-cubed precision, recall per item
    for seed in SEEDS:
        story_of = run_stories(articles, seed, embedder, config or StoriesConfig())
        predicted = [story_of[a.id] for a in articles]
        runs.append(partition_scores(predicted, gold))
        topic_rows.append(partition_scores(predicted, topics))
        item_scores += np.asarray(bcubed_items(predicted, gold)) / len(SEEDS)
    mean = {k: float(np.mean([r[k] for r in runs])) for k in runs[0]}
    return {
        "dataset": str(folder),
        "articles": len(articles),
        "gold_clusters": len(set(gold)),
        "stories": mean,
        "stories_worst_seed": min(runs, key=lambda r: r["bcubed_f1"]),
        "stories_bcubed_f1_ci95": topic_interval(item_scores, topics),
        "stories_topic_level": {
            k: float(np.mean([r[k] for r in topic_rows])) for k in topic_rows[0]
        },
        "tfidf_average_link_best": tfidf_average_link(articles, gold),
        "hdbscan_minilm": hdbscan_embeddings(articles, gold, embedder),
    }
