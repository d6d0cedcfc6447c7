"""Conflicting titles for one person: 'US Defense Secretary' vs 'Secretary of State'.

Two titles conflict when they name the same kind of office (same head noun)
with different, non-overlapping qualifiers, and independent outlets give them.
'President' vs 'Venezuelan president', or 'opposition leader' vs 'interim
president', are not conflicts: one is less specific, or they are different
offices a person can hold at once.
"""

from __future__ import annotations

from ..entities import iter_mention_roles, office_of
from ..entities._names import name_key
from ._context import StoryContext

PLACE_LABELS = frozenset({"GPE", "NORP", "LOC"})


def _place_words(ctx: StoryContext) -> frozenset[str]:
    words = {"us", "u.s", "u.s.", "usa", "uk", "american", "british"}
    for art in ctx.analysed:
        for m in art.mentions:
            if m.label in PLACE_LABELS:
                words.update(name_key(m.text).split())
    return frozenset(words)


def role_conflicts(ctx: StoryContext) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    """(kind, subject, [(value, sentence ids), ...]) for every role conflict."""
    places = _place_words(ctx)
    by_entity: dict[str, dict[tuple[str, frozenset[str]], dict[str, list[str]]]] = {}
    for _art, mention, role in iter_mention_roles(ctx.analysed):
        office = office_of(role, places)
        if mention.entity is None or office is None or not office[1]:
            continue
        surfaces = by_entity.setdefault(mention.entity, {}).setdefault(office, {})
        surfaces.setdefault(role, []).append(mention.sentence)
    names = {e.id: e.name for e in ctx.entities}
    out = []
    for entity_id, offices in by_entity.items():
        for head in {h for h, _q in offices}:
            variants = [(q, offices[(h, q)]) for h, q in offices if h == head]
            sides = _incompatible(variants)
            if len(sides) >= 2 and _independent(ctx, sides):
                out.append(("role", names.get(entity_id, entity_id), sides))
    return out


def _incompatible(
    variants: list[tuple[frozenset[str], dict[str, list[str]]]],
) -> list[tuple[str, list[str]]]:
    """Merge variants with overlapping qualifiers; return sides only if several remain."""
    merged: list[tuple[set[str], dict[str, list[str]]]] = []
    for qualifiers, surfaces in sorted(variants, key=lambda v: sorted(v[0])):
        for group in merged:
            if group[0] & qualifiers:
                group[0].update(qualifiers)
                for surface, ids in surfaces.items():
                    group[1].setdefault(surface, []).extend(ids)
                break
        else:
            merged.append((set(qualifiers), {k: list(v) for k, v in surfaces.items()}))
    sides = []
    for _qualifiers, surfaces in merged:
        value = max(surfaces, key=lambda s: (len(surfaces[s]), s))
        sides.append((value, [i for ids in surfaces.values() for i in ids]))
    return sides


def _independent(ctx: StoryContext, sides: list[tuple[str, list[str]]]) -> bool:
    """At least two sides must come from different independent outlets."""
    articles = [ctx.sentence[i].article for _value, ids in sides for i in ids]
    return len(ctx.sources.outlets_of(articles)) >= 2
