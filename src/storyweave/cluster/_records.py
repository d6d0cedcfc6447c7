"""The records the story clusterer hands out."""

from __future__ import annotations

import datetime as dt

from pydantic import Field

from .._model import Record


class Assignment(Record):
    """Where one article went."""

    article: str
    story: str
    duplicate_of: str | None = None
    new_story: bool = False
    score: float | None = Field(default=None, description="Similarity to the story it joined.")
    published: dt.date | None = Field(default=None, description="Date used for the time window.")
    dated: bool = Field(default=True, description="False when placed by arrival (no date).")


class StoryInfo(Record):
    """One story as listed in the index and its ``story.json``."""

    id: str
    label: str
    articles: tuple[str, ...]
    outlets: tuple[str, ...] = ()
    first: dt.date | None = None
    last: dt.date | None = None
    duplicates: dict[str, str] = Field(
        default_factory=dict, description="Copy article id -> the article it copies."
    )
