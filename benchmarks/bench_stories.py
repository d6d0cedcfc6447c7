"""Throughput and memory of near-duplicate detection + story assignment on a long stream.

Streams ``--n`` articles (default 100,000) through ``storyweave.Stories`` with
its state in a temporary folder (SQLite on disk, as in real use). The stream
is sampled from the development articles (../shared/data: multinews-val,
ecbplus-dev, duc2002) and perturbed: every article gets a new id, a few
words changed, and a publication date; dates advance over ``--days`` days
(a few arrive out of order), and about one in five items is a verbatim
re-publication of a recent one (syndication). Nothing is written to the
repository.

    .venv/bin/python benchmarks/bench_stories.py --n 20000 --json bench.json

Articles are passed to ``Stories.add_many`` in batches of ``--batch`` (256),
as a consumer of a feed would; embedding then runs in worker threads while the
main thread dedupes and scores. Prints, per checkpoint of ``--every``
articles: the rate over that segment, the rate so far, open stories, and peak
resident memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from storyweave._model import Article
from storyweave.cluster import Stories
from storyweave.evaluate._stories_data import (
    article_from,
    default_data_dir,
    read_clusters,
    read_jsonl,
)

START = dt.date(2019, 1, 1)
BATCH = 256  # articles per add_many, as a stream consumer reading a feed would pass them


def source_articles(data: Path) -> list[Article]:
    """Every development article with some text, from the datasets that are present."""
    found: list[Article] = []
    for name in ("multinews-val", "duc2002"):
        if (data / name).is_dir():
            found.extend(a for group in read_clusters(data / name) for a in group)
    ecb = data / "ecbplus-dev" / "articles.jsonl"
    if ecb.is_file():
        found.extend(article_from(r, f"ecb{n}") for n, r in enumerate(read_jsonl(ecb)))
    return [a for a in found if len(a.text.split()) >= 30]


def perturb(article: Article, rng: random.Random) -> str:
    """The text with about 2 % of its words replaced: a light, realistic edit."""
    words = article.text.split(" ")
    for _ in range(max(1, len(words) // 50)):
        words[rng.randrange(len(words))] = rng.choice(("said", "reported", "officials", "new"))
    return " ".join(words)


def stream(pool: list[Article], n: int, days: int, seed: int) -> Iterator[Article]:
    rng = random.Random(seed)
    recent: list[Article] = []
    for i in range(n):
        day = START + dt.timedelta(days=int(days * i / n) - (rng.random() < 0.02) * 3)
        if recent and rng.random() < 0.2:  # syndicated copy of a recent item
            original = rng.choice(recent)
            yield original.model_copy(
                update={"id": f"b{i}", "published": day, "source": f"outlet{rng.randrange(300)}"}
            )
            continue
        base = rng.choice(pool)
        item = base.model_copy(
            update={
                "id": f"b{i}",
                "text": perturb(base, rng),
                "published": day,
                "source": f"outlet{rng.randrange(300)}",
            }
        )
        recent = [*recent, item][-200:]
        yield item


def cpu_seconds() -> float:
    """CPU time of this process (all threads): a rate that other users of the machine don't skew."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(
    n: int, every: int, days: int, seed: int, data: Path, batch_size: int = BATCH
) -> list[dict[str, float]]:
    pool = source_articles(data)
    if not pool:
        sys.exit(f"no development articles under {data}; pass --data")
    rows: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as state:
        stories = Stories.open(state)
        stories.add_many([])  # load the models before timing
        begin = segment = time.perf_counter()
        cpu_begin = cpu_segment = cpu_seconds()
        batch: list[Article] = []
        for count, article in enumerate(stream(pool, n, days, seed), 1):
            batch.append(article)
            if len(batch) == batch_size or count == n:
                stories.add_many(batch)
                batch = []
            if count % every == 0 or count == n:
                now, cpu_now = time.perf_counter(), cpu_seconds()
                done = count - (rows[-1]["articles"] if rows else 0)
                rows.append(
                    {
                        "articles": count,
                        "segment_per_s": done / (now - segment),
                        "segment_per_cpu_s": done / (cpu_now - cpu_segment),
                        "overall_per_cpu_s": count / (cpu_now - cpu_begin),
                        "load_average": os.getloadavg()[0],
                        "overall_per_s": count / (now - begin),
                        "open_stories": stories.open_stories,
                        "stories": len(stories.story_ids()),
                        "peak_rss_mb": peak_mb(),
                    }
                )
                print_row(rows[-1])
                segment, cpu_segment = now, cpu_now
        stories.close()
    return rows


def print_row(row: dict[str, float]) -> None:
    print(
        f"{row['articles']:>9,.0f} {row['segment_per_s']:>11.1f} {row['overall_per_s']:>11.1f}"
        f" {row['segment_per_cpu_s']:>11.1f} {row['open_stories']:>8,.0f}"
        f" {row['stories']:>9,.0f} {row['peak_rss_mb']:>9.0f} {row['load_average']:>6.1f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles to stream")
    parser.add_argument("--every", type=int, default=10_000, help="checkpoint interval")
    parser.add_argument("--days", type=int, default=180, help="days the stream spans")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--batch", type=int, default=BATCH, help="articles per add_many call")
    parser.add_argument("--data", type=Path, default=None, help="development data folder")
    parser.add_argument("--json", type=Path, default=None, help="write the table here")
    args = parser.parse_args()
    print(
        f"{'articles':>9} {'segment/s':>11} {'overall/s':>11} {'seg/cpu-s':>11} {'open':>8}"
        f" {'stories':>9} {'peak MB':>9} {'load':>6}"
    )
    data = args.data or default_data_dir()
    rows = run(args.n, args.every, args.days, args.seed, data, max(1, args.batch))
    if args.json:
        table = {"n": args.n, "days": args.days, "batch": args.batch, "rows": rows}
        args.json.write_text(json.dumps(table, indent=2) + "\n")


if __name__ == "__main__":
    main()
