"""Paragraphs and lines of a text, as character spans (offsets into the text)."""

from __future__ import annotations

import re

_BLANK_LINES = re.compile(r"\n[ \t\f\v\u00a0]*\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: runs of non-blank lines, surrounding space trimmed."""
    spans: list[tuple[int, int]] = []
    position = 0
    for gap in _BLANK_LINES.finditer(text):
        spans.extend(_trimmed(text, position, gap.start()))
        position = gap.end()
    spans.extend(_trimmed(text, position, len(text)))
    return spans


def line_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line in ``text[start:end]``, trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        spans.extend(_trimmed(text, position, line_end))
        position = line_end + 1
    return spans


def _trimmed(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [(start, end)] if start < end else []
