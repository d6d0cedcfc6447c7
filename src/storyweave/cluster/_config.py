"""Settings of the story clusterer; every value was chosen on ecbplus-dev only."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class StoriesConfig(BaseModel):
    """How articles are grouped into stories. Immutable; saved with the state."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    window_days: int = Field(
        default=7, ge=0, description="A story stays open this many days after its latest article."
    )
    threshold: float = Field(
        default=0.24,
        gt=0,
        le=1,
        description="Lowest combined similarity at which an article joins a story.",
    )
    weight_terms: float = Field(default=0.5, ge=0, description="Weight of the TF-IDF cosine.")
    weight_embedding: float = Field(default=0.2, ge=0, description="Weight of the MiniLM cosine.")
    weight_names: float = Field(default=0.3, ge=0, description="Weight of the proper-name cosine.")
    year_penalty: float = Field(
        default=0.2,
        ge=0,
        description="Taken off the score when the article's year is none of the story's.",
    )
    year_unknown_penalty: float = Field(
        default=0.1,
        ge=0,
        description="Taken off the score when only one of article and story has a year.",
    )
    protagonist_penalty: float = Field(
        default=0.1,
        ge=0,
        description="Taken off the score when article and story lead with different people.",
    )
    protagonist_share: float = Field(
        default=0.5,
        gt=0,
        le=1,
        description="Share of a story's members with protagonists that must lead with a surname "
        "for it to be one of the story's protagonists.",
    )
    candidates: int = Field(
        default=10, ge=1, description="Nearest open stories (by embedding) scored for each article."
    )
    duplicate_threshold: float = Field(
        default=0.7,
        gt=0,
        le=1,
        description="Containment at which an article is a copy of an earlier one.",
    )
    commit_every: int = Field(
        default=500, ge=1, description="Articles written to the state database per transaction."
    )
