"""List the direct quotes storyweave misses or gets wrong on PolNeAR (error analysis).

    .venv/bin/python scripts/quotes_errors.py --split train --limit 100 [--show miss|fp|all]

MISS: a gold quotation (content opening with a mark) that no predicted content
overlaps by 30%, with the predictions near it. FP: a predicted direct quote
that matches no gold quotation, with the gold contents it touches. PolNeAR is
research-only data: it is read in place and this script prints to the terminal
only. Tune on train; dev is for the final check.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from storyweave.evaluate.quotes import THRESHOLDS, overlap
from storyweave.nlp._spacy import load_spacy
from storyweave.nlp.quotes_polnear import GoldArticle, read_split
from storyweave.nlp.quotes_rules import Attribution, find_attributions

CONTEXT = 70


def _show(kind: str, article: GoldArticle, start: int, end: int, note: list[str]) -> None:
    text = article.text
    before = text[max(0, start - CONTEXT) : start]
    print(f"{kind} {article.name}\n  [{before!r}] >>{text[start:end][:200]!r}<<")
    print(f"  [{text[end : end + CONTEXT]!r}] {note}")


def report(article: GoldArticle, predicted: list[Attribution], show: str) -> None:
    text, threshold = article.text, THRESHOLDS["30%"]
    if show in ("miss", "all"):
        for gold in article.attributions:
            if gold.direct and not any(
                overlap(p.content, gold.content) >= threshold for p in predicted
            ):
                start, end = gold.content[0][0], gold.content[-1][1]
                near = [
                    p for p in predicted if p.content[0] < end + 50 and p.content[1] > start - 50
                ]
                _show("MISS", article, start, end, [text[slice(*p.content)][:60] for p in near])
    if show in ("fp", "all"):
        quotations = [g for g in article.attributions if g.direct]
        for found in predicted:
            if found.direct and not any(
                overlap(found.content, g.content) >= threshold for g in quotations
            ):
                touched = [g for g in article.attributions if overlap(found.content, g.content) > 0]
                gold_texts = [text[g.content[0][0] : g.content[-1][1]][:60] for g in touched]
                _show("FP", article, *found.content, gold_texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path(__file__).parents[2] / "shared" / "data")
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--show", default="all", choices=["miss", "fp", "all"])
    args = parser.parse_args()
    articles = read_split(args.data, args.split, args.limit)
    nlp = load_spacy()
    for article, doc in zip(articles, nlp.pipe(a.text for a in articles), strict=True):
        report(article, find_attributions(doc), args.show)


if __name__ == "__main__":
    main()
