"""The selection program (``_ilp.solve``) against an exhaustive search."""

from __future__ import annotations

import itertools
from pathlib import Path

from storyweave.summarize import prepare_articles, read_cluster, split_article
from storyweave.summarize._concepts import concept_weights
from storyweave.summarize._core import prepare
from storyweave.summarize._ilp import MIP_GAP, previous_ids, redundant_pairs, solve


def test_the_program_finds_the_best_subset_within_the_gap(example_dir: Path) -> None:
    articles = prepare_articles(read_cluster(example_dir)[0])[0]
    documents = prepare(articles, [split_article(a) for a in articles])
    pool = [c for doc in documents for c in doc]
    weights = concept_weights(documents)
    previous = previous_ids(pool)
    # The first eligible sentences of each article: dependents among them need
    # the sentence before, and some repeat each other.
    listed = [c for doc in documents for c in doc[:6] if c.eligible][:14]
    repeats = set(redundant_pairs(listed))
    index = {c.sentence.id: i for i, c in enumerate(listed)}

    def allowed(subset: tuple[int, ...]) -> bool:
        chosen = set(subset)
        if any(i in chosen and k in chosen for i, k in repeats):
            return False
        return all(
            not listed[i].dependent or index.get(previous.get(listed[i].sentence.id, "")) in chosen
            for i in chosen
        )

    def worth(subset: tuple[int, ...]) -> float:
        covered = set().union(*(listed[i].concepts for i in subset)) if subset else set()
        return sum(weights.get(c, 0.0) for c in covered)

    for budget in (25, 60, 90):
        best = max(
            worth(subset)
            for n in range(len(listed) + 1)
            for subset in itertools.combinations(range(len(listed)), n)
            if sum(listed[i].words for i in subset) <= budget and allowed(subset)
        )
        chosen = solve(listed, weights, budget, previous)
        picked = tuple(index[c.sentence.id] for c in chosen)
        assert sum(c.words for c in chosen) <= budget and allowed(picked)
        assert worth(picked) >= (1 - MIP_GAP) * best > 0
