"""Entities across articles: one actor despite spellings, typos, titles and short forms."""

from ._index import EntityIndex
from ._resolve import resolve_entities
from ._roles import iter_mention_roles, office_of, role_after, role_before

__all__ = [
    "EntityIndex",
    "iter_mention_roles",
    "office_of",
    "resolve_entities",
    "role_after",
    "role_before",
]
