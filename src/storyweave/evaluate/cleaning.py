"""``storyweave eval cleaning``: what the cleaner removes, counted, with a sample to check.

Cleaning has no gold standard here, so the evaluation counts paragraphs
(total, removed whole, removed in part, by reason) on the bundled Venezuela
example and on Multi-News validation articles (scraped text with its page
furniture), and draws a seeded random sample of removed paragraphs for a
person to label as furniture or article text. docs/evaluation/cleaning.md
records such a labelled sample.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .._config import Settings
from .._model import Article, CleanedArticle
from ..clean import clean_article, paragraph_spans
from ..ingest import read_inputs

_REPO_ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = Path("examples") / "venezuela-2019"
MULTINEWS = "multinews-val"
_SNIPPET_CHARS = 160  # research texts are quoted in short snippets only


def default_data_dir() -> Path:
    """``../shared/data`` next to the repository: from the current directory, then the repo."""
    for base in (Path.cwd(), _REPO_ROOT):
        candidate = (base / ".." / "shared" / "data").resolve()
        if candidate.is_dir():
            return candidate
    return (_REPO_ROOT / ".." / "shared" / "data").resolve()


def example_dir() -> Path:
    for base in (Path.cwd(), _REPO_ROOT):
        if (base / EXAMPLE).is_dir():
            return base / EXAMPLE
    return _REPO_ROOT / EXAMPLE


@dataclass
class RemovedParagraph:
    dataset: str
    article: str
    paragraph: int
    reasons: tuple[str, ...]
    whole: bool
    text: str


@dataclass
class DatasetCounts:
    dataset: str
    articles: int = 0
    paragraphs: int = 0
    removed: int = 0  # paragraphs blanked entirely
    partly: int = 0  # paragraphs with some text blanked
    by_reason: Counter[str] = field(default_factory=Counter)  # removal records per reason

    def row(self) -> dict[str, object]:
        share = self.removed / self.paragraphs if self.paragraphs else 0.0
        return {
            **asdict(self),
            "by_reason": dict(self.by_reason.most_common()),
            "removed_share": round(share, 4),
        }


@dataclass
class CleaningReport:
    datasets: list[DatasetCounts]
    sample: list[RemovedParagraph]
    example_removed: list[RemovedParagraph]

    def to_json(self) -> dict[str, object]:
        return {
            "datasets": [d.row() for d in self.datasets],
            "sample": [asdict(p) for p in self.sample],
            "example_removed": [asdict(p) for p in self.example_removed],
        }


def removed_paragraphs(cleaned: CleanedArticle, dataset: str) -> Iterator[RemovedParagraph]:
    """Every paragraph of which the cleaner blanked some text."""
    original = cleaned.article.text
    for index, (start, end) in enumerate(paragraph_spans(original)):
        reasons = tuple(
            dict.fromkeys(r.reason for r in cleaned.removals if r.start < end and r.end > start)
        )
        if reasons:
            whole = not cleaned.text[start:end].strip()
            yield RemovedParagraph(
                dataset,
                cleaned.article.id,
                index,
                reasons,
                whole,
                original[start:end][:_SNIPPET_CHARS],
            )


def count(
    articles: Iterable[Article], dataset: str
) -> tuple[DatasetCounts, list[RemovedParagraph]]:
    counts = DatasetCounts(dataset)
    removed: list[RemovedParagraph] = []
    for article in articles:
        cleaned = clean_article(article)
        counts.articles += 1
        counts.paragraphs += len(paragraph_spans(article.text))
        counts.by_reason.update(r.reason for r in cleaned.removals)
        found = list(removed_paragraphs(cleaned, dataset))
        counts.removed += sum(p.whole for p in found)
        counts.partly += sum(not p.whole for p in found)
        removed.extend(found)
    return counts, removed


def multinews_articles(data_dir: Path) -> list[Article]:
    files = sorted((data_dir / MULTINEWS).glob("*/articles.jsonl"))
    articles, _ = read_inputs(files, Settings.model_validate({"max_articles": 100_000}))
    return articles


def evaluate_cleaning(
    data_dir: Path | None = None, sample: int = 100, seed: int = 13
) -> CleaningReport:
    """Count removals on the example and (when present) Multi-News; sample removed paragraphs."""
    example, _ = read_inputs([example_dir()], Settings.model_validate({}))
    example_counts, example_removed = count(example, "venezuela-2019")
    datasets = [example_counts]
    pool: list[RemovedParagraph] = []
    data_dir = data_dir or default_data_dir()
    if (data_dir / MULTINEWS).is_dir():
        counts, pool = count(multinews_articles(data_dir), MULTINEWS)
        datasets.append(counts)
    drawn = random.Random(seed).sample(pool, min(sample, len(pool)))
    return CleaningReport(datasets, drawn, example_removed)


def write_json(report: CleaningReport, path: Path) -> None:
    path.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
