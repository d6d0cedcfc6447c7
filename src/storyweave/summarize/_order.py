"""Story order: what happened first, then the rest as the story unfolded.

The opening sentence is the chosen sentence that sits highest in its article
(news leads say what happened); the others follow in chronological order of
their articles and reading order within each. A sentence that depends on the
one before it always directly follows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ._candidates import Candidate


def story_order(
    chosen: Sequence[Candidate], opener_key: Callable[[Candidate], Any] | None = None
) -> list[Candidate]:
    """The chosen sentences in the order a reader should meet them.

    ``opener_key`` ranks the candidates for the opening (smallest first);
    by default the one highest in its article opens.
    """
    if not chosen:
        return []
    chronological = sorted(chosen, key=lambda c: (c.order, c.sentence.index))
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
