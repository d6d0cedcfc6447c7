"""``storyweave eval compare``: fact grouping, conflicts and entities against hand labels.

Labels live in ``evaluation/labels/*.json`` (format in evaluation/labels/README.md).
They name sentences by article id and a short snippet of their text, so they
survive changes to sentence splitting; the articles themselves are read from
the example folder or from ``../shared/data`` and never copied.

Scores, per cluster and pooled over all clusters:

- facts: pairwise precision / recall / F1 over pairs of sentences put in one
  fact, and B-cubed precision / recall over every sentence (unlabelled
  sentences are singletons in the gold grouping);
- conflicts: a listed conflict is correct when each of two of its sides cites
  a sentence of a different side of one labelled conflict; ``optional``
  labelled conflicts are neither required nor counted as false;
- entities: pairwise precision / recall / F1 over labelled name mentions.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .._config import Settings
from .._engine import Analysis, Engine
from .._errors import InputError
from .._model import AnalysedArticle, Conflict
from ..compare._facts import DEFAULT_THRESHOLD
from ._paths import REPO_ROOT

DEFAULT_LABELS = REPO_ROOT / "evaluation" / "labels"

SentenceRef = tuple[str, str]  # (article id, snippet)


@dataclass
class Counts:
    """True positives and the two totals behind a precision / recall pair."""

    tp: float = 0.0
    predicted: float = 0.0
    gold: float = 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    def scores(self) -> dict[str, float | None]:
        p = self.tp / self.predicted if self.predicted else None
        r = self.tp / self.gold if self.gold else None
        f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        return {"precision": p, "recall": r, "f1": f}


@dataclass
class BCubed:
    """Sums of per-sentence B-cubed precision and recall, and the number of sentences."""

    precision_sum: float = 0.0
    recall_sum: float = 0.0
    n: int = 0

    def add(self, other: BCubed) -> None:
        self.precision_sum += other.precision_sum
        self.recall_sum += other.recall_sum
        self.n += other.n

    def scores(self) -> dict[str, float | None]:
        if not self.n:
            return {"precision": None, "recall": None, "f1": None}
        p, r = self.precision_sum / self.n, self.recall_sum / self.n
        return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


@dataclass
class ClusterScore:
    cluster: str
    articles: int
    sentences: int
    facts_pairwise: Counts = field(default_factory=Counts)
    facts_bcubed: BCubed = field(default_factory=BCubed)
    conflicts: Counts = field(default_factory=Counts)
    entities: Counts = field(default_factory=Counts)
    unresolved: int = 0
    listed_conflicts: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ reading


def load_labels(labels_dir: Path) -> list[dict[str, Any]]:
    files = sorted(labels_dir.glob("*.json"))
    if not files:
        raise InputError(f"no label files (*.json) in {labels_dir}")
    return [json.loads(f.read_text(encoding="utf-8")) for f in files]


def cluster_input(label: dict[str, Any], data: Path) -> Path | None:
    """Where a labelled cluster's articles are, or None when that data is absent."""
    if label["dataset"] == "example":
        path = REPO_ROOT / label["location"]
    else:
        folder = data / label["location"]
        path = folder / "articles.jsonl"
    return path if path.exists() else None


def analyse_cluster(path: Path, threshold: float) -> Analysis:
    """Read, clean and analyse one cluster exactly as the brief does (the Engine's stages)."""
    engine = Engine(Settings(fact_threshold=threshold))
    articles, _warnings = engine.read([str(path)])
    cleaned, _warnings = engine.clean(articles)
    if not cleaned:
        raise InputError(f"no usable article in {path}")
    return engine.analyse(cleaned)


# ------------------------------------------------------------------ resolving labels


class Resolver:
    """Maps labelled snippets and offsets to the analysed sentences and mentions."""

    def __init__(self, analysed: Sequence[AnalysedArticle]) -> None:
        self.articles = {a.article.id: a for a in analysed}
        self.unresolved = 0

    def sentence(self, ref: Sequence[str]) -> str | None:
        article_id, snippet = ref[0], ref[1]
        art = self.articles.get(article_id)
        offset = art.article.text.find(snippet) if art else -1
        if art is None or offset < 0:
            self.unresolved += 1
            return None
        end = offset + len(snippet)
        for s in art.sentences:
            if s.start <= offset < s.end or offset <= s.start < end:
                return s.id
        self.unresolved += 1
        return None

    def analysed_text(self, ref: str) -> bool:
        """Whether 'article@offset' lies in an analysed sentence (not in removed furniture)."""
        article_id, _, offset_text = ref.rpartition("@")
        art = self.articles.get(article_id)
        offset = int(offset_text)
        return art is not None and any(s.start <= offset < s.end for s in art.sentences)

    def mention_entity(self, ref: str) -> str | None:
        """The entity the system gave the mention at 'article@offset', if any."""
        article_id, _, offset_text = ref.rpartition("@")
        art = self.articles.get(article_id)
        offset = int(offset_text)
        if art is None:
            return None
        for m in art.mentions:
            if m.start <= offset < m.end:
                return m.entity
        return None


# ------------------------------------------------------------------ scoring


def _pairs(groups: Iterable[Iterable[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for g in groups for p in itertools.combinations(sorted(set(g)), 2)}


def score_facts(
    gold: list[list[str]], system: list[list[str]], universe: list[str]
) -> tuple[Counts, BCubed]:
    """Pairwise and B-cubed counts; sentences outside any group are singletons."""
    gold_pairs, system_pairs = _pairs(gold), _pairs(system)
    pairwise = Counts(len(gold_pairs & system_pairs), len(system_pairs), len(gold_pairs))
    gold_of = {s: set(g) for g in gold for s in g}
    system_of = {s: set(g) for g in system for s in g}
    bcubed = BCubed(n=len(universe))
    for s in universe:
        g, p = gold_of.get(s, {s}), system_of.get(s, {s})
        bcubed.precision_sum += len(g & p) / len(p)
        bcubed.recall_sum += len(g & p) / len(g)
    return pairwise, bcubed


def _conflict_matches(conflict: Conflict, sides: list[set[str]]) -> bool:
    cited = [{c.sentence for c in side.citations} for side in conflict.sides]
    for a, b in itertools.permutations(range(len(sides)), 2):
        for x, y in itertools.combinations(range(len(cited)), 2):
            if cited[x] & sides[a] and cited[y] & sides[b]:
                return True
    return False


def score_conflicts(
    label: dict[str, Any], conflicts: Sequence[Conflict], resolve: Resolver
) -> Counts:
    labelled = []
    for item in label.get("conflicts", []):
        sides = [{s for s in (resolve.sentence(r) for r in side) if s} for side in item["sides"]]
        labelled.append((bool(item.get("optional")), sides))
    required = [sides for optional, sides in labelled if not optional]
    optional = [sides for opt, sides in labelled if opt]
    counts = Counts(gold=len(required))
    counts.tp = sum(1 for sides in required if any(_conflict_matches(c, sides) for c in conflicts))
    for c in conflicts:
        if any(_conflict_matches(c, sides) for sides in optional) and not any(
            _conflict_matches(c, sides) for sides in required
        ):
            continue  # matches only an optional conflict: not counted either way
        counts.predicted += 1
    counts.tp = min(counts.tp, counts.predicted)
    return counts


def score_entities(label: dict[str, Any], resolve: Resolver) -> Counts:
    # Mentions in headlines or furniture that cleaning removed cannot be linked: left out.
    gold = [
        [m for m in e["mentions"] if resolve.analysed_text(m)] for e in label.get("entities", [])
    ]
    system: dict[str, list[str]] = {}
    for ref in (m for g in gold for m in g):
        entity = resolve.mention_entity(ref)
        system.setdefault(entity or f"none:{ref}", []).append(ref)
    gold_pairs, system_pairs = _pairs(gold), _pairs(system.values())
    return Counts(len(gold_pairs & system_pairs), len(system_pairs), len(gold_pairs))


def score_cluster(label: dict[str, Any], analysis: Analysis) -> ClusterScore:
    resolve = Resolver(analysis.articles)
    gold = [[s for s in (resolve.sentence(r) for r in f["sentences"]) if s] for f in label["facts"]]
    system = [[c.sentence for c in f.citations] for f in analysis.facts]
    universe = [s.id for a in analysis.articles for s in a.sentences]
    pairwise, bcubed = score_facts(gold, system, universe)
    conflicts = analysis.comparison.conflicts
    return ClusterScore(
        cluster=label["cluster"],
        articles=len(analysis.articles),
        sentences=len(universe),
        facts_pairwise=pairwise,
        facts_bcubed=bcubed,
        conflicts=score_conflicts(label, conflicts, resolve),
        entities=score_entities(label, resolve),
        unresolved=resolve.unresolved,
        listed_conflicts=[f"{c.kind}: {c.subject[:60]} [{' | '.join(s.value for s in c.sides)}]"
                          for c in conflicts],
    )  # fmt: skip


def evaluate_compare(
    labels_dir: Path, data: Path, threshold: float = DEFAULT_THRESHOLD
) -> tuple[list[ClusterScore], list[str]]:
    """Score every labelled cluster whose articles are present; also say which were skipped."""
    scores: list[ClusterScore] = []
    skipped: list[str] = []
    for label in load_labels(labels_dir):
        path = cluster_input(label, data)
        if path is None:
            skipped.append(f"{label['cluster']}: {label['location']} not found")
            continue
        scores.append(score_cluster(label, analyse_cluster(path, threshold)))
    return scores, skipped


def summary_rows(scores: Sequence[ClusterScore]) -> list[dict[str, Any]]:
    """One row per cluster and a pooled 'all' row, with P/R/F1 of each task."""
    total = ClusterScore("all", sum(s.articles for s in scores), sum(s.sentences for s in scores))
    for s in scores:
        for name in ("facts_pairwise", "facts_bcubed", "conflicts", "entities"):
            getattr(total, name).add(getattr(s, name))
        total.unresolved += s.unresolved
    rows = []
    for s in [*scores, total]:
        row: dict[str, Any] = {"cluster": s.cluster, "articles": s.articles}
        row.update(sentences=s.sentences, unresolved_refs=s.unresolved)
        for name in ("facts_pairwise", "facts_bcubed", "conflicts", "entities"):
            counts: Counts | BCubed = getattr(s, name)
            row[name] = {**counts.scores(), **asdict(counts)}
        row["listed_conflicts"] = s.listed_conflicts
        rows.append(row)
    return rows


def write_json(rows: list[dict[str, Any]], path: Path, threshold: float) -> None:
    payload = {"evaluation": "compare", "fact_threshold": threshold, "rows": rows}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
