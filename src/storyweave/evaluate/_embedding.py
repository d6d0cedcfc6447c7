"""An embedder that asks the real one once per distinct text, for evaluations that sweep."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..embed import DIMENSIONS, Embedder, get_embedder


class CachingEmbedder:
    """The real embedder, asked once per distinct text across seeds, thresholds and baselines."""

    def __init__(self, embedder: Embedder | None = None) -> None:
        self._embedder = embedder or get_embedder()
        self._cache: dict[str, np.ndarray] = {}

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            self._cache.update(zip(missing, self._embedder.embed(missing), strict=True))
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])
