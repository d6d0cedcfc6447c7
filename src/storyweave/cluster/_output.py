"""Writing stories to folders: ``<out>/<story id>/articles.jsonl`` + ``story.json``, and an index.

Each story folder is a valid input for ``storyweave brief``. Every file is
written to a temporary name and renamed into place, so a crash never leaves a
half-written file behind: a reader sees the old version or the new one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from .._errors import RenderError
from .._model import Article
from ._stories import Stories

INDEX_NAME = "index.json"


def canonical_record(article: Article) -> dict[str, object]:
    """An article in the canonical JSON Lines layout (id, source, url, published, title, text)."""
    return {
        "id": article.id,
        "source": article.source,
        "url": article.url,
        "published": article.published.isoformat() if article.published else None,
        "title": article.title,
        "text": article.text,
    }


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and an atomic rename."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with temporary.open("w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        temporary.replace(path)
    except OSError as exc:
        raise RenderError(f"cannot write {path}: {exc}") from exc


def write_story(stories: Stories, story: str, out: Path) -> None:
    """One story's folder: its articles (copies included) and its ``story.json``."""
    folder = out / story
    folder.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps(canonical_record(a), ensure_ascii=False) for a in stories.articles(story))
    write_atomic(folder / "articles.jsonl", "\n".join(lines) + "\n")
    write_atomic(folder / "story.json", stories.story(story).model_dump_json(indent=2) + "\n")


def write_stories(stories: Stories, out: Path, only: Iterable[str] | None = None) -> int:
    """Write the given stories (default: all) and the index of all stories; returns how many."""
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise RenderError(f"cannot create {out}: {exc}") from exc
    chosen = list(dict.fromkeys(only)) if only is not None else stories.story_ids()
    for story in chosen:
        write_story(stories, story, out)
    index = [
        {
            "id": info.id,
            "label": info.label,
            "articles": len(info.articles),
            "outlets": list(info.outlets),
            "first": info.first.isoformat() if info.first else None,
            "last": info.last.isoformat() if info.last else None,
        }
        for info in stories.stories()
    ]
    write_atomic(out / INDEX_NAME, json.dumps(index, ensure_ascii=False, indent=2) + "\n")
    return len(chosen)
