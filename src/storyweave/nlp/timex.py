"""A rule-based temporal-expression tagger in the HeidelTime style.

``find_timexes(text, anchor)`` marks every date, time, duration and set in plain
text and normalises it to a TIMEX3 value against ``anchor`` (the publication
date). Each rule is one regular expression with a small normaliser; overlapping
candidates are settled longest-first. Works on any string: no rule evaluates
or trusts the text, and impossible dates get no value rather than an error.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import Literal, NamedTuple

from .timex_rules import RULES, Context

TimexType = Literal["DATE", "TIME", "DURATION", "SET"]

# Only this many characters of one text are tagged: bounds the work on hostile input.
MAX_TEXT_CHARS = 1_000_000
_FUTURE_CUE = re.compile(
    r"\b(will|'ll|shall|going to|scheduled|to be held|next|upcoming)\b",
    re.IGNORECASE,
)


class Timex(NamedTuple):
    """One temporal expression: character span, TIMEX3 type and value (None if unknown)."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str | None


def _candidates(text: str, anchor: dt.date | None) -> Iterator[Timex]:
    for pattern, normalise in RULES:
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            before = text[max(0, match.start() - 60) : match.start()]
            after = text[match.end() : match.end() + 40]
            context = Context(
                anchor=anchor,
                future=bool(_FUTURE_CUE.search(before.split(".")[-1])),
                before=before,
                after=after,
            )
            result = normalise(match, context)
            if result is None:
                continue
            kind, value = result
            start, end = match.span("t") if "t" in pattern.groupindex else match.span()
            yield Timex(start, end, text[start:end], kind, value)


def find_timexes(text: str, anchor: dt.date | None) -> list[Timex]:
    """Every temporal expression in ``text``, in order, none overlapping."""
    text = text[:MAX_TEXT_CHARS]
    chosen: list[Timex] = []
    taken = bytearray(len(text))
    for timex in sorted(_candidates(text, anchor), key=lambda t: (t.start - t.end, t.start)):
        if any(taken[timex.start : timex.end]):
            continue
        taken[timex.start : timex.end] = b"\x01" * (timex.end - timex.start)
        chosen.append(timex)
    return _attach_clock_times(text, sorted(chosen))


def _attach_clock_times(text: str, timexes: list[Timex]) -> list[Timex]:
    """'on Tuesday at 4AM': the time of day belongs to the day just before it, not the anchor."""
    out = list(timexes)
    for i in range(1, len(out)):
        day, clock = out[i - 1], out[i]
        day_value = day.value or ""
        clock_value = clock.value or ""
        if clock.type != "TIME" or "T" not in clock_value or len(day_value) != 10:
            continue
        if text[day.end : clock.start].strip().lower() in ("at", "", ",", "around", "about", "by"):
            out[i] = clock._replace(value=day_value + clock_value[clock_value.index("T") :])
    return out


Normaliser = Callable[[re.Match[str], Context], "tuple[TimexType, str | None] | None"]
