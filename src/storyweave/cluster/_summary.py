"""A story's listing (label, articles, outlets, date span) from its stored articles."""

from __future__ import annotations

from collections.abc import Sequence

from .._model import Article, outlet_of
from ._records import StoryInfo
from ._story import label_for


def story_info(story: str, rows: Sequence[tuple[Article, str | None]]) -> StoryInfo:
    """Label from the first original article with a title (else its first line)."""
    originals = [a for a, copy_of in rows if copy_of is None] or [a for a, _ in rows]
    titled = next((a for a in originals if a.title), originals[0] if originals else None)
    dates = [a.published for a, _ in rows if a.published is not None]
    return StoryInfo(
        id=story,
        label=label_for(titled.title, titled.text) if titled else "(empty)",
        articles=tuple(a.id for a, _ in rows),
        outlets=tuple(dict.fromkeys(outlet_of(a) for a, _ in rows)),
        first=min(dates) if dates else None,
        last=max(dates) if dates else None,
        duplicates={a.id: copy_of for a, copy_of in rows if copy_of is not None},
    )
