"""Reading one cluster folder for the summarize command and the evaluations.

The canonical layout (``<cluster>/articles.jsonl``, see ../shared/data/README.md)
is read here; any other folder or file goes through ``storyweave.ingest``.
A bad line or file is skipped with a warning; the rest is read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .._config import Settings
from .._errors import InputError
from .._model import Article, ArticleWarning
from ..ingest._kinds import CLUSTER_ARTICLES

STAGE = "read"  # a cluster folder or JSON line that cannot be read


def _article_from(record: Any, line: int, settings: Settings) -> Article:
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("no text")
    if len(text.encode("utf-8", "replace")) > settings.max_article_bytes:
        raise ValueError(f"over {settings.max_article_bytes} bytes")
    published = record.get("published")
    return Article(
        id=str(record.get("id") or f"line{line}"),
        text=text,
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        source=record.get("source") if isinstance(record.get("source"), str) else None,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        published=dt.date.fromisoformat(published) if isinstance(published, str) else None,
    )


def read_jsonl(path: Path, settings: Settings) -> tuple[list[Article], list[ArticleWarning]]:
    """Articles of an ``articles.jsonl`` file; a bad line becomes a warning."""
    articles: list[Article] = []
    warnings: list[ArticleWarning] = []
    seen: set[str] = set()
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            article = _article_from(json.loads(line), number, settings)
        except (ValueError, ValidationError) as exc:  # JSONDecodeError is a ValueError
            reason = str(exc).splitlines()[0][:200]
            warnings.append(ArticleWarning(stage=STAGE, reason=reason, path=f"{path}:{number}"))
            continue
        if article.id in seen:  # ids must be unique: citations point at them
            article = article.model_copy(update={"id": f"{article.id}-{number}"})
        seen.add(article.id)
        articles.append(article)
        if len(articles) >= settings.max_articles:
            break
    return articles, warnings


def read_cluster(
    folder: str | Path, settings: Settings | None = None
) -> tuple[list[Article], list[ArticleWarning]]:
    """The articles of one cluster: a canonical cluster folder, another folder, a file, or '-'."""
    from ..ingest import read_inputs  # the general reader: plain text, HTML, feeds, JSON

    settings = settings or Settings.model_validate({})
    if str(folder) == "-":
        return read_inputs(["-"], settings)
    path = Path(folder)
    if path.is_dir() and (path / CLUSTER_ARTICLES).is_file():
        return read_jsonl(path / CLUSTER_ARTICLES, settings)
    if not path.exists():
        raise InputError(f"{path} does not exist")
    return read_inputs([path], settings)


def prepare_articles(
    articles: Sequence[Article], settings: Settings | None = None
) -> tuple[list[Article], list[ArticleWarning]]:
    """Articles ready to summarize: furniture blanked, other languages set aside.

    Uses the brief's cleaning stage (``storyweave.clean``), which keeps offsets,
    so sentence spans still index the text as read. An article the cleaner
    cannot handle is kept as it is, with a warning.
    """
    from ..clean import clean_article, detect_language

    settings = settings or Settings.model_validate({})
    kept: list[Article] = []
    warnings: list[ArticleWarning] = []
    for article in articles:
        try:
            cleaned = clean_article(article)
            language = detect_language(cleaned.text)
        except Exception as exc:  # a third-party failure on one article must not stop the rest
            warnings.append(_warning(article, f"not cleaned: {type(exc).__name__}", False))
            kept.append(article)
            continue
        if language is not None and language != settings.language:
            reason = f"written in {language!r}, not {settings.language!r}"
            warnings.append(_warning(article, reason))
            continue
        if not cleaned.text.strip():
            warnings.append(_warning(article, "no text left after removing page furniture"))
            continue
        kept.append(cleaned.article.model_copy(update={"text": cleaned.text}))
    return kept, warnings


def _warning(article: Article, reason: str, skipped: bool = True) -> ArticleWarning:
    """A cleaning problem, named as the brief's engine names it."""
    return ArticleWarning(
        stage="clean", reason=reason, path=article.path, article=article.id, skipped=skipped
    )
