"""``storyweave eval quotes``: attribution extraction scored on PolNeAR (dev by default).

For content, source and cue spans: precision, recall and F1 at exact match and
at 80% and 30% overlap, where overlap = shared characters / length of the
longer span (a discontinuous gold span counts its fragments' characters; exact
match compares with the stretch from its first to its last character). Speaker
accuracy: among gold contents matched at 30%, the share whose predicted source
overlaps the gold source, or both have none. textacy's ``direct_quotations``
runs on the same parses as the baseline. PolNeAR is read in place, never copied.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ..nlp.quotes_polnear import Fragments, GoldArticle, GoldAttribution, read_split
from ..nlp.quotes_rules import Attribution, find_attributions

Range = tuple[int, int]
THRESHOLDS = {"exact": 1.0, "80%": 0.8, "30%": 0.3}
ROLES = ("content", "source", "cue")


def overlap(predicted: Range, gold: Fragments) -> float:
    """Shared characters over the longer span's length (1.0 on an exact hull match)."""
    if not gold:
        return 0.0
    if predicted == (gold[0][0], gold[-1][1]):
        return 1.0
    gold_len = sum(end - start for start, end in gold)
    shared = sum(max(0, min(predicted[1], end) - max(predicted[0], start)) for start, end in gold)
    longer = max(predicted[1] - predicted[0], gold_len)
    return min(shared / longer, 0.999) if longer else 0.0


@dataclass
class Counts:
    """Matched predictions, matched golds, predictions and golds, per threshold."""

    matched_pred: dict[str, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    matched_gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    predicted: int = 0
    gold: int = 0

    def add(
        self,
        predicted: Sequence[Range],
        gold: Sequence[Fragments],
        finders: Sequence[Range] | None = None,
    ) -> None:
        """Count one article; a gold span is found by any of ``finders`` (default: predicted)."""
        finders = predicted if finders is None else finders
        self.predicted += len(predicted)
        self.gold += len(gold)
        for name, threshold in THRESHOLDS.items():
            self.matched_pred[name] += sum(
                any(overlap(p, g) >= threshold for g in gold) for p in predicted
            )
            self.matched_gold[name] += sum(
                any(overlap(p, g) >= threshold for p in finders) for g in gold
            )

    def prf(self, name: str) -> tuple[float, float, float]:
        p = self.matched_pred[name] / self.predicted if self.predicted else 0.0
        r = self.matched_gold[name] / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class QuoteScores:
    roles: dict[str, Counts] = field(default_factory=lambda: {r: Counts() for r in ROLES})
    direct: Counts = field(default_factory=Counts)
    speaker_right: int = 0
    speaker_total: int = 0

    def add(self, gold: Sequence[GoldAttribution], predicted: Sequence[Attribution]) -> None:
        self.roles["content"].add([p.content for p in predicted], [g.content for g in gold])
        self.roles["source"].add(
            [p.source for p in predicted if p.source], [g.source for g in gold if g.source]
        )
        self.roles["cue"].add([p.cue for p in predicted], [g.cue for g in gold if g.cue])
        # Direct quotes: precision over predictions marked direct, against gold quotations;
        # recall over gold quotations, found by any predicted content.
        self.direct.add(
            [p.content for p in predicted if p.direct],
            [g.content for g in gold if g.direct],
            finders=[p.content for p in predicted],
        )
        for g in gold:
            best = max(predicted, key=lambda p: overlap(p.content, g.content), default=None)
            if best is None or overlap(best.content, g.content) < THRESHOLDS["30%"]:
                continue
            self.speaker_total += 1
            if best.source is None or not g.source:
                self.speaker_right += best.source is None and not g.source
            else:
                self.speaker_right += overlap(best.source, g.source) > 0

    def table(self) -> dict[str, float]:
        row: dict[str, float] = {}
        for role, counts in [*self.roles.items(), ("direct_content", self.direct)]:
            for name in THRESHOLDS:
                p, r, f = counts.prf(name)
                row |= {f"{role}_{name}_p": p, f"{role}_{name}_r": r, f"{role}_{name}_f1": f}
        row["speaker_accuracy"] = (
            self.speaker_right / self.speaker_total if self.speaker_total else 0.0
        )
        row["gold_attributions"] = self.roles["content"].gold
        row["predicted_attributions"] = self.roles["content"].predicted
        return row


def textacy_attributions(doc: Doc) -> list[Attribution]:
    """textacy's direct-quotation triples as attributions (the baseline)."""
    from textacy.extract.triples import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(doc))
    except (ValueError, IndexError, AttributeError):
        return []
    for triple in triples:
        content = (triple.content.start_char, triple.content.end_char)
        cue = (min(t.idx for t in triple.cue), max(t.idx + len(t) for t in triple.cue))
        speaker = [t for t in triple.speaker]
        source = (
            (min(t.idx for t in speaker), max(t.idx + len(t) for t in speaker)) if speaker else None
        )
        out.append(Attribution(content, cue, source, True))
    return out


def score_docs(articles: Sequence[GoldArticle], docs: Iterable[Doc]) -> dict[str, QuoteScores]:
    """Score storyweave and the textacy baseline on parsed articles."""
    scores = {"storyweave": QuoteScores(), "textacy": QuoteScores()}
    for article, doc in zip(articles, docs, strict=True):
        scores["storyweave"].add(article.attributions, find_attributions(doc))
        scores["textacy"].add(article.attributions, textacy_attributions(doc))
    return scores


def evaluate_quotes(
    data: Path, nlp: Language, split: str = "dev", limit: int | None = None
) -> dict[str, QuoteScores]:
    articles = read_split(data, split, limit)
    docs = nlp.pipe((a.text for a in articles), batch_size=16)
    return score_docs(articles, docs)
