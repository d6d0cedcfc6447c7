"""Build the timeline: events placed on dates, each with every sentence that reports it.

A sentence becomes an event when it carries a date (a day, a week, a month...;
durations, sets and vague references like "now" place nothing). Sentences that
report the same event are merged: by the ``Fact`` groups from compare when
given, else by shared content words on the same date. A placement is marked
uncertain when the article's date was inferred, when the date is coarser than
a day, or when outlets disagree on it. An event is shown in the words of a
sentence that reads on its own (``_event``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .._model import (
    AnalysedArticle,
    Citation,
    DateMention,
    Fact,
    Sentence,
    TimelineEvent,
    outlet_of,
)
from ..summarize._candidates import drop_connective, reads_as_sentence
from ._dates import date_sort_key, is_placeable, precision_of, start_day

MIN_EVENT_WORDS = 3  # content words besides the date itself
MERGE_SIMILARITY = 0.3  # content-word Jaccard above which two dated sentences are one event
_STOPWORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "that",
        "this",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "his",
        "her",
        "its",
        "their",
        "he",
        "she",
        "they",
        "it",
        "as",
        "but",
        "not",
        "after",
        "before",
        "said",
        "says",
    ]
)


@dataclass
class _Candidate:
    date: str
    sentence: Sentence
    outlet: str
    uncertain: bool
    words: frozenset[str] = field(default_factory=frozenset)


def _content_words(text: str) -> frozenset[str]:
    return frozenset(
        w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOPWORDS and len(w) > 2
    )


def _best_date(mentions: Sequence[DateMention]) -> DateMention | None:
    """The most precise placeable date of a sentence (a day beats a month beats a year)."""
    placeable = [m for m in mentions if is_placeable(m)]
    return max(placeable, key=lambda m: precision_of(m.value or ""), default=None)


def narrated_days(analysed: Sequence[AnalysedArticle]) -> dict[str, tuple[dt.date, bool]]:
    """For each sentence, the day its events happen on, where it can be told, and
    whether the sentence names that day itself.

    A sentence's own most precise date counts when it names a day ("on
    Tuesday", "April 30"); otherwise it narrates the last day its article
    named before it (news prose stays on a day until it says another), and
    before any, the article's publication date. Coarser dates ("this week",
    "in 2002") move nothing: they are background, not the day of the story.
    """
    days: dict[str, tuple[dt.date, bool]] = {}
    for article in analysed:
        by_sentence = _mentions_by_sentence(article)
        day = article.article.published
        for sentence in article.sentences:
            best = _best_date(by_sentence.get(sentence.id, ()))
            value = (best.value or "") if best is not None else ""
            own = start_day(value) if precision_of(value) >= 3 else None
            if own is not None:
                day = own
                days[sentence.id] = (day, True)
            elif day is not None:
                days[sentence.id] = (day, False)
    return days


def _mentions_by_sentence(article: AnalysedArticle) -> dict[str, list[DateMention]]:
    by_sentence: dict[str, list[DateMention]] = {}
    for mention in article.dates:
        if mention.sentence:
            by_sentence.setdefault(mention.sentence, []).append(mention)
    return by_sentence


def _candidates(analysed: Sequence[AnalysedArticle]) -> list[_Candidate]:
    out = []
    for article in analysed:
        by_sentence = _mentions_by_sentence(article)
        for sentence in article.sentences:
            best = _best_date(by_sentence.get(sentence.id, ()))
            if best is None or best.value is None:
                continue
            words = _content_words(sentence.text)
            if len(words - _content_words(best.text)) < MIN_EVENT_WORDS:
                continue  # a date line or caption, not an event
            uncertain = article.article.published_inferred or precision_of(best.value) < 3
            out.append(
                _Candidate(best.value, sentence, outlet_of(article.article), uncertain, words)
            )
    return out


def _similar(a: _Candidate, b: _Candidate) -> bool:
    if a.date[:10] != b.date[:10] or not a.words or not b.words:
        return False
    return len(a.words & b.words) / len(a.words | b.words) >= MERGE_SIMILARITY


def _groups(candidates: list[_Candidate], facts: Sequence[Fact]) -> list[list[_Candidate]]:
    fact_of = {c.sentence: f.id for f in facts for c in f.citations}
    groups: list[list[_Candidate]] = []
    by_fact: dict[str, list[_Candidate]] = {}
    for candidate in candidates:
        fact = fact_of.get(candidate.sentence.id)
        if fact is not None:
            if fact not in by_fact:
                by_fact[fact] = []
                groups.append(by_fact[fact])
            by_fact[fact].append(candidate)
            continue
        home = next((g for g in groups if any(_similar(candidate, other) for other in g)), None)
        if home is None:
            groups.append([candidate])
        else:
            home.append(candidate)
    return groups


def _wording(candidate: _Candidate) -> str:
    """The sentence as the timeline shows it: without a "However" tying it to the one before."""
    return drop_connective(candidate.sentence.text)


def _event(group: list[_Candidate]) -> TimelineEvent | None:
    """The group as one event, or None when none of its sentences reads on its own.

    A timeline line is read alone, so a sentence that points back at one the
    timeline does not show ("He said he asked for troops ...", "This is where
    Camille formed ..."), quotes only half a quotation, is page furniture ("A
    post shared by ... on Jun 20, 2017") or is no sentence at all (a heading,
    a list's lead-in) tells the reader nothing.
    """
    readable = [c for c in group if reads_as_sentence(_wording(c))]
    if not readable:
        return None
    dates = Counter(c.date for c in group)
    date, _ = max(dates.items(), key=lambda kv: (kv[1], precision_of(kv[0])))
    certain = [c for c in readable if c.date == date and not c.uncertain]
    representative = min(certain or readable, key=lambda c: (c.date != date, len(c.sentence.text)))
    return TimelineEvent(
        date=date,
        text=_wording(representative),
        citations=tuple(
            Citation(article=c.sentence.article, sentence=c.sentence.id) for c in group
        ),
        outlets=tuple(dict.fromkeys(c.outlet for c in group)),
        uncertain=not certain or len({d[:10] for d in dates}) > 1,
    )


def build_timeline(
    analysed: Sequence[AnalysedArticle], facts: Sequence[Fact]
) -> list[TimelineEvent]:
    """Dated events in date order; on one date, the most widely reported first."""
    grouped = (_event(group) for group in _groups(_candidates(analysed), facts))
    events = [event for event in grouped if event is not None]
    return sorted(events, key=lambda e: (date_sort_key(e.date), -len(e.outlets), e.text))
