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
    """The JSON objects of a JSON Lines file, skipping blank lines."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


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
