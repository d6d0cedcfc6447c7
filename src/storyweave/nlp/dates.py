"""Temporal expressions resolved to TIMEX3 values. (Owned by issue 5's work.)"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .._model import Article, DateMention, Sentence


def extract_dates(doc: Doc, article: Article, sentences: Sequence[Sentence]) -> list[DateMention]:
    """Every temporal expression, resolved against ``article.published`` when known."""
    return []
