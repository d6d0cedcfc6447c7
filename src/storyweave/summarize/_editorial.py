"""Editorial judgement for the brief: corroborated, neutral, and leading with the news.

The concept ILP alone rewards what the cluster talks about most, which lets an
outlet's commentary ("The right, with the strong backing of the US, is trying
to seize control of the state") into the summary as readily as the news. When
the compare stage's facts are at hand (the brief), each candidate sentence is
judged as a desk editor would:

- **corroboration**: a sentence whose fact several independent outlets report
  is worth more, in proportion to their number; a claim only attributed to
  someone (or denied) is worth less, unless it is a named actor's own words;
- **neutral wording**: sentences with terms of the evaluative lexicon
  (``compare/data/evaluative.txt``), opinion markers (first person, "must",
  "should", stance adverbs) or talk about the article itself ("This article",
  "information continues to emerge") are set aside while neutral sentences
  can fill the budget twice over;
- **a lead that says what happened**: a sentence whose subject is a named actor
  (person, organisation, place, group), whose main verb is an event (not
  "be", "have", "say"...), and which says when or where. The summary must open
  on one, the best corroborated first;
- **one fact, one sentence**: two sentences of one fact never both stand in
  the summary, however different their words.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.language import Language

from .._model import AnalysedArticle, Fact
from ..compare._lexicon import is_loaded
from ..timeline import narrated_days
from ._candidates import Candidate
from ._grammar import Reading, read_sentences

# Each independent outlet beyond the first adds this share of a sentence's own worth.
SUPPORT_GAIN = 0.5
MAX_SUPPORT_COUNTED = 5
# A claim reported only as someone's claim, without the claimant's own words.
UNQUOTED_CLAIM_FACTOR = 0.5
# Speculative sentences ("seems", "likely") state less than they appear to.
HEDGED_FACTOR = 0.7
# Non-neutral sentences are set aside while neutral ones fill this many budgets,
# and otherwise count this share of their worth.
NEUTRAL_RESERVE = 1.0
NON_NEUTRAL_FACTOR = 0.5
# Lead sentences are looked for among this many first sentences of each article:
# news says what happened first. (8 let a detail deep in one article open the
# brief, "Al-Rahabi landed on top of her daughter.", when no sentence above it
# named its actor. On 60 development clusters, the first 15 of DUC 2002 and 45
# of Multi-News, 2 / 3 / 4 / 8 gave openers sharing 13.2 / 13.0 / 12.1 / 12.7
# ROUGE-2 F1 with the reference summaries' first sentences, 10.9 before leads
# could name nobody; 3 keeps a lead that follows a scrape's leftovers.)
LEAD_WINDOW = 3

_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|‘[^’]*’")
# Opinion markers, outside quotation marks: the writer's own voice. First and
# second person are matched in lower case only ("US" is a country), "I" as is.
_FIRST_SECOND_PERSON = re.compile(
    r"\b(?:we|our|ours|us|you|your|yours|I|my)\b|^(?:We|Our|You|Your)\b"
)
_OPINION = re.compile(
    r"\b(?:must|should|ought to|need to|needs to|"
    r"it is (?:essential|vital|important|clear|time)|interestingly|ironically|sadly|"
    r"unfortunately|fortunately|surely|of course|undoubtedly|no doubt|arguably|"
    r"in (?:my|our) view|if it (?:wasn'?t|weren'?t)|would go down in history)\b"
    # the writer guessing aloud ("Maybe brands subconsciously realize that, ...")
    r"|^(?:maybe|perhaps)\b",
    re.IGNORECASE,
)
# Sentences about the article or the reporting rather than the events.
_META = re.compile(
    r"\b(?:this (?:article|report|story|piece|post|page)|information continues to emerge|"
    r"details (?:are|were|continue to be) (?:still )?(?:emerging|unclear|scarce)|"
    r"it remains to be seen|stay tuned|we have yet to|read on|days later, information|"
    r"broken links)\b",
    re.IGNORECASE,
)
# The writer's own guesses ("what appeared to be", hedging a reported detail, is care).
_HEDGE = re.compile(
    r"\b(?:seems?|seemed|perhaps|likely|looked like|in all likelihood)\b", re.IGNORECASE
)
# Openings that continue a story rather than start one (beyond the dependent ones).
_WEAK_OPENING = re.compile(
    r"^[\"“‘']*(?:except|now|indeed|again|even|after all|so far|of course|still|plus)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Editorial:
    """Brief-path preferences over candidate sentences (keyed by sentence id)."""

    factor: Mapping[str, float]  # multiplies a sentence's own concept worth
    set_aside: frozenset[str]  # not neutral, while neutral sentences suffice
    support: Mapping[str, int]  # independent outlets reporting the sentence's fact (1 if absent)
    fact: Mapping[str, str]  # sentence id -> id of its fact
    neutral: frozenset[str]  # neutral in tone (see ``is_neutral``)
    nlp: Language  # to read the shortlist (``_grammar.read_sentences``)
    # day each sentence narrates, and whether it names that day itself
    when: Mapping[str, tuple[dt.date, bool]] = field(default_factory=dict)


def is_neutral(text: str) -> bool:
    """No evaluative term, no opinion marker or exclamation outside quotes, and not
    about the article itself."""
    unquoted = _QUOTED.sub(" ", text).strip()
    return not (
        is_loaded(text)
        or _OPINION.search(unquoted)
        or _FIRST_SECOND_PERSON.search(unquoted)
        or unquoted.endswith("!")  # exclamations are the writer's, not the news's
        or _META.search(text)
    )


def _named_speakers(analysed: Iterable[AnalysedArticle]) -> set[str]:
    """Sentences holding a quote whose speaker is named (a capitalised name)."""
    return {
        q.sentence
        for a in analysed
        for q in a.quotes
        if q.sentence and q.speaker and any(ch.isupper() for ch in q.speaker)
    }


def _fact_of(facts: Sequence[Fact]) -> dict[str, Fact]:
    out: dict[str, Fact] = {}
    for fact in facts:
        for citation in fact.citations:
            known = out.get(citation.sentence)
            if known is None or fact.support > known.support:
                out[citation.sentence] = fact
    return out


def _worth(
    candidate: Candidate, fact: Fact | None, quoted: set[str], neutral: frozenset[str]
) -> float:
    """The factor on a sentence's concept worth: corroboration, attribution, tone."""
    sid = candidate.sentence.id
    support = fact.support if fact else 1
    value = 1.0 + SUPPORT_GAIN * (min(support, MAX_SUPPORT_COUNTED) - 1)
    if fact and fact.status != "asserted" and sid not in quoted:
        value *= UNQUOTED_CLAIM_FACTOR
    if _HEDGE.search(_QUOTED.sub(" ", candidate.text)):
        value *= HEDGED_FACTOR
    return value if sid in neutral else value * NON_NEUTRAL_FACTOR


def judge(
    analysed: Sequence[AnalysedArticle],
    facts: Sequence[Fact],
    candidates: Sequence[Candidate],
    budget: int,
    nlp: Language,
    contested: frozenset[str] = frozenset(),
) -> Editorial:
    """The editorial preferences for ``candidates`` of one story.

    ``contested`` sentences state a detail other outlets contradict; they are
    always set aside (they stay citable as support of their fact).
    """
    fact_of = _fact_of(facts)
    quoted = _named_speakers(analysed)
    usable = [c for c in candidates if c.eligible]
    neutral = frozenset(c.sentence.id for c in usable if is_neutral(c.text))
    neutral_words = sum(c.words for c in usable if c.sentence.id in neutral and not c.dependent)
    set_aside = (
        frozenset(c.sentence.id for c in usable if c.sentence.id not in neutral)
        if neutral_words >= NEUTRAL_RESERVE * budget
        else frozenset()
    ) | (contested & {c.sentence.id for c in usable})
    return Editorial(
        factor={
            c.sentence.id: _worth(c, fact_of.get(c.sentence.id), quoted, neutral) for c in usable
        },
        set_aside=set_aside,
        support={sid: fact.support for sid, fact in fact_of.items()},
        fact={sid: fact.id for sid, fact in fact_of.items()},
        neutral=neutral,
        nlp=nlp,
        when=narrated_days(analysed),
    )


def same_fact_groups(editorial: Editorial, shortlisted: Sequence[Candidate]) -> list[list[int]]:
    """Shortlist positions of sentences that state one fact (groups of two or more)."""
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(shortlisted):
        fact = editorial.fact.get(c.sentence.id)
        if fact is not None:
            groups.setdefault(fact, []).append(i)
    return [group for group in groups.values() if len(group) > 1]


def read_shortlist(editorial: Editorial, shortlisted: Sequence[Candidate]) -> Reading:
    """The parser's leads and unfit sentences among ``shortlisted``."""
    window = {c.sentence.id for c in shortlisted if c.sentence.index < LEAD_WINDOW}
    return read_sentences(shortlisted, editorial.nlp, editorial.neutral & window)


def required_openers(
    editorial: Editorial, leads: frozenset[str], shortlisted: Sequence[Candidate]
) -> list[int]:
    """Shortlist positions one of which must be chosen: the best-corroborated leads."""
    leads_at = [i for i, c in enumerate(shortlisted) if c.sentence.id in leads]
    if not leads_at:
        return []
    best = max(editorial.support.get(shortlisted[i].sentence.id, 1) for i in leads_at)
    floor = min(best, 2)
    return [i for i in leads_at if editorial.support.get(shortlisted[i].sentence.id, 1) >= floor]


def opener_rank(
    editorial: Editorial, reading: Reading, candidate: Candidate
) -> tuple[bool, bool, int, bool, int, int]:
    """Sort key (smaller first) of a chosen sentence as the summary's opener: a lead,
    not a continuation, most outlets, saying when or where, highest in its article."""
    sid = candidate.sentence.id
    return (
        sid not in reading.leads,
        bool(_WEAK_OPENING.match(candidate.text)),
        -editorial.support.get(sid, 1),
        sid not in reading.anchored,
        candidate.sentence.index,
        candidate.order,
    )
