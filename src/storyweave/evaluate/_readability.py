"""Readability of a summary, measured by the rules the summarizer enforces.

Issue 3 asks that a summary read as a story: no sentence opening on a pronoun
or connective whose referent was left out, no broken quotation, no repeated
fact, and a first sentence that says what happened. storyweave enforces these
when it selects (``summarize._candidates``, ``_ilp``, ``_order``); this module
counts them in the output of any extractive system, from its text alone:

1. **Locate** the summary's sentences among the articles' sentences (the
   splitter every system uses): the longest run of summary words, starting at
   a word boundary, that occurs whole inside one sentence, with whitespace
   normalised. The summarizer's own edits still match: a cut dateline leaves
   a substring, a dropped "However," a substring whose first letter it
   capitalised (so the first letter may differ in case), and a last sentence
   cut by the word budget a prefix. Words found nowhere (an ellipsis a
   headline ends on) form an unlocated stretch and are counted as such.
2. **Judge** each located sentence with the summarizer's own rules:
   ``is_dependent`` (a dangling opening unless the sentence just before it in
   its article directly precedes it in the summary, or it opens its article),
   ``quotes_balanced``, and the program's near-repeat rule
   (``redundant_stem_pairs``).

An article is read as a reader reads it: a sentence that storyweave's cleaning
blanks whole ("... Read more", a share prompt) is furniture, not text, so it
comes between no two sentences and counts in no article's lead.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .._model import Article, Sentence
from ..summarize._candidates import is_dependent, quotes_balanced
from ..summarize._ilp import redundant_stem_pairs
from ..summarize._text import content_stems, normalise_space, words_of

# "The first sentence says what happened": news leads do, so a summary that
# opens on one of its article's first sentences is taken to.
LEAD_SENTENCES = 3
# Between two sentences in the searched text: never inside a normalised one, so
# no match runs from one sentence into the next.
_SEPARATOR = "\n"

Place = tuple[int, int]  # (article position in the cluster, sentence index in it)


@dataclass(frozen=True)
class Located:
    """One stretch of a summary and where its text stands in the articles."""

    text: str
    places: frozenset[Place]  # empty: found nowhere (an unlocated stretch)


@dataclass(frozen=True)
class Audit:
    """Readability counts of one summary."""

    sentences: int  # located summary sentences (a last one cut by the budget included)
    dangling: int
    unbalanced_quotes: int  # sentences whose own quotation marks do not balance
    broken_quotes: int  # ... and are not completed by the sentences shown with them
    near_repeat: bool  # at least one pair of sentences says one thing
    lead_opener: bool
    words: int
    unlocated_words: int


class _Haystack:
    """The articles' sentences, whitespace normalised, searchable as one string."""

    def __init__(self, sentences: Sequence[Sequence[Sentence]]) -> None:
        texts: list[str] = []
        self.places: list[Place] = []
        for a, sents in enumerate(sentences):
            for s in sents:
                texts.append(normalise_space(s.text))
                self.places.append((a, s.index))
        self.starts: list[int] = []
        offset = 0
        for text in texts:
            self.starts.append(offset)
            offset += len(text) + len(_SEPARATOR)
        self.text = _SEPARATOR.join(texts)

    def occurrences(self, piece: str) -> Iterator[int]:
        """Offsets where ``piece`` (or it with a lower-case first letter) stands as whole words."""
        variants = {piece, piece[:1].lower() + piece[1:]}
        for variant in variants:
            at = self.text.find(variant)
            while at >= 0:
                end = at + len(variant)
                if (at == 0 or self.text[at - 1] in " \n") and (
                    end == len(self.text) or self.text[end] in " \n"
                ):
                    yield at
                at = self.text.find(variant, at + 1)

    def found(self, piece: str) -> bool:
        return next(self.occurrences(piece), None) is not None

    def places_of(self, piece: str) -> frozenset[Place]:
        return frozenset(
            self.places[bisect.bisect_right(self.starts, at) - 1] for at in self.occurrences(piece)
        )


def locate(summary: str, sentences: Sequence[Sequence[Sentence]]) -> list[Located]:
    """The summary's stretches in order, each the longest run of words found in one sentence."""
    haystack = _Haystack(sentences)
    words = summary.split()
    out: list[Located] = []
    unlocated: list[str] = []
    p = 0
    while p < len(words):
        # A run found whole in a sentence stays found without its last word, so
        # the longest one is a binary search.
        lo, hi = 0, len(words) - p
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if haystack.found(" ".join(words[p : p + mid])):
                lo = mid
            else:
                hi = mid - 1
        if lo == 0:
            unlocated.append(words[p])
            p += 1
            continue
        if unlocated:
            out.append(Located(" ".join(unlocated), frozenset()))
            unlocated = []
        piece = " ".join(words[p : p + lo])
        out.append(Located(piece, haystack.places_of(piece)))
        p += lo
    if unlocated:
        out.append(Located(" ".join(unlocated), frozenset()))
    return out


def furniture_places(
    articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]]
) -> frozenset[Place]:
    """The sentences that storyweave's cleaning blanks whole: links, prompts, credits."""
    from ..clean import clean_article

    out: set[Place] = set()
    for a, (article, sents) in enumerate(zip(articles, sentences, strict=True)):
        try:
            cleaned = clean_article(article).text
        except Exception:  # a cleaner failure on one article must not stop the evaluation
            continue
        if len(cleaned) == len(article.text):  # offsets kept, as the cleaner promises
            out |= {(a, s.index) for s in sents if not cleaned[s.start : s.end].strip()}
    return frozenset(out)


@dataclass(frozen=True)
class Reading:
    """Each sentence's predecessor and position in its article, furniture skipped."""

    previous: dict[Place, Place]
    position: dict[Place, int]  # among the article's text sentences; furniture has none

    @classmethod
    def of(
        cls, sentences: Sequence[Sequence[Sentence]], furniture: frozenset[Place] = frozenset()
    ) -> Reading:
        previous: dict[Place, Place] = {}
        position: dict[Place, int] = {}
        for a, sents in enumerate(sentences):
            last: Place | None = None
            count = 0
            for s in sents:
                place = (a, s.index)
                if last is not None:
                    previous[place] = last
                if place not in furniture:
                    position[place] = count
                    count += 1
                    last = place
        return cls(previous, position)

    def follows(self, before: Located, after: Located) -> bool:
        """True when ``before`` is, somewhere, the sentence just before ``after``.

        Just before in the text, or on the page: a summary that shows the
        furniture line between two sentences (the lead baseline) keeps them together.
        """
        return any(
            self.previous.get((a, i)) in before.places or (a, i - 1) in before.places
            for a, i in after.places
        )

    def opens_article(self, stretch: Located) -> bool:
        """True when ``stretch`` is, somewhere, its article's first sentence: nothing left out."""
        return any(p not in self.previous for p in stretch.places)

    def is_lead(self, stretch: Located) -> bool:
        """True when ``stretch`` is, somewhere, among its article's first sentences."""
        return any(self.position.get(p, LEAD_SENTENCES) < LEAD_SENTENCES for p in stretch.places)


def passages(stretches: Sequence[Located], reading: Reading) -> list[list[Located]]:
    """Located sentences in runs that follow one another in one article, in summary order."""
    out: list[list[Located]] = []
    previous: Located | None = None
    for s in stretches:
        if not s.places:
            previous = None  # unlocated words break a run
            continue
        if previous is not None and reading.follows(previous, s):
            out[-1].append(s)
        else:
            out.append([s])
        previous = s
    return out


def broken_quotations(passage: Sequence[Located]) -> int:
    """Sentences of ``passage`` whose quotation is not closed by the sentences after them.

    A quotation that runs over sentences shown together, as in the article,
    reads whole: the sentences are grouped until the group's marks balance. A
    sentence whose group never balances (an orphan closing mark, an opening one
    the budget or the selection cut off) is broken; the next one starts afresh.
    """
    broken = 0
    k = 0
    while k < len(passage):
        end = k + 1
        while not quotes_balanced(" ".join(s.text for s in passage[k:end])) and end < len(passage):
            end += 1
        if quotes_balanced(" ".join(s.text for s in passage[k:end])):
            k = end
        else:
            broken += 1
            k += 1
    return broken


def audit_summary(
    summary: str,
    sentences: Sequence[Sequence[Sentence]],
    furniture: frozenset[Place] = frozenset(),
) -> Audit:
    """The readability counts of one summary of the articles split into ``sentences``.

    ``furniture``: sentences that are no text of their article (``furniture_places``).
    """
    stretches = locate(summary, sentences)
    reading = Reading.of(sentences, furniture)
    runs = passages(stretches, reading)
    located = [s for run in runs for s in run]
    stems = [frozenset(content_stems(words_of(s.text))) for s in located]
    return Audit(
        sentences=len(located),
        # Only the first sentence of a run can lack the sentence before it, and
        # an article's first sentence has none to lack.
        dangling=sum(
            1 for run in runs if is_dependent(run[0].text) and not reading.opens_article(run[0])
        ),
        unbalanced_quotes=sum(1 for s in located if not quotes_balanced(s.text)),
        broken_quotes=sum(broken_quotations(run) for run in runs),
        near_repeat=bool(redundant_stem_pairs(stems)),
        lead_opener=bool(stretches) and reading.is_lead(stretches[0]),
        words=len(summary.split()),
        unlocated_words=sum(len(s.text.split()) for s in stretches if not s.places),
    )


@dataclass
class ReadabilityTally:
    """Audits of one system over a dataset, summed on demand."""

    audits: list[Audit] = field(default_factory=list)

    def add(self, audit: Audit) -> None:
        self.audits.append(audit)

    def means(self) -> dict[str, float]:
        """Shares over all summary sentences (dangling, quotes) or all summaries."""
        sentences = sum(a.sentences for a in self.audits)
        summaries = len(self.audits)
        words = sum(a.words for a in self.audits)
        return {
            "dangling": sum(a.dangling for a in self.audits) / max(sentences, 1),
            "unbalanced_quotes": sum(a.unbalanced_quotes for a in self.audits) / max(sentences, 1),
            "broken_quotes": sum(a.broken_quotes for a in self.audits) / max(sentences, 1),
            "near_repeat_summaries": sum(a.near_repeat for a in self.audits) / max(summaries, 1),
            "lead_opener": sum(a.lead_opener for a in self.audits) / max(summaries, 1),
            "summary_sentences": sentences / max(summaries, 1),
            "unlocated_words": sum(a.unlocated_words for a in self.audits) / max(words, 1),
        }
