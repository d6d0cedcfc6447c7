"""The one summarization algorithm behind ``summarize`` and ``summarize_articles``.

1. Every sentence becomes a ``Candidate`` (cleaned text, concepts, readability).
2. Copies (given duplicate groups, and exact repeats of a text) are set aside:
   they are cited but neither chosen nor counted as evidence.
3. Concepts are weighted by the number of independent articles that state them.
4. An exact ILP picks the sentences that cover the most weight within the
   word budget, over a shortlist of the best candidates.
5. The chosen sentences are put in story order, each citing every sentence
   that reports the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from .._model import Article, Sentence, Summary, SummarySentence
from ._candidates import Candidate, Features, make_candidate
from ._concepts import concept_weights
from ._ilp import previous_ids, shortlist, solve
from ._order import story_order
from ._support import OverlapSupport, SupportFinder, citations_for
from ._text import normalise_space

# Bounds the work one hostile article can cause.
MAX_SENTENCES_PER_ARTICLE = 1_000
ELLIPSIS = "…"


def chronological(articles: Sequence[Article]) -> list[int]:
    """Article positions, oldest first; undated articles keep input order, after dated ones."""
    return sorted(
        range(len(articles)),
        key=lambda i: (articles[i].published is None, articles[i].published or dt.date.min, i),
    )


def exact_copies(articles: Sequence[Article], copies: set[str]) -> set[str]:
    """``copies`` plus every article whose text repeats an earlier one word for word."""
    seen: set[str] = set()
    out = set(copies)
    for article in articles:
        key = normalise_space(article.text).lower()
        if key in seen:
            out.add(article.id)
        seen.add(key)
    return out


def prepare(
    articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> list[list[Candidate]]:
    """Candidates of each article, in input order."""
    rank = {position: r for r, position in enumerate(chronological(articles))}
    cache: dict[str, Features] = {}
    return [
        [make_candidate(s, rank[i], cache) for s in sents[:MAX_SENTENCES_PER_ARTICLE]]
        for i, sents in enumerate(sentences)
    ]


def build_summary(
    articles: Sequence[Article],
    sentences: Sequence[Sequence[Sentence]],
    words: int,
    copies: set[str],
    support: SupportFinder | None = None,
    prepared: Sequence[Sequence[Candidate]] | None = None,
) -> Summary:
    """Summarize one cluster within ``words`` words; ``support`` finds citations."""
    documents = prepared if prepared is not None else prepare(articles, sentences)
    copies = exact_copies(articles, copies)
    evidence = [doc for a, doc in zip(articles, documents, strict=True) if a.id not in copies]
    pool = [c for doc in documents for c in doc]
    candidates = [c for doc in evidence for c in doc]
    if words < 1 or not candidates:
        return Summary(words=max(words, 0))

    weights = concept_weights(evidence)
    previous = previous_ids(pool)
    chosen = solve(shortlist(candidates, weights, words, previous), weights, words, previous)
    picked = [(c, c.text) for c in story_order(chosen)] or _headline(candidates, weights, words)

    finder = support or OverlapSupport(pool)
    same_text: dict[str, list[str]] = defaultdict(list)
    for c in pool:
        same_text[c.text].append(c.sentence.id)
    article_of = {c.sentence.id: c.sentence.article for c in pool}
    sentence_order = {c.sentence.id: n for n, c in enumerate(pool)}
    return Summary(
        words=words,
        sentences=tuple(
            SummarySentence(
                text=text,
                sentence=c.sentence.id,
                citations=citations_for(c, finder, same_text, article_of, sentence_order),
            )
            for c, text in picked
        ),
    )


def _headline(
    candidates: Sequence[Candidate], weights: dict[tuple[str, str], float], words: int
) -> list[tuple[Candidate, str]]:
    """When no whole sentence fits the budget: the best sentence, cut to fit, with '…'.

    None at all when no sentence is fit to show (furniture, fragments, run-on text).
    """
    readable = [c for c in candidates if c.eligible and not c.dependent]
    if not readable:
        return []
    best = max(
        readable,
        key=lambda c: (sum(weights.get(k, 0.0) for k in c.concepts) / (c.words + 5), -c.order),
    )
    cut = best.text.split()[:words]
    text = " ".join(cut)
    if len(cut) < best.words:
        text = text.rstrip(",;:—–-") + ELLIPSIS
    return [(best, text)]
