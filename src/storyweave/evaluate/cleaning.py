"""``storyweave eval cleaning``: what the cleaner removes, counted, with a sample to check.

Cleaning has no gold standard here, so the evaluation counts paragraphs
(total, removed whole, removed in part, by reason) on the bundled Venezuela
example, on Multi-News validation articles (scraped text with its page
furniture) and on DUC 2002 (edited newswire, where little should go), and
draws a seeded random sample of removed Multi-News paragraphs for a person to
label as furniture or article text. docs/evaluation/cleaning.md
records such a labelled sample.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .._config import Settings
from .._model import Article, CleanedArticle
from ..clean import clean_article, paragraph_spans
from ..ingest import read_inputs
from ._paths import REPO_ROOT, default_data_dir

EXAMPLE = Path("examples") / "venezuela-2019"
MULTINEWS = "multinews-val"
EXTRACTION = "extraction-benchmark"
NEWSWIRE = "duc2002"
_SNIPPET_CHARS = 160  # research texts are quoted in short snippets only
_SHINGLE = 4


def example_dir() -> Path:
    for base in (Path.cwd(), REPO_ROOT):
        if (base / EXAMPLE).is_dir():
            return base / EXAMPLE
    return REPO_ROOT / EXAMPLE


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
class ExtractionScore:
    """Article-body extraction quality, scored as the extraction benchmark scores it."""

    system: str
    pages: int
    precision: float
    recall: float
    f1: float


@dataclass
class CleaningReport:
    datasets: list[DatasetCounts]
    sample: list[RemovedParagraph]
    example_removed: list[RemovedParagraph]
    extraction: list[ExtractionScore] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {
            "datasets": [d.row() for d in self.datasets],
            "extraction": [asdict(e) for e in self.extraction],
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


def cluster_articles(data_dir: Path, dataset: str = MULTINEWS) -> list[Article]:
    """Every article of a dataset in the canonical cluster layout."""
    files = sorted((data_dir / dataset).glob("*/articles.jsonl"))
    articles, _ = read_inputs(files, Settings.model_validate({"max_articles": 100_000}))
    return articles


def multinews_articles(data_dir: Path) -> list[Article]:
    return cluster_articles(data_dir, MULTINEWS)


def evaluate_cleaning(
    data_dir: Path | None = None, sample: int = 100, seed: int = 13, extraction: bool = True
) -> CleaningReport:
    """Count removals on the example and (when present) Multi-News; sample removed paragraphs.

    With ``extraction``, also score the HTML reader, before and after cleaning,
    on the extraction benchmark (when present).
    """
    example, _ = read_inputs([example_dir()], Settings.model_validate({}))
    example_counts, example_removed = count(example, "venezuela-2019")
    datasets = [example_counts]
    pool: list[RemovedParagraph] = []
    data_dir = data_dir or default_data_dir()
    if (data_dir / MULTINEWS).is_dir():
        counts, pool = count(multinews_articles(data_dir), MULTINEWS)
        datasets.append(counts)
    if (data_dir / NEWSWIRE).is_dir():  # edited newswire: few removals expected
        datasets.append(count(cluster_articles(data_dir, NEWSWIRE), NEWSWIRE)[0])
    drawn = random.Random(seed).sample(pool, min(sample, len(pool)))
    scores = score_extraction(data_dir / EXTRACTION) if extraction else []
    return CleaningReport(datasets, drawn, example_removed, scores)


def write_json(report: CleaningReport, path: Path) -> None:
    path.write_text(json.dumps(report.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")


# ------------------------------------------------------------ extraction benchmark


def score_extraction(folder: Path, limit: int | None = None) -> list[ExtractionScore]:
    """Score ``ingest.html.v1`` (and the same text after cleaning) on the benchmark pages.

    Protocol of the benchmark's README: ``\\w+`` tokens, multisets of 4-token
    shingles, per-page true/false positive and false negative counts normalised
    to sum to 1, precision and recall from the sums over pages.
    """
    truth_file = folder / "ground-truth.json"
    if not truth_file.is_file():
        return []
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    keys = sorted(truth)[:limit]
    settings = Settings.model_validate({})
    counts: dict[str, list[tuple[float, float, float]]] = {"ingest": [], "ingest + clean": []}
    for key in keys:
        gold = _shingles(truth[key].get("articleBody") or "")
        articles, _ = read_inputs([folder / "html" / f"{key}.html.gz"], settings)
        raw = articles[0].text if articles else ""
        cleaned = clean_article(articles[0]).text if articles else ""
        counts["ingest"].append(_page_counts(_shingles(raw), gold))
        counts["ingest + clean"].append(_page_counts(_shingles(cleaned), gold))
    return [_score(system, pages) for system, pages in counts.items()]


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = re.findall(r"\w+", text)
    if len(tokens) < _SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + _SHINGLE]) for i in range(len(tokens) - _SHINGLE + 1))


def _page_counts(
    predicted: Counter[tuple[str, ...]], gold: Counter[tuple[str, ...]]
) -> tuple[float, float, float]:
    tp = sum((predicted & gold).values())
    fp = sum(predicted.values()) - tp
    fn = sum(gold.values()) - tp
    total = tp + fp + fn
    return (1.0, 0.0, 0.0) if total == 0 else (tp / total, fp / total, fn / total)


def _score(system: str, pages: list[tuple[float, float, float]]) -> ExtractionScore:
    tp, fp, fn = (sum(p[i] for p in pages) for i in range(3))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return ExtractionScore(system, len(pages), round(precision, 4), round(recall, 4), round(f1, 4))
