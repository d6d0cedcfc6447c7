"""Exact and near-duplicate articles (wire copies), found with MinHash LSH."""

from ._groups import find_duplicates
from ._index import DuplicateIndex, DuplicateMatch, exact_key
from ._shingles import Fingerprint, fingerprint, shingles

__all__ = [
    "DuplicateIndex",
    "DuplicateMatch",
    "Fingerprint",
    "exact_key",
    "find_duplicates",
    "fingerprint",
    "shingles",
]
