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

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Span

from .._model import AnalysedArticle, Fact
from ..compare._lexicon import is_loaded
from ._candidates import Candidate

# Each independent outlet beyond the first adds this share of a sentence's own worth.
SUPPORT_GAIN = 0.5
MAX_SUPPORT_COUNTED = 5
# A claim reported only as someone's claim, without the claimant's own words.
UNQUOTED_CLAIM_FACTOR = 0.5
# Speculative sentences ("seems", "likely") state less than they appear to.
HEDGED_FACTOR = 0.7
# Non-neutral sentences are set aside while neutral ones fill this many budgets,
# and otherwise count this share of their worth.
NEUTRAL_RESERVE = 2.0
NON_NEUTRAL_FACTOR = 0.5
# Lead sentences are looked for among this many first sentences of each article.
LEAD_WINDOW = 8

_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]|‘[^’]*’")
# Opinion markers, outside quotation marks: the writer's own voice.
_OPINION = re.compile(
    r"\b(?:we|our|ours|us|I|my|must|should|ought to|need to|needs to|"
    r"it is (?:essential|vital|important|clear|time)|interestingly|ironically|sadly|"
    r"unfortunately|fortunately|surely|of course|undoubtedly|no doubt|arguably|"
    r"in (?:my|our) view|if it (?:wasn'?t|weren'?t)|would go down in history)\b"
)
# Sentences about the article or the reporting rather than the events.
_META = re.compile(
    r"\b(?:this (?:article|report|story|piece|post|page)|information continues to emerge|"
    r"details (?:are|were|continue to be) (?:still )?(?:emerging|unclear|scarce)|"
    r"it remains to be seen|stay tuned|we have yet to|read on|days later, information)\b",
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
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_FINAL = re.compile(rf"\b{_MONTH} \d{{1,2}}, \d{{4}}\.[\"”’')]*$")
_PRESENT_TENSE = frozenset({"VBZ", "VBP"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_WHEN_WHERE_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# Main verbs that state a condition or a saying rather than an event.
_NOT_EVENTS = frozenset(
    {
        "be",
        "have",
        "remain",
        "seem",
        "appear",
        "become",
        "say",
        "tell",
        "claim",
        "add",
        "insist",
        "argue",
        "note",
        "write",
        "think",
        "believe",
        "know",
        "want",
        "need",
    }
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Editorial:
    """Brief-path preferences over candidate sentences (keyed by sentence id)."""

    factor: Mapping[str, float]  # multiplies a sentence's own concept worth
    set_aside: frozenset[str]  # not neutral, while neutral sentences suffice
    support: Mapping[str, int]  # independent outlets reporting the sentence's fact (1 if absent)
    leads: frozenset[str]  # sentences that say what happened: may open the summary
    fact: Mapping[str, str]  # sentence id -> id of its fact


def is_neutral(text: str) -> bool:
    """No evaluative term, no opinion marker outside quotes, not about the article itself."""
    unquoted = _QUOTED.sub(" ", text)
    return not (is_loaded(text) or _OPINION.search(unquoted) or _META.search(text))


def says_what_happened(sentence: Span) -> bool:
    """A named actor as subject, an event as main verb, and a when or a where."""
    root = sentence.root
    if root.pos_ != "VERB" or root.lemma_.lower() in _NOT_EVENTS:
        return False
    # The subject's head or a word before it names the actor ("opposition leader
    # Juan Guaido", "Venezuelan troops"), not a place in a clause after it ("The
    # site, located in Dingwall").
    actor = any(
        t.dep_ in _SUBJECTS and any(w.ent_type_ in _ACTOR_LABELS for w in t.subtree if w.i <= t.i)
        for t in root.children
    )
    return actor and any(e.label_ in _WHEN_WHERE_LABELS for e in sentence.ents)


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


def photo_captions(candidates: Sequence[Candidate], nlp: Language) -> set[str]:
    """Photo captions left in the text: present tense, ending on a full calendar date.

    ("An explosion occurs under a military vehicle ... in Caracas on April 30,
    2019.") News prose reports in the past tense; only date-final sentences are parsed.
    """
    dated = [c for c in candidates if _DATE_FINAL.search(c.text)]
    return {
        c.sentence.id
        for c, doc in zip(dated, nlp.pipe(c.text for c in dated), strict=True)
        if any(s.root.tag_ in _PRESENT_TENSE for s in list(doc.sents)[:1])
    }


def _worth(candidate: Candidate, fact: Fact | None, quoted: set[str], neutral: set[str]) -> float:
    """The factor on a sentence's concept worth: corroboration, attribution, tone."""
    sid = candidate.sentence.id
    support = fact.support if fact else 1
    value = 1.0 + SUPPORT_GAIN * (min(support, MAX_SUPPORT_COUNTED) - 1)
    if fact and fact.status != "asserted" and sid not in quoted:
        value *= UNQUOTED_CLAIM_FACTOR
    if _HEDGE.search(_QUOTED.sub(" ", candidate.text)):
        value *= HEDGED_FACTOR
    return value if sid in neutral else value * NON_NEUTRAL_FACTOR


def _leads(candidates: Sequence[Candidate], budget: int, nlp: Language) -> frozenset[str]:
    """The self-standing sentences near the top of their articles that say what happened."""
    pool = [
        c
        for c in candidates
        if not c.dependent and c.words <= budget and c.sentence.index < LEAD_WINDOW
    ]
    return frozenset(
        c.sentence.id
        for c, doc in zip(pool, nlp.pipe(c.text for c in pool), strict=True)
        if any(says_what_happened(s) for s in list(doc.sents)[:1])
    )


def judge(
    analysed: Sequence[AnalysedArticle],
    facts: Sequence[Fact],
    candidates: Sequence[Candidate],
    budget: int,
    nlp: Language,
) -> Editorial:
    """The editorial preferences for ``candidates`` of one story."""
    fact_of = _fact_of(facts)
    quoted = _named_speakers(analysed)
    usable = [c for c in candidates if c.eligible]
    captions = photo_captions(usable, nlp)
    neutral = {
        c.sentence.id for c in usable if c.sentence.id not in captions and is_neutral(c.text)
    }
    neutral_words = sum(c.words for c in usable if c.sentence.id in neutral and not c.dependent)
    set_aside = (
        frozenset(c.sentence.id for c in usable if c.sentence.id not in neutral)
        if neutral_words >= NEUTRAL_RESERVE * budget
        else frozenset()
    )
    return Editorial(
        factor={
            c.sentence.id: _worth(c, fact_of.get(c.sentence.id), quoted, neutral) for c in usable
        },
        set_aside=set_aside,
        support={sid: fact.support for sid, fact in fact_of.items()},
        leads=_leads([c for c in usable if c.sentence.id in neutral], budget, nlp),
        fact={sid: fact.id for sid, fact in fact_of.items()},
    )


def same_fact_groups(editorial: Editorial, shortlisted: Sequence[Candidate]) -> list[list[int]]:
    """Shortlist positions of sentences that state one fact (groups of two or more)."""
    groups: dict[str, list[int]] = {}
    for i, c in enumerate(shortlisted):
        fact = editorial.fact.get(c.sentence.id)
        if fact is not None:
            groups.setdefault(fact, []).append(i)
    return [group for group in groups.values() if len(group) > 1]


def required_openers(editorial: Editorial, shortlisted: Sequence[Candidate]) -> list[int]:
    """Shortlist positions one of which must be chosen: the best-corroborated leads."""
    leads = [i for i, c in enumerate(shortlisted) if c.sentence.id in editorial.leads]
    if not leads:
        return []
    best = max(editorial.support.get(shortlisted[i].sentence.id, 1) for i in leads)
    floor = min(best, 2)
    return [i for i in leads if editorial.support.get(shortlisted[i].sentence.id, 1) >= floor]


def opener_rank(editorial: Editorial, candidate: Candidate) -> tuple[bool, bool, int, int, int]:
    """Sort key (smaller first) of a chosen sentence as the summary's opener."""
    sid = candidate.sentence.id
    return (
        sid not in editorial.leads,
        bool(_WEAK_OPENING.match(candidate.text)),
        -editorial.support.get(sid, 1),
        candidate.sentence.index,
        candidate.order,
    )
