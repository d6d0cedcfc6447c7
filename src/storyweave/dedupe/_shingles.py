"""Word shingles and their MinHash signatures: the fingerprint of an article's text.

Shingles are taken from the body only (never the title), lowercased, over word
tokens, so a copy with a new headline, a changed byline or reflowed paragraphs
keeps nearly all of its shingles. Hashes are CRC-32 (stable across processes,
unlike Python's salted ``hash``), so signatures saved in a story state stay
comparable after a restart.
"""

from __future__ import annotations

import functools
import re
import zlib
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

SHINGLE_WORDS = 3
NUM_PERM = 128
SEED = 1
MAX_WORDS = 20_000  # bound the work on a hostile, huge text; copies agree long before this

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """An article's MinHash signature and how many distinct shingles it summarises."""

    minhash: MinHash
    shingles: int

    def jaccard(self, other: Fingerprint) -> float:
        """Estimated Jaccard similarity of the two shingle sets."""
        if self.shingles == 0 or other.shingles == 0:
            return 0.0
        return float(self.minhash.jaccard(other.minhash))

    def containment(self, other: Fingerprint) -> float:
        """Estimated share of the smaller set's shingles that the other set holds.

        Derived from the Jaccard estimate and the set sizes:
        ``|A ∩ B| = J (|A| + |B|) / (1 + J)``. Unlike Jaccard it stays high when
        one copy is trimmed or padded with furniture.
        """
        jaccard = self.jaccard(other)
        if jaccard <= 0.0:
            return 0.0
        common = jaccard * (self.shingles + other.shingles) / (1.0 + jaccard)
        return min(1.0, common / min(self.shingles, other.shingles))


@functools.lru_cache(maxsize=512)
def word_tokens(text: str) -> tuple[str, ...]:
    """The casefolded word tokens of ``text``.

    Cached: the copy check reads each text's words twice (digest, shingles),
    and the stream asks about the same text before and while adding it. 512
    entries cover a 256-article batch twice over and bound the memory held
    (about 25 MB for news-length texts).
    """
    return tuple(_WORD.findall(text.casefold()))


def shingles(text: str, words: int = SHINGLE_WORDS) -> set[bytes]:
    """The set of ``words``-word shingles of ``text`` (lowercased word tokens)."""
    tokens = word_tokens(text)[:MAX_WORDS]
    if not tokens:
        return set()
    span = min(words, len(tokens))
    runs = zip(*(tokens[i:] for i in range(span)), strict=False)
    return set(map(str.encode, map(" ".join, runs)))


# The permutations depend only on NUM_PERM and SEED; datasketch would redraw them
# for every MinHash (a sixth of the fingerprinting time), so they are drawn once.
_TEMPLATE = MinHash(num_perm=NUM_PERM, seed=SEED, hashfunc=zlib.crc32)


def fingerprint(text: str) -> Fingerprint:
    """MinHash signature of the text's shingles."""
    shingle_set = shingles(text)
    minhash = MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashfunc=zlib.crc32,
        permutations=_TEMPLATE.permutations,
        scheme=_TEMPLATE.scheme,
    )
    if shingle_set:
        minhash.update_batch(list(shingle_set))  # a minimum: the order cannot matter
    return Fingerprint(minhash, len(shingle_set))


def new_lsh(threshold: float) -> MinHashLSH:
    """An LSH index tuned to return pairs whose Jaccard is about ``threshold`` or more."""
    return MinHashLSH(threshold=threshold, num_perm=NUM_PERM, params=_bands(threshold))


@functools.lru_cache(maxsize=16)
def _bands(threshold: float) -> tuple[int, int]:
    """datasketch's optimal (bands, rows) for ``threshold``, found once.

    datasketch finds them by numerical integration, about 20 ms: more than
    fingerprinting a 10-article cluster takes.
    """
    index = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    return index.b, index.r
