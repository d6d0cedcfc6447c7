"""Nearest open stories by embedding: hnswlib, with stories evicted as they close.

Few open stories are searched exactly (a matrix product is cheaper and exact);
past ``EXACT_LIMIT`` an HNSW graph answers. Closed stories are marked deleted
and their slots reused, so memory follows the number of *open* stories, not
the number ever seen. All calls are single-threaded, so the graph, and hence
every answer, is the same for the same sequence of calls.
"""

from __future__ import annotations

import hnswlib
import numpy as np

EXACT_LIMIT = 256
_M = 16
_EF_CONSTRUCTION = 100
_SEED = 100


class StoryIndex:
    """Unit vectors of open stories, keyed by story number."""

    def __init__(self, dimensions: int, capacity: int = 1024) -> None:
        self.dimensions = dimensions
        self._vectors: dict[int, np.ndarray] = {}
        self._graph = hnswlib.Index(space="ip", dim=dimensions)
        self._graph.init_index(
            max_elements=capacity,
            ef_construction=_EF_CONSTRUCTION,
            M=_M,
            random_seed=_SEED,
            allow_replace_deleted=True,
        )
        self._in_graph: set[int] = set()
        self._deleted = 0

    def __len__(self) -> int:
        return len(self._vectors)

    def upsert(self, key: int, vector: np.ndarray) -> None:
        """Add a story's vector, or replace it after the story grew."""
        self._vectors[key] = vector.astype(np.float32)
        full = self._graph.get_current_count() >= self._graph.get_max_elements()
        if key not in self._in_graph and full and not self._deleted:
            self._graph.resize_index(2 * self._graph.get_max_elements())
        replace = key not in self._in_graph and self._deleted > 0
        self._graph.add_items(vector[None, :], [key], num_threads=1, replace_deleted=replace)
        if replace:
            self._deleted -= 1
        self._in_graph.add(key)

    def remove(self, key: int) -> None:
        if self._vectors.pop(key, None) is not None:
            self._graph.mark_deleted(key)
            self._in_graph.discard(key)
            self._deleted += 1

    def nearest(self, vector: np.ndarray, k: int) -> list[int]:
        """Keys of up to ``k`` stories nearest to ``vector`` (inner product)."""
        k = min(k, len(self._vectors))
        if k == 0:
            return []
        if len(self._vectors) <= EXACT_LIMIT:
            keys = sorted(self._vectors)
            scores = np.stack([self._vectors[key] for key in keys]) @ vector
            top = np.argsort(-scores, kind="stable")[:k]
            return [keys[i] for i in top]
        self._graph.set_ef(max(64, 2 * k))
        labels, _ = self._graph.knn_query(vector[None, :], k=k, num_threads=1)
        return [int(x) for x in labels[0]]
