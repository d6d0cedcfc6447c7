"""The clusterer's state on disk: one append-only SQLite table of decisions.

Every article is written once, with its features and the story it joined, in
the order it arrived. Nothing is ever updated in place, so a crash can only
lose the transaction in progress: what was committed is complete and is
replayed (without re-embedding) when the state is loaded again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .._errors import InputError
from .._model import Article
from ._features import ArticleFeatures, article_year, mentioned_years
from ._protagonists import protagonists
from ._records import Assignment

DB_NAME = "stories.sqlite3"
SCHEMA_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    story TEXT NOT NULL,
    duplicate_of TEXT,
    new_story INTEGER NOT NULL,
    score REAL,
    published TEXT,
    dated INTEGER NOT NULL,
    record TEXT NOT NULL,
    embedding BLOB,
    terms TEXT,
    names TEXT
);
CREATE INDEX IF NOT EXISTS articles_story ON articles (story);
"""


@dataclass(frozen=True)
class StoredRow:
    """One replayed decision: the assignment, the article and its features (None for copies)."""

    assignment: Assignment
    article: Article
    features: ArticleFeatures | None


class StateStore:
    """Append-only log of assignments in a SQLite file (or in memory)."""

    def __init__(self, path: Path | str = ":memory:") -> None:
        self._path = None if str(path) == ":memory:" else Path(path).resolve()
        try:
            self.db = sqlite3.connect(str(path))
            self.db.executescript(_SCHEMA)
        except sqlite3.Error as exc:
            raise InputError(f"cannot open the story state {path}: {exc}") from exc

    def db_path(self) -> Path | None:
        """The database file, or None for a state kept in memory."""
        return self._path

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def append(self, a: Assignment, article: Article, features: ArticleFeatures | None) -> None:
        self.db.execute(
            "INSERT INTO articles (id, story, duplicate_of, new_story, score, published, dated,"
            " record, embedding, terms, names) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                a.article,
                a.story,
                a.duplicate_of,
                int(a.new_story),
                a.score,
                a.published.isoformat() if a.published else None,
                int(a.dated),
                article.model_dump_json(),
                None if features is None else features.embedding.astype(np.float32).tobytes(),
                None if features is None else json.dumps(features.terms),
                None if features is None else json.dumps(features.names),
            ),
        )

    def commit(self) -> None:
        self.db.commit()

    def rows(self) -> Iterator[StoredRow]:
        """Every stored decision in arrival order.

        A row that does not read back (a damaged file, a hand edit) is an
        ``InputError`` naming the file and the article: replaying around it
        would decide the later articles differently from the run that stored them.
        """
        try:
            cursor = self.db.execute(
                "SELECT id, story, duplicate_of, new_story, score, published, dated, record,"
                " embedding, terms, names FROM articles ORDER BY seq"
            )
            for row in cursor:
                try:
                    yield _stored_row(row)
                except (ValueError, TypeError) as exc:  # pydantic and json errors are ValueErrors
                    raise InputError(
                        f"the story state {self._path} is damaged at article {row[0]!r}: "
                        f"{type(exc).__name__}; restore it or start a new state"
                    ) from exc
        except sqlite3.Error as exc:
            raise InputError(f"the story state {self._path} cannot be read: {exc}") from exc

    def has_article(self, article_id: str) -> str | None:
        """The story an article id was assigned to, if it is stored."""
        row = self.db.execute("SELECT story FROM articles WHERE id = ?", (article_id,)).fetchone()
        return None if row is None else str(row[0])

    def story_rows(self, story: str) -> list[tuple[Article, str | None]]:
        """The articles of one story in arrival order, with what each copies."""
        cursor = self.db.execute(
            "SELECT record, duplicate_of FROM articles WHERE story = ? ORDER BY seq", (story,)
        )
        return [(Article.model_validate_json(r[0]), r[1]) for r in cursor]

    def story_ids(self) -> list[str]:
        """Every story id, in the order the stories were opened."""
        cursor = self.db.execute("SELECT story FROM articles WHERE new_story = 1 ORDER BY seq")
        return [str(r[0]) for r in cursor]

    def assignments(self) -> Iterator[Assignment]:
        for row in self.db.execute(
            "SELECT id, story, duplicate_of, new_story, score, published, dated"
            " FROM articles ORDER BY seq"
        ):
            yield _assignment(row)

    def backup_to(self, path: Path) -> None:
        """Copy the whole database to ``path`` (a consistent snapshot)."""
        target = sqlite3.connect(str(path))
        try:
            self.db.backup(target)
        finally:
            target.close()

    def close(self) -> None:
        self.db.close()


def _stored_row(row: Sequence[Any]) -> StoredRow:
    """One ``articles`` row as the assignment, the article and its features."""
    assignment = _assignment(row)
    article = Article.model_validate_json(row[7])
    features = None
    if row[8] is not None:
        features = ArticleFeatures(
            np.frombuffer(row[8], dtype=np.float32).copy(),
            json.loads(row[9]),
            json.loads(row[10]),
            # The slots are derived from the stored record, so not stored.
            article_year(article),
            protagonists(article),
            mentioned_years(article),
        )
    return StoredRow(assignment, article, features)


def _assignment(row: Sequence[Any]) -> Assignment:
    """An Assignment from the first seven columns of an ``articles`` row."""
    return Assignment(
        article=row[0],
        story=row[1],
        duplicate_of=row[2],
        new_story=bool(row[3]),
        score=row[4],
        published=row[5],
        dated=bool(row[6]),
    )
