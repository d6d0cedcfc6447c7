"""Numbers in sentences, with what they count: '25,000 Cuban troops', 'at least one person dead'."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ._text import content_stems

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}  # fmt: skip
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9}
_NUMBER = re.compile(
    r"(?P<qual>\b(?:at least|more than|over|nearly|almost|about|around|roughly|some|"
    r"up to|as many as|fewer than|less than|an estimated|approximately)\s+)?"
    r"(?P<cur>[$€£])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\b(?:"
    + "|".join(_SMALL)
    + r")\b)(?:\s*(?P<scale>thousand|million|billion|trillion|bn|m)\b)?"
    r"(?P<pct>\s*(?:%|per ?cent))?",
    re.IGNORECASE,
)
_UNIT_WORDS = 3
_PART_OF = re.compile(r"\bof\s+(?:the|its|their|his|her)?\s*(?:[\w]+['’]s\s+)?$", re.I)
_PARTS = re.compile(r"\b(?:including|includ|excluding|not counting|among them|plus)\b", re.I)
_YEAR = range(1800, 2101)
LOWER_BOUND = {"at least", "more than", "over"}
UPPER_BOUND = {"up to", "as many as", "fewer than", "less than", "nearly", "almost"}


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: frozenset[str]
    text: str
    qualifier: str | None


@functools.lru_cache(maxsize=8192)
def quantities(text: str) -> tuple[Quantity, ...]:
    """Counts and amounts in a sentence; years, times, dates and ordinals are left out."""
    out: list[Quantity] = []
    for match in _NUMBER.finditer(text):
        raw = match.group("num").lower()
        value = float(raw.replace(",", "")) if raw[0].isdigit() else float(_SMALL[raw])
        after = text[match.end() : match.end() + 60]
        if raw.isdigit() and int(raw) in _YEAR and not match.group("cur"):
            continue
        if text[match.start() - 1 : match.start()] in ("'", "’") or re.match(r"s\b|-", after):
            continue  # decades ('90s, 1990s) and compounds (one-half, two-thirds, 10-day)
        if re.match(r"\s*(?:[:.]\d|am\b|pm\b|a\.m|p\.m|st\b|nd\b|rd\b|th\b|-year)", after, re.I):
            continue  # a time, an ordinal or an age (ages are compared per person)
        if _PART_OF.search(text[: match.start()]):
            continue  # '500,000 of the nation's 2.3 million people': the total is not the count
        if _PARTS.search(after[:40]):
            continue  # '20 people dead, including the three gunmen': a total with parts
        if match.group("scale"):
            value *= _SCALE[match.group("scale").lower()]
        unit_words = re.findall(r"[A-Za-z][A-Za-z-]+", after)[:_UNIT_WORDS]
        unit = content_stems(" ".join(unit_words))
        if match.group("pct"):
            unit = unit | {"%"}
        if match.group("cur"):
            unit = unit | {match.group("cur")}
        if unit:
            qualifier = (match.group("qual") or "").strip().lower() or None
            out.append(Quantity(value, frozenset(unit), match.group(0).strip(), qualifier))
    return tuple(out)


def compatible(a: Quantity, b: Quantity) -> bool:
    """Whether two amounts of the same thing can both be true."""
    if a.value == b.value:
        return True
    for x, y in ((a, b), (b, a)):
        if x.qualifier in LOWER_BOUND and y.value >= x.value:
            return True
        if x.qualifier in UPPER_BOUND and y.value <= x.value:
            return True
    if a.qualifier or b.qualifier:  # approximate: allow a fifth either way
        return abs(a.value - b.value) <= 0.2 * max(a.value, b.value)
    return False
