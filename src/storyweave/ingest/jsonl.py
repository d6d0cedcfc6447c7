"""JSON Lines files (``.jsonl``, ``.json``): one article per line, canonical layout.

A bad line (not JSON, not an object, no text) is skipped with a warning that
names the file and the line number; the other lines are read.
"""

from __future__ import annotations

import json

from .._config import Settings
from .._model import Article, ArticleWarning
from .._registry import registry
from ._records import RecordProblem, article_from_record
from ._source import RawInput, ReadResult, warning
from .text import decode_input


@registry.register("ingest.jsonl.v1")
def read_jsonl(raw: RawInput, settings: Settings) -> ReadResult:
    """Read every article of a JSON Lines file."""
    decoded, (_, warnings) = decode_input(raw)
    if decoded is None:
        return [], warnings
    articles: list[Article] = []
    for number, line in enumerate(decoded.text.split("\n"), start=1):
        if not line.strip():
            continue
        article, problem = _read_line(raw, line, number, settings)
        if problem is not None:
            warnings.append(problem)
        if article is not None:
            articles.append(article)
        if len(articles) > settings.max_articles:
            break  # read_inputs reports the overflow; there is no use reading on
    return articles, warnings


def _read_line(
    raw: RawInput, line: str, number: int, settings: Settings
) -> tuple[Article | None, ArticleWarning | None]:
    where = f"line {number}"
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as exc:
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        return None, _line_warning(raw, f"{where}: not JSON ({reason})")
    if not isinstance(record, dict):
        return None, _line_warning(raw, f"{where}: not a JSON object")
    try:
        article, note = article_from_record(record, f"{raw.name}-{number}", raw.path, settings)
    except RecordProblem as exc:
        return None, _line_warning(raw, f"{where}: {exc}")
    if note is not None:
        return article, _line_warning(raw, f"{where}: {note}", skipped=False, article=article.id)
    return article, None


def _line_warning(
    raw: RawInput, reason: str, *, skipped: bool = True, article: str | None = None
) -> ArticleWarning:
    return warning(raw, reason, skipped=skipped, article=article)
