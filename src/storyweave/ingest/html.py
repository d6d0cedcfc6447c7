"""HTML pages (``.html``, ``.htm``, ``.html.gz``): main text and metadata via trafilatura.

trafilatura writes one block (paragraph, heading, list item) per line; blocks
are joined with blank lines here, the paragraph layout every later stage
expects. Offsets index that extracted text: it is ``Article.text``.
"""

from __future__ import annotations

from typing import Any

import trafilatura

from .._config import Settings
from .._model import Article
from .._registry import registry
from ._dates import parse_published
from ._source import RawInput, ReadResult, warning
from .text import decode_input


@registry.register("ingest.html.v1")
def read_html(raw: RawInput, settings: Settings) -> ReadResult:
    """Read the main article of one HTML page."""
    decoded, (_, warnings) = decode_input(raw)
    if decoded is None:
        return [], warnings
    try:
        document = trafilatura.bare_extraction(
            decoded.text,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception as exc:  # trafilatura/lxml fail in many ways on broken pages
        return [], [*warnings, warning(raw, f"unreadable HTML: {type(exc).__name__}")]
    if document is None:
        return [], [*warnings, warning(raw, "no article text found in the page")]
    if not isinstance(document, dict):
        document = document.as_dict()
    text = blocks_to_paragraphs(document.get("text") or "")
    if not text:
        return [], [*warnings, warning(raw, "no article text found in the page")]
    published = parse_published(document.get("date"))
    if document.get("date") and published is None:
        warnings.append(warning(raw, f"unparseable date {document['date']!r}", skipped=False))
    article = Article(
        id=raw.name,
        text=text,
        title=_field(document, "title"),
        source=_field(document, "sitename"),
        url=_field(document, "url"),
        published=published,
        authors=split_authors(_field(document, "author")),
        path=raw.path,
    )
    return [article], warnings


def blocks_to_paragraphs(text: str) -> str:
    """One block per line -> paragraphs separated by blank lines."""
    blocks = (line.strip() for line in text.split("\n"))
    return "\n\n".join(b for b in blocks if b)


def split_authors(value: str | None) -> tuple[str, ...]:
    """trafilatura joins several authors with ``;``."""
    if not value:
        return ()
    return tuple(a.strip() for a in value.split(";") if a.strip())


def _field(document: dict[str, Any], key: str) -> str | None:
    value = document.get(key)
    return value.strip() or None if isinstance(value, str) else None
