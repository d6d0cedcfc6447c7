"""Benchmark: attributions and temporal expressions per second.

Parses the example story once (spaCy time is reported apart, it is not ours),
then times ``extract_quotes`` and ``extract_dates`` over the parses, repeated.
Two quote-dense articles (the example's quoted paragraphs repeated to 25,000
and 100,000 characters) show that the cost per attribution stays flat as an
article grows: every cue used to look at every quotation of its article.
With ``--polnear`` it also times the PolNeAR dev texts from ../shared/data.

    .venv/bin/python benchmarks/bench_quotes_dates.py [--repeat 20] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from storyweave._model import Article
from storyweave.nlp._spacy import load_spacy
from storyweave.nlp.analyse import sentences_of
from storyweave.nlp.dates import extract_dates
from storyweave.nlp.quotes import extract_quotes

ROOT = Path(__file__).resolve().parents[1]


def _texts(polnear: bool) -> dict[str, list[tuple[str, str]]]:
    sets = {
        "example": [
            (p.stem, p.read_text(encoding="utf-8"))
            for p in sorted((ROOT / "examples" / "venezuela-2019").glob("*.txt"))
        ]
    }
    quoted = [
        paragraph
        for _, text in sets["example"]
        for paragraph in text.split("\n")
        if any(mark in paragraph for mark in '“"')
    ]
    block = "\n\n".join(quoted) + "\n\n"
    for chars in (25_000, 100_000):
        dense = (block * (chars // len(block) + 1))[:chars]
        sets[f"quote-dense {chars // 1000}k"] = [(f"dense{chars}", dense[: dense.rfind("\n")])]
    folder = ROOT.parent / "shared" / "data" / "polnear" / "dev" / "text"
    if polnear and folder.is_dir():
        sets["polnear-dev"] = [
            (p.stem, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.txt"))
        ]
    return sets


def bench(name: str, texts: list[tuple[str, str]], repeat: int) -> dict[str, float | str]:
    nlp = load_spacy()
    start = time.perf_counter()
    docs = list(nlp.pipe((t for _, t in texts), batch_size=16))
    parse_s = time.perf_counter() - start
    items = []
    for (article_id, text), doc in zip(texts, docs, strict=True):
        items.append((doc, Article(id=article_id, text=text), sentences_of(doc, article_id)))
    quotes = dates = 0
    quote_s = date_s = 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        quotes += sum(len(extract_quotes(*item)) for item in items)
        quote_s += time.perf_counter() - start
        start = time.perf_counter()
        dates += sum(len(extract_dates(*item)) for item in items)
        date_s += time.perf_counter() - start
    articles = len(items) * repeat
    return {
        "set": name,
        "articles": len(items),
        "words": sum(len(t.split()) for _, t in texts),
        "spacy_parse_s": parse_s,
        "attributions_per_s": quotes / quote_s,
        "quote_articles_per_s": articles / quote_s,
        "dates_per_s": dates / date_s,
        "date_articles_per_s": articles / date_s,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--polnear", action="store_true", help="Also time PolNeAR dev (../shared/data)."
    )
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    rows = [
        bench(name, texts, 1 if name.startswith("quote-dense") else args.repeat)
        for name, texts in _texts(args.polnear).items()
    ]
    table = Table(title="Attributions and dates (extraction only; spaCy parse apart)")
    for column in rows[0]:
        table.add_column(column, justify="left" if column == "set" else "right")
    for row in rows:
        table.add_row(*(f"{v:.1f}" if isinstance(v, float) else str(v) for v in row.values()))
    Console(width=160).print(table)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
