"""Find quoted stretches of text: pairs of quotation marks, however badly typed.

News text mixes straight and curly marks, opens a quote and never closes it,
continues a quote over paragraphs (each new paragraph re-opens it) and, after
scraping, sometimes loses the opening mark. ``find_quoted`` scans each
paragraph once and always returns a sensible answer: a mark that cannot be
paired is either a span to the paragraph's edge or ignored, never an error.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from typing import NamedTuple

from spacy.tokens import Doc

OPENING = "“„«"
CLOSING = "”»"
STRAIGHT = '"'
# Characters after which a straight quote opens rather than closes.
_OPEN_CONTEXT = " \t\n([{—–-/:;"


class Quoted(NamedTuple):
    """A quoted stretch [start, end) including its marks.

    ``opened``/``closed`` say whether the text has the opening/closing mark; an
    unopened span starts at its paragraph's first character.
    """

    start: int
    end: int
    opened: bool = True
    closed: bool = True


def _is_opening(text: str, i: int, inside: bool) -> bool:
    char = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if char in OPENING:
        # a mistyped closing mark: "...here,“ said Jim Clyburn"
        return not (inside and before in ",.!?" and after.isspace())
    if char in CLOSING:
        return False
    # A straight quote: opens when outside a quote and at a word's start.
    if inside:
        return False
    return before in _OPEN_CONTEXT or (not after.isspace() and not before.isalnum())


def _scan_paragraph(text: str, start: int, end: int) -> list[Quoted]:
    found: list[Quoted] = []
    open_at: int | None = None
    nested = 0  # curly quotes opened inside the open quote
    for i in range(start, end):
        if text[i] not in OPENING + CLOSING + STRAIGHT:
            continue
        if _is_opening(text, i, open_at is not None and (text[i] == STRAIGHT or not nested)):
            if open_at is None:
                open_at = i
            else:
                nested += 1  # a quote inside a quote keeps the outer one open
            continue
        if open_at is not None and nested:
            nested -= 1
        elif open_at is not None:
            found.append(Quoted(open_at, i + 1))
            open_at = None
        elif not found:
            # A closing mark with no opening one: the scraped text lost it.
            lead = start + len(text[start:i]) - len(text[start:i].lstrip())
            if i - lead > 1:
                found.append(Quoted(lead, i + 1, opened=False))
    if open_at is not None:
        tail = end - (len(text[open_at:end]) - len(text[open_at:end].rstrip()))
        if tail - open_at > 1:
            found.append(Quoted(open_at, tail, closed=False))
    return found


def find_quoted(text: str) -> list[Quoted]:
    """Every quoted stretch of ``text``, in order; none crosses a line break."""
    found: list[Quoted] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if any(mark in line for mark in OPENING + CLOSING + STRAIGHT):
            found.extend(_scan_paragraph(text, start, end))
        start = end + 1
    return found


class QuoteIndex(list[Quoted]):
    """Quoted stretches in text order, with lookups by position.

    Every cue looks for the quotation next to it; a scan of all the article's
    quotations per cue would make a quote-dense article quadratic to read.
    """

    def __init__(self, quotes: Iterable[Quoted] = ()) -> None:
        super().__init__(sorted(quotes))
        self._starts = [q.start for q in self]
        self._ends = [q.end for q in self]
        # find_quoted's stretches never overlap, so their ends are in order too
        if any(a.end > b.start for a, b in itertools.pairwise(self)):
            raise ValueError("quoted stretches overlap")

    def containing(self, offset: int) -> Quoted | None:
        """The stretch with ``start <= offset < end``, if any."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return self[i] if i >= 0 and offset < self[i].end else None

    def starting_in(self, low: int, high: int) -> range:
        """Indices of the stretches whose start lies in [low, high]."""
        return range(bisect.bisect_left(self._starts, low), bisect.bisect_right(self._starts, high))

    def ending_in(self, low: int, high: int) -> range:
        """Indices of the stretches whose end lies in [low, high]."""
        return range(bisect.bisect_left(self._ends, low), bisect.bisect_right(self._ends, high))

    def ended_by(self, offset: int) -> int:
        """How many stretches end at or before ``offset`` (they come first)."""
        return bisect.bisect_right(self._ends, offset)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc: spaCy rebuilds it from the tokens on every access."""
    cached = doc.user_data.get(_TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.user_data[_TEXT_KEY] = doc.text
    return cached


_TEXT_KEY = "storyweave.text"
