"""Attributions from a dependency parse: cue, source and content, PolNeAR style.

A cue is a token the learned cue model (``quotes_cues``, trained on PolNeAR
train by ``quotes_train``) scores as likely ("said", "told", "believes",
"denied"), "according to", or the colon of a lead-in. Its source is the
grammatical subject (inherited through "saying", "and added"), or the object
of "according to". Its content is the reported clause, the quotation next to
it, the rest of the sentence for "according to", or the object of verbs like
"denied". A quotation that the content touches is taken whole, marks included.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .quotes_adjacent import (
    adjacent_quote,
    is_title,
    paragraph_quote,
    single_quoted_line,
    widen_to_quotes,
    with_clause,
    with_lead,
)
from .quotes_cues import cue_probability, is_candidate, load_cue_model
from .quotes_marks import QuoteIndex, doc_text, find_quoted

CUE_THRESHOLD = 0.3
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
OBJECT_DEPS = frozenset({"dobj", "attr"})
INHERIT_DEPS = frozenset({"advcl", "conj", "xcomp", "acl", "relcl"})
CONTENT_PREPS = frozenset({"for", "about", "on", "against", "to", "of", "as"})
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADP"})

Range = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """Character ranges of one attribution in ``doc.text``; ``source_token`` heads the source."""

    content: Range
    cue: Range
    source: Range | None
    direct: bool
    source_token: int | None = None


def _range(tokens: Iterable[Token]) -> Range | None:
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def _trim(doc: Doc, span: Range) -> Range | None:
    """Strip whitespace and dangling commas or dashes from both ends."""
    start, end = span
    text = doc_text(doc)
    while start < end and (text[start].isspace() or text[start] in ",;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;—–-:."):
        end -= 1
    return (start, end) if end - start > 1 else None


def _subject(token: Token) -> Token | None:
    """The subject of the cue, inherited from the governing verb for 'saying' or 'and added'."""
    for _ in range(3):
        # the nearest nominal subject: the parser may take a quoted clause for a
        # subject too ("“... Trump articulates it,” Viguerie notes")
        subjects = sorted(
            (c for c in token.children if c.dep_ in SUBJECT_DEPS),
            key=lambda c: (c.dep_ == "csubj", abs(c.i - token.i)),
        )
        if subjects:
            return subjects[0]
        if token.dep_ not in INHERIT_DEPS or token.head is token:
            return None
        token = token.head
    return None


def _cue_range(token: Token) -> Range:
    parts = [token]
    parts += [
        c
        for c in token.children
        if c.dep_ in ("aux", "auxpass", "neg", "prt") and c.i < token.i + 2
    ]
    if token.lower_ == "according":
        parts += [c for c in token.children if c.lower_ == "to"]
    return _range(parts) or (token.idx, token.idx + len(token.text))


def _according_to(token: Token) -> tuple[Range | None, Range | None, int | None]:
    """(source, content, source head) of 'according to X'."""
    to = next((c for c in token.children if c.lower_ == "to"), None)
    obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    phrase = _range(token.subtree)
    sentence = token.sent
    if phrase is None:
        return None, None, None
    before = (sentence.start_char, phrase[0])
    after = (phrase[1], sentence.end_char)
    content = before if before[1] - before[0] > after[1] - after[0] else after
    source = _range(obj.subtree) if obj is not None else None
    return source, content, obj.i if obj is not None else None


def _content_of(token: Token) -> Range | None:
    """The reported clause, or failing that the object, of a cue verb."""
    clauses = [
        c
        for c in token.children
        if (c.dep_ in CLAUSE_DEPS and c.dep_ != "xcomp")
        or (c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"))
    ]
    if clauses:
        ranges = [r for c in clauses if (r := _range(c.subtree))]
        return (min(r[0] for r in ranges), max(r[1] for r in ranges)) if ranges else None
    if token.dep_ in ("parataxis", "ccomp") and token.head.i != token.i and token.head.i < token.i:
        head = token.head
        own = {t.i for t in token.subtree}
        return _range(t for t in head.subtree if t.i not in own and t.i < token.i)
    objects = [c for c in token.children if c.dep_ in OBJECT_DEPS]
    if objects:
        return _range(objects[0].subtree)
    # "called for X", "talking about X": the prepositional object is what is attributed
    preps = [
        c
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS and c.i > token.i
    ]
    if preps:
        objects = [c for c in preps[0].children if c.dep_ in ("pobj", "pcomp")]
        return _range(objects[0].subtree) if objects else None
    return None


def _name_before(doc: Doc, end: int) -> list[Token] | None:
    """The proper names right before token ``end`` ("Frank Newport and Jim Harter")."""
    names: list[Token] = []
    for token in reversed(doc[max(0, end - 8) : end]):
        # the tagger often calls a name alone in a headline a noun ("Trump: ‘...’")
        named = token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())
        if named or (token.lower_ == "and" and names):
            names.insert(0, token)
        else:
            break
    while names and names[0].lower_ == "and":
        names.pop(0)
    return names or None


def _colon_lead_in(token: Token, quotes: QuoteIndex) -> Attribution | None:
    """'Republican pollster Daron Shaw: "..."' or a headline 'Kelli Ward: Impeach Lynch'."""
    doc = token.doc
    if token.i == 0 or "\n" in doc_text(doc)[token.idx : token.idx + 3]:
        return None
    before = doc[token.i - 1]
    person = next((e for e in doc.ents if e.end == token.i and e.label_ in ("PERSON", "ORG")), None)
    following = next((quotes[i] for i in quotes.starting_in(token.idx + 1, token.idx + 3)), None)
    following = following or single_quoted_line(doc_text(doc), token.idx + 1)
    if person is None and following is None:
        return None
    if following is not None:
        content: Range | None = following[:2]
    else:
        line_end = doc_text(doc).find("\n", token.idx)
        content = _trim(doc, (token.idx + 1, line_end if line_end >= 0 else len(doc_text(doc))))
    if content is None:
        return None
    if person is not None:
        source: Range | None = _range(before.subtree) if before.dep_ == "ROOT" else None
        source = (
            (person.start_char, person.end_char)
            if source is None or source[0] > person.start_char
            else source
        )
        head: int | None = person.root.i
    else:
        subject = _subject(token.head) if token.head.pos_ in ("VERB", "AUX") else None
        if subject is None:
            # "- Philip Bump: “...”": a name the tagger did not label
            names = _name_before(doc, token.i)
            if names is None:
                return None
            source, head = _range(names), names[-1].i
        else:
            source, head = _range(subject.subtree), subject.i
    widened, direct = widen_to_quotes(doc_text(token.doc), content, quotes)
    return Attribution(widened, (token.idx, token.idx + 1), source, direct, head)


def _is_cue(token: Token, model: dict[str, float], threshold: float) -> bool:
    if not is_candidate(token):
        return False
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    return cue_probability(token, False, model) >= threshold


def _after_quotation(doc: Doc, source: Range | None, quotes: QuoteIndex) -> Range | None:
    """A source without the quotation the parser hung on it
    (``“That’s a concern,” Sarandon, 69, told MSNBC``: the subject starts at the mark)."""
    if source is None:
        return None
    quoted = quotes.containing(source[0])
    if quoted is not None and quoted.end < source[1]:
        return _trim(doc, (quoted.end, source[1])) or source
    return source


def _attribution(token: Token, quotes: QuoteIndex) -> Attribution | None:
    cue = _cue_range(token)
    quoted: Range | None = None
    if token.lower_ == "according":
        source, content, head = _according_to(token)
    else:
        subject = _subject(token)
        source = _range(subject.subtree) if subject is not None else None
        source = _after_quotation(token.doc, source, quotes)
        head = subject.i if subject is not None else None
        content = _content_of(token)
        quoted = adjacent_quote(token, cue, source, quotes)
        if quoted is not None:
            quoted = with_lead(token, quoted, source or cue, cue)
            content = with_clause(quoted, content)
    if content is None:
        return None
    content = _trim(token.doc, content)
    split_quote = quoted is not None and content is not None and content[0] <= cue[0] < content[1]
    if content is None or (content[0] <= cue[0] < content[1] and not split_quote):
        return None
    content, direct = widen_to_quotes(doc_text(token.doc), content, quotes)
    if source is not None and content[0] <= source[0] < content[1] and not split_quote:
        source, head = None, None
    return Attribution(content, cue, source, direct, head)


def find_attributions(
    doc: Doc, model: dict[str, float] | None = None, threshold: float | None = None
) -> list[Attribution]:
    """Every attribution in a parsed text, outermost first when they nest, in text order."""
    model = load_cue_model() if model is None else model
    threshold = CUE_THRESHOLD if threshold is None else threshold
    text = doc_text(doc)
    quotes = QuoteIndex(
        q for q in find_quoted(text) if q.end - q.start > 2 and not is_title(text, q)
    )
    candidates = []
    for token in doc:
        if token.text == ":":
            if quotes.containing(token.idx) or any(
                _is_cue(t, model, threshold) for t in token.sent if t.i < token.i
            ):
                continue
            lead_in = _colon_lead_in(token, quotes)
            if lead_in is not None:
                candidates.append(lead_in)
            continue
        if not _is_cue(token, model, threshold):
            continue
        if quotes.containing(token.idx):
            continue  # speech inside a quotation belongs to the quoted speaker
        found = _attribution(token, quotes)
        if found is not None:
            candidates.append(found)
    candidates += _bracket_credits(text, quotes)
    return _continued(text, _outermost(candidates), quotes)


_CREDIT = re.compile(r"\[([A-Z][^\[\]\n]{0,60})\][ \t\xa0]*$", re.MULTILINE)


def _bracket_credits(text: str, quotes: QuoteIndex) -> list[Attribution]:
    """A quotation whose paragraph ends in a credit (``“...” [AP.]``, newsletter style):
    the bracket is both the cue and the source."""
    found = []
    for credit in _CREDIT.finditer(text):
        line_start = text.rfind("\n", 0, credit.start()) + 1
        in_line = quotes.starting_in(line_start, credit.start())
        quoted = next((quotes[i] for i in in_line if quotes[i].end <= credit.start()), None)
        if quoted is None:
            continue
        bracket = (credit.start(), credit.end(0) - (len(credit[0]) - len(credit[0].rstrip())))
        content, direct = widen_to_quotes(text, (quoted.start, quoted.end), quotes)
        found.append(Attribution(content, bracket, bracket, direct))
    return found


# How many following quotation paragraphs one attribution may take in.
MAX_CONTINUED_PARAGRAPHS = 6


def _continued(text: str, found: Sequence[Attribution], quotes: QuoteIndex) -> list[Attribution]:
    """Take in the following paragraphs that are one quotation with no cue of their own.

    PolNeAR's content of ``“A,” she said.`` (or of ``She said that A.``) runs on
    over a next paragraph that is only a quotation (``“B.”``): the speaker is
    still talking.
    """
    out = []
    for index, attribution in enumerate(found):
        later = found[index + 1 :]
        end = attribution.content[1]
        for _ in range(MAX_CONTINUED_PARAGRAPHS):
            rest_end = text.find("\n", end)
            rest = text[end : len(text) if rest_end < 0 else rest_end]
            following = paragraph_quote(text, end, quotes)
            if (
                following is None
                or any(mark in rest for mark in '“”"')
                # reported speech goes on in a quotation only from its paragraph's end
                or (not attribution.direct and len(rest.strip()) > 1)
                or any(
                    (other.content[0] < following.end and following.start < other.content[1])
                    or following.start <= other.cue[0] < following.end
                    for other in later
                )
            ):
                break
            end = following.end
        out.append(replace(attribution, content=(attribution.content[0], end)))
    return out


def _outermost(candidates: Sequence[Attribution]) -> list[Attribution]:
    """Drop attributions whose cue lies inside another's content (PolNeAR is univocal)."""
    chosen: list[Attribution] = []
    # Chosen contents by start: only those starting less than the longest one's
    # length before a cue or content can hold or overlap it (longest first).
    by_start: list[tuple[int, int]] = []
    longest = 0
    for found in sorted(candidates, key=lambda a: a.content[0] - a.content[1]):
        longest = longest or found.content[1] - found.content[0]
        low = min(found.cue[0], found.content[0]) - longest
        high = max(found.cue[0] + 1, found.content[1])
        window = by_start[bisect_left(by_start, (low, -1)) : bisect_left(by_start, (high, -1))]
        clash = any(
            other.content[0] <= found.cue[0] < other.content[1]
            or (
                found.content[0] < other.content[1]
                and other.content[0] < found.content[1]
                and _shared(found.content, other.content)
                > 0.5 * (found.content[1] - found.content[0])
            )
            for other in (chosen[k] for _, k in window)
        )
        if not clash:
            insort(by_start, (found.content[0], len(chosen)))
            chosen.append(found)
    return sorted(chosen, key=lambda a: a.content)


def _shared(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def sentence_of(doc: Doc, char: int) -> Span | None:
    token = next((t for t in doc if t.idx <= char < t.idx + len(t.text) + len(t.whitespace_)), None)
    return token.sent if token is not None else None
