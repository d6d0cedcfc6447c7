"""Metadata read from the text (bylines, source and date lines) fills the Article."""

from __future__ import annotations

import re

from .._model import Article
from ..ingest._dates import parse_published

_AUTHOR_SEPARATORS = re.compile(r"\s*(?:,|&|\band\b)\s*")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+")


def authors_from(byline: str) -> tuple[str, ...]:
    """ "Alistair Farrow and Jane Doe" -> ("Alistair Farrow", "Jane Doe")."""
    names = (_HONORIFIC.sub("", a) for a in _AUTHOR_SEPARATORS.split(byline))
    return tuple(n for n in names if n)


def article_with_metadata(article: Article, metadata: dict[str, str]) -> Article:
    """The article with authors, source and publication date filled from ``metadata``.

    Only fields the article lacks are filled: what the source gave (a feed's
    date, a page's author) is trusted over what the text says.
    """
    update: dict[str, object] = {}
    name = metadata.get("byline") or metadata.get("bio")
    if not article.authors and name:
        update["authors"] = authors_from(name)
    # A "Source:" line names the outlet outright, a wire dateline names the
    # agency that wrote the story; a donation prompt or a copyright line
    # ("Make a donation to Socialist Worker") only implies who published it.
    source = metadata.get("source") or metadata.get("wire") or metadata.get("publisher")
    if article.source is None and source:
        update["source"] = source
    if article.published is None and metadata.get("date_line"):
        published = parse_published(metadata["date_line"])
        if published is not None:
            update["published"] = published
            update["published_inferred"] = False
    return article.model_copy(update=update) if update else article
