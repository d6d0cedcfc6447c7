"""Cleaning: blank page furniture out of article text, keep offsets, read metadata lines.

The public surface is ``__all__``; see docs/architecture.md for the stage contract.
"""

from __future__ import annotations

from ._clean import blank, clean_article
from ._language import detect_language
from ._paragraphs import line_spans, paragraph_spans
from ._rules import RULES, Rule, is_furniture_line, match_line

__all__ = [
    "RULES",
    "Rule",
    "blank",
    "clean_article",
    "detect_language",
    "is_furniture_line",
    "line_spans",
    "match_line",
    "paragraph_spans",
]
