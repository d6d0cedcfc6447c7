"""``read_inputs``: every kind of input in, articles and warnings out.

Limits (from ``Settings``) keep hostile input bounded:

- a text or HTML file over ``max_article_bytes`` is skipped as oversized (a
  gzipped page is measured decompressed, and never decompressed further);
- a JSON Lines or feed file holds many articles, so it may be
  ``CONTAINER_FACTOR`` times larger, but each article's text is held to
  ``max_article_bytes``;
- after ``max_articles`` articles the rest are dropped with one warning.
"""

from __future__ import annotations

import gzip
import os
import sys
import zlib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from .._config import Settings
from .._model import Article, ArticleWarning
from .._registry import registry
from ._kinds import (
    CLUSTER_ARTICLES,
    CLUSTER_REFERENCES,
    KIND_READERS,
    is_ignored,
    resolve_kind,
    split_name,
)
from ._records import RecordProblem, article_from_record
from ._safe import safe_article, safe_warning
from ._source import RawInput, ReadResult, printable, warning

CONTAINER_FACTOR = 64
_CONTAINERS = frozenset({"jsonl", "feed", "xml"})

Input = str | os.PathLike[str] | Mapping[str, Any] | Article


def read_inputs(
    inputs: Sequence[Input], settings: Settings
) -> tuple[list[Article], list[ArticleWarning]]:
    """Read files, folders, ``"-"`` (standard input), records and articles.

    Never raises for a bad input: it is skipped with an ``ArticleWarning``.
    """
    if isinstance(inputs, str | os.PathLike | Mapping | Article):
        inputs = [inputs]  # one input given bare: never iterate over a path's characters
    articles: list[Article] = []
    warnings: list[ArticleWarning] = []
    seen: set[str] = set()
    for item in inputs:
        if len(articles) > settings.max_articles:
            break
        found, problems = _read_one(item, len(articles), settings)
        found, problems = _with_unique_ids([safe_article(a) for a in found], problems, seen)
        articles.extend(found)
        warnings.extend(problems)
    if len(articles) > settings.max_articles:
        warnings.append(
            warning(
                None,
                f"more than {settings.max_articles} articles: kept the first "
                f"{settings.max_articles} (setting max_articles)",
            )
        )
        articles = articles[: settings.max_articles]
    return articles, [safe_warning(w) for w in warnings]


def _read_one(item: Input, count: int, settings: Settings) -> ReadResult:
    if isinstance(item, Article):
        return [item], []
    if isinstance(item, Mapping):
        try:
            article, note = article_from_record(item, f"record-{count + 1}", None, settings)
        except RecordProblem as exc:
            return [], [warning(None, f"record {count + 1}: {exc}")]
        notes = [warning(None, note, skipped=False, article=article.id)] if note else []
        return [article], notes
    if isinstance(item, str) and item == "-":
        return _read_stream(sys.stdin.buffer, "stdin", settings)
    if not isinstance(item, str | os.PathLike):
        return [], [warning(None, f"unsupported input of type {type(item).__name__}")]
    path = Path(item)
    if path.is_dir():
        return _read_folder(path, settings)
    return read_file(path, settings)


def _read_folder(folder: Path, settings: Settings) -> ReadResult:
    articles: list[Article] = []
    warnings: list[ArticleWarning] = []
    for path in _files_in(folder, set(), warnings):
        found, problems = read_file(path, settings)
        articles.extend(found)
        warnings.extend(problems)
        if len(articles) > settings.max_articles:
            break
    return articles, warnings


def _files_in(folder: Path, seen: set[Path], problems: list[ArticleWarning]) -> Iterator[Path]:
    """Files under ``folder``, depth first in sorted order, hidden and project files left out.

    A folder reached twice (through a symbolic link loop) is read once. A folder
    that cannot be listed is added to ``problems``: the articles in it are lost,
    so the user must hear of it. A broken symbolic link is yielded, so that
    reading it says so; pipes, sockets and devices are left alone.
    """
    try:
        real = folder.resolve()
        if real in seen:
            return
        seen.add(real)
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except (OSError, RuntimeError) as exc:
        reason = _os_reason(exc) if isinstance(exc, OSError) else "a loop of symbolic links"
        problems.append(ArticleWarning(stage="ingest", path=printable(str(folder)), reason=reason))
        return
    # A dataset cluster folder (articles.jsonl beside references/) holds the
    # reference summaries of its articles: they are not articles themselves.
    cluster = any(e.name == CLUSTER_ARTICLES for e in entries)
    for entry in entries:
        if is_ignored(entry.name) or (cluster and entry.name == CLUSTER_REFERENCES):
            continue
        if entry.is_dir():
            yield from _files_in(entry, seen, problems)
        elif entry.is_file() or entry.is_symlink():
            yield entry


def read_file(path: Path, settings: Settings) -> ReadResult:
    """Read one file with the reader its name (or content) calls for."""
    name, kind, gzipped = split_name(path.name)
    shown = printable(str(path))
    if kind == "unsupported":
        return [], [ArticleWarning(stage="ingest", path=shown, reason="unsupported file type")]
    limit = _limit(kind, settings)
    try:
        with path.open("rb") as handle:
            data = _read_bounded(handle, limit, gzipped)
    except FileNotFoundError:
        return [], [ArticleWarning(stage="ingest", path=shown, reason="no such file or folder")]
    except OSError as exc:
        return [], [ArticleWarning(stage="ingest", path=shown, reason=_os_reason(exc))]
    except _Oversized:
        reason = f"oversized: over {limit} bytes (setting max_article_bytes)"
        return [], [ArticleWarning(stage="ingest", path=shown, reason=reason)]
    return dispatch(RawInput(data, name, shown), kind, settings)


def _read_stream(stream: BinaryIO, name: str, settings: Settings) -> ReadResult:
    limit = _limit(None, settings)
    try:
        data = _read_bounded(stream, limit, gzipped=False)
    except (OSError, _Oversized) as exc:
        reason = _os_reason(exc) if isinstance(exc, OSError) else f"oversized: over {limit} bytes"
        return [], [ArticleWarning(stage="ingest", article=name, reason=reason)]
    return dispatch(RawInput(data, name, None), None, settings)


def dispatch(raw: RawInput, kind: str | None, settings: Settings) -> ReadResult:
    """Hand ``raw`` to the registered reader for ``kind`` (sniffed when None)."""
    if not raw.data.strip():
        return [], [warning(raw, "empty: no text")]
    kind = resolve_kind(kind, raw.data)
    if kind is None:
        return [], [warning(raw, "unsupported file type: XML that is neither a feed nor a page")]
    if kind not in _CONTAINERS and len(raw.data) > settings.max_article_bytes:
        return [], [warning(raw, f"oversized: over {settings.max_article_bytes} bytes")]
    reader = registry.get(KIND_READERS[kind])
    try:
        articles, warnings = reader(raw, settings)
    except Exception as exc:  # the batch goes on, whatever one input does to a parser
        return [], [warning(raw, f"could not be read ({type(exc).__name__}: {exc})"[:300])]
    return list(articles), list(warnings)


class _Oversized(Exception):
    pass


def _limit(kind: str | None, settings: Settings) -> int:
    """Bytes an input may have: containers (and unknown kinds, until sniffed) hold many articles."""
    if kind in (None, *_CONTAINERS):
        return settings.max_article_bytes * CONTAINER_FACTOR
    return settings.max_article_bytes


def _read_bounded(handle: BinaryIO, limit: int, gzipped: bool) -> bytes:
    """At most ``limit`` bytes (decompressed), or ``_Oversized``; gzip errors become OSError."""
    if gzipped:
        try:
            with gzip.GzipFile(fileobj=handle) as unzipped:
                data = unzipped.read(limit + 1)
        except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
            raise OSError(f"truncated or corrupt gzip data ({exc})") from exc
    else:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise _Oversized
    return data


def _os_reason(exc: OSError) -> str:
    return f"unreadable: {exc.strerror or exc}"


def _with_unique_ids(
    found: list[Article], problems: list[ArticleWarning], seen: set[str]
) -> tuple[list[Article], list[ArticleWarning]]:
    """Give ids already ``seen`` a suffix ("-2", "-3"): ids must be unique within a brief.

    A note kept about an article of this input (an unreadable date) follows it
    to its new id, unless two articles of this input had that id.
    """
    renamed: list[ArticleWarning] = []
    became: dict[str, str | None] = {}
    out: list[Article] = []
    for article in found:
        new_id, n = article.id, 1
        while new_id in seen:
            n += 1
            new_id = f"{article.id}-{n}"
        seen.add(new_id)
        became[article.id] = None if article.id in became else new_id  # None: ambiguous
        if new_id != article.id:
            renamed.append(
                ArticleWarning(
                    stage="ingest",
                    path=article.path,
                    article=new_id,
                    skipped=False,
                    reason=f"duplicate id {article.id!r} renamed to {new_id!r}",
                )
            )
            article = article.model_copy(update={"id": new_id})
        out.append(article)
    notes = [
        w.model_copy(update={"article": became[w.article]})
        if not w.skipped and w.article is not None and became.get(w.article)
        else w
        for w in problems
    ]
    return out, notes + renamed
