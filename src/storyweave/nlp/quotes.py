"""Attributions: who said what. (Owned by the quotes/timeline work, issue 5.)"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .._model import Article, Quote, Sentence


def extract_quotes(doc: Doc, article: Article, sentences: Sequence[Sentence]) -> list[Quote]:
    """Every attribution in the article. ``doc.text`` has the length of ``article.text``."""
    return []
