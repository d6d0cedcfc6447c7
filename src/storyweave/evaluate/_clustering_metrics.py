"""Scores of a predicted partition against a gold one: B-cubed, pairwise, ARI."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sklearn.metrics import adjusted_rand_score


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def bcubed_items(predicted: Sequence[str], gold: Sequence[str]) -> tuple[list[float], list[float]]:
    """Each item's B-cubed precision and recall (Bagga and Baldwin 1998)."""
    in_pred, in_gold = Counter(predicted), Counter(gold)
    both = Counter(zip(predicted, gold, strict=True))
    pairs = list(zip(predicted, gold, strict=True))
    return [both[pg] / in_pred[pg[0]] for pg in pairs], [both[pg] / in_gold[pg[1]] for pg in pairs]


def bcubed(predicted: Sequence[str], gold: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1, averaged over items."""
    if not gold:
        return 1.0, 1.0, 1.0
    precisions, recalls = bcubed_items(predicted, gold)
    precision, recall = sum(precisions) / len(gold), sum(recalls) / len(gold)
    return precision, recall, _f1(precision, recall)


def pairwise_f1(predicted: Sequence[str], gold: Sequence[str]) -> float:
    """F1 over the pairs of items put together, counted from cluster sizes."""

    def pairs(counts: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    common = pairs(Counter(zip(predicted, gold, strict=True)))
    in_pred, in_gold = pairs(Counter(predicted)), pairs(Counter(gold))
    precision = common / in_pred if in_pred else 1.0
    recall = common / in_gold if in_gold else 1.0
    return _f1(precision, recall)


def partition_scores(predicted: Sequence[str], gold: Sequence[str]) -> dict[str, float]:
    """Every score of one partition, as a table row."""
    precision, recall, f1 = bcubed(predicted, gold)
    return {
        "bcubed_p": precision,
        "bcubed_r": recall,
        "bcubed_f1": f1,
        "pairwise_f1": pairwise_f1(predicted, gold),
        "ari": float(adjusted_rand_score(list(gold), list(predicted))),
        "clusters": float(len(set(predicted))),
    }
