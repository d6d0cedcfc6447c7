"""Bootstrap confidence intervals over the clusters of a dataset.

A development set of 59 clusters measures a summarizer with an error of its
own: another 59 clusters of the same kind would score differently. Resampling
the clusters with replacement (Efron's percentile bootstrap, as ROUGE-1.5.5
reports its 95 % intervals) shows how wide that error is. A ratio of two
systems is resampled *paired*: each resample draws the same clusters for both,
so what the clusters share (an easy topic, a hard one) cancels out.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# Enough resamples for a stable 2.5th / 97.5th percentile; the seed makes a
# report reproducible from one run to the next.
SAMPLES = 2000
SEED = 0


def resampled_means(
    values: Sequence[Sequence[float]] | np.ndarray, samples: int = SAMPLES, seed: int = SEED
) -> np.ndarray:
    """Means of each series over the same resampled clusters: shape (series, samples)."""
    matrix = np.asarray(values, dtype=float)
    if matrix.ndim != 2 or matrix.shape[1] == 0:
        raise ValueError("need at least one cluster per series, all series of one length")
    draws = np.random.default_rng(seed).integers(0, matrix.shape[1], (samples, matrix.shape[1]))
    means: np.ndarray = matrix[:, draws].mean(axis=2)
    return means


def percentile_interval(resampled: np.ndarray) -> tuple[float, float]:
    """The central 95 % of a statistic's resampled values."""
    low, high = np.percentile(resampled, [2.5, 97.5])
    return float(low), float(high)


def mean_interval(
    values: Sequence[float], samples: int = SAMPLES, seed: int = SEED
) -> tuple[float, float]:
    """The 95 % percentile interval of the mean of ``values`` (one per cluster)."""
    return percentile_interval(resampled_means([values], samples, seed)[0])


def ratio_interval(
    numerator: Sequence[float],
    denominator: Sequence[float],
    samples: int = SAMPLES,
    seed: int = SEED,
) -> tuple[float, float]:
    """The 95 % interval of mean(numerator) / mean(denominator), clusters paired."""
    means = resampled_means([numerator, denominator], samples, seed)
    return percentile_interval(means[0] / np.maximum(means[1], 1e-12))
