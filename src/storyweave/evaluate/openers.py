"""``storyweave eval openers``: does the summary's first sentence say what happened?

A brief is read from the top, and the issue asks for "an order that reads as a
story (the first sentence says what happened)". For each cluster of a dataset
in the canonical layout, each system's first summary sentence is scored:

- where it sits in its article: the article's first sentence, or one of its
  first three (a news lead, as the readability audit of ``eval summaries``
  counts it);
- how many articles it cites (corroboration; the lead baseline cites none);
- ROUGE-1 and ROUGE-2 F1 against the *first sentence* of each reference
  summary (averaged over the references): the summaries' writers open on the
  event, so an opener that shares their words says what they say first.

Systems: ``brief`` (the brief's summary: the engine's facts, editorial
judgement and parsed leads), ``summarize`` (``storyweave summarize``: no
facts, no parser) and ``lead`` (the first sentence of the most recent article).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .._engine import Engine
from .._model import Article, Summary
from ..summarize import prepare_articles, read_cluster, split_article, summarize_articles
from ..summarize._baselines import newest
from .summaries import Rouge, cluster_folders, dataset_words

SYSTEMS = ("brief", "summarize", "lead")


@dataclass(frozen=True)
class Opener:
    """One system's first summary sentence in one cluster."""

    text: str
    index: int | None  # its position in its article (None: not found)
    cited: int | None  # articles it cites; None for a system that does not cite


def evaluate_openers(
    dataset: Path,
    words: int | None = None,
    limit: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, object]:
    """Each system's opener scored on every cluster; means per system and the openers.

    ``words``: the summaries' length (default: the dataset's, from its meta.json).
    """
    folders = cluster_folders(dataset, limit)
    words = words or dataset_words(folders[0])
    engine = Engine()
    rouge = Rouge()
    rows: dict[str, list[dict[str, float]]] = {name: [] for name in SYSTEMS}
    openers: dict[str, dict[str, str]] = {}
    for done, folder in enumerate(folders, 1):
        articles, _ = read_cluster(folder)
        firsts = [_first_sentence(p.read_text(encoding="utf-8")) for p in _references(folder)]
        found = {
            "brief": _brief_opener(engine, articles, words),
            "summarize": _summarize_opener(articles, words),
            "lead": _lead_opener(articles),
        }
        openers[folder.name] = {}
        for name, opener in found.items():
            if opener is None:
                continue
            openers[folder.name][name] = opener.text
            f1 = rouge.f1(opener.text, firsts)
            rows[name].append(
                {
                    "first_sentence": float(opener.index == 0),
                    "first_three": float(opener.index is not None and opener.index <= 2),
                    "cited_by_2": float((opener.cited or 0) >= 2),
                    "rouge1_f1": f1["rouge1"],
                    "rouge2_f1": f1["rouge2"],
                }
            )
        if progress is not None:
            progress(done, len(folders))
    return {
        "dataset": dataset.name,
        "clusters": len(folders),
        "words": words,
        "systems": {name: _means(r) for name, r in rows.items()},
        "openers": openers,
    }


def _means(rows: Sequence[dict[str, float]]) -> dict[str, float]:
    if not rows:
        return {}
    return {key: sum(r[key] for r in rows) / len(rows) for key in rows[0]} | {
        "summaries": float(len(rows))
    }


def _references(folder: Path) -> list[Path]:
    return sorted((folder / "references").glob("*.txt"))


def _first_sentence(text: str) -> str:
    sentences = split_article(Article(id="reference", text=text))
    return sentences[0].text if sentences else text


def _brief_opener(engine: Engine, articles: Sequence[Article], words: int) -> Opener | None:
    """The brief's first summary sentence, through the engine's stages."""
    cleaned, _ = engine.clean(articles)
    if not cleaned:
        return None
    analysis = engine.analyse(cleaned)
    summary = engine.summary_of(analysis, words)
    index = {s.id: s.index for a in analysis.articles for s in a.sentences}
    return _opener(summary, index)


def _summarize_opener(articles: Sequence[Article], words: int) -> Opener | None:
    """``storyweave summarize``'s first sentence: furniture blanked, as the command does."""
    prepared = prepare_articles(articles)[0]
    index = {s.id: s.index for a in prepared for s in split_article(a)}
    return _opener(summarize_articles(prepared, words), index)


def _lead_opener(articles: Sequence[Article]) -> Opener | None:
    """The first sentence of the most recent article (the last given, when undated)."""
    if not articles:
        return None
    sentences = split_article(articles[newest(articles)])
    return Opener(sentences[0].text, 0, None) if sentences else None


def _opener(summary: Summary, index: dict[str, int]) -> Opener | None:
    if not summary.sentences:
        return None
    first = summary.sentences[0]
    cited = len({c.article for c in first.citations})
    return Opener(first.text, index.get(first.sentence), cited)
