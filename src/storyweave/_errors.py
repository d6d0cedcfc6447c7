"""Every error storyweave raises, in one tree.

    StoryweaveError
    ├── ConfigError      a setting or option is invalid
    ├── BackendError     a model or library failed (wraps the third-party error)
    ├── InputError       the input as a whole is unusable (no articles at all)
    └── RenderError      an output could not be written

Problems with a single article are not errors: they become an
``ArticleWarning`` in the result, and the batch goes on.
"""

from __future__ import annotations


class StoryweaveError(Exception):
    """Base class of every storyweave error. ``exit_code`` is what the CLI returns."""

    exit_code = 1


class ConfigError(StoryweaveError):
    exit_code = 2


class BackendError(StoryweaveError):
    exit_code = 3


class InputError(StoryweaveError):
    exit_code = 4


class RenderError(StoryweaveError):
    exit_code = 5
