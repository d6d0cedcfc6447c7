"""Ordering and precision of TIMEX3 values, for placing events on a timeline."""

from __future__ import annotations

import datetime as dt
import re

from .._model import DateMention

_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_QUARTER = re.compile(r"^(\d{4})-[QH](\d)")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)")
_YEAR = re.compile(r"^(\d{4})$")
_SEASON_MONTH = {"WI": 1, "SP": 4, "SU": 7, "FA": 10}


def is_placeable(mention: DateMention) -> bool:
    """A date or time an event can sit on: not a duration, set or vague reference."""
    return mention.type in ("DATE", "TIME") and precision_of(mention.value or "") > 0


def precision_of(value: str) -> int:
    """4 for a time of day, 3 for a day, 2 for a week, 1 for a month/quarter/season/year."""
    if _DAY.match(value):
        return 4 if "T" in value[10:11] and re.match(r"T\d", value[10:]) else 3
    if _WEEK.match(value):
        return 2
    if _MONTH.match(value) or _QUARTER.match(value) or _SEASON.match(value) or _YEAR.match(value):
        return 1
    return 0


def date_sort_key(value: str) -> tuple[str, int]:
    """A key that orders values by the day they start on, coarser values first."""
    start = start_day(value)
    return (start.isoformat() if start else "9999", -precision_of(value))


def start_day(value: str) -> dt.date | None:
    """The first day a TIMEX3 value covers (a week's Monday, a month's first), or None."""
    try:
        if m := _DAY.match(value):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return dt.date.fromisocalendar(int(m[1]), max(1, int(m[2])), 1)
        if m := _MONTH.match(value):
            return dt.date(int(m[1]), int(m[2]), 1)
        if m := _QUARTER.match(value):
            step = 3 if "Q" in value else 6
            return dt.date(int(m[1]), (int(m[2]) - 1) * step + 1, 1)
        if m := _SEASON.match(value):
            return dt.date(int(m[1]), _SEASON_MONTH[m[2]], 1)
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None
