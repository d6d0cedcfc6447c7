"""Time of the source comparison on 10-, 100- and 1000-article clusters.

Clusters are built from whole development clusters (../shared/data: duc2002,
then multinews-val) until the size is reached, so they hold real overlapping
reports as well as unrelated stories. Analysis uses a light path (spaCy
sentence splitter and NER only: no parser, quotes or dates) so that 1000
articles parse in about a minute; embeddings are the real MiniLM vectors.
The timed stages are the ones this area owns:

    resolve_entities -> group_facts -> compare_sources

and no step compares all pairs of sentences once a story has more than
``EXACT_LIMIT`` sentences (candidate pairs come from an HNSW index then).

    .venv/bin/python benchmarks/bench_compare.py --sizes 10 100 1000 --json bench.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from _common import SHARED_DATA, peak_rss_mb, print_table, write_json
from storyweave._model import AnalysedArticle, Article
from storyweave.compare import compare_sources, group_facts
from storyweave.compare._pairs import EXACT_LIMIT
from storyweave.embed import embed_sentences, get_embedder
from storyweave.entities import resolve_entities
from storyweave.nlp._spacy import load_spacy
from storyweave.nlp.analyse import mentions_of, sentences_of

MIN_WORDS = 80


def load_articles(data: Path, size: int) -> list[Article]:
    """Whole clusters, DUC first, until ``size`` articles are collected."""
    out: list[Article] = []
    for dataset in ("duc2002", "multinews-val"):
        for cluster in sorted((data / dataset).glob("*/articles.jsonl")):
            for line in cluster.read_text(encoding="utf-8").splitlines():
                record = json.loads(line)
                if len(record["text"].split()) < MIN_WORDS:
                    continue
                out.append(_article(dataset, record))
                if len(out) == size:
                    return out
    return out


def _article(dataset: str, record: dict[str, str | None]) -> Article:
    published = record.get("published")
    return Article(
        id=f"{dataset}-{record['id']}",
        text=record["text"] or "",
        source=record.get("source"),
        published=dt.date.fromisoformat(published) if published else None,
    )


def light_analysis(articles: list[Article]) -> list[AnalysedArticle]:
    """Sentences and entity mentions from spaCy's sentence recogniser and NER only."""
    nlp = load_spacy(disable=("parser", "lemmatizer"))
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    if (
        "paragraph_boundaries" not in nlp.pipe_names
    ):  # as the full pipeline: no sentence spans paragraphs
        nlp.add_pipe("paragraph_boundaries", before="senter")
    docs = nlp.pipe((a.text for a in articles), batch_size=32)
    out = []
    for article, doc in zip(articles, docs, strict=True):
        sentences = sentences_of(doc, article.id)
        out.append(AnalysedArticle(article=article, sentences=tuple(sentences),
                                   mentions=tuple(mentions_of(doc, sentences))))  # fmt: skip
    return out


def run(size: int, data: Path) -> list[object]:
    articles = load_articles(data, size)
    began = time.perf_counter()
    analysed = light_analysis(articles)
    sentences = [s for a in analysed for s in a.sentences]
    parsed = time.perf_counter()
    vectors = embed_sentences(sentences, get_embedder())
    embedded = time.perf_counter()
    entities, analysed = resolve_entities(analysed)
    resolved = time.perf_counter()
    facts = group_facts(analysed, vectors, ())
    grouped = time.perf_counter()
    comparison = compare_sources(analysed, facts, entities, (), vectors)
    compared = time.perf_counter()
    return [
        len(articles), len(sentences), "exact" if len(sentences) <= EXACT_LIMIT else "hnsw",
        f"{parsed - began:.1f}", f"{embedded - parsed:.1f}", f"{resolved - embedded:.2f}",
        f"{grouped - resolved:.2f}", f"{compared - grouped:.2f}", f"{compared - embedded:.2f}",
        len(entities), len(facts), sum(1 for f in facts if f.support > 1),
        len(comparison.conflicts), len(comparison.framing), f"{peak_rss_mb():.0f}",
    ]  # fmt: skip


HEADER = [
    "articles", "sentences", "pairs", "analyse s", "embed s", "entities s", "facts s",
    "compare s", "owned total s", "entities", "facts", "shared facts", "conflicts",
    "framing", "peak MiB",
]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--data", type=Path, default=SHARED_DATA)
    parser.add_argument("--json", dest="json_path", default=None)
    args = parser.parse_args()
    if not (args.data / "duc2002").is_dir():
        sys.exit(f"{args.data}/duc2002 not found: the benchmark needs ../shared/data")
    rows = [run(size, args.data) for size in args.sizes]
    print_table("Source comparison (light analysis; times in seconds)", HEADER, rows)
    write_json(args.json_path, {"benchmark": "compare", "header": HEADER, "rows": rows})


if __name__ == "__main__":
    main()
