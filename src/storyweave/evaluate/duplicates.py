"""``storyweave eval duplicates``: precision and recall of near-duplicate detection.

The test set is built at run time, deterministically (seeded), from the
development data, and never written to disk: every article of multinews-val
(web news, boilerplate included) and ecbplus-dev is an original; about half
of them get one or two realistic copies (trimmed ends, a new headline line,
added furniture, a few words changed). The other articles of the same
multinews cluster or ECB+ topic are different articles about the same event:
the hard negatives. Scores are over pairs of articles: a pair is positive
when both are copies of one original.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from .._model import Article, CleanedArticle
from ..dedupe import find_duplicates, shingles
from ._stories_data import article_from, read_clusters, read_jsonl, require_dir

SEED = 2019
THRESHOLDS = (0.6, 0.7, 0.8, 0.9)

FURNITURE = (
    "Sign up for our daily newsletter to get the top stories in your inbox.",
    "Follow us on Twitter and Facebook for the latest updates.",
    "This story has been updated with additional reporting.",
    "Copyright 2019 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed.",
    "Read more: the stories our editors are reading this week.",
    "Comments are closed for this article. Please read our community guidelines.",
    "Advertisement",
    "Photo: Reuters / file photo",
)
EDITS = ("trim", "headline", "furniture", "words")


@dataclass
class CopySet:
    """Originals and copies in arrival order, with the answer."""

    articles: list[Article] = field(default_factory=list)
    original_of: dict[str, str] = field(default_factory=dict)  # copy id -> original id
    edits_of: dict[str, tuple[str, ...]] = field(default_factory=dict)


def make_copy(
    article: Article, copy_id: str, rng: random.Random
) -> tuple[Article, tuple[str, ...]]:
    """A realistic re-publication of ``article``: 1-4 edits drawn at random."""
    edits = tuple(sorted(rng.sample(EDITS, rng.randint(1, len(EDITS)))))
    paragraphs = [p for p in article.text.split("\n") if p.strip()]
    title = article.title
    if "trim" in edits and len(paragraphs) > 3:
        cut = rng.randint(1, max(1, len(paragraphs) // 5))
        paragraphs = paragraphs[cut:] if rng.random() < 0.5 else paragraphs[:-cut]
    if "words" in edits:
        paragraphs = [_change_words(p, rng) for p in paragraphs]
    if "headline" in edits:
        words = article.text.split()[:12]
        title = " ".join(w.capitalize() for w in rng.sample(words, min(len(words), 8)))
        paragraphs.insert(0, title)
    if "furniture" in edits:
        paragraphs.insert(0, rng.choice(FURNITURE))
        paragraphs.extend(rng.sample(FURNITURE, 2))
    text = "\n\n".join(paragraphs)
    return article.model_copy(
        update={"id": copy_id, "text": text, "title": title, "source": f"copy-{rng.randint(1, 40)}"}
    ), edits


def _change_words(paragraph: str, rng: random.Random, share: float = 0.03) -> str:
    """Drop or replace about ``share`` of the words, as a sub-editor might."""
    words = paragraph.split()
    for i in range(len(words)):
        if rng.random() < share:
            words[i] = rng.choice(("said", "reported", "the", "officials", "on Monday", ""))
    return " ".join(w for w in words if w)


def build_copy_set(groups: Sequence[Sequence[Article]], seed: int = SEED) -> CopySet:
    """Originals of every group, plus copies of about half of them, copies after originals."""
    rng = random.Random(seed)
    out = CopySet()
    for group in groups:
        stream: list[Article] = []
        for article in group:
            stream.append(article)
            if len(article.text.split()) < 40 or rng.random() < 0.5:
                continue
            for n in range(rng.randint(1, 2)):
                copy, edits = make_copy(article, f"{article.id}~copy{n}", rng)
                out.original_of[copy.id] = article.id
                out.edits_of[copy.id] = edits
                stream.insert(rng.randint(stream.index(article) + 1, len(stream)), copy)
        out.articles.extend(stream)
    return out


def load_groups(data: Path, limit: int | None = None) -> list[list[Article]]:
    """multinews-val clusters and ecbplus-dev topics: articles about one event each.

    The data holds real copies of its own (identical archive.org notices, one
    AP story carried by two outlets). An original is dropped when half of its
    5-word shingles (counted exactly, not estimated) already occur in one
    earlier original, so the originals are truly different and the answer is known.
    """
    groups = read_clusters(require_dir(data / "multinews-val", "multinews-val"))
    ecb = data / "ecbplus-dev"
    if (ecb / "articles.jsonl").is_file():
        topics: dict[str, list[Article]] = {}
        for n, record in enumerate(read_jsonl(ecb / "articles.jsonl")):
            topic = str(record["id"]).split("_")[0]  # ids name the topic; used for grouping only
            topics.setdefault(topic, []).append(article_from(record, f"ecb-{n:04d}"))
        groups.extend(topics.values())
    return _drop_real_copies(groups[:limit] if limit else groups)


def _drop_real_copies(groups: Sequence[Sequence[Article]]) -> list[list[Article]]:
    owners: dict[bytes, int] = {}  # shingle -> index of the first original holding it
    unique: list[list[Article]] = []
    count = 0
    for group in groups:
        kept = []
        for article in group:
            own = shingles(article.text, 5)
            shared = Counter(owners[s] for s in own if s in owners)
            if own and shared and shared.most_common(1)[0][1] >= 0.5 * len(own):
                continue
            for s in own:
                owners.setdefault(s, count)
            count += 1
            kept.append(article)
        unique.append(kept)
    return unique


def _pairs(clusters: Sequence[Sequence[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for members in clusters for p in combinations(sorted(members), 2)}


def score(copy_set: CopySet, threshold: float) -> dict[str, float]:
    """Pairwise precision, recall and F1 of ``find_duplicates`` at ``threshold``."""
    cleaned = [CleanedArticle(article=a, text=a.text) for a in copy_set.articles]
    groups = find_duplicates(cleaned, threshold)
    predicted = _pairs([[g.kept, *g.copies] for g in groups])
    families: dict[str, list[str]] = {}
    for copy, original in copy_set.original_of.items():
        families.setdefault(original, [original]).append(copy)
    gold = _pairs(list(families.values()))
    hits = len(predicted & gold)
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    linked = {c for g in groups for c in g.copies}
    return {
        "threshold": threshold,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "gold_pairs": len(gold),
        "predicted_pairs": len(predicted),
        "copies_found": sum(1 for c in copy_set.original_of if c in linked)
        / max(1, len(copy_set.original_of)),
    }


def recall_by_edit(copy_set: CopySet, threshold: float = 0.8) -> dict[str, float]:
    """Share of copies linked to their own original, per kind of edit they received."""
    cleaned = [CleanedArticle(article=a, text=a.text) for a in copy_set.articles]
    root = {c: g.kept for g in find_duplicates(cleaned, threshold) for c in g.copies}
    found: dict[str, list[bool]] = {}
    for copy, original in copy_set.original_of.items():
        for edit in copy_set.edits_of[copy]:
            found.setdefault(edit, []).append(root.get(copy) == original)
    return {edit: sum(v) / len(v) for edit, v in sorted(found.items())}


def evaluate_duplicates(data: Path, limit: int | None = None) -> dict[str, object]:
    """The whole evaluation: a threshold table and recall per edit at the default."""
    copy_set = build_copy_set(load_groups(data, limit))
    return {
        "articles": len(copy_set.articles),
        "copies": len(copy_set.original_of),
        "thresholds": [score(copy_set, t) for t in THRESHOLDS],
        "recall_by_edit": recall_by_edit(copy_set),
    }
