"""Numbers, dates and claims that disagree across outlets.

- number: two sentences that state the same fact (or are very close and share
  an entity) give incompatible amounts of the same thing ('25,000 troops' vs
  '20,000 troops'); bounds and approximations ('at least', 'about') are respected.
- date: two sentences of one fact each resolve exactly one calendar date, and
  the dates differ.
- denial: a reported claim and a sentence that denies or rejects it. An
  anaphoric denial ('Maduro has since denied the claims') is tied to the
  attributed sentence just before it; a full one ('Russia rejected a
  suggestion ... that it had persuaded Maduro not to flee') to the most
  similar attributed sentence of another article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ._context import StoryContext
from ._numbers import Quantity, compatible, quantities
from ._text import DENIAL_CUE, NEGATION, content_stems, sentence_status

Found = tuple[str, str, list[tuple[str, list[str]]]]
CLOSE_PAIR = 0.6
CLOSE_NUMBERS = 0.75
CLOSE_DATES = 0.75
EXPLICIT_DATE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b",
    re.IGNORECASE,
)
CLAIM_MATCH = 0.5
SAME_CLAIM = 0.55
CLAIM_CUE = re.compile(r"claim|alleg|accus|assert|insist|charg|contend", re.I)
MIN_CLAIM_WORDS = 4  # a shorter attributed content ("so", "it") is no claim to head a conflict
ANAPHORIC_DENIAL = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed)?|dismiss(?:es|ed)?|refut(?:e|es|ed)|"
    r"disput(?:e|es|ed))\s+(?:the|these|those|this|that|such|his|her|their|its|all(?:\s+the)?)\s+"
    r"(?:claims?|allegations?|reports?|suggestions?|accusations?|assertions?|charges?|stor(?:y|ies))\b",
    re.IGNORECASE,
)
CLAIM_NOUN = re.compile(
    r"\b(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?|rumou?rs?)\b", re.I
)
# What a denial must deny: 'denied that ...', or a claim noun within three words
# ('rejected a suggestion', 'dismissed the allegations'); 'rejected a request' is no denial.
CLAIM_OBJECT = re.compile(
    r"^\s+(?:that\b|(?:[\w'’-]+\s+){0,3}(?:claims?|allegations?|reports?|suggestions?|"
    r"accusations?|assertions?|charges?|stor(?:y|ies)|rumou?rs?)\b)",
    re.IGNORECASE,
)


def _cross_source_pairs(ctx: StoryContext) -> Iterator[tuple[str, str]]:
    """Sentence pairs from different independent outlets that report one fact."""
    by_fact: dict[str, list[str]] = {}
    for sentence_id, fact_id in ctx.fact_of.items():
        by_fact.setdefault(fact_id, []).append(sentence_id)
    for members in by_fact.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if ctx.sources.outlets_of([ctx.sentence[a].article, ctx.sentence[b].article])[1:]:
                    yield a, b


def number_conflicts(ctx: StoryContext) -> list[Found]:
    """Incompatible amounts of one thing in two reports of one fact.

    Strict on purpose: each sentence must hold exactly one amount of that
    thing (a sentence with '17 mph' and '115 mph' says nothing about which is
    which), and the things must share two words ('Cuban troops'), or one word
    in sentences that are close paraphrases.
    """
    out: list[Found] = []
    for a, b in _cross_source_pairs(ctx):
        amounts_a, amounts_b = quantities(ctx.sentence[a].text), quantities(ctx.sentence[b].text)
        close = ctx.cosine(a, b) >= CLOSE_NUMBERS
        for qa in amounts_a:
            for qb in amounts_b:
                shared = qa.unit & qb.unit
                if not shared or (len(shared) < 2 and not close) or compatible(qa, qb):
                    continue
                if _count_with(amounts_a, shared) == 1 == _count_with(amounts_b, shared):
                    subject = " ".join(sorted(shared))
                    out.append(("number", subject, [(qa.text, [a]), (qb.text, [b])]))
    return _merge_same_subject(out)


def _count_with(amounts: Sequence[Quantity], unit: frozenset[str]) -> int:
    return sum(1 for q in amounts if q.unit & unit)


def date_conflicts(ctx: StoryContext) -> list[Found]:
    """Close reports of one fact that give two different explicit calendar dates.

    Only explicit dates count ('April 30', '30/4/2019'): relative ones ('today',
    'on Tuesday') are resolved against each article's own publication date and
    often name different moments of one story ('called for protests today' vs
    'released a video on Tuesday'), so comparing them lists false conflicts.
    """
    dates: dict[str, list[str]] = {}
    for art in ctx.analysed:
        for d in art.dates:
            calendar = bool(d.value and re.fullmatch(r"\d{4}-\d\d-\d\d", d.value))
            if d.sentence and d.type == "DATE" and calendar and EXPLICIT_DATE.search(d.text):
                dates.setdefault(d.sentence, []).append(str(d.value))
    out: list[Found] = []
    for a, b in _cross_source_pairs(ctx):
        va, vb = set(dates.get(a, [])), set(dates.get(b, []))
        if len(va) == 1 and len(vb) == 1 and va != vb and ctx.cosine(a, b) >= CLOSE_DATES:
            out.append(("date", ctx.sentence[a].text[:60], [(va.pop(), [a]), (vb.pop(), [b])]))
    return out


def _is_denial(text: str) -> bool:
    match = DENIAL_CUE.search(text)
    if not match:
        return False
    return bool(CLAIM_OBJECT.match(text[match.end() :]))


def _denies(text: str) -> bool:
    """A negated claim noun ('none of these allegations are true') is a denial too."""
    return bool(NEGATION.search(text) or re.search(r"\bnone\b", text, re.I)) and bool(
        CLAIM_NOUN.search(text)
    )


def _claim_for(ctx: StoryContext, denial_id: str) -> str | None:
    """The attributed sentence a denial answers, or None when none fits well enough."""
    denial = ctx.sentence[denial_id]
    if ANAPHORIC_DENIAL.search(denial.text):
        art = ctx.article_of[denial_id]
        for previous in reversed(art.sentences[max(0, denial.index - 2) : denial.index]):
            if sentence_status(previous.text) == "attributed" and not _denies(previous.text):
                return previous.id
        return None
    words = content_stems(denial.text)
    actors = ctx.entities_in.get(denial_id, set())
    best, best_score = None, CLAIM_MATCH
    for sentence_id, score in ctx.similar(denial_id, CLAIM_MATCH):
        sentence = ctx.sentence.get(sentence_id)
        if sentence is None or sentence.article == denial.article or score < best_score:
            continue
        shared = words & content_stems(sentence.text)
        same_actor = bool(actors & ctx.entities_in.get(sentence_id, set()))
        if sentence_status(sentence.text) == "attributed" and len(shared) >= 2 and same_actor:
            best, best_score = sentence_id, score
    return best


def _fact_members(ctx: StoryContext, sentence_id: str) -> set[str]:
    fact = ctx.fact_by_id.get(ctx.fact_of.get(sentence_id, ""))
    return {c.sentence for c in fact.citations} if fact else {sentence_id}


def denial_conflicts(ctx: StoryContext) -> list[Found]:
    """One conflict per contested claim: the reports of the claim against its denials.

    Denials aimed at claims that are close paraphrases (cosine >= SAME_CLAIM)
    are one conflict: 'Pompeo is claiming that Maduro was on a plane' and
    'Pompeo claiming Russia talked Maduro off the tarmac' are one claim.
    """
    contested: list[tuple[set[str], set[str], list[str]]] = []  # claims, denials, targets
    for sentence_id, sentence in ctx.sentence.items():
        if not _is_denial(sentence.text):
            continue
        claim = _claim_for(ctx, sentence_id)
        if claim is None:
            continue
        claims = _fact_members(ctx, claim)
        merged = next(
            (c for c in contested
             if c[0] & claims or any(ctx.cosine(claim, t) >= SAME_CLAIM for t in c[2])),
            None,
        )  # fmt: skip
        if merged:
            merged[0].update(claims)
            merged[1].add(sentence_id)
            merged[2].append(claim)
        else:
            contested.append((claims, {sentence_id}, [claim]))
    return [
        ("denial", _what_is_claimed(ctx, targets[0]),
         [("claimed", sorted(claims)), ("denied", sorted(denials))])
        for claims, denials, targets in contested
    ]  # fmt: skip


def _what_is_claimed(ctx: StoryContext, claim_id: str) -> str:
    """The claim itself, as the subject of its conflict: what the attribution reports.

    "So, at the time when ..., Pompeo is claiming that Maduro was actually on
    a plane" is about "Maduro was actually on a plane": the content of the
    sentence's attribution, when the quote extractor found one, else the sentence.
    """
    quotes = [q for q in ctx.article_of[claim_id].quotes if q.sentence == claim_id]
    # A sentence may report several people: the claim is what is *claimed*.
    claimed = [q for q in quotes if q.cue and CLAIM_CUE.search(q.cue.text)] or quotes[-1:]
    content = claimed[0].content.text if claimed else ""
    claim = re.sub(r"^(?:that|how|whether)\s+", "", content.strip())
    if len(claim.split()) < MIN_CLAIM_WORDS:
        return ctx.sentence[claim_id].text
    return claim[:1].upper() + claim[1:]


def _merge_same_subject(found: list[Found]) -> list[Found]:
    """One number conflict per subject and pair of values, however many sentence pairs."""
    merged: dict[tuple[str, frozenset[str]], Found] = {}
    for kind, subject, sides in found:
        key = (subject, frozenset(v for v, _ids in sides))
        if key not in merged:
            merged[key] = (kind, subject, [(v, list(ids)) for v, ids in sides])
            continue
        for (value, ids), side in zip(sides, merged[key][2], strict=False):
            if side[0] == value:
                side[1].extend(i for i in ids if i not in side[1])
    return list(merged.values())
