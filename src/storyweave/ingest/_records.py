"""Articles from records in the canonical JSON Lines layout (and from plain dicts).

Layout (see ../shared/data/README.md): ``id, source, url, published, title,
text``; ``authors`` (a list or a string) and ``language`` are read when
present; other keys are tolerated and ignored.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._config import Settings
from .._model import Article
from ._dates import parse_published
from ._decode import repair_mojibake
from ._source import has_words


class RecordProblem(ValueError):
    """A record cannot become an article; the message says why."""


def article_from_record(
    record: Mapping[str, Any], default_id: str, path: str | None, settings: Settings
) -> tuple[Article, str | None]:
    """The article a record describes, and a note when its date could not be read.

    Raises ``RecordProblem`` when the record has no usable text.
    """
    text = record.get("text")
    if not isinstance(text, str):
        raise RecordProblem("no 'text' string")
    if len(text.encode("utf-8", "surrogatepass")) > settings.max_article_bytes:
        raise RecordProblem(f"oversized: text over {settings.max_article_bytes} bytes")
    text = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    if not has_words(text):
        raise RecordProblem("empty: no text")
    raw_date = record.get("published")
    published = parse_published(raw_date) if raw_date not in (None, "") else None
    note = None
    if raw_date not in (None, "") and published is None:
        note = f"unparseable date {str(raw_date)[:40]!r}"
    article = Article(
        id=_string(record.get("id")) or default_id,
        text=text,
        title=_string(record.get("title")),
        source=_string(record.get("source")),
        url=_string(record.get("url")),
        published=published,
        authors=_authors(record.get("authors", record.get("author"))),
        path=path,
        language=_string(record.get("language")),
    )
    return article, note


def _string(value: Any) -> str | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = repair_mojibake(str(value)).strip()
        return text or None
    return None


def _authors(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple):
        return ()
    names = (_string(v) for v in value)
    return tuple(n for n in names if n)
