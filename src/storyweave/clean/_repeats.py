"""Lines an article repeats nearly verbatim: photo captions shown twice, pull quotes.

Two lines at most two lines apart are near-duplicates when their lower-cased
words are equal, or the words of the shorter one start the longer one and make
up most of it (a caption, and the same caption with "(Pic: ...)" appended).
Sorting the word sequences puts such pairs next to each other, so the search
stays O(n log n) on long pages.
"""

from __future__ import annotations

import itertools
import re

_WORD = re.compile(r"\w+")
_MIN_WORDS = 8  # shorter repeats are often list items or table headings: content
_MIN_SHARE = 0.7
# Repeats further apart are structure (the same question put to each interviewee,
# a "Portion Fix Containers:" line under each recipe), not a caption shown twice.
_MAX_DISTANCE = 2


def words_of(line: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(line))


def near_duplicate_pairs(lines: list[str]) -> list[tuple[int, int]]:
    """Index pairs (i, j), i < j, of nearby lines that repeat each other nearly verbatim."""
    keyed = sorted((words_of(line), i) for i, line in enumerate(lines))
    pairs: list[tuple[int, int]] = []
    for (a, i), (b, j) in itertools.pairwise(keyed):
        if abs(i - j) <= _MAX_DISTANCE and _repeats(a, b):
            pairs.append((min(i, j), max(i, j)))
    return pairs


def _repeats(shorter: tuple[str, ...], longer: tuple[str, ...]) -> bool:
    if len(shorter) < _MIN_WORDS:
        return False
    if shorter == longer:
        return True
    return longer[: len(shorter)] == shorter and len(shorter) >= _MIN_SHARE * len(longer)
