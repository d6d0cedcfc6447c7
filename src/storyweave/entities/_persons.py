"""Grouping the name forms of people: full names, surnames, typos.

Works on *keys* (see ``_names.name_key``). Full names ("juan guaido") are
grouped when their surnames are the same word up to a typo and their given
names agree; a one-word form ("guaido", "gaido", "lopez") is then linked to
the full-name groups it can belong to. Which one, when there are several, is
decided per mention by the caller (nearest preceding full mention).
"""

from __future__ import annotations

from collections.abc import Iterable

from ._names import similar_given_name, similar_word


class UnionFind:
    """Disjoint sets over hashable items (path halving)."""

    def __init__(self, items: Iterable[str] = ()) -> None:
        self.parent: dict[str, str] = {item: item for item in items}

    def find(self, item: str) -> str:
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)

    def groups(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for item in self.parent:
            out.setdefault(self.find(item), []).append(item)
        return out


def same_person(full_a: str, full_b: str) -> bool:
    """Two multi-word name keys that name one person.

    Surnames must be the same word up to one typo and given names must agree
    ('leopoldo lopez' vs 'vladimir padrino lopez' do not); a shorter name
    whose words all occur in order in the longer one also matches
    ('vladimir padrino' in 'vladimir padrino lopez'), and so does a full name
    with one word before it ('forecaster hal gerrish').
    """
    a, b = full_a.split(), full_b.split()
    if similar_word(a[-1], b[-1]) and similar_given_name(a[0], b[0]):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(short) >= 2 and long_[1:] == short:
        # One word before a full name is a title the tagger took into the name:
        # 'forecaster hal gerrish', 'honeymooner sheila fournier'.
        return True
    if len(short) < 2 or not similar_given_name(short[0], long_[0]):
        return False
    position = 0
    for word in short:
        while position < len(long_) and not similar_word(word, long_[position]):
            position += 1
        if position == len(long_):
            return False
        position += 1
    return True


class WordBlocks:
    """Words bucketed by (first letter, length), so typo look-ups skip impossible words.

    ``similar_word`` only matches words with the same first letter and lengths at
    most one apart, so those buckets are the only ones worth searching.
    """

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, int], set[str]] = {}

    def add(self, word: str) -> None:
        if word:
            self._buckets.setdefault((word[0], len(word)), set()).add(word)

    def similar(self, word: str) -> list[str]:
        if not word:
            return []
        near = (
            self._buckets.get((word[0], n), set())
            for n in (len(word) - 1, len(word), len(word) + 1)
        )
        return sorted(w for bucket in near for w in bucket if similar_word(word, w))


def group_full_names(full_keys: list[str]) -> UnionFind:
    """Group multi-word person keys, comparing only names whose surnames or given names block."""
    groups = UnionFind(full_keys)
    by_last: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}
    lasts = WordBlocks()
    for key in full_keys:
        words = key.split()
        by_last.setdefault(words[-1], []).append(key)
        by_first.setdefault(words[0], []).append(key)
        lasts.add(words[-1])
    for key in full_keys:
        words = key.split()
        candidates = {k for w in lasts.similar(words[-1]) for k in by_last[w]}
        candidates |= set(by_first[words[0]])
        for other in candidates:
            if other > key and same_person(key, other):
                groups.union(key, other)
    return groups


class GroupWords:
    """Which full-name groups contain a word, exactly or up to a typo."""

    def __init__(self, groups: dict[str, list[str]]) -> None:
        self._roots: dict[str, set[str]] = {}
        self._blocks = WordBlocks()
        for root, keys in groups.items():
            for key in keys:
                for word in key.split():
                    self._roots.setdefault(word, set()).add(root)
                    self._blocks.add(word)

    def candidates(self, word: str) -> list[str]:
        """Groups a one-word form may refer to; exact word matches beat typo matches."""
        exact = self._roots.get(word)
        if exact:
            return sorted(exact)
        return sorted({r for w in self._blocks.similar(word) for r in self._roots[w]})


def group_single_words(words: list[str], counts: dict[str, int]) -> dict[str, str]:
    """Map each one-word person key without a full name to the most frequent near-identical key."""
    ordered = sorted(words, key=lambda w: (-counts.get(w, 0), w))
    canonical: dict[str, str] = {}
    blocks = WordBlocks()
    for word in ordered:
        targets = [t for t in blocks.similar(word) if canonical.get(t) == t]
        canonical[word] = min(targets, key=lambda t: (-counts.get(t, 0), t)) if targets else word
        if canonical[word] == word:
            blocks.add(word)
    return canonical
