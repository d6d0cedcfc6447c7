"""The quotation next to a cue, and how far a quoted content reaches.

``adjacent_quote`` finds the quotation a cue introduces or closes (joined
with its continuation in a split quote), ``with_lead`` and ``with_clause``
stretch a partial quotation over the words of its sentence the way PolNeAR
marks contents, ``widen_to_quotes`` takes in whole quotations, and
``is_title`` tells a quoted name ("Fox & Friends") from speech.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .quotes_marks import OPENING, STRAIGHT, Quoted, QuoteIndex, doc_text

Range = tuple[int, int]


def only_punctuation(text: str, allowed_words: tuple[str, ...] = ()) -> bool:
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


def _attributed_after(text: str, quoted: Quoted, quotes: QuoteIndex) -> bool:
    """Do words follow the quotation in its paragraph (``“B,” Rice said``)? Then B has
    its own attribution and does not go on the quotation before it."""
    line_end = text.find("\n", quoted.end)
    boundary = len(text) if line_end < 0 else line_end
    later = quotes.starting_in(quoted.end, boundary)
    boundary = quotes[later[0]].start if later else boundary
    return not only_punctuation(text[quoted.end : boundary])


# What may stand between a cue and its quotation: no word, or only "that".
_WORD_CHARACTER = re.compile(r"\w")
_NO_WORD_AFTER = re.compile(r"(?:\W+|that\b)*", re.IGNORECASE)
_SPACE = re.compile(r"\s*")


def _no_word_since(text: str, end: int) -> int:
    """Where the stretch before ``end`` without words or line breaks starts."""
    start = end
    while start > 0 and text[start - 1] != "\n" and not _WORD_CHARACTER.match(text[start - 1]):
        start -= 1
    return start


def _candidates(
    text: str, quotes: QuoteIndex, left: int, addressee: int, lead_in: int | None
) -> list[int]:
    """Indices of the only quotations ``adjacent_quote`` could take, in text order.

    One ends after nothing but punctuation before the cue; one starts after
    nothing but punctuation (or "that") after the cue or its addressee; or,
    after a sentence that ends in a colon, one starts the next paragraph.
    """
    found = set(quotes.ending_in(_no_word_since(text, left), left))
    after = _NO_WORD_AFTER.match(text, addressee)
    found.update(quotes.starting_in(addressee, after.end() if after else addressee))
    if lead_in is not None:
        space = _SPACE.match(text, lead_in)
        found.update(quotes.starting_in(lead_in, space.end() if space else lead_in))
    return sorted(found)


def adjacent_quote(
    token: Token, cue: Range, source: Range | None, quotes: QuoteIndex
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
    for index in _candidates(text, quotes, left, addressee, sentence.end_char if lead_in else None):
        quoted = quotes[index]
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
            and only_punctuation(text[quoted.end : left])
            and _runs_on(text, quoted, left)
        ):
            after = quotes[index + 1] if index + 1 < len(quotes) else None
            rest = text[right : after.start] if after is not None else ""
            # "A," she said [on Monday, in a speech...]. "B." -- B goes on A's quotation
            if (
                after is not None
                and "\n" not in rest
                and (only_punctuation(rest, _TIME_WORDS) or rest.rstrip().endswith((".", ":")))
                and not _attributed_after(text, after, quotes)
            ):
                return quoted.start, after.end
            return quoted.start, quoted.end
        gap = text[addressee : quoted.start]
        in_sentence = "\n\n" not in gap and not re.search(r"[.!?]\s*\n", gap)
        if quoted.start >= addressee and in_sentence and only_punctuation(gap, ("that",)):
            that = gap.rfind("that")  # PolNeAR contents keep the complementiser
            if told and not gap.strip():
                # "calling him “a total stiff”": the one named belongs to the content
                return min(c.left_edge.idx for c in told), quoted.end
            return (addressee + that if that >= 0 else quoted.start), quoted.end
    return None


def widen_to_quotes(text: str, content: Range, quotes: QuoteIndex) -> tuple[Range, bool]:
    """Extend content over every quotation it touches; direct when mostly quoted."""
    start, end = content
    quoted_chars = 0
    last: Quoted | None = None
    # Quotations ending before the content cannot touch it: start after them.
    for quoted in quotes[quotes.ended_by(start) :]:
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
    # ... and began in an earlier paragraph left open: each such quotation must
    # end where the next one (or the content) starts, so the first that does
    # not ends the search.
    for quoted in reversed(quotes[: quotes.ended_by(start)]):
        if quoted.closed or text[quoted.end : start].strip():
            break
        start = quoted.start
        quoted_chars += quoted.end - quoted.start
    opens_quoted = bool(quotes.starting_in(start, start))
    return (start, end), opens_quoted and quoted_chars >= 0.6 * (end - start)


def single_quoted_line(text: str, start: int) -> Quoted | None:
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


def with_lead(token: Token, quoted: Range, source: Range, cue: Range) -> Range:
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
        if (
            not lead.rstrip().endswith(",")
            or not text[quoted[0] + 1 : quoted[0] + 2].islower()
            # "At the same time, officials said that “all options ...”": words
            # before the speaker set the scene; only a quotation that goes on
            # right after a speaker set off by commas ("That, the commission
            # said, “would ...”") takes them in
            or text[quoted[0]] not in OPENING + STRAIGHT + "‘"
            or not only_punctuation(text[cue[1] : quoted[0]])
        ):
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


def with_clause(quoted: Range, clause: Range | None) -> Range:
    """The quotation with the rest of its clause: PolNeAR's content of a partial
    quotation runs over the words around it ("He was a “respected manager,”
    Boistard said"; "said “it gets me mad” every time he thinks ...")."""
    if clause is None or clause[1] <= quoted[0] or quoted[1] <= clause[0]:
        return quoted
    return min(quoted[0], clause[0]), max(quoted[1], clause[1])


def paragraph_quote(text: str, start: int, quotes: QuoteIndex) -> Quoted | None:
    """The quotation that makes up the paragraph after ``start``'s, if it is one."""
    end = text.find("\n", start)
    if end < 0:
        return None
    while end < len(text) and text[end].isspace():
        end += 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    quoted = next((quotes[i] for i in quotes.starting_in(end, end)), None)
    if quoted is None or len(text[quoted.end : line_end].strip()) > 1:
        return None
    return quoted
