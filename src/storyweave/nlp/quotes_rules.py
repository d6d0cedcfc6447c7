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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .quotes_cues import cue_probability, is_candidate, load_cue_model
from .quotes_marks import Quoted, doc_text, find_quoted

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
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
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


def _only_punctuation(text: str, allowed_words: tuple[str, ...] = ()) -> bool:
    return all(w.lower() in allowed_words for w in re.findall(r"\w+", text))


# Words allowed between the parts of a split quotation ("A," she said on Monday. "B.")
_TIME_WORDS = (
    *["on", "in", "at", "yesterday", "today", "later", "also", "then", "again"],
    *["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
)


def _runs_on(text: str, quoted: Quoted, left: int) -> bool:
    """Does the sentence go on after the quotation ("...," she said), rather than end in it?

    A quotation closing with a full stop ends its sentence; a short quotation
    inside a sentence is a title ("Fox News Channel’s “Hannity,” Gingrich said").
    """
    inner = text[quoted.start : quoted.end].rstrip("”\"' ")
    before = text[max(0, quoted.start - 3) : quoted.start].strip()
    opens_sentence = not before or before[-1] in '.!?:”"' or quoted.start == 0
    if len(inner.split()) < 3 and not opens_sentence:
        return False
    return not inner.endswith(".") or any(ch in text[quoted.end : left] for ch in ",—–")


def _attributed_after(text: str, quoted: Quoted, quotes: Sequence[Quoted]) -> bool:
    """Do words follow the quotation in its paragraph (``“B,” Rice said``)? Then B has
    its own attribution and does not go on the quotation before it."""
    line_end = text.find("\n", quoted.end)
    boundary = len(text) if line_end < 0 else line_end
    boundary = min([boundary, *(q.start for q in quotes if q.start >= quoted.end)])
    return not _only_punctuation(text[quoted.end : boundary])


def _adjacent_quote(
    token: Token, cue: Range, source: Range | None, quotes: Sequence[Quoted]
) -> Range | None:
    """The quotation that ends just before the cue ("...," she said) or opens just after
    it (said: "..."), joined with its continuation in a split quote ("A," she said. "B.")."""
    left = min(cue[0], source[0]) if source and source[1] <= cue[0] + 1 else cue[0]
    right = max(cue[1], source[1]) if source and source[0] >= cue[0] else cue[1]
    text = doc_text(token.doc)
    # "telling the crowd, “...”": the quotation may follow the one told
    told = [c for c in token.children if c.dep_ in ("dobj", "dative", "iobj") and c.i > token.i]
    addressee = max([right, *(c.right_edge.idx + len(c.right_edge.text) for c in told)])
    sentence = token.sent
    lead_in = text[sentence.start_char : sentence.end_char].rstrip().endswith(":")
    for index, quoted in enumerate(quotes):
        if (
            lead_in
            and quoted.start >= sentence.end_char
            and not text[sentence.end_char : quoted.start].strip()
        ):
            return quoted.start, quoted.end  # "... reported:" then the quotation paragraph
        if source and source[0] <= quoted.start < source[1]:
            continue  # a quotation inside the source names it ("the so-called “X” said")
        if (
            quoted.end <= left
            and "\n" not in text[quoted.end : left]
            and _only_punctuation(text[quoted.end : left])
            and _runs_on(text, quoted, left)
        ):
            after = quotes[index + 1] if index + 1 < len(quotes) else None
            rest = text[right : after.start] if after is not None else ""
            # "A," she said [on Monday, in a speech...]. "B." -- B goes on A's quotation
            if (
                after is not None
                and "\n" not in rest
                and (_only_punctuation(rest, _TIME_WORDS) or rest.rstrip().endswith((".", ":")))
                and not _attributed_after(text, after, quotes)
            ):
                return quoted.start, after.end
            return quoted.start, quoted.end
        gap = text[addressee : quoted.start]
        in_sentence = "\n\n" not in gap and not re.search(r"[.!?]\s*\n", gap)
        if quoted.start >= addressee and in_sentence and _only_punctuation(gap, ("that",)):
            that = gap.rfind("that")  # PolNeAR contents keep the complementiser
            if told and not gap.strip():
                # "calling him “a total stiff”": the one named belongs to the content
                return min(c.left_edge.idx for c in told), quoted.end
            return (addressee + that if that >= 0 else quoted.start), quoted.end
    return None


def _widen_to_quotes(text: str, content: Range, quotes: Sequence[Quoted]) -> tuple[Range, bool]:
    """Extend content over every quotation it touches; direct when mostly quoted."""
    start, end = content
    quoted_chars = 0
    last: Quoted | None = None
    for quoted in quotes:
        touches = quoted.start < end and start < quoted.end
        # A quotation left open at a paragraph's end goes on in the next paragraph,
        # which opens with a quotation mark again (the newspaper convention).
        continues = (
            last is not None and not last.closed and not text[last.end : quoted.start].strip()
        )
        if (touches or continues) and quoted.end - quoted.start > 8:
            start, end = min(start, quoted.start), max(end, quoted.end)
            quoted_chars += quoted.end - quoted.start
            last = quoted
        elif last is not None:
            break
    for quoted in reversed(quotes):  # ... and began in an earlier paragraph left open
        if quoted.end <= start and not quoted.closed and not text[quoted.end : start].strip():
            start = quoted.start
            quoted_chars += quoted.end - quoted.start
    opens_quoted = any(q.start == start for q in quotes)
    return (start, end), opens_quoted and quoted_chars >= 0.6 * (end - start)


def _single_quoted_line(text: str, start: int) -> Quoted | None:
    """A headline's quotation in single marks running to the line's end
    (``Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment.’``).

    Single marks are not paired in general: the closing one is also the apostrophe.
    """
    opening = start + len(text[start : start + 3]) - len(text[start : start + 3].lstrip())
    if not text.startswith("‘", opening):
        return None
    line_end = text.find("\n", opening)
    line_end = len(text) if line_end < 0 else line_end
    line = text[opening:line_end].rstrip().rstrip(".")
    if not line.endswith("’") or len(line) < 4:
        return None
    return Quoted(opening, opening + len(line))


def _name_before(doc: Doc, end: int) -> list[Token] | None:
    """The proper names right before token ``end`` ("Frank Newport and Jim Harter")."""
    names: list[Token] = []
    for token in reversed(doc[max(0, end - 8) : end]):
        if token.pos_ == "PROPN" or (token.lower_ == "and" and names):
            names.insert(0, token)
        else:
            break
    while names and names[0].lower_ == "and":
        names.pop(0)
    return names or None


def _colon_lead_in(token: Token, quotes: Sequence[Quoted]) -> Attribution | None:
    """'Republican pollster Daron Shaw: "..."' or a headline 'Kelli Ward: Impeach Lynch'."""
    doc = token.doc
    if token.i == 0 or "\n" in doc_text(doc)[token.idx : token.idx + 3]:
        return None
    before = doc[token.i - 1]
    person = next((e for e in doc.ents if e.end == token.i and e.label_ in ("PERSON", "ORG")), None)
    following = next((q for q in quotes if 0 <= q.start - token.idx - 1 <= 2), None)
    following = following or _single_quoted_line(doc_text(doc), token.idx + 1)
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
    widened, direct = _widen_to_quotes(doc_text(token.doc), content, quotes)
    return Attribution(widened, (token.idx, token.idx + 1), source, direct, head)


# Lower-case words a title keeps ("Law and Order", "Fox & Friends", "No to Free Lawyers").
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "&"}
)


def is_title(text: str, quoted: Quoted) -> bool:
    """A short title-cased quotation inside a sentence names something; nobody says it.

    Shows, books, nicknames and slogans ("Fox News Channel’s “Sunday Morning
    Futures,”", "the hacker known as “Guccifer,”") would otherwise pass for
    quotations next to a cue. A quotation opening its sentence may be speech.
    """
    inner = text[quoted.start : quoted.end].strip("“”„«»\"‘’' ,.")
    words = inner.split()
    if not words or len(words) > 6 or inner.endswith(("!", "?")):
        return False
    before = text[max(0, quoted.start - 3) : quoted.start].strip()
    if not before or before[-1] in '.!?:”"':
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _TITLE_SMALL_WORDS for w in words)


def _is_cue(token: Token, model: dict[str, float], threshold: float) -> bool:
    if not is_candidate(token):
        return False
    if token.lower_ == "according":
        return any(c.lower_ == "to" for c in token.children)
    return cue_probability(token, False, model) >= threshold


def _with_lead(token: Token, quoted: Range, source: Range, cue: Range) -> Range:
    """Start a quotation's content where its sentence starts when words lead into it.

    PolNeAR takes the sentence's opening words into the content of a partial
    quotation: ``The event “was the first time ...,” Sexton said`` and, around a
    speaker set off by commas, ``That, the commission said, “would be helpful.”``
    """
    text = doc_text(token.doc)
    sentence_start = token.sent.start_char
    paragraph_start = text.rfind("\n", 0, quoted[0]) + 1
    start = max(sentence_start, paragraph_start)
    if quoted[1] <= cue[0]:
        lead = text[start : quoted[0]]
    elif quoted[0] >= cue[1] and source[1] <= cue[0] + 1:
        # only a quotation going on in lower case continues the words before the speaker
        lead = text[start : source[0]]
        if not lead.rstrip().endswith(",") or not text[quoted[0] + 1 : quoted[0] + 2].islower():
            return quoted
    else:
        return quoted
    if (
        start >= quoted[0]
        or not re.search(r"\w", lead)
        or any(mark in lead for mark in '“”"')
        or lead.rstrip()[-1] in ".!?:;"
    ):
        return quoted
    return start, quoted[1]


def _with_clause(quoted: Range, clause: Range | None) -> Range:
    """The quotation with the rest of its clause: PolNeAR's content of a partial
    quotation runs over the words around it ("He was a “respected manager,”
    Boistard said"; "said “it gets me mad” every time he thinks ...")."""
    if clause is None or clause[1] <= quoted[0] or quoted[1] <= clause[0]:
        return quoted
    return min(quoted[0], clause[0]), max(quoted[1], clause[1])


def _attribution(token: Token, quotes: Sequence[Quoted]) -> Attribution | None:
    cue = _cue_range(token)
    quoted: Range | None = None
    if token.lower_ == "according":
        source, content, head = _according_to(token)
    else:
        subject = _subject(token)
        source = _range(subject.subtree) if subject is not None else None
        head = subject.i if subject is not None else None
        content = _content_of(token)
        quoted = _adjacent_quote(token, cue, source, quotes)
        if quoted is not None:
            quoted = _with_lead(token, quoted, source or cue, cue)
            content = _with_clause(quoted, content)
    if content is None:
        return None
    content = _trim(token.doc, content)
    split_quote = quoted is not None and content is not None and content[0] <= cue[0] < content[1]
    if content is None or (content[0] <= cue[0] < content[1] and not split_quote):
        return None
    content, direct = _widen_to_quotes(doc_text(token.doc), content, quotes)
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
    quotes = [q for q in find_quoted(text) if q.end - q.start > 2 and not is_title(text, q)]
    candidates = []
    for token in doc:
        if token.text == ":":
            if any(q.start <= token.idx < q.end for q in quotes) or any(
                _is_cue(t, model, threshold) for t in token.sent if t.i < token.i
            ):
                continue
            lead_in = _colon_lead_in(token, quotes)
            if lead_in is not None:
                candidates.append(lead_in)
            continue
        if not _is_cue(token, model, threshold):
            continue
        if any(q.start <= token.idx < q.end for q in quotes):
            continue  # speech inside a quotation belongs to the quoted speaker
        found = _attribution(token, quotes)
        if found is not None:
            candidates.append(found)
    return _continued(text, _outermost(candidates), quotes)


# How many following quotation paragraphs one attribution may take in.
MAX_CONTINUED_PARAGRAPHS = 6


def _paragraph_quote(text: str, start: int, quotes: Sequence[Quoted]) -> Quoted | None:
    """The quotation that makes up the paragraph after ``start``'s, if it is one."""
    end = text.find("\n", start)
    if end < 0:
        return None
    while end < len(text) and text[end].isspace():
        end += 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    quoted = next((q for q in quotes if q.start == end), None)
    if quoted is None or len(text[quoted.end : line_end].strip()) > 1:
        return None
    return quoted


def _continued(
    text: str, found: Sequence[Attribution], quotes: Sequence[Quoted]
) -> list[Attribution]:
    """Take in the quotation paragraphs that go on with a direct quote and have no cue.

    PolNeAR's content of ``“A,” she said.`` runs on over a next paragraph that
    is only a quotation (``“B.”``): the speaker is still talking.
    """
    out = []
    for index, attribution in enumerate(found):
        later = found[index + 1 :]
        end = attribution.content[1]
        for _ in range(MAX_CONTINUED_PARAGRAPHS if attribution.direct else 0):
            rest_end = text.find("\n", end)
            rest = text[end : len(text) if rest_end < 0 else rest_end]
            following = _paragraph_quote(text, end, quotes)
            if (
                following is None
                or any(mark in rest for mark in '“”"')
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
    for found in sorted(candidates, key=lambda a: a.content[0] - a.content[1]):
        clash = any(
            other.content[0] <= found.cue[0] < other.content[1]
            or (
                found.content[0] < other.content[1]
                and other.content[0] < found.content[1]
                and _shared(found.content, other.content)
                > 0.5 * (found.content[1] - found.content[0])
            )
            for other in chosen
        )
        if not clash:
            chosen.append(found)
    return sorted(chosen, key=lambda a: a.content)


def _shared(a: Range, b: Range) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def sentence_of(doc: Doc, char: int) -> Span | None:
    token = next((t for t in doc if t.idx <= char < t.idx + len(t.text) + len(t.whitespace_)), None)
    return token.sent if token is not None else None
