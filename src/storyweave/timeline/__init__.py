"""The story's timeline: dated events, merged across outlets. See ``build_timeline``."""

from __future__ import annotations

from ._build import build_timeline, narrated_days

__all__ = ["build_timeline", "narrated_days"]
