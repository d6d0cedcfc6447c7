"""Time and memory of the summarizer on 10-, 100- and 1000-article clusters, beside LexRank.

    python benchmarks/bench_summarize.py [--words 100] [--sizes 10,100,1000] [--json out.json]

The clusters are the first N articles of the development data (DUC 2002, then
Multi-News validation), read from ../shared/data: real news text, though the
larger clusters mix several events, which is harder than one story, not easier.
Every run is ``summarize_articles`` (light splitter, no spaCy, no embedder):

- cold: the first call in this process for that size, with the stem, word
  count and shingle caches emptied (imports and the solver are already loaded);
- warm: the best of three further calls (one for clusters over 500 articles);
- peak: tracemalloc's peak of Python allocations during one more call, and the
  process's maximum resident set size at the end;
- sumy LexRank on the same sentences, in the same process, where it finishes
  in reasonable time (its sentence-by-sentence matrix is quadratic: clusters
  over ``--lexrank-max-sentences`` are not run).

A second table times many 10-article clusters, since the solver's time
varies from one cluster to the next: the first 10 articles of each DUC 2002
cluster that has 10 or more (one event or topic each), warm (best of two), with
the median, 90th percentile and slowest, and LexRank's median on the same.
They are timed first, in a fresh process, as a user's ``storyweave summarize``
runs.

A third table times the brief's path, ``summarize`` with the engine's facts
(editorial judgement, spaCy on the shortlist), beside the same call without
facts, on the bundled example (best of three warm calls, analysis done once).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path

from _common import SHARED_DATA, peak_rss_mb, print_table, write_json
from storyweave._engine import Engine
from storyweave._model import Article, Fact
from storyweave.dedupe._shingles import word_tokens
from storyweave.summarize import read_cluster, split_article, summarize, summarize_articles
from storyweave.summarize._baselines import baseline
from storyweave.summarize._expected import gram_counts
from storyweave.summarize._text import stem

DATASETS = ("duc2002", "multinews-val")
EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "venezuela-2019"


def development_articles(limit: int) -> list[Article]:
    """Up to ``limit`` articles from the development clusters, ids made unique."""
    out: list[Article] = []
    for dataset in DATASETS:
        for folder in sorted((SHARED_DATA / dataset).iterdir()):
            if not (folder / "articles.jsonl").is_file():
                continue
            articles, _ = read_cluster(folder)
            out += [a.model_copy(update={"id": f"{folder.name}-{a.id}"}) for a in articles]
            if len(out) >= limit:
                return out[:limit]
    return out


def timed(func: Callable[[], object]) -> float:
    started = time.perf_counter()
    func()
    return time.perf_counter() - started


def tracemalloc_peak_mb(func: Callable[[], object]) -> float:
    tracemalloc.start()
    func()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def bench_size(articles: list[Article], words: int, lexrank_max: int) -> dict[str, float | None]:
    n_sentences = sum(len(split_article(a)) for a in articles)
    run = lambda: summarize_articles(articles, words)  # noqa: E731
    for cache in (stem, gram_counts, word_tokens):
        cache.cache_clear()
    cold = timed(run)
    warm = min(timed(run) for _ in range(1 if len(articles) > 500 else 3))
    peak = tracemalloc_peak_mb(run)
    lexrank: float | None = None
    if n_sentences <= lexrank_max:
        sentences = [split_article(a) for a in articles]
        rank = baseline("lexrank")
        lexrank = timed(lambda: rank(articles, sentences, words))
    return {
        "articles": len(articles),
        "sentences": n_sentences,
        "cold_s": cold,
        "warm_s": warm,
        "tracemalloc_peak_mb": peak,
        "maxrss_mb": peak_rss_mb(),
        "lexrank_s": lexrank,
        "lexrank_over_storyweave": lexrank / warm if lexrank else None,
    }


def bench_small_clusters(words: int, size: int = 10) -> dict[str, float]:
    """Warm time of ``summarize_articles`` over every DUC 2002 cluster of ``size`` or more."""
    warm: list[float] = []
    lexrank: list[float] = []
    rank = baseline("lexrank")
    for folder in sorted((SHARED_DATA / "duc2002").iterdir()):
        if not (folder / "articles.jsonl").is_file():
            continue
        articles = read_cluster(folder)[0][:size]
        if len(articles) < size:
            continue
        summarize_articles(articles, words)
        warm.append(min(timed(lambda a=articles: summarize_articles(a, words)) for _ in range(2)))
        sentences = [split_article(a) for a in articles]
        lexrank.append(timed(lambda a=articles, s=sentences: rank(a, s, words)))
    return {
        "clusters": len(warm),
        "median_s": statistics.median(warm),
        "p90_s": statistics.quantiles(warm, n=10)[-1],
        "max_s": max(warm),
        "over_0_3_s": sum(t > 0.3 for t in warm),
        "lexrank_median_s": statistics.median(lexrank),
    }


def bench_brief(words: int) -> list[dict[str, float | str]]:
    """``summarize`` on the example, with and without the engine's facts."""
    engine = Engine()
    articles, _ = engine.read([EXAMPLE])
    cleaned, _ = engine.clean(articles)
    analysis = engine.analyse(cleaned)
    out: list[dict[str, float | str]] = []
    for path, facts in (("vectors only", None), ("facts (brief)", analysis.facts)):

        def call(facts: Sequence[Fact] | None = facts) -> object:
            return summarize(
                analysis.articles,
                words,
                vectors=analysis.vectors,
                facts=facts,
                duplicates=analysis.duplicates,
            )

        cold = timed(call)
        warm = min(timed(call) for _ in range(3))
        out.append({"path": path, "cold_s": cold, "warm_s": warm})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("--sizes", default="10,100,1000")
    parser.add_argument("--lexrank-max-sentences", type=int, default=3000)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    if not SHARED_DATA.is_dir():
        print(f"development data not found at {SHARED_DATA}; nothing to benchmark", file=sys.stderr)
        return 1
    # First, while the process is fresh: after the large clusters (and LexRank's
    # 35 s on 2,600 sentences) the same calls read about a quarter slower.
    small = bench_small_clusters(args.words)
    sizes = [int(s) for s in args.sizes.split(",")]
    pool = development_articles(max(sizes))
    results = [bench_size(pool[:size], args.words, args.lexrank_max_sentences) for size in sizes]
    rows = [
        [
            r["articles"],
            r["sentences"],
            f"{r['cold_s']:.3f}",
            f"{r['warm_s']:.3f}",
            f"{r['tracemalloc_peak_mb']:.1f}",
            f"{r['maxrss_mb']:.0f}",
            "n/a" if r["lexrank_s"] is None else f"{r['lexrank_s']:.3f}",
            "n/a"
            if r["lexrank_over_storyweave"] is None
            else f"{r['lexrank_over_storyweave']:.1f}x",
        ]
        for r in results
    ]
    header = ["articles", "sentences", "cold s", "warm s", "peak MiB", "maxrss MiB"]
    header += ["lexrank s", "lexrank/warm"]
    print_table(f"summarize_articles, {args.words} words", header, rows)
    print_table(
        f"10-article DUC 2002 clusters, {args.words} words, warm",
        ["clusters", "median s", "p90 s", "slowest s", "over 0.3 s", "lexrank median s"],
        [
            [
                int(small["clusters"]),
                *(f"{small[k]:.3f}" for k in ("median_s", "p90_s", "max_s")),
                int(small["over_0_3_s"]),
                f"{small['lexrank_median_s']:.3f}",
            ]
        ],
    )
    brief = bench_brief(args.words)
    print_table(
        f"summarize on the example, {args.words} words",
        ["path", "cold s", "warm s"],
        [[b["path"], f"{b['cold_s']:.3f}", f"{b['warm_s']:.3f}"] for b in brief],
    )
    write_json(
        args.json_path,
        {"words": args.words, "results": results, "small_clusters": small, "brief": brief},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
