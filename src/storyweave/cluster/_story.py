"""One open story in memory: running sums of its members' signals."""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from ._config import StoriesConfig
from ._features import ArticleFeatures, SparseVector, dot

LABEL_CHARS = 90


def story_id(first_article: str) -> str:
    """Stable id: a digest of the id of the article that opened the story."""
    return "s" + hashlib.blake2b(first_article.encode(), digest_size=6).hexdigest()


def label_for(title: str | None, text: str) -> str:
    """A short headline: the title, else the first line of the text, cut at a word."""
    source = (title or "").strip() or text.strip().split("\n", 1)[0]
    source = " ".join(source.split())
    if len(source) <= LABEL_CHARS:
        return source or "(untitled)"
    return source[:LABEL_CHARS].rsplit(" ", 1)[0] + "…"


@dataclass
class SparseSum:
    """A sum of unit sparse vectors, with its norm kept up to date."""

    values: SparseVector = field(default_factory=dict)
    norm_sq: float = 0.0

    def cosine(self, vector: SparseVector) -> float:
        return dot(vector, self.values) / math.sqrt(self.norm_sq) if self.norm_sq > 0 else 0.0

    def add(self, vector: SparseVector) -> None:
        self.norm_sq += 2.0 * dot(vector, self.values) + sum(v * v for v in vector.values())
        for key, value in vector.items():
            self.values[key] = self.values.get(key, 0.0) + value


@dataclass
class OpenStory:
    """A story that is still inside the time window."""

    id: str
    number: int  # order of creation: breaks score ties deterministically
    label: str
    last: dt.date | None
    embedding: np.ndarray
    terms: SparseSum = field(default_factory=SparseSum)
    names: SparseSum = field(default_factory=SparseSum)
    articles: list[str] = field(default_factory=list)
    years: Counter[int] = field(default_factory=Counter)  # dateline years of the members
    mentioned: set[int] = field(default_factory=set)  # years its undated members write anywhere
    leads: Counter[str] = field(default_factory=Counter)  # protagonists, counted per member
    led: int = 0  # members with at least one protagonist

    def centroid(self) -> np.ndarray:
        norm = float(np.linalg.norm(self.embedding))
        return self.embedding / norm if norm > 0 else self.embedding

    def score(self, features: ArticleFeatures, config: StoriesConfig) -> float:
        """Weighted sum of the three cosines to the story's centroid, less the slot penalties."""
        embedding = float(features.embedding @ self.centroid())
        centroid = (
            config.weight_terms * self.terms.cosine(features.terms)
            + config.weight_embedding * embedding
            + config.weight_names * self.names.cosine(features.names)
        )
        return (
            centroid
            - self.year_penalty(features.year, config, features.mentioned)
            - self.protagonist_penalty(features, config)
        )

    def year_penalty(
        self, year: int | None, config: StoriesConfig, mentioned: frozenset[int] = frozenset()
    ) -> float:
        """What the years of the article and the story take off the score.

        A year that none of the story's dated members has is a different
        event (``year_penalty``); a year that cannot be checked, because only
        one side has one, is weaker evidence than one that agrees
        (``year_unknown_penalty``); two undated sides cost nothing. Only
        publication dates and datelines date an article: a year deeper in the
        body is too often history (tried on dev: "names a later year than the
        story's date" as a conflict split real stories, 0.889 -> 0.860).

        When only one side is dated, the years the undated side writes
        anywhere in its text (``mentioned``, the article's; ``self.mentioned``,
        the story's undated members') are read as weak evidence: naming the
        other side's year counts as agreeing (no penalty), and an undated
        story none of whose pages names the article's year or a later one
        (they name only earlier years) is an older event (``year_penalty``).
        Not the reverse for one undated article naming only earlier years: a
        single page recalling history is common, and on dev that conflict
        cost more than it gained.
        """
        if year is None and not self.years:
            return 0.0
        if year is not None and self.years:
            return 0.0 if year in self.years else config.year_penalty
        if year is None:  # only the story is dated
            agrees = not mentioned.isdisjoint(self.years)
            return 0.0 if agrees else config.year_unknown_penalty
        if self.mentioned and max(self.mentioned) < year:  # only the article is dated
            return config.year_penalty
        return 0.0 if year in self.mentioned else config.year_unknown_penalty

    def protagonists(self, share: float) -> set[str]:
        """Surnames that at least ``share`` of the members with protagonists lead with."""
        least = share * self.led
        return {name for name, count in self.leads.items() if count >= least}

    def protagonist_penalty(self, features: ArticleFeatures, config: StoriesConfig) -> float:
        """``protagonist_penalty`` when the article and the story are about different people.

        Two things must hold: the article leads with someone who is not one of
        the story's protagonists, and it never mentions (anywhere in its
        opening) one of the story's protagonists. An article that adds a new
        person beside the story's protagonist (a coach, a lawyer) still names
        the protagonist, so it is not penalised; one about Tony Thompson that
        never names Hasim Rahman is. Tried on dev, and worse: penalising
        disjoint protagonists alone (an article may name the story's person
        further down), or requiring also that the story never mentions the
        article's protagonist (the second arrest's articles recall the first).
        """
        if not config.protagonist_penalty or not features.protagonists or not self.led:
            return 0.0
        theirs = self.protagonists(config.protagonist_share)
        if features.protagonists - theirs and theirs - features.name_words:
            return config.protagonist_penalty
        return 0.0

    def add(self, article: str, features: ArticleFeatures, published: dt.date | None) -> None:
        self.articles.append(article)
        self.embedding = self.embedding + features.embedding
        self.terms.add(features.terms)
        self.names.add(features.names)
        if features.year is not None:
            self.years[features.year] += 1
        self.mentioned.update(features.mentioned)
        if features.protagonists:
            self.leads.update(features.protagonists)
            self.led += 1
        if published is not None and (self.last is None or published > self.last):
            self.last = published
