"""Character ranges of one text, for lookups that must not scan every range."""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class Stretches:
    """Character ranges of one text, merged and sorted: lookups cost a binary search.

    An article may hold thousands of quotations; checking every word against
    every one of them would be quadratic in the article's length.
    """

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for start, end in sorted(r for r in ranges if r[0] < r[1]):
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        self.ranges = merged
        self._starts = [start for start, _ in merged]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The ranges that share a character with [start, end)."""
        if start >= end:
            return []
        first = max(bisect.bisect_right(self._starts, start) - 1, 0)
        last = bisect.bisect_left(self._starts, end)
        return [(a, b) for a, b in self.ranges[first:last] if a < end and start < b]

    def overlaps(self, start: int, end: int) -> bool:
        return bool(self.overlapping(start, end))

    def __contains__(self, offset: int) -> bool:
        return self.overlaps(offset, offset + 1)
