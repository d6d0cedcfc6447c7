"""A streaming index of article fingerprints that answers "is this a copy?".

Articles arrive one at a time; each is compared with the ones already indexed
(MinHash LSH for candidates, then the estimated containment to confirm) and
linked to the *first* copy that arrived, so every group of copies has one
stable, kept article. Articles can be removed again, which lets the story
clusterer forget articles that left its time window and keep memory bounded.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ._shingles import Fingerprint, fingerprint, new_lsh, word_tokens

# Candidate pairs are looked up at a lower Jaccard than the containment that
# confirms them: a copy trimmed to 60 % of the original has Jaccard 0.6 but
# containment 1.0, and must still be found.
_CANDIDATE_FACTOR = 0.5
# The smaller text must hold at least this share of the larger one's shingles;
# a three-line brief quoted inside a long feature is not a copy of it.
MIN_SIZE_RATIO = 0.4


@dataclass(frozen=True)
class DuplicateMatch:
    """The answer for one added article that copies an earlier one."""

    key: str
    duplicate_of: str = ""
    similarity: float = 1.0


def exact_key(text: str) -> str:
    """A digest of the text's lowercased words: equal for copies that differ in layout only."""
    words = " ".join(word_tokens(text))
    return hashlib.blake2b(words.encode(), digest_size=16).hexdigest()


class DuplicateIndex:
    """Exact and near-duplicate detection over a stream of articles.

    ``threshold`` is the estimated containment (share of the shorter text's
    5-word shingles found in the other) at or above which two texts are copies.
    """

    def __init__(self, threshold: float = 0.8) -> None:
        if not 0.0 < threshold <= 1.0:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        self._lsh = new_lsh(max(0.2, threshold * _CANDIDATE_FACTOR))
        self._fingerprints: dict[str, Fingerprint] = {}
        self._root: dict[str, str] = {}  # key -> the first copy it was linked to
        self._exact: dict[str, str] = {}  # exact_key -> first key with that text
        self._exact_of: dict[str, str] = {}  # key -> its exact_key

    def __len__(self) -> int:
        return len(self._root)

    def __contains__(self, key: object) -> bool:
        return key in self._root

    def root(self, key: str) -> str:
        """The first copy ``key`` was linked to (itself when it is an original)."""
        return self._root[key]

    def has_exact_copy(self, text: str) -> bool:
        """Whether an indexed article has exactly these words (cheap: no MinHash)."""
        digest = exact_key(text)
        return digest != _EMPTY and digest in self._exact

    def add(self, key: str, text: str) -> DuplicateMatch | None:
        """Index ``text`` under ``key``; return the match if it copies an earlier article."""
        if key in self._root:
            raise ValueError(f"key already indexed: {key}")
        digest = exact_key(text)
        self._exact_of[key] = digest
        earlier = self._exact.get(digest)
        if earlier is not None and digest != _EMPTY:
            self._root[key] = self._root[earlier]
            return DuplicateMatch(key, self._root[earlier], 1.0)
        self._exact.setdefault(digest, key)
        return self._add_near(key, fingerprint(text))

    def _add_near(self, key: str, print_: Fingerprint) -> DuplicateMatch | None:
        self._root[key] = key
        if print_.shingles == 0:
            return None  # an empty text copies nothing and nothing copies it
        best: tuple[float, str] | None = None
        # Each candidate is judged against the first copy of its group, so a chain
        # of ever shorter excerpts cannot drift away from the text that is kept.
        for root in sorted({self._root[other] for other in self._lsh.query(print_.minhash)}):
            root_print = self._fingerprints.get(root)
            if root_print is None:
                continue
            small, large = sorted((print_.shingles, root_print.shingles))
            if small < MIN_SIZE_RATIO * large:
                continue
            score = print_.containment(root_print)
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, root)
        self._fingerprints[key] = print_
        self._lsh.insert(key, print_.minhash)
        if best is None:
            return None
        self._root[key] = best[1]
        return DuplicateMatch(key, best[1], round(best[0], 4))

    def remove(self, key: str) -> None:
        """Forget ``key`` (e.g. it left the time window); unknown keys are ignored."""
        if key not in self._root:
            return
        del self._root[key]
        digest = self._exact_of.pop(key)
        if self._exact.get(digest) == key:
            del self._exact[digest]
        if self._fingerprints.pop(key, None) is not None:
            self._lsh.remove(key)


_EMPTY = exact_key("")
