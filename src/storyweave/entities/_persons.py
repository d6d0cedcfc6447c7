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
    ('vladimir padrino' in 'vladimir padrino lopez').
    """
    a, b = full_a.split(), full_b.split()
    if similar_word(a[-1], b[-1]) and similar_given_name(a[0], b[0]):
        return True
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
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


def group_full_names(full_keys: list[str]) -> UnionFind:
    """Group multi-word person keys; quadratic in distinct full names, which are few."""
    groups = UnionFind(full_keys)
    for i, a in enumerate(full_keys):
        for b in full_keys[i + 1 :]:
            if same_person(a, b):
                groups.union(a, b)
    return groups


def candidate_groups(word: str, groups: dict[str, list[str]]) -> list[str]:
    """Full-name groups a one-word form may refer to; exact word matches beat typo matches."""
    exact, fuzzy = [], []
    for root, keys in groups.items():
        words = {w for key in keys for w in key.split()}
        if word in words:
            exact.append(root)
        elif any(similar_word(word, w) for w in words):
            fuzzy.append(root)
    return exact or fuzzy


def group_single_words(words: list[str], counts: dict[str, int]) -> dict[str, str]:
    """Map each one-word person key without a full name to the most frequent near-identical key."""
    ordered = sorted(words, key=lambda w: (-counts.get(w, 0), w))
    canonical: dict[str, str] = {}
    for word in ordered:
        target = next((c for c in dict.fromkeys(canonical.values()) if similar_word(word, c)), word)
        canonical[word] = target
    return canonical
