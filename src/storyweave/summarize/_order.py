"""Story order: what happened first, then the rest as the story unfolded.

The opening sentence is the chosen sentence that sits highest in its article
(news leads say what happened); the others follow in chronological order of
their articles and reading order within each. When the day each sentence
narrates is known (``when``, the brief's resolved dates), the others follow
in the order of those days instead: five articles published on one day may
each tell Tuesday's events before Wednesday's. A sentence that depends on the
one before it always directly follows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._candidates import Candidate


def story_order(
    chosen: Sequence[Candidate],
    opener_key: Callable[[Candidate], Any] | None = None,
    when: Mapping[str, tuple[dt.date, bool]] | None = None,
) -> list[Candidate]:
    """The chosen sentences in the order a reader should meet them.

    ``opener_key`` ranks the candidates for the opening (smallest first);
    by default the one highest in its article opens. ``when`` maps sentence
    ids to the day they narrate and whether they name it themselves; on one
    day, sentences naming it come before those only continuing it, and
    sentences without a day follow the dated ones.
    """
    if not chosen:
        return []
    chronological = sorted(chosen, key=_unfolding(chosen, when or {}))
    opener = min(
        (c for c in chronological if not c.dependent),
        key=opener_key or (lambda c: (c.sentence.index, c.order)),
        default=chronological[0],
    )
    start = chronological.index(opener)
    end = start + 1
    # Keep the sentences that lean on the opener attached to it.
    while (
        end < len(chronological)
        and chronological[end].dependent
        and chronological[end].sentence.article == opener.sentence.article
        and chronological[end].sentence.index == chronological[end - 1].sentence.index + 1
    ):
        end += 1
    return chronological[start:end] + chronological[:start] + chronological[end:]


def _unfolding(
    chosen: Sequence[Candidate], when: Mapping[str, tuple[dt.date, bool]]
) -> Callable[[Candidate], tuple[bool, dt.date, bool, int, int]]:
    """Sort key: the day narrated (a dependent sentence takes its predecessor's), then
    the article's rank by publication date, then reading order."""
    day: dict[str, tuple[dt.date, bool] | None] = {}
    by_position = {(c.sentence.article, c.sentence.index): c for c in chosen}
    for c in sorted(chosen, key=lambda c: (c.sentence.article, c.sentence.index)):
        before = by_position.get((c.sentence.article, c.sentence.index - 1))
        if c.dependent and before is not None:
            day[c.sentence.id] = day[before.sentence.id]
        else:
            day[c.sentence.id] = when.get(c.sentence.id)

    def key(c: Candidate) -> tuple[bool, dt.date, bool, int, int]:
        narrated = day[c.sentence.id]
        if narrated is None:
            return (True, dt.date.min, False, c.order, c.sentence.index)
        return (False, narrated[0], not narrated[1], c.order, c.sentence.index)

    return key
