"""JSON Lines files (``.jsonl``, ``.json``): one article per line, canonical layout.

A ``.json`` file holding one JSON array of records (or one record spread over
several lines) is read as that document instead. A bad line (not JSON, not an
object, no text) is skipped with a warning that names the file and the line
number; the other lines are read.
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
    whole = _whole_document(decoded.text)
    if whole is not None:
        return _read_records(raw, whole, settings, warnings)
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


def _whole_document(text: str) -> list[object] | None:
    """The records of a plain JSON file (an array, or one object over several lines).

    None when the text is JSON Lines (its first line parses on its own) or not JSON.
    """
    stripped = text.strip()
    first_line = stripped.split("\n", 1)[0]
    if stripped.startswith("[") and "\n" not in stripped:
        # An array of records on one line: the whole document, not one bad line.
        try:
            document = json.loads(stripped)
        except (ValueError, RecursionError):
            return None
        return document if isinstance(document, list) else None
    if "\n" not in stripped or not stripped.startswith(("[", "{")):
        return None
    try:
        json.loads(first_line)
        return None  # the first line is a record: JSON Lines
    except (ValueError, RecursionError):
        pass
    try:
        document = json.loads(stripped)
    except (ValueError, RecursionError):
        return None
    return document if isinstance(document, list) else [document]


def _read_records(
    raw: RawInput, records: list[object], settings: Settings, warnings: list[ArticleWarning]
) -> ReadResult:
    """Articles from the records of a plain JSON document (``number`` counts records)."""
    articles: list[Article] = []
    for number, record in enumerate(records[: settings.max_articles + 1], start=1):
        if not isinstance(record, dict):
            warnings.append(warning(raw, f"record {number}: not a JSON object"))
            continue
        try:
            article, note = article_from_record(record, f"{raw.name}-{number}", raw.path, settings)
        except RecordProblem as exc:
            warnings.append(warning(raw, f"record {number}: {exc}"))
            continue
        if note is not None:
            warnings.append(
                warning(raw, f"record {number}: {note}", skipped=False, article=article.id)
            )
        articles.append(article)
    return articles, warnings


def _read_line(
    raw: RawInput, line: str, number: int, settings: Settings
) -> tuple[Article | None, ArticleWarning | None]:
    where = f"line {number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, warning(raw, f"{where}: not JSON ({exc.msg})")
    except RecursionError:
        return None, warning(raw, f"{where}: not JSON (nested too deeply)")
    except ValueError:  # int() refuses a number of more than 4300 digits
        return None, warning(raw, f"{where}: not JSON (a number too long to read)")
    if not isinstance(record, dict):
        return None, warning(raw, f"{where}: not a JSON object")
    try:
        article, note = article_from_record(record, f"{raw.name}-{number}", raw.path, settings)
    except RecordProblem as exc:
        return None, warning(raw, f"{where}: {exc}")
    if note is not None:
        return article, warning(raw, f"{where}: {note}", skipped=False, article=article.id)
    return article, None
