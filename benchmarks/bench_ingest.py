"""Speed and memory of ingestion (reading and decoding) and cleaning.

    .venv/bin/python benchmarks/bench_ingest.py [--repeat 3] [--json PATH]

Rows:

- read the bundled example folder (5 plain-text files);
- read Multi-News validation (250 JSON Lines files, 690 articles) and the
  extraction benchmark (181 gzipped HTML pages, trafilatura) from ../shared/data,
  when present;
- clean and detect the language of the Multi-News articles;
- hostile input at the size limit (2 MB): one enormous line, many short
  furniture-like lines, and random bytes, each read from a file and cleaned.

Each row is the best of ``--repeat`` runs; peak resident memory is for the
whole process.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import EXAMPLE, SHARED_DATA, peak_rss_mb, print_table, write_json
from storyweave import Article, Settings
from storyweave.clean import clean_article, detect_language
from storyweave.ingest import read_inputs

LIMIT = Settings().max_article_bytes


def best_of(repeat: int, run: Callable[[], Any]) -> tuple[float, Any]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return best, result


def row(name: str, items: int, megabytes: float, seconds: float) -> list[Any]:
    return [
        name,
        items,
        f"{megabytes:.2f}",
        f"{seconds:.3f}",
        f"{items / seconds:,.0f}",
        f"{megabytes / seconds:.2f}",
    ]


def read_row(name: str, paths: list[Path], repeat: int) -> tuple[list[Any], list[Article]]:
    settings = Settings(max_articles=100_000)
    seconds, (articles, _) = best_of(repeat, lambda: read_inputs(paths, settings))
    size = sum(p.stat().st_size for p in paths if p.is_file()) or sum(
        f.stat().st_size for p in paths for f in p.rglob("*") if f.is_file()
    )
    return row(name, len(articles), size / 1e6, seconds), articles


def text_rows(articles: list[Article], repeat: int) -> list[list[Any]]:
    megabytes = sum(len(a.text.encode()) for a in articles) / 1e6
    seconds, cleaned = best_of(repeat, lambda: [clean_article(a) for a in articles])
    rows = [row("clean_article (multinews-val)", len(articles), megabytes, seconds)]
    seconds, _ = best_of(repeat, lambda: [detect_language(c.text) for c in cleaned])
    rows.append(row("detect_language (multinews-val)", len(articles), megabytes, seconds))
    return rows


def hostile_inputs() -> dict[str, bytes]:
    rng = random.Random(7)
    words = [
        "the",
        "council",
        "said",
        "bridge",
        "repairs",
        "cost",
        "more",
        "than",
        "expected",
        "on",
        "Thursday",
    ]
    one_line = " ".join(rng.choice(words) for _ in range(LIMIT // 7))
    furniture = [
        "Share this",
        "Advertisement",
        "By Jane Doe",
        "Photo: Jane Doe/Getty Images",
        "The bridge reopened on Thursday after repairs.",
        "___",
        "Leave a Reply",
    ]
    many_lines = "\n".join(rng.choice(furniture) for _ in range(LIMIT // 25))
    return {
        "one 2 MB line": one_line.encode()[: LIMIT - 1],
        "2 MB of short lines": many_lines.encode()[: LIMIT - 1],
        "2 MB random bytes (refused as binary)": rng.randbytes(LIMIT - 1),
    }


def hostile_rows(repeat: int) -> list[list[Any]]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for name, data in hostile_inputs().items():
            path = Path(folder) / "hostile.txt"
            path.write_bytes(data)

            def run(path: Path = path) -> int:
                articles, _ = read_inputs([path], Settings())
                return len([clean_article(a) for a in articles])

            seconds, _ = best_of(repeat, run)
            rows.append(row(f"read + clean: {name}", 1, len(data) / 1e6, seconds))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", help="write the results to this file")
    args = parser.parse_args()

    rows, example_row = [], read_row("read example (txt)", [EXAMPLE], args.repeat)[0]
    rows.append(example_row)
    multinews = sorted((SHARED_DATA / "multinews-val").glob("*/articles.jsonl"))
    if multinews:
        mn_row, articles = read_row("read multinews-val (jsonl)", multinews, args.repeat)
        rows += [mn_row, *text_rows(articles, args.repeat)]
    pages = sorted((SHARED_DATA / "extraction-benchmark" / "html").glob("*.html.gz"))
    if pages:
        rows.append(read_row("read extraction-benchmark (html.gz)", pages, 1)[0])
    if not multinews or not pages:
        print(f"note: {SHARED_DATA} incomplete; dataset rows skipped", file=sys.stderr)
    rows += hostile_rows(args.repeat)

    header = ["case", "items", "MB", "seconds", "items/s", "MB/s"]
    print_table("Ingestion and cleaning", header, rows)
    print(f"\npeak resident memory: {peak_rss_mb():.0f} MiB")
    write_json(
        args.json,
        {
            "rows": [dict(zip(header, r, strict=True)) for r in rows],
            "peak_rss_mb": round(peak_rss_mb(), 1),
        },
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
