"""Story clustering: an online, windowed grouping of a news stream into stories."""

from ._config import StoriesConfig
from ._records import Assignment, StoryInfo
from ._stories import Embedder, Stories

__all__ = ["Assignment", "Embedder", "Stories", "StoriesConfig", "StoryInfo"]
