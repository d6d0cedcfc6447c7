"""``find_duplicates``: the copies among one batch of cleaned articles."""

from __future__ import annotations

from collections.abc import Sequence

from .._model import CleanedArticle, DuplicateGroup, outlet_of
from ._index import DuplicateIndex


def find_duplicates(
    cleaned: Sequence[CleanedArticle], threshold: float = 0.8
) -> list[DuplicateGroup]:
    """Group exact and near-duplicate articles, each group linked to its first copy.

    Input order is arrival order: the earliest article of a group is ``kept``,
    the later ones are its ``copies``. Only the cleaned text is compared
    (furniture blanked, title ignored), so a copy with a new headline, trimmed
    ends or added boilerplate is still found. ``similarity`` is the lowest
    estimated containment between the kept article and any of its copies.
    An id that occurs twice is compared once (the first occurrence).
    """
    index = DuplicateIndex(threshold)
    by_id: dict[str, CleanedArticle] = {}
    copies: dict[str, list[tuple[str, float]]] = {}
    for item in cleaned:
        key = item.article.id
        if key in by_id:
            continue
        by_id[key] = item
        match = index.add(key, item.text)
        if match is not None:
            copies.setdefault(match.duplicate_of, []).append((key, match.similarity))
    groups = []
    for kept, found in copies.items():
        members = [by_id[kept].article] + [by_id[key].article for key, _ in found]
        outlets = tuple(dict.fromkeys(outlet_of(a) for a in members))
        groups.append(
            DuplicateGroup(
                kept=kept,
                copies=tuple(key for key, _ in found),
                similarity=min(score for _, score in found),
                outlets=outlets,
            )
        )
    return groups
