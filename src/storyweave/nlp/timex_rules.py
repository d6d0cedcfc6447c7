"""The recognition rules of the temporal tagger: one regex and one normaliser each.

A normaliser gets the match and its ``Context`` (anchor date, whether the
clause speaks of the future) and returns ``(type, value)``, or ``None`` to
reject the match. Values follow TIMEX3: ``2019-04-30``, ``2019-W18``,
``2019-05``, ``2019-Q2``, ``199`` (the 1990s), ``P3D``, ``T04:00``,
``PRESENT_REF``; an expression that cannot be placed without an anchor gets an
underspecified value (``XXXX-01-23``) or ``None``.
"""

# One rule per line reads better than regexes folded at 100 columns.
# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .timex_values import (
    MONTHS,
    NUMBER_WORDS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    VAGUE_QUANTITIES,
    WEEKDAYS,
    clock_value,
    duration_value,
    parse_number,
    quarter_of,
    resolve_weekday,
    safe_date,
    shifted_value,
    unit_of,
    week_value,
)

Kind = Literal["DATE", "TIME", "DURATION", "SET"]
Result = tuple[Kind, str | None] | None


@dataclass(frozen=True)
class Context:
    anchor: dt.date | None
    future: bool
    before: str
    after: str


Normaliser = Callable[[re.Match[str], Context], Result]

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.|"
    r"Jan|Feb|Aug|Sept|Oct|Nov|Dec)"
)
_FULL_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Sept\.|Oct\.|Nov\.|Dec\.|Jan\.|Feb\.|Aug\.)(?!\w)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_PREFIX = rf"(?:{_WEEKDAY},?\s+(?:the\s+)?)?"
_PART = r"(?P<part>morning|afternoon|evening|night)"
_NUMBER = (
    r"(?P<num>\d[\d,]*|an?|single|(?:(?:" + "|".join(NUMBER_WORDS) + r")(?:[\s-]+(?:and\s+)?)?)+?)"
)
_VAGUE = r"(?P<vague>" + "|".join(sorted(VAGUE_QUANTITIES, key=len, reverse=True)) + ")"
_UNIT = r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|quarters?)"
_NO_NUMBER_AFTER = r"(?![\d,]*\d)(?!\s*(?:%|percent|per cent))"
_MOD = r"(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of)[\s-]+)?"


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _year_for(month: int, day: int, ctx: Context) -> int | None:
    """The year of a month/day without one: the anchor's, unless that lands far off."""
    if ctx.anchor is None:
        return None
    year = ctx.anchor.year
    candidate = safe_date(year, month, min(day, 28))
    if candidate is None:
        return year
    gap = (candidate - ctx.anchor).days
    if gap > 120 and not ctx.future:
        return year - 1
    if gap < -240 and ctx.future:
        return year + 1
    return year


def _full_date(m: re.Match[str], ctx: Context) -> Result:
    year, month, day = int(m["year"]), _month_number(m["month"]), int(m["day"])
    found = safe_date(year, month, day)
    return ("DATE", found.isoformat()) if found else ("DATE", None)


def _month_day(m: re.Match[str], ctx: Context) -> Result:
    month, day = _month_number(m["month"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    year = _year_for(month, day, ctx)
    if year is None:
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    found = safe_date(year, month, day)
    return "DATE", found.isoformat() if found else None


def _month_year(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", f"{int(m['year']):04d}-{_month_number(m['month']):02d}"


def _month_alone(m: re.Match[str], ctx: Context) -> Result:
    if m["month"] == "May" and not re.search(
        r"(?i)\b(in|of|since|until|by|early|late|mid|last|next|this)[\s-]*$", ctx.before
    ):
        return None  # the modal verb, not the month
    month = _month_number(m["month"])
    year = _year_for(month, 15, ctx)
    return "DATE", f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"


def _numeric_date(m: re.Match[str], ctx: Context) -> Result:
    found = safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
    return ("DATE", found.isoformat()) if found else None


def _weekday(m: re.Match[str], ctx: Context) -> Result:
    weekday = WEEKDAYS[m["weekday"].lower()]
    rel = (m["rel"] or "").lower()
    # TimeBank gives "Sunday night" the value of the day itself.
    kind: Kind = "DATE"
    suffix = ""
    if ctx.anchor is None:
        return kind, f"XXXX-WXX-{weekday + 1}"
    direction = 1 if rel in ("next", "coming") or (ctx.future and not rel) else 0
    direction = -1 if rel in ("last", "past") else direction
    return kind, resolve_weekday(ctx.anchor, weekday, direction).isoformat() + suffix


_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "this": 0, "last": -1}


def _deictic(m: re.Match[str], ctx: Context) -> Result:
    word = m["word"].lower()
    part = m["part"].lower() if m["part"] else ("night" if word == "tonight" else None)
    if (word in ("last", "this") and part is None) or (word == "last" and part != "night"):
        return None
    kind: Kind = "TIME" if part else "DATE"
    suffix = "T" + PARTS_OF_DAY[part] if part else ""
    if ctx.anchor is None:
        return kind, None
    day = ctx.anchor + dt.timedelta(days=_DEICTIC[word])
    return kind, day.isoformat() + suffix


_REL_SHIFT = {
    "last": -1,
    "previous": -1,
    "past": -1,
    "this": 0,
    "current": 0,
    "next": 1,
    "coming": 1,
}


def _relative_unit(m: re.Match[str], ctx: Context) -> Result:
    rel, unit = m["rel"].lower(), m["unit"].lower()
    shift = _REL_SHIFT[rel]
    if m["the"] and rel in ("past", "last", "next", "coming"):
        if unit == "weekend" or unit in SEASONS:
            return None
        return "DURATION", duration_value(1, unit)
    if ctx.anchor is None:
        return "DATE", None
    if unit == "weekend":
        return "DATE", week_value(ctx.anchor + dt.timedelta(weeks=shift)) + "-WE"
    if unit in SEASONS:
        return "DATE", f"{ctx.anchor.year + min(shift, 0) + max(shift, 0):04d}-{SEASONS[unit]}"
    return "DATE", shifted_value(ctx.anchor, unit, shift)


def _amount(m: re.Match[str]) -> int | None:
    return None if m["vague"] or m["num"] is None else parse_number(m["num"])


def _duration(m: re.Match[str], ctx: Context) -> Result:
    unit = unit_of(m["unit"])
    if unit is None:
        return None
    if re.search(r"(?i)\b(times|twice|once|per)\s*$", ctx.before) and m["num"] in ("a", "an"):
        return "SET", duration_value(1, unit)
    amount = _amount(m)
    if m["num"] and amount is None and not m["vague"]:
        return None
    return "DURATION", duration_value(amount, unit)


def _shifted(m: re.Match[str], ctx: Context) -> Result:
    unit, amount = unit_of(m["unit"]), _amount(m)
    if unit is None:
        return None
    direction = -1 if m["dir"].lower() in ("ago", "earlier", "before") else 1
    if ctx.anchor is None or amount is None:
        return "DATE", None
    if unit in ("hour", "minute", "second"):
        return "TIME", None
    return "DATE", shifted_value(ctx.anchor, unit, direction * amount)


def _span_of_units(m: re.Match[str], ctx: Context) -> Result:
    unit = unit_of(m["unit"])
    return ("DURATION", duration_value(_amount(m), unit)) if unit else None


def _year(m: re.Match[str], ctx: Context) -> Result:
    if re.search(r"[$£€#]\s*$|\d[,.]?$", ctx.before):
        return None
    return "DATE", f"{int(m['year']):04d}"


def _decade(m: re.Match[str], ctx: Context) -> Result:
    return "DATE", m["dec"]


def _quarter(m: re.Match[str], ctx: Context) -> Result:
    number = ORDINALS[m["ord"].lower()]
    kind = m["kind"].lower()
    if kind == "half" and number > 2:
        return None
    letter = "Q" if kind == "quarter" else "H"
    if m["year"]:
        return "DATE", f"{m['year']}-{letter}{number}"
    if ctx.anchor is None:
        return "DATE", f"XXXX-{letter}{number}"
    current = quarter_of(ctx.anchor) if kind == "quarter" else (ctx.anchor.month - 1) // 6 + 1
    year = ctx.anchor.year - (1 if number > current and not ctx.future else 0)
    return "DATE", f"{year}-{letter}{number}"


def _reported_quarter(m: re.Match[str], ctx: Context) -> Result:
    """'the quarter' in business news: the latest completed quarter (a year earlier if 'year-ago')."""
    if ctx.anchor is None:
        return "DATE", "XXXX-QX"
    shifted = shifted_value(ctx.anchor, "quarter", -1) or ""
    if m["ago"] and shifted[:4].isdigit():
        shifted = f"{int(shifted[:4]) - 1:04d}{shifted[4:]}"
    return "DATE", shifted


def _season(m: re.Match[str], ctx: Context) -> Result:
    code = SEASONS[m["season"].lower()]
    rel = (m["rel"] or "").lower()
    if not (rel or m["year"] or re.search(r"(?i)\b(in|during|the|this|by|until)\s*$", ctx.before)):
        return None
    if m["year"]:
        return "DATE", f"{m['year']}-{code}"
    if ctx.anchor is None:
        return "DATE", f"XXXX-{code}"
    shift = {"last": -1, "next": 1}.get(rel, 0)
    return "DATE", f"{ctx.anchor.year + shift}-{code}"


_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF", "the present": "PRESENT_REF",
    "these days": "PRESENT_REF", "right now": "PRESENT_REF", "recently": "PAST_REF",
    "the past": "PAST_REF", "the future": "FUTURE_REF", "the recent past": "PAST_REF",
    "once": "PAST_REF", "former": "PAST_REF", "soon": "FUTURE_REF",
}  # fmt: skip


def _reference(m: re.Match[str], ctx: Context) -> Result:
    word = re.sub(r"\s+", " ", m["t"].lower())
    if word == "once" and not re.match(r"\s*(was|were|had|a|the)\b", ctx.after):
        return None
    return "DATE", _REFS.get(word)


def _clock(m: re.Match[str], ctx: Context) -> Result:
    if m["word"]:
        clock: str | None = "T12:00" if m["word"].lower() == "noon" else "T24:00"
    else:
        clock = clock_value(int(m["hour"]), int(m["minute"] or 0), m["mer"])
    if clock is None:
        return None
    return "TIME", (ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX") + clock


_SET_UNITS = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
              "yearly": "P1Y", "quarterly": "P3M", "nightly": "TNI", "hourly": "PT1H"}  # fmt: skip


def _set(m: re.Match[str], ctx: Context) -> Result:
    if m["adverb"]:
        return "SET", _SET_UNITS[m["adverb"].lower()]
    word = m["unit"].lower()
    if word in WEEKDAYS:
        return "SET", f"XXXX-WXX-{WEEKDAYS[word] + 1}"
    if word in PARTS_OF_DAY:
        return "SET", f"TXX{PARTS_OF_DAY[word]}"
    unit = unit_of(word)
    return ("SET", duration_value(1, unit)) if unit else None


# Holidays on a fixed date: month, day.
HOLIDAYS = {"may day": (5, 1), "new year's day": (1, 1), "new year’s day": (1, 1),
            "christmas day": (12, 25), "christmas": (12, 25), "christmas eve": (12, 24),
            "new year's eve": (12, 31), "new year’s eve": (12, 31), "independence day": (7, 4),
            "valentine's day": (2, 14), "valentine’s day": (2, 14), "halloween": (10, 31),
            "bastille day": (7, 14), "boxing day": (12, 26)}  # fmt: skip


def _holiday(m: re.Match[str], ctx: Context) -> Result:
    month, day = HOLIDAYS[" ".join(m["t"].lower().split())]
    year = _year_for(month, day, ctx)
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"


def _c(pattern: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(pattern, flags)


_I = re.IGNORECASE
RULES: list[tuple[re.Pattern[str], Normaliser]] = [
    (_c(r"\b(?P<t>May\s+Day|New\s+Year[’']s\s+(?:Day|Eve)|Christmas(?:\s+(?:Day|Eve))?|Independence\s+Day|Valentine[’']s\s+Day|Halloween|Bastille\s+Day|Boxing\s+Day)\b"), _holiday),
    (_c(rf"\b(?P<t>{_WEEKDAY_PREFIX}{_MOD}{_MONTH}\s+{_DAY},?\s+{_YEAR})\b"), _full_date),
    (_c(rf"\b(?P<t>{_WEEKDAY_PREFIX}{_DAY}(?:\s+of)?\s+{_MONTH},?\s+{_YEAR})\b"), _full_date),
    (_c(rf"\b(?P<t>{_WEEKDAY_PREFIX}{_MONTH}\s+{_DAY})\b(?!\s*(?:%|,?\s*\d))"), _month_day),
    (_c(rf"\b(?P<t>{_WEEKDAY_PREFIX}{_DAY}(?:\s+of)?\s+{_MONTH})\b(?!,?\s+\d)"), _month_day),
    (_c(rf"\b(?P<t>{_MOD}{_MONTH},?\s+(?:of\s+)?{_YEAR})\b"), _month_year),
    (_c(rf"\b(?P<t>{_MOD}{_FULL_MONTH})(?!\.?\s*\d)\b"), _month_alone),
    (_c(r"\b(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)\b"), _numeric_date),
    (_c(r"\b(?P<month>\d{1,2})/(?P<day>\d{1,2})/(?P<year>\d{4})\b"), _numeric_date),
    (_c(rf"\b(?P<t>(?:(?P<rel>last|next|this|coming|past)\s+)?{_WEEKDAY}(?:\s+{_PART})?)\b"), _weekday),
    (_c(rf"\b(?P<t>(?P<word>today|yesterday|tomorrow|tonight|this|last)(?:\s+{_PART})?)\b", _I), _deictic),
    (_c(r"\b(?P<t>(?P<the>the\s+)?(?:(?:early|late|earlier|later)\s+)?(?P<rel>last|this|next|coming|previous|current|past)\s+"
        r"(?P<unit>week|month|year|quarter|weekend|decade|century|spring|summer|fall|autumn|winter))\b", _I), _relative_unit),
    (_c(rf"\b(?P<t>(?:the\s+)?(?:past|last|next|coming|first|previous|final)\s+(?:(?:{_NUMBER}|{_VAGUE})\s+)?{_UNIT})\b", _I), _span_of_units),
    (_c(rf"\b(?P<t>(?:{_NUMBER}|{_VAGUE})\s+(?:more\s+)?{_UNIT}\s+(?P<dir>ago|earlier|later|from now|hence))\b", _I), _shifted),
    (_c(rf"\b(?P<t>(?:{_NUMBER}|{_VAGUE})(?:\s+|-)(?:more\s+|full\s+|straight\s+|consecutive\s+)?{_UNIT}(?:\s+old)?)\b(?!-old)", _I), _duration),
    (_c(r"\b(?:for|over|in recent|in|recent)\s+(?P<t>(?:recent\s+)?(?P<num>)(?P<vague>)(?P<unit>years|months|weeks|decades|hours|days))\b(?!\s+(?:ago|old|of))", _I), _span_of_units),
    (_c(rf"\b(?P<t>{_MOD}(?P<fiscal>fiscal\s+(?:year\s+)?)?{_YEAR})\b{_NO_NUMBER_AFTER}(?!-\d)", _I), _year),
    (_c(r"\b(?P<t>(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<dec>1[5-9]\d|20\d)0'?s)\b", _I), _decade),
    (_c(rf"\b(?P<t>(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?P<kind>quarter|half)(?:\s+(?:of\s+)?{_YEAR})?)\b", _I), _quarter),
    (_c(r"\b(?P<t>the\s+(?:(?:latest|recent|same|fiscal)\s+)?(?P<ago>year-(?:ago|earlier)\s+)?(?:quarter|period))\b(?!\s+(?:of|ended|ending))", _I), _reported_quarter),
    (_c(rf"\b(?P<t>(?:(?P<rel>this|last|next|early|late)\s+)?(?P<season>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?{_YEAR})?)\b", _I), _season),
    (_c(r"\b(?P<t>right\s+now|now|currently|presently|nowadays|at\s+present|the\s+present|these\s+days|recently|the\s+recent\s+past|the\s+past|the\s+future)\b(?!-)", _I), _reference),
    (_c(r"\b(?P<t>(?:(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?\s*(?P<mer>[ap])\.?\s?m\b\.?|(?P<word>noon|midnight))(?:\s+(?:[ECMP][SD]?T|GMT|UTC))?)", _I), _clock),
    (_c(rf"\b(?P<t>(?:every|each)\s+(?:other\s+)?(?P<unit>day|week|month|year|quarter|morning|evening|night|afternoon|{_WEEKDAY[12:-1].lower()})|(?P<adverb>daily|weekly|monthly|yearly|nightly|hourly))\b", _I), _set),
]  # fmt: skip
