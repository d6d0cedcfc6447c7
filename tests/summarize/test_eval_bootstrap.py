"""Bootstrap intervals of ``eval summaries`` (``storyweave.evaluate._bootstrap``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave.evaluate._bootstrap import mean_interval, ratio_interval

scores = st.lists(st.floats(0.0, 1.0), min_size=1, max_size=40)


@settings(max_examples=50, deadline=None)
@given(scores)
def test_the_interval_holds_the_mean(values: list[float]) -> None:
    low, high = mean_interval(values, samples=200)
    mean = sum(values) / len(values)
    assert low <= mean + 1e-9 and mean - 1e-9 <= high
    assert min(values) - 1e-9 <= low <= high <= max(values) + 1e-9


def test_identical_clusters_leave_no_doubt() -> None:
    assert mean_interval([0.3] * 20) == pytest.approx((0.3, 0.3))


def test_a_ratio_is_paired_cluster_by_cluster() -> None:
    # Clusters differ wildly in difficulty, but one system always scores 1.2 x the other:
    # paired resamples see exactly 1.2; unpaired ones would scatter.
    hard_and_easy = [0.1, 0.5, 0.2, 0.9, 0.05, 0.4, 0.7, 0.3]
    better = [1.2 * x for x in hard_and_easy]
    assert ratio_interval(better, hard_and_easy) == pytest.approx((1.2, 1.2))


def test_more_clusters_narrow_the_interval() -> None:
    few = [0.2, 0.4, 0.3, 0.5, 0.1, 0.6]
    low, high = mean_interval(few)
    many_low, many_high = mean_interval(few * 10)
    assert many_high - many_low < (high - low) / 2


def test_the_same_scores_give_the_same_interval() -> None:
    values = [0.31, 0.42, 0.29, 0.38, 0.35]
    assert mean_interval(values) == mean_interval(values)


def test_no_clusters_is_an_error() -> None:
    with pytest.raises(ValueError):
        mean_interval([])
    with pytest.raises(ValueError):
        ratio_interval([0.1, 0.2], [0.1])
