"""Finding and reading the development data for the duplicate and story evaluations."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from .._errors import InputError
from .._model import Article
from ._paths import default_data_dir

__all__ = ["article_from", "default_data_dir", "read_clusters", "read_jsonl", "require_dir"]


def require_dir(path: Path, what: str) -> Path:
    if not path.is_dir():
        raise InputError(f"{what} not found at {path}; pass its folder with --data")
    return path


def read_jsonl(path: Path) -> Iterator[dict[str, object]]:
    """The JSON objects of a JSON Lines file, skipping blank lines.

    A missing file or a line that is not a JSON object is an ``InputError`` naming
    the file and line: scored on part of its data, an evaluation would mislead.
    """
    try:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except (ValueError, RecursionError) as exc:
                    raise InputError(f"{path} line {number}: not JSON ({exc})") from None
                if not isinstance(record, dict):
                    raise InputError(f"{path} line {number}: not a JSON object")
                yield record
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read {path}: {exc}") from None


def article_from(record: dict[str, object], article_id: str | None = None) -> Article:
    """An Article from a record in the canonical layout (id, source, url, published, ...)."""
    return Article.model_validate(
        {
            "id": article_id or str(record["id"]),
            "text": str(record.get("text") or ""),
            "title": record.get("title"),
            "source": record.get("source"),
            "url": record.get("url"),
            "published": record.get("published"),
        }
    )


def read_clusters(root: Path) -> list[list[Article]]:
    """The articles of every cluster folder (``<root>/<name>/articles.jsonl``), by name."""
    clusters = []
    for folder in sorted(p for p in root.iterdir() if (p / "articles.jsonl").is_file()):
        clusters.append([article_from(r) for r in read_jsonl(folder / "articles.jsonl")])
    return clusters
