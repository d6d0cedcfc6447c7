"""What the story clusterer knows about one article: cheap signals, no parsing.

Three signals, each a unit vector:

- ``embedding``: MiniLM sentence embedding of the title and lead (one short
  text per article, so the stream stays fast);
- ``terms``: TF-IDF over content words of the title and the opening words;
- ``names``: TF-IDF over proper-noun runs and years (a cheap stand-in for
  named entities: the people, places and dates that tell two earthquakes or
  two arrests apart).

Besides the vectors, two slots. The ``protagonists`` (surnames of the people
the lead is about, ``_protagonists``), and the ``year`` of the article, from its
publication date or, when it has none (scraped pages, ECB+), from its
dateline (a year in the title or the first ``DATELINE_CHARS`` characters,
where news pages put their date). Two articles about events of the same type (two injured running
backs of one team) share most words but not their year; a year anywhere
deeper in the body is too often history ("won the title in 2005") to count.

IDF comes from a running document count that is part of the saved state, so
a run continued from its state weighs terms exactly as one run would.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from .._model import Article

LEAD_WORDS = 20  # title + this many words go to the embedder (~40 tokens; 30 scored the same)
TERM_WORDS = 400  # words of body read for terms and names; bounds work on huge texts
DATELINE_CHARS = 200  # headline + dateline of a scraped page; deeper years are mostly history

SparseVector = dict[str, float]

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+|\d{4}")
_NAME = re.compile(r"\b(?:[A-Z][a-zA-Z'\-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zA-Z'\-]+|[A-Z]\.))*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_POSSESSIVE = re.compile(r"['’]s\b")  # "Obama's", "Microsoft’s": the name without it
_NOT_NAMES = frozenset(w.capitalize() for w in ENGLISH_STOP_WORDS) | {
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "But",
    "And",
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "It",
}


def lead_text(article: Article, words: int = LEAD_WORDS) -> str:
    """Title plus the first ``words`` words of the body: what the embedder reads."""
    body = " ".join(article.text.split(maxsplit=words)[:words])  # no need to split it all
    return f"{article.title}. {body}" if article.title else body


def content_words(text: str) -> list[str]:
    """Lowercased words of three letters or more that are not stop words; years kept."""
    words = (w.lower() for w in _WORD.findall(text))
    return [w for w in words if len(w) > 2 and w not in ENGLISH_STOP_WORDS]


def names(text: str) -> list[str]:
    """Proper-noun runs ('Vincent Jackson', 'San Diego Chargers') and years, lowercased."""
    found = []
    for match in _NAME.finditer(text):
        tokens = [t for t in match.group().split() if t.strip(".") not in _NOT_NAMES]
        if tokens and not all(t.isupper() and len(t) > 4 for t in tokens):  # skip SHOUTED headlines
            found.append(" ".join(tokens).lower())
    found.extend(_YEAR.findall(text))
    return found


def article_year(article: Article) -> int | None:
    """The year of the publication date, else of the dateline, else None."""
    return article.published.year if article.published is not None else dateline_year(article)


def dateline_year(article: Article) -> int | None:
    """The latest year written in the title or the opening characters, None when there is none."""
    head = f"{article.title or ''}\n{article.text[:DATELINE_CHARS]}"
    years = [int(year) for year in _YEAR.findall(head)]
    return max(years) if years else None


def mentioned_years(article: Article) -> frozenset[int]:
    """Years written anywhere in an *undated* article's title and text; empty for a dated one.

    Only weak evidence (a body year is often history), read only where
    nothing better dates the article: see ``OpenStory.year_penalty``.
    """
    if article_year(article) is not None:
        return frozenset()
    return frozenset(int(year) for year in _YEAR.findall(f"{article.title or ''}\n{article.text}"))


def opening_text(article: Article) -> str:
    """Title and the first ``TERM_WORDS`` words: the part read for terms, names and years."""
    opening = " ".join(article.text.split(maxsplit=TERM_WORDS)[:TERM_WORDS])
    return f"{article.title}\n{opening}" if article.title else opening


@dataclass
class DocumentFrequencies:
    """Running document counts per key, for IDF weights that grow with the stream."""

    documents: int = 0
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, keys: set[str]) -> None:
        self.documents += 1
        self.counts.update(keys)

    def weigh(self, tf: Counter[str]) -> SparseVector:
        """Sublinear TF times smoothed IDF, L2-normalised."""
        n = self.documents
        vector = {
            k: (1.0 + math.log(c)) * (math.log((n + 1) / (self.counts[k] + 1)) + 1.0)
            for k, c in tf.items()
        }
        norm = math.sqrt(sum(v * v for v in vector.values()))
        return {k: v / norm for k, v in vector.items()} if norm else {}


@dataclass(frozen=True)
class ArticleFeatures:
    """The three unit vectors and the slots of one article (see the module docstring).

    ``protagonists`` are the surnames the lead is about (``_protagonists``);
    ``mentioned`` the years an undated article writes anywhere
    (``mentioned_years``). Like ``year`` they are derived from the article
    again on replay, not stored.
    """

    embedding: np.ndarray
    terms: SparseVector
    names: SparseVector
    year: int | None = None
    protagonists: frozenset[str] = frozenset()
    mentioned: frozenset[int] = frozenset()

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of every name in the opening: whom the article mentions at all."""
        return frozenset(word for name in self.names for word in name.split())


def term_counts(article: Article) -> tuple[Counter[str], Counter[str]]:
    """Raw counts of content words and of names in the title and opening words.

    A possessive ending is dropped first, so that "Obama's rule" and "Obama
    overturns" share the name ``obama`` and the word ``obama`` (the word and
    name patterns keep apostrophes, for "O'Brien"; without this, the
    possessive was a key of its own).
    """
    text = _POSSESSIVE.sub("", opening_text(article))
    return Counter(content_words(text)), Counter(names(text))


def dot(a: SparseVector, b: SparseVector) -> float:
    """Dot product of two sparse vectors.

    Only shared keys are multiplied, in the smaller vector's order: the same
    sum, bit for bit, as adding ``0.0`` for every missing key, at a fraction of
    the cost (a story's sums hold thousands of keys, an article a few hundred).
    """
    if len(a) > len(b):
        a, b = b, a
    return sum([v * b[k] for k, v in a.items() if k in b])
