"""Sentence units a splitter must not cut: embedded posts and quotations.

**Posts embedded in a page**: a tweet's or an Instagram post's text, signed at its end.

"Business is looking better than ever with business enthusiasm at record
levels. Stock Market at an all-time high. That doesn't just happen! — Donald J.
Trump (@realDonaldTrump) August 3, 2017" is someone's post, quoted whole, not
the outlet's prose; but nothing marks it as a quotation except the signature
that ends its paragraph. Split into sentences, its first two would read as the
outlet's own statements. So the sentences of a signed post are joined into one
(``join_signed_posts``), signature included: wherever the sentence is shown
(a fact, a single-source list) its author is shown with it, and the summary,
which never chooses a sentence with a handle in it, leaves it out.

**Quotations of several sentences**: spaCy ends a sentence inside a
quotation ('"Business is looking better than ever ... levels. / Stock Market
at an all-time high. / That doesn't just happen!" he tweeted last August.'),
so that the middle piece reads as the outlet's own statement and the others
are half quotations; on 40 development briefs, 9 % of the sentences had a
quotation mark without its partner. ``join_split_quotations`` joins a
sentence that opens a quotation with those after it, up to the one that
closes it, when that happens within its paragraph and a few sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._rules import _MONTH  # the furniture rules' month names, abbreviations included

_DAY = rf"{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
# "— Donald J. Trump (@realDonaldTrump) August 3, 2017" (a tweet embedded as text),
# "A post shared by Nasir Jones (@nas) on Jun 20, 2017 at 10:33am PDT" (Instagram).
_SIGNATURE = re.compile(
    rf"(?:(?:—|–|--?)\s*[^()\n]{{1,80}}?\s*\(@\w{{1,30}}\)\s+(?:on\s+)?{_DAY}"
    rf"|\bA post shared by [^\n]{{1,80}}?\(@[\w.]{{1,30}}\)\s+on\s+{_DAY}"
    r"(?:\s+at\s+\d{1,2}:\d{2}\s*[ap]m(?:\s+[A-Z]{2,4})?)?)\s*$"
)
# A post is at most a few hundred characters (a tweet 280, a caption more).
MAX_POST_CHARS = 2_500


def is_signed_post(paragraph: str) -> bool:
    """The paragraph is an embedded post: short, and ending with its author's signature."""
    return len(paragraph) <= MAX_POST_CHARS and bool(_SIGNATURE.search(paragraph))


Span = tuple[int, int, int]  # (start, end, paragraph number)


def join_signed_posts(spans: Sequence[Span], text: str) -> list[Span]:
    """Sentence spans, those of each signed post's paragraph joined into one."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        j = i
        while j + 1 < len(spans) and spans[j + 1][2] == spans[i][2]:
            j += 1
        start, end = spans[i][0], spans[j][1]
        if j > i and is_signed_post(text[start:end]):
            out.append((start, end, spans[i][2]))
        else:
            out.extend(spans[i : j + 1])
        i = j + 1
    return out


# A quotation longer than this many sentences, or one left open at the end of
# its paragraph (news style for a quotation that runs on into the next one), is
# left as the parser split it: joining it would make one long unit of a speech.
MAX_QUOTATION_SENTENCES = 4
_CLOSING = frozenset("\"”'")  # marks that close a quotation


def quotes_balanced(text: str) -> bool:
    """True when every quotation opened in ``text`` is closed in it."""
    straight = text.count('"') % 2 == 0
    curly = text.count("“") == text.count("”")
    backtick = text.count("``") == text.count("''")
    return straight and curly and backtick


def join_split_quotations(spans: Sequence[Span], text: str) -> list[Span]:
    """Sentence spans, a quotation the parser cut into several joined into one,
    with the attribution it cut off after it ('..." / he tweeted.')."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        start, end, paragraph = spans[i]
        last = i
        if not quotes_balanced(text[start:end]):
            for j in range(i + 1, min(i + MAX_QUOTATION_SENTENCES, len(spans))):
                if spans[j][2] != paragraph:
                    break
                if quotes_balanced(text[start : spans[j][1]]):
                    last = j
                    break
        # '..." / he tweeted last August.': the parser also cuts the attribution off.
        after = last + 1
        if (
            after < len(spans)
            and spans[after][2] == paragraph
            and text[spans[last][1] - 1] in _CLOSING
            and text[spans[after][0]].islower()
        ):
            last = after
        out.append((start, spans[last][1], paragraph))
        i = last + 1
    return out
