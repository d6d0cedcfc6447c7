"""What leaves ingest is safe to print and to write, whatever the input held.

Every article and warning passes here on its way out of ``read_inputs``:

- control characters and bidirectional overrides are taken out (``strip_controls``),
  so no terminal, Markdown or HTML output receives an escape sequence;
- lone surrogates (a JSON ``"\\ud800"`` escape, an undecodable byte in a file
  name) become U+FFFD, so every output can be written as UTF-8;
- names (id, title, source, url, authors) are one line, so a line break in a
  file name does not split a Markdown table row, and bounded in length, so a
  500,000-character "title" does not fill every output (the text itself is
  bounded by ``max_article_bytes``).
"""

from __future__ import annotations

import hashlib

from .._model import Article, ArticleWarning
from ._source import encodable, strip_controls

# Longest names kept, in characters: well above the longest in the development
# data (a title of 305, a url of 170, an id of 16), so only hostile metadata is cut.
NAME_CHARS = {"title": 1_000, "source": 200, "url": 2_048, "id": 200}
AUTHOR_CHARS = 200
MAX_AUTHORS = 20
_CUT = "…"


def safe_article(article: Article) -> Article:
    """The article with its text and names made safe (see the module docstring)."""
    update: dict[str, object] = {}
    text = encodable(strip_controls(article.text))
    if text != article.text:
        update["text"] = text
    for field, limit in NAME_CHARS.items():
        value = getattr(article, field)
        if value is None:
            continue
        name = _one_line(value)
        # An id must stay one; a name left empty is no name.
        name = _bounded_id(name or "article", limit) if field == "id" else _bounded(name, limit)
        if name != value:
            update[field] = name or None
    authors = tuple(_bounded(a, AUTHOR_CHARS) for a in map(_one_line, article.authors) if a)
    if authors[:MAX_AUTHORS] != article.authors:
        update["authors"] = authors[:MAX_AUTHORS]
    return article.model_copy(update=update) if update else article


def safe_warning(w: ArticleWarning) -> ArticleWarning:
    """The warning with the id and the reason it quotes from the input made safe."""
    article = None if w.article is None else _one_line(w.article)
    reason = _one_line(w.reason)
    if (article, reason) == (w.article, w.reason):
        return w
    return w.model_copy(update={"article": article, "reason": reason})


def _one_line(name: str) -> str:
    return " ".join(encodable(strip_controls(name)).split())


def _bounded(name: str, limit: int) -> str:
    return name if len(name) <= limit else name[: limit - len(_CUT)].rstrip() + _CUT


def _bounded_id(name: str, limit: int) -> str:
    """A long id cut, with a short hash of the whole, so two long ids stay apart."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]
    return f"{name[: limit - 11]}-{digest}"
