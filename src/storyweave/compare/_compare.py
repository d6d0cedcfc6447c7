"""compare_sources: how far to trust the story, from the facts its sources share.

A Comparison lists every fact with its support (independent outlets), what
each outlet alone reports, conflicts between outlets, and each outlet's
framing. With fewer than two independent outlets it says so in ``note`` and
lists no single-source facts, conflicts or framing: one source cannot agree
or disagree with anyone.
"""

from __future__ import annotations

from collections.abc import Sequence

from .._model import (
    AnalysedArticle,
    Comparison,
    Conflict,
    DuplicateGroup,
    Entity,
    Fact,
)
from ..embed import SentenceVectors
from ..summarize._candidates import reads_as_listed
from ._age_conflicts import age_conflicts
from ._claim_conflicts import Found, date_conflicts, denial_conflicts, number_conflicts
from ._context import StoryContext
from ._framing import framing_terms
from ._naming import naming_choices
from ._role_conflicts import role_conflicts
from ._sources import Sources


def _conflicts(ctx: StoryContext) -> list[Conflict]:
    found: list[Found] = [
        *role_conflicts(ctx),
        *age_conflicts(ctx),
        *number_conflicts(ctx),
        *date_conflicts(ctx),
        *denial_conflicts(ctx),
    ]
    out: list[Conflict] = []
    for kind, subject, sides in found:
        out.append(
            Conflict(
                id=f"C{len(out) + 1}",
                kind=kind,  # type: ignore[arg-type]
                subject=subject,
                sides=tuple(ctx.side(value, ids) for value, ids in sides),
            )
        )
    return out


def _single_source(facts: Sequence[Fact], outlets: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Each outlet's facts that no other outlet reports, those that read on their own first.

    A reader of the list sees a few sentences per outlet out of context: "He
    said ...", "We literally had ..." or a quotation's second half name nobody,
    and a label ("(Feb. 5) AP") or a heading is no sentence, so they come after
    the sentences that stand alone (story order otherwise; the list shows them
    as the summary would, without a leading "However").
    """
    only: dict[str, list[Fact]] = {o: [] for o in outlets}
    for fact in facts:
        if fact.support == 1:
            only.setdefault(fact.outlets[0], []).append(fact)
    return {
        o: tuple(f.id for f in sorted(found, key=lambda f: not reads_as_listed(f.text)))
        for o, found in only.items()
        if found
    }


def _note(outlets: Sequence[str], facts: Sequence[Fact], articles: int) -> str | None:
    if not outlets:
        return "no articles to compare"
    if len(outlets) == 1:
        copies = f" ({articles} articles, all one source)" if articles > 1 else ""
        return f"one independent source: {outlets[0]}{copies}; nothing to corroborate or contradict"
    if not any(f.support > 1 for f in facts):
        return "the sources share no facts: every fact has a single source"
    return None


def compare_sources(
    analysed: Sequence[AnalysedArticle],
    facts: Sequence[Fact],
    entities: Sequence[Entity],
    duplicates: Sequence[DuplicateGroup],
    vectors: SentenceVectors,
) -> Comparison:
    """Compare what the independent sources of one story report, and how."""
    sources = Sources(analysed, duplicates)
    outlets = sources.independent
    note = _note(outlets, facts, len(analysed))
    if len(outlets) < 2:
        return Comparison(facts=tuple(facts), outlets=outlets, note=note)
    ctx = StoryContext(analysed, facts, entities, vectors, sources)
    copies = frozenset(c for g in duplicates for c in g.copies if c != g.kept)
    return Comparison(
        facts=tuple(facts),
        single_source=_single_source(facts, outlets),
        conflicts=tuple(_conflicts(ctx)),
        framing=tuple(framing_terms(analysed, sources, copies)),
        naming=tuple(naming_choices(analysed, sources, entities, copies)),
        outlets=outlets,
        note=note,
    )


def coverage_matrix(comparison: Comparison) -> tuple[list[str], list[str], list[list[bool]]]:
    """(outlets, fact ids, matrix) where matrix[i][j] says outlet i reports fact j."""
    outlets = list(comparison.outlets) or list(
        dict.fromkeys(o for f in comparison.facts for o in f.outlets)
    )
    fact_ids = [f.id for f in comparison.facts]
    row = {o: i for i, o in enumerate(outlets)}
    matrix = [[False] * len(fact_ids) for _ in outlets]
    for j, fact in enumerate(comparison.facts):
        for outlet in fact.outlets:
            if outlet in row:
                matrix[row[outlet]][j] = True
    return outlets, fact_ids, matrix
