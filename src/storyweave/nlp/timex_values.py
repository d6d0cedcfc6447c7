"""TIMEX3 value arithmetic: numbers in words, calendar shifts, weeks and weekdays.

Everything here is pure and total: impossible dates ("February 30") give
``None`` instead of raising, so hostile text can never crash a batch.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}  # fmt: skip
# TIMEX3 duration unit letters, and whether they go after the 'T' (time units).
UNITS = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
    "week": ("W", False), "month": ("M", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("CE", False), "quarter": ("Q", False),
}  # fmt: skip

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "a": 1, "an": 1, "single": 1,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
VAGUE_QUANTITIES = (
    "several",
    "few",
    "a few",
    "many",
    "some",
    "numerous",
    "couple of",
    "a couple of",
)
# Words that may join into one number ("twenty four"); "a"/"an" only stand alone.
NUMBER_WORDS = sorted(
    [w for w in (*_SMALL, *_TENS, "hundred") if w not in ("a", "an", "single")],
    key=len,
    reverse=True,
)


def parse_number(text: str) -> int | None:
    """'twenty four', 'twenty-four', '24', '1,000' or 'a' as an int; None if vague."""
    words = text.lower().replace("-", " ").replace(",", "").split()
    if not words:
        return None
    if len(words) == 1 and words[0].isdigit():
        return int(words[0]) if len(words[0]) < 7 else None
    total = 0
    for word in words:
        if word in _SMALL:
            total += _SMALL[word]
        elif word in _TENS:
            total += _TENS[word]
        elif word == "hundred":
            total = max(total, 1) * 100
        elif word == "and":
            continue
        else:
            return None
    return total


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when it does not exist (February 30, year 0)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_months(day: dt.date, months: int) -> tuple[int, int]:
    """(year, month) that lies ``months`` calendar months from ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def week_value(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def shifted_value(anchor: dt.date, unit: str, amount: int) -> str | None:
    """The calendar value ``amount`` units after (negative: before) ``anchor``."""
    try:
        if unit == "day":
            return (anchor + dt.timedelta(days=amount)).isoformat()
        if unit == "week":
            return week_value(anchor + dt.timedelta(weeks=amount))
        if unit == "month":
            year, month = shift_months(anchor, amount)
            return f"{year:04d}-{month:02d}"
        if unit == "quarter":
            year, month = shift_months(anchor, 3 * amount)
            return f"{year:04d}-Q{(month - 1) // 3 + 1}"
        if unit == "year":
            return f"{anchor.year + amount:04d}"
        if unit == "decade":
            return f"{(anchor.year + 10 * amount) // 10:03d}"
        if unit == "century":
            return f"{(anchor.year + 100 * amount) // 100:02d}"
    except (OverflowError, ValueError):
        return None
    return None


def duration_value(amount: int | None, unit: str) -> str:
    """'P3Y', 'PT2H', or with an unknown amount 'PXY'."""
    letter, is_time = UNITS[unit]
    count = "X" if amount is None else str(amount)
    if unit == "decade" and amount is not None:
        letter, count = "Y", str(amount * 10)
    if unit == "century" and amount is not None:
        letter, count = "Y", str(amount * 100)
    if unit == "quarter" and amount is not None:
        letter, count = "M", str(amount * 3)
    return f"PT{count}{letter}" if is_time else f"P{count}{letter}"


def resolve_weekday(anchor: dt.date, weekday: int, direction: int) -> dt.date:
    """The nearest ``weekday`` before (-1), after (+1) or around (0) the anchor.

    News reports mostly past events, so an undirected weekday is the anchor's own
    day or the latest earlier one.
    """
    if direction > 0:
        ahead = (weekday - anchor.weekday()) % 7 or 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7
    if direction < 0 and back == 0:
        back = 7
    return anchor - dt.timedelta(days=back)


def unit_of(word: str) -> str | None:
    """'years' -> 'year', 'centuries' -> 'century'; None for other words."""
    word = word.lower()
    if word == "centuries":
        return "century"
    base = word[:-1] if word.endswith("s") else word
    return base if base in UNITS else None


TIME_RE = re.compile(r"(\d{1,2})(?:[:.](\d\d))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)


def clock_value(hour: int, minute: int, meridiem: str | None) -> str | None:
    """'T16:30' from 4, 30, 'p'; None for impossible times."""
    if meridiem:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.lower() == "p" else 0)
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return f"T{hour:02d}:{minute:02d}"
