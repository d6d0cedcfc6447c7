"""Is the first line of a plain-text article its headline?

Rule: skip leading lines that are page furniture or metadata (a byline such as
"By Alistair Farrow", "Downloading PDF..."); the next line is the headline when

- it is short (at most 25 words, 200 characters) and starts with a capital,
  digit or quotation mark;
- it does not end like a sentence (``.``, ``,``, ``;`` or ``:``; a question or
  exclamation mark is allowed, headlines ask questions);
- it stands alone as a paragraph (a blank line follows) or the next line is
  clearly body text (a longer line ending like a sentence);
- more text follows it.

A long first sentence ending with a full stop is therefore body text, as in
the Venezuela example's article 000.
"""

from __future__ import annotations

import re

from ..clean._match import is_furniture_line  # the module, not the package: no import cycle

_MAX_WORDS = 25
_MAX_CHARS = 200
_MAX_LEADING_LINES = 6
_SENTENCE_END = re.compile(r"[.,;:][\"'”’)\]]*$")
_STARTS_LIKE_HEADLINE = re.compile(r"^[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ]")


def guess_title(text: str) -> str | None:
    """The headline at the top of ``text``, or None when there is none."""
    lines = text.split("\n")
    index = _first_content_line(lines)
    if index is None:
        return None
    line = lines[index].strip()
    if not _looks_like_headline(line):
        return None
    rest = [ln.strip() for ln in lines[index + 1 :]]
    if not any(rest):
        return None  # nothing after it: the headline would be the whole article
    if rest[0] == "" or _is_body_line(rest[0], line):
        return line
    return None


def _first_content_line(lines: list[str]) -> int | None:
    seen = 0
    for i, raw in enumerate(lines):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > _MAX_LEADING_LINES:
            return None
        if not is_furniture_line(line):
            return i
    return None


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MAX_WORDS
        and len(line) <= _MAX_CHARS
        and bool(_STARTS_LIKE_HEADLINE.match(line))
        and not _SENTENCE_END.search(line)
        and any(ch.isalpha() for ch in line)
    )


def _is_body_line(line: str, headline: str) -> bool:
    ends_like_sentence = bool(re.search(r"[.!?][\"'”’)]*$", line))
    return ends_like_sentence and len(line.split()) >= 2 * len(headline.split())
