"""``Stories``: an online story clusterer over a stream of articles.

Each article is, in order: checked (id, text, date), compared with earlier
articles for copies (MinHash LSH; a copy joins its original's story), then
scored against the nearest *open* stories (ANN over story embeddings) and
either joins the best one, when its combined similarity reaches the
threshold, or opens a new story. Stories whose latest article is more than
``window_days`` older than the newest date seen are closed: they leave the
index and memory, so the cost per article does not grow with the stream.

Decisions depend only on the articles and their order, and every one is
appended to the state database, so the same input gives the same story ids,
and a run continued from its saved state gives what one run would.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np
from pydantic import ValidationError

from .._config import Settings
from .._errors import InputError
from .._model import Article, ArticleWarning, Brief
from ..dedupe import DuplicateIndex
from ..embed import Embedder
from ._ann import StoryIndex
from ._config import StoriesConfig
from ._features import (
    ArticleFeatures,
    DocumentFrequencies,
    article_year,
    lead_text,
    mentioned_years,
    term_counts,
)
from ._protagonists import protagonists
from ._records import Assignment, StoryInfo
from ._store import DB_NAME, StateStore
from ._story import OpenStory, label_for, story_id
from ._summary import story_info

STAGE = "stories"
_EMBED_CACHE = 20_000
_EMBED_CHUNK = 4  # texts per embedding call: the fastest size per text here (4-16 tried)
_EMBED_WORKERS = 2  # one per core; the main thread's Python work fits in between


class Stories:
    """Groups articles into stories, one article or one batch at a time."""

    def __init__(
        self,
        config: StoriesConfig | None = None,
        *,
        embedder: Embedder | None = None,
        store: StateStore | None = None,
    ) -> None:
        self.config = config or StoriesConfig()
        self._embedder = embedder
        self._store = store or StateStore()
        self.warnings: list[ArticleWarning] = []
        self._open: dict[str, OpenStory] = {}
        self._by_number: dict[int, OpenStory] = {}
        self._closing: list[tuple[dt.date, int, str]] = []  # heap of (last date, number, id)
        self._duplicates = DuplicateIndex(self.config.duplicate_threshold)
        self._story_of: dict[str, str] = {}  # article -> story, for open stories
        self._terms = DocumentFrequencies()
        self._names = DocumentFrequencies()
        self._index: StoryIndex | None = None
        self._clock: dt.date | None = None
        self._opened = 0
        self._pending = 0
        self._cache: dict[str, tuple[Future[np.ndarray], int]] = {}  # lead -> chunk, row
        self._executor: ThreadPoolExecutor | None = None

    # ------------------------------------------------------------------ state on disk

    @classmethod
    def open(
        cls,
        folder: str | Path,
        *,
        embedder: Embedder | None = None,
        config: StoriesConfig | None = None,
    ) -> Stories:
        """Continue from the state in ``folder`` (created when absent); writes go there.

        The saved settings win over ``config``: a state is continued as it was
        begun (a warning says so when ``config`` differs). A damaged state is an
        ``InputError`` naming its file; nothing in it is changed.
        """
        folder = Path(folder)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(f"cannot create the story state folder {folder}: {exc}") from exc
        store = StateStore(folder / DB_NAME)
        saved = store.get_meta("config")
        try:
            chosen = StoriesConfig.model_validate_json(saved) if saved else None
        except ValidationError as exc:
            store.close()
            raise InputError(
                f"the story state {folder / DB_NAME} is damaged: its saved settings do not "
                f"read ({exc.error_count()} problem(s)); restore it or start a new state"
            ) from exc
        stories = cls(chosen or config or StoriesConfig(), embedder=embedder, store=store)
        if chosen is not None and config is not None and config != chosen:
            stories.warnings.append(
                ArticleWarning(
                    stage=STAGE,
                    reason="the state's saved settings are kept (a state continues as it "
                    "began); the settings given were not used",
                    path=str(folder / DB_NAME),
                    skipped=False,
                )
            )
        try:
            stories._replay()
        except InputError:
            stories.close()
            raise
        store.set_meta("config", stories.config.model_dump_json())
        store.commit()
        return stories

    load = open  # ``Stories.load(dir)`` reads as the contract names it

    def save(self, folder: str | Path) -> None:
        """Commit, and when the state lives elsewhere, snapshot it atomically into ``folder``."""
        self._store.set_meta("config", self.config.model_dump_json())
        self._store.commit()
        self._pending = 0
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / DB_NAME
        if self._store.db_path() == target.resolve():
            return
        temporary = folder / f".{DB_NAME}.tmp"
        temporary.unlink(missing_ok=True)
        self._store.backup_to(temporary)
        temporary.replace(target)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None
        self._store.commit()
        self._store.close()

    def _replay(self) -> None:
        """Rebuild the open stories from the stored decisions, without re-deciding anything."""
        for row in self._store.rows():
            a = row.assignment
            self._advance(a.published)
            self._duplicates.add(a.article, row.article.text)
            if row.features is None:
                self._join_copy(a.article, a.story)
            else:
                self._terms.add(set(row.features.terms))
                self._names.add(set(row.features.names))
                self._place(a.article, row.article, row.features, a.published, a.story)

    # ------------------------------------------------------------------ adding articles

    def add(self, article: Article) -> Assignment | None:
        """Assign one article; None when it was skipped (see ``warnings``)."""
        return self.add_many([article])[0]

    def add_many(self, articles: Iterable[Article]) -> list[Assignment | None]:
        """Assign a batch in order; the batch's embeddings are computed alongside, in threads.

        Everything this returns is committed to the state (when it is on disk).
        """
        batch = list(articles)
        self._prefetch_embeddings(batch)
        try:
            results = [self._add_one(article) for article in batch]
        finally:
            self._cache.clear()
        self._store.commit()
        self._pending = 0
        return results

    def _add_one(self, article: Article) -> Assignment | None:
        if not self._acceptable(article):
            return None
        published, dated = self._date_of(article)
        self._advance(published)
        match = self._duplicates.add(article.id, article.text)
        if match is not None and match.duplicate_of in self._story_of:
            story = self._story_of[match.duplicate_of]
            self._join_copy(article.id, story)
            result = Assignment(
                article=article.id,
                story=story,
                duplicate_of=match.duplicate_of,
                score=match.similarity,
                published=published,
                dated=dated,
            )
            return self._record(result, article, None)
        features = self._features(article)
        best, score = self._best_story(features)
        target = best.id if best is not None and score >= self.config.threshold else None
        placed = self._place(article.id, article, features, published, target)
        result = Assignment(
            article=article.id,
            story=placed,
            new_story=target is None,
            score=None if target is None else round(score, 4),
            published=published,
            dated=dated,
        )
        return self._record(result, article, features)

    def _acceptable(self, article: Article) -> bool:
        earlier = self._store.has_article(article.id)
        if earlier is not None:
            self._warn(article, f"id already assigned (story {earlier}); this copy was skipped")
            return False
        if not article.text.split():
            self._warn(article, "empty text; skipped")
            return False
        return True

    def _date_of(self, article: Article) -> tuple[dt.date | None, bool]:
        if article.published is None:
            where = self._clock.isoformat() if self._clock else "the start of the stream"
            self._warn(article, f"no publication date; placed by arrival ({where})", skipped=False)
            return self._clock, False
        window = dt.timedelta(days=self.config.window_days)
        if self._clock is not None and article.published < self._clock - window:
            self._warn(
                article,
                f"published {article.published}, more than the window before "
                f"{self._clock}; stories closed by then were not considered",
                skipped=False,
            )
        return article.published, True

    def _record(
        self, result: Assignment, article: Article, features: ArticleFeatures | None
    ) -> Assignment:
        self._store.append(result, article, features)
        self._pending += 1
        if self._pending >= self.config.commit_every:
            self._store.commit()
            self._pending = 0
        return result

    def _warn(self, article: Article, reason: str, skipped: bool = True) -> None:
        self.warnings.append(
            ArticleWarning(
                stage=STAGE, reason=reason, path=article.path, article=article.id, skipped=skipped
            )
        )

    # ------------------------------------------------------------------ signals

    def _embedder_or_default(self) -> Embedder:
        if self._embedder is None:
            from ..embed import get_embedder

            self._embedder = get_embedder()
        return self._embedder

    def _prefetch_embeddings(self, batch: Sequence[Article]) -> None:
        """Start embedding the batch's leads in worker threads, in arrival order.

        ONNX Runtime releases the GIL, so while the workers embed, this thread
        already dedupes and scores the articles whose chunk is done: the two
        cores do the two halves of the work at once. Chunks are small because
        the model is fastest per text on small batches (less padding).
        """
        # Exact copies of indexed articles will join their original without an embedding.
        wanted = (
            a for a in batch if a.text.strip() and not self._duplicates.has_exact_copy(a.text)
        )
        leads = list(dict.fromkeys(lead_text(a) for a in wanted))[:_EMBED_CACHE]
        if not leads:
            return
        embedder = self._embedder_or_default()
        for begin in range(0, len(leads), _EMBED_CHUNK):
            chunk = leads[begin : begin + _EMBED_CHUNK]
            future = self._workers().submit(embedder.embed, chunk)
            self._cache.update((lead, (future, row)) for row, lead in enumerate(chunk))

    def _workers(self) -> ThreadPoolExecutor:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(_EMBED_WORKERS, thread_name_prefix="embed")
        return self._executor

    def _features(self, article: Article) -> ArticleFeatures:
        lead = lead_text(article)
        pending = self._cache.get(lead)
        if pending is None:
            embedding = self._embedder_or_default().embed([lead])[0]
        else:
            future, row = pending
            embedding = future.result()[row]
        terms, names = term_counts(article)
        self._terms.add(set(terms))
        self._names.add(set(names))
        return ArticleFeatures(
            embedding,
            self._terms.weigh(terms),
            self._names.weigh(names),
            article_year(article),
            protagonists(article),
            mentioned_years(article),
        )

    def _best_story(self, features: ArticleFeatures) -> tuple[OpenStory | None, float]:
        if self._index is None:
            return None, 0.0
        scored = []
        for number in self._index.nearest(features.embedding, self.config.candidates):
            story = self._by_number[number]
            scored.append((-story.score(features, self.config), story.number, story))
        if not scored:
            return None, 0.0
        negative, _, story = min(scored, key=lambda item: (item[0], item[1]))
        return story, -negative

    # ------------------------------------------------------------------ story bookkeeping

    def _place(
        self,
        article_id: str,
        article: Article,
        features: ArticleFeatures,
        published: dt.date | None,
        story: str | None,
    ) -> str:
        """Put an article into ``story`` (an open one, or a new one when absent or closed)."""
        target = self._open.get(story) if story is not None else None
        if target is None:
            target = OpenStory(
                id=story or story_id(article_id),
                number=self._opened,
                label=label_for(article.title, article.text),
                last=published,
                embedding=np.zeros_like(features.embedding),
            )
            self._opened += 1
            self._open[target.id] = target
            self._by_number[target.number] = target
        target.add(article_id, features, published)
        self._story_of[article_id] = target.id
        if self._index is None:
            self._index = StoryIndex(features.embedding.shape[0])
        self._index.upsert(target.number, target.centroid())
        if target.last is not None:
            heapq.heappush(self._closing, (target.last, target.number, target.id))
        return target.id

    def _join_copy(self, article_id: str, story: str) -> None:
        open_story = self._open.get(story)
        if open_story is not None:
            open_story.articles.append(article_id)
            self._story_of[article_id] = story

    def _advance(self, published: dt.date | None) -> None:
        """Move the clock to ``published`` and close the stories that fell out of the window."""
        if published is None or (self._clock is not None and published <= self._clock):
            return
        self._clock = published
        horizon = published - dt.timedelta(days=self.config.window_days)
        while self._closing and self._closing[0][0] < horizon:
            last, _, sid = heapq.heappop(self._closing)
            story = self._open.get(sid)
            if story is not None and story.last == last:
                self._close(story)

    def _close(self, story: OpenStory) -> None:
        del self._open[story.id]
        del self._by_number[story.number]
        if self._index is not None:
            self._index.remove(story.number)
        for article_id in story.articles:
            self._story_of.pop(article_id, None)
            self._duplicates.remove(article_id)

    # ------------------------------------------------------------------ reading stories

    @property
    def open_stories(self) -> int:
        return len(self._open)

    def story_ids(self) -> list[str]:
        return self._store.story_ids()

    def assignments(self) -> list[Assignment]:
        return list(self._store.assignments())

    def articles(self, story: str) -> list[Article]:
        return [article for article, _ in self._store.story_rows(story)]

    def story(self, story: str) -> StoryInfo:
        """Label, articles, outlets and date span of one story; KeyError when unknown."""
        rows = self._store.story_rows(story)
        if not rows:
            raise KeyError(story)
        return story_info(story, rows)

    def stories(self) -> list[StoryInfo]:
        return [self.story(sid) for sid in self.story_ids()]

    def brief(self, story: str, settings: Settings | None = None) -> Brief:
        """The evidence-backed brief of one story, built on demand."""
        from .._engine import brief

        return brief(self.articles(story), settings)
