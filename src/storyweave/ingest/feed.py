"""RSS 2.0 and Atom feeds (``.xml``, ``.rss``, ``.atom``): one article per item.

feedparser reads the feed from the bytes (never from a URL: it is handed a
stream, so nothing is fetched). An item's id is its guid, else its link, made
safe for file names; its text is the full content when the feed carries it,
else the summary, reduced from HTML to paragraphs.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import feedparser

from .._config import Settings
from .._model import Article, ArticleWarning
from .._registry import registry
from ._dates import parse_published
from ._decode import repair_mojibake
from ._fragment import fragment_to_text
from ._source import RawInput, ReadResult, has_words, safe_id, warning


@registry.register("ingest.feed.v1")
def read_feed(raw: RawInput, settings: Settings) -> ReadResult:
    """Read every item of an RSS or Atom feed."""
    try:
        parsed = feedparser.parse(io.BytesIO(raw.data), sanitize_html=True)
    except Exception as exc:  # feedparser's own parsers raise many things on junk
        return [], [warning(raw, f"unreadable feed: {type(exc).__name__}")]
    if not parsed.entries:
        reason = "no items in the feed"
        if parsed.get("bozo"):
            reason = f"not a readable feed ({type(parsed.get('bozo_exception')).__name__})"
        return [], [warning(raw, reason)]
    outlet = _text(parsed.feed.get("title"))
    articles: list[Article] = []
    warnings: list[ArticleWarning] = []
    for number, entry in enumerate(parsed.entries, start=1):
        if len(articles) > settings.max_articles:
            break
        article, problem = _article(raw, entry, number, outlet, settings)
        if problem is not None:
            warnings.append(problem)
        if article is not None:
            articles.append(article)
    return articles, warnings


def _article(
    raw: RawInput, entry: Any, number: int, outlet: str | None, settings: Settings
) -> tuple[Article | None, ArticleWarning | None]:
    key = entry.get("id") or entry.get("link") or ""
    article_id = safe_id(str(key), f"{raw.name}-{number}") if key else f"{raw.name}-{number}"
    text = repair_mojibake(fragment_to_text(_body(entry)))
    if not has_words(text):
        return None, warning(raw, f"item {number}: empty, no text", article=article_id)
    if len(text.encode("utf-8", "surrogatepass")) > settings.max_article_bytes:
        return None, warning(raw, f"item {number}: oversized", article=article_id)
    published = _published(entry)
    article = Article(
        id=article_id,
        text=text,
        title=_text(entry.get("title")),
        source=outlet,
        url=_text(entry.get("link")),
        published=published,
        authors=_authors(entry),
        path=raw.path,
    )
    raw_date = dict.get(entry, "published") or dict.get(entry, "updated")
    if published is None and raw_date:
        note = f"item {number}: unparseable date {str(raw_date)[:40]!r}"
        return article, warning(raw, note, skipped=False, article=article_id)
    return article, None


def _body(entry: Any) -> str:
    for content in entry.get("content") or ():
        value = content.get("value")
        if isinstance(value, str) and value.strip():
            return value
    summary = entry.get("summary")
    return summary if isinstance(summary, str) else ""


def _published(entry: Any) -> dt.date | None:
    # dict.get: FeedParserDict.get maps a missing "published" to "updated", with a warning.
    for key in ("published_parsed", "updated_parsed"):
        value = dict.get(entry, key)
        if value:
            return parse_published(value)
    return parse_published(dict.get(entry, "published") or dict.get(entry, "updated"))


def _authors(entry: Any) -> tuple[str, ...]:
    names = [_text(a.get("name")) for a in entry.get("authors") or () if isinstance(a, dict)]
    if not any(names) and entry.get("author"):
        names = [_text(entry.get("author"))]
    return tuple(n for n in names if n)


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    text = " ".join(fragment_to_text(repair_mojibake(value)).split())
    return text or None
