"""``storyweave eval summaries``: ROUGE of storyweave's summaries and of the baselines.

For each cluster of a dataset in the canonical layout, every system writes a
summary of ``words`` words; rouge-score (Porter stemming) compares it with the
cluster's ``references/``:

- recall of the summary cut at ``words`` words: the DUC protocol (ROUGE-1.5.5
  ``-l N -m``); with several references the recall is averaged over them, as
  ``-f A`` (model average) does;
- F1 of the whole summary: the Multi-News protocol (averaged likewise).

Systems, side by side in one run: storyweave, lead, sumy LexRank and TextRank,
and a greedy extractive oracle (the headroom). Each summary is also audited for
readability (``_readability``: dangling openings, broken quotations,
near-repeats, a lead opener), by the rules storyweave's summarizer enforces.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .._errors import ConfigError, InputError
from .._model import Article, Sentence
from ..summarize import prepare_articles, read_cluster, split_article, summarize_articles
from ..summarize._baselines import baseline, oracle
from ..summarize._text import truncate_words
from ._bootstrap import mean_interval, ratio_interval
from ._paths import default_data_dir
from ._readability import ReadabilityTally, audit_summary, furniture_places

SYSTEMS = ("storyweave", "lead", "lexrank", "textrank", "oracle")
METRICS = ("rouge1", "rouge2", "rougeL")
COLUMNS = tuple(f"{m}_{kind}" for kind in ("recall", "f1") for m in METRICS)


def resolve_dataset(dataset: str | Path, data: Path | None) -> Path:
    """A dataset folder given as a path, or as a name inside the data folder."""
    path = Path(dataset)
    if path.is_dir():
        return path
    inside = (data or default_data_dir()) / path
    if inside.is_dir():
        return inside
    raise InputError(f"dataset {dataset} not found (nor under {inside.parent}); pass --data")


def cluster_folders(dataset: Path, limit: int | None = None) -> list[Path]:
    folders = sorted(p for p in dataset.iterdir() if (p / "references").is_dir())
    if not folders:
        raise InputError(f"{dataset} has no cluster folders with references/")
    return folders[:limit] if limit else folders


def dataset_words(folder: Path) -> int:
    """The dataset's standard summary length, from a cluster's meta.json (else 100)."""
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        return int(meta.get("summary_words") or 100)
    except (OSError, ValueError):
        return 100


@dataclass
class SystemScores:
    """Per-cluster scores of one system, averaged on demand."""

    recall: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in METRICS})
    f1: dict[str, list[float]] = field(default_factory=lambda: {m: [] for m in METRICS})
    words: list[int] = field(default_factory=list)
    seconds: float = 0.0
    readability: ReadabilityTally = field(default_factory=ReadabilityTally)

    def means(self) -> dict[str, float]:
        out = {f"{m}_recall": _mean(self.recall[m]) for m in METRICS}
        out |= {f"{m}_f1": _mean(self.f1[m]) for m in METRICS}
        out["words"] = _mean([float(w) for w in self.words])
        out["seconds"] = self.seconds
        return out | self.readability.means()

    def series(self, column: str) -> list[float]:
        """Per-cluster scores of a column such as ``rouge1_recall``."""
        metric, kind = column.split("_")
        return (self.recall if kind == "recall" else self.f1)[metric]


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


class Rouge:
    """rouge-score with Porter stemming, averaged over several references."""

    def __init__(self) -> None:
        try:
            from rouge_score import rouge_scorer
        except ImportError as exc:
            raise ConfigError("eval summaries needs rouge-score: pip install -e '.[dev]'") from exc
        self._scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)

    def add(self, scores: SystemScores, text: str, references: Sequence[str], words: int) -> None:
        cut = truncate_words(text, words)
        for metric in METRICS:
            recall = [self._scorer.score(r, cut)[metric].recall for r in references]
            f1 = [self._scorer.score(r, text)[metric].fmeasure for r in references]
            scores.recall[metric].append(_mean(recall))
            scores.f1[metric].append(_mean(f1))
        scores.words.append(len(text.split()))

    def f1(self, text: str, references: Sequence[str]) -> dict[str, float]:
        """F1 of each metric for ``text``, averaged over ``references``."""
        return {
            metric: _mean([self._scorer.score(r, text)[metric].fmeasure for r in references])
            for metric in METRICS
        }


System = Callable[[Sequence[Article], Sequence[Sequence[Sentence]], int, Sequence[str]], str]


def systems(names: Sequence[str]) -> dict[str, System]:
    """The summarizers to compare, each as (articles, sentences, words, references) -> text."""

    def storyweave(
        articles: Sequence[Article], _: Sequence[Sequence[Sentence]], words: int, __: Sequence[str]
    ) -> str:
        # As the summarize command does: furniture blanked, other languages set aside.
        return summarize_articles(prepare_articles(articles)[0], words).text

    def headroom(
        _: Sequence[Article],
        sentences: Sequence[Sequence[Sentence]],
        words: int,
        refs: Sequence[str],
    ) -> str:
        return oracle(sentences, refs, words)

    def reference_free(name: str) -> System:
        run = baseline(name)
        return lambda articles, sentences, words, _: run(articles, sentences, words)

    out: dict[str, System] = {}
    for name in names:
        if name == "storyweave":
            out[name] = storyweave
        elif name == "oracle":
            out[name] = headroom
        else:
            out[name] = reference_free(name)
    return out


def evaluate_summaries(
    dataset: Path,
    words: int | None = None,
    limit: int | None = None,
    names: Sequence[str] = SYSTEMS,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, object]:
    """Score every system on every cluster; return the table as a JSON-ready dict."""
    folders = cluster_folders(dataset, limit)
    budget = words or dataset_words(folders[0])
    rouge = Rouge()
    runners = systems(names)
    scores = {name: SystemScores() for name in runners}
    for n, folder in enumerate(folders, start=1):
        articles, _ = read_cluster(folder)
        references = [
            p.read_text(encoding="utf-8") for p in sorted((folder / "references").glob("*.txt"))
        ]
        sentences = [split_article(a) for a in articles]
        furniture = furniture_places(articles, sentences)
        for name, run in runners.items():
            started = time.perf_counter()
            text = run(articles, sentences, budget, references)
            scores[name].seconds += time.perf_counter() - started
            rouge.add(scores[name], text, references, budget)
            # The whole output, as a reader gets it (a last sentence cut by the budget too).
            scores[name].readability.add(audit_summary(text, sentences, furniture))
        if progress:
            progress(n, len(folders))
    return {
        "dataset": dataset.name,
        "words": budget,
        "clusters": len(folders),
        "systems": {name: s.means() for name, s in scores.items()},
        "ci95": {
            name: {c: list(mean_interval(s.series(c))) for c in COLUMNS}
            for name, s in scores.items()
        },
        "versus_lexrank": _versus_lexrank(scores),
        # The scores behind the means, for a user's own statistics (a paired test).
        "per_cluster": {
            "clusters": [folder.name for folder in folders],
            **{name: {c: s.series(c) for c in COLUMNS} for name, s in scores.items()},
        },
    }


def _versus_lexrank(scores: dict[str, SystemScores]) -> dict[str, dict[str, object]]:
    """storyweave's mean over LexRank's per column, with its paired 95 % interval."""
    if "storyweave" not in scores or "lexrank" not in scores:
        return {}
    ours, theirs = scores["storyweave"], scores["lexrank"]
    out: dict[str, dict[str, object]] = {}
    for column in COLUMNS:
        mine, base = ours.series(column), theirs.series(column)
        out[column] = {
            "ratio": _mean(mine) / max(_mean(base), 1e-12),
            "ci95": list(ratio_interval(mine, base)),
        }
    return out
