"""storyweave: many news articles in, one evidence-backed event brief out.

The public API is exactly ``__all__``::

    import storyweave
    brief = storyweave.brief("examples/venezuela-2019")
    print(brief.summary.text)
"""

from __future__ import annotations

from ._config import Settings
from ._engine import Analysis, Engine, Result, brief
from ._errors import BackendError, ConfigError, InputError, RenderError, StoryweaveError
from ._model import (
    SCHEMA_VERSION,
    AnalysedArticle,
    Article,
    ArticleWarning,
    Brief,
    Citation,
    CleanedArticle,
    Comparison,
    Conflict,
    DateMention,
    DuplicateGroup,
    Entity,
    Fact,
    FramingTerm,
    Mention,
    NamingChoice,
    NamingUse,
    Quote,
    Sentence,
    SpeakerQuotes,
    Summary,
    SummarySentence,
    TimelineEvent,
)
from ._registry import registry
from .cluster import Stories
from .render import render

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "AnalysedArticle",
    "Analysis",
    "Article",
    "ArticleWarning",
    "BackendError",
    "Brief",
    "Citation",
    "CleanedArticle",
    "Comparison",
    "ConfigError",
    "Conflict",
    "DateMention",
    "DuplicateGroup",
    "Engine",
    "Entity",
    "Fact",
    "FramingTerm",
    "InputError",
    "Mention",
    "NamingChoice",
    "NamingUse",
    "Quote",
    "RenderError",
    "Result",
    "Sentence",
    "Settings",
    "SpeakerQuotes",
    "Stories",
    "StoryweaveError",
    "Summary",
    "SummarySentence",
    "TimelineEvent",
    "__version__",
    "brief",
    "registry",
    "render",
]
