"""Candidate sentence pairs above a cosine floor, without all pairs for large stories.

Up to ``EXACT_LIMIT`` sentences the cosine matrix is computed in row blocks
(exact, memory bounded); above it an HNSW index (hnswlib) answers each
sentence's ``ANN_NEIGHBOURS`` nearest neighbours, so time grows as n log n.
"""

from __future__ import annotations

import numpy as np

EXACT_LIMIT = 2000
BLOCK_ROWS = 512
ANN_NEIGHBOURS = 24


def candidate_pairs(
    matrix: np.ndarray, groups: np.ndarray, floor: float
) -> list[tuple[float, int, int]]:
    """(cosine, i, j) with i < j, cosine >= floor and groups[i] != groups[j]; best first.

    ``matrix`` holds unit row vectors; ``groups`` says which article each row is from.
    """
    n = matrix.shape[0]
    if n < 2:
        return []
    found = (
        _exact(matrix, groups, floor) if n <= EXACT_LIMIT else _approximate(matrix, groups, floor)
    )
    found.sort(key=lambda p: (-p[0], p[1], p[2]))
    return found


def _exact(matrix: np.ndarray, groups: np.ndarray, floor: float) -> list[tuple[float, int, int]]:
    out: list[tuple[float, int, int]] = []
    for begin in range(0, matrix.shape[0], BLOCK_ROWS):
        block = matrix[begin : begin + BLOCK_ROWS] @ matrix.T
        rows, cols = np.nonzero(block >= floor)
        for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
            i = begin + r
            if i < c and groups[i] != groups[c]:
                out.append((float(block[r, c]), i, c))
    return out


def _approximate(
    matrix: np.ndarray, groups: np.ndarray, floor: float
) -> list[tuple[float, int, int]]:
    import hnswlib  # imported here: only large stories need it

    n, dim = matrix.shape
    index = hnswlib.Index(space="ip", dim=dim)
    index.init_index(max_elements=n, ef_construction=100, M=16, random_seed=7)
    index.set_num_threads(1)  # deterministic graph: stable fact ids across runs
    index.add_items(matrix, np.arange(n))
    k = min(ANN_NEIGHBOURS, n)
    index.set_ef(max(2 * k, 50))
    labels, distances = index.knn_query(matrix, k=k)
    seen: set[tuple[int, int]] = set()
    out: list[tuple[float, int, int]] = []
    for i in range(n):
        for j, distance in zip(labels[i].tolist(), distances[i].tolist(), strict=True):
            a, b = (i, j) if i < j else (j, i)
            cosine = 1.0 - distance
            if a != b and cosine >= floor and groups[a] != groups[b] and (a, b) not in seen:
                seen.add((a, b))
                out.append((float(cosine), a, b))
    return out
