"""The one summarization algorithm behind ``summarize`` and ``summarize_articles``.

1. Every sentence becomes a ``Candidate`` (cleaned text, concepts, readability).
2. Copies (given duplicate groups, and exact repeats of a text) are set aside:
   they are cited but neither chosen nor counted as evidence.
3. Concepts are weighted by the number of independent articles that state them.
4. An exact ILP picks the sentences that cover the most weight within the
   word budget, over a shortlist of the best candidates, crediting too the
   words a reader's summary of the cluster is expected to share with them.
5. The chosen sentences are put in story order, each citing every sentence
   that reports the same thing.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from .._model import Article, Sentence, Summary, SummarySentence
from ._candidates import Candidate, Features, make_candidate
from ._concepts import Concept, concept_weights, concept_worth
from ._editorial import (
    Editorial,
    opener_rank,
    read_shortlist,
    required_openers,
    same_fact_groups,
)
from ._expected import Gram, expected_counts
from ._grammar import Reading
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
    editorial: Editorial | None = None,
) -> Summary:
    """Summarize one cluster within ``words`` words; ``support`` finds citations.

    ``editorial`` (the brief) sets sentences aside, scales their worth, and
    names the sentences that may open the summary.
    """
    documents = prepared if prepared is not None else prepare(articles, sentences)
    copies = exact_copies(articles, copies)
    evidence = [doc for a, doc in zip(articles, documents, strict=True) if a.id not in copies]
    pool = [c for doc in documents for c in doc]
    candidates = [c for doc in evidence for c in doc]
    if words < 1 or not candidates:
        return Summary(words=max(words, 0))

    weights = concept_weights(evidence)
    expected = expected_counts(candidates, words)
    previous = previous_ids(pool)
    if editorial is None:
        listed = shortlist(candidates, weights, words, previous)
        chosen = solve(listed, weights, words, previous, expected=expected)
        ordered = story_order(chosen)
    else:
        kept = [c for c in candidates if c.sentence.id not in editorial.set_aside]
        chosen, reading = _solve_edited(kept, weights, words, previous, editorial, expected)
        ordered = story_order(chosen, lambda c: opener_rank(editorial, reading, c), editorial.when)
        candidates = kept  # a headline, too, is cut from a neutral sentence
    picked = [(c, c.text) for c in ordered] or _headline(candidates, weights, words)

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


def _solve_edited(
    candidates: Sequence[Candidate],
    weights: dict[Concept, float],
    words: int,
    previous: dict[str, str],
    editorial: Editorial,
    expected: dict[Gram, float],
) -> tuple[list[Candidate], Reading]:
    """The ILP with each sentence's worth scaled by ``editorial``, opening on a lead.

    The shortlist is parsed: captions and fragments leave it, leads are found.
    The scaling is a per-sentence bonus of (factor - 1) x the sentence's own
    concept worth; sentences of one fact exclude each other. When no lead fits
    the budget, the requirement is dropped. Returns the chosen and the parser's reading.
    """
    listed = shortlist(candidates, weights, words, previous, editorial.factor)
    reading = read_shortlist(editorial, listed)
    listed = [c for c in listed if c.sentence.id not in reading.unfit]
    bonus = [
        (editorial.factor.get(c.sentence.id, 1.0) - 1.0) * concept_worth(c, weights) for c in listed
    ]
    required = required_openers(editorial, reading.leads, listed)
    groups = same_fact_groups(editorial, listed)
    chosen = (
        solve(listed, weights, words, previous, bonus, required, groups, expected)
        if required
        else []
    )
    chosen = chosen or solve(
        listed, weights, words, previous, bonus, exclusive=groups, expected=expected
    )
    return chosen, reading


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
        key=lambda c: (concept_worth(c, weights) / (c.words + 5), -c.order),
    )
    cut = best.text.split()[:words]
    text = " ".join(cut)
    if len(cut) < best.words:
        text = text.rstrip(",;:—–-") + ELLIPSIS
    return [(best, text)]
