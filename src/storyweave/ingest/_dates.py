"""Publication dates from whatever a source gives: ISO, RFC 822, or prose.

Tried from the strictest to the loosest parser, so a well-formed date is never
second-guessed: ISO 8601 (``2019-05-02``, ``2019-05-02T10:00:00Z``), then the
RFC 822 dates of RSS (``Thu, 02 May 2019 10:00:00 +0000``), then dateparser
for everything else (``Thursday, 02 May, 2019``, ``May 2nd 2019``). dateparser
only sees short strings: a long value is not a date, and parsing hostile text
should stay cheap.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import time

import dateparser

_MAX_DATE_CHARS = 80
_MIN_TIMESTAMP = -2_208_988_800  # 1900-01-01
_MAX_TIMESTAMP = 7_258_118_400  # 2200-01-01
_DATEPARSER_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "REQUIRE_PARTS": ["day", "month", "year"],
    # Relative dates ("yesterday") would be resolved against today, not the article.
    "PARSERS": ["custom-formats", "absolute-time"],
}


def parse_published(value: object) -> dt.date | None:
    """The date in ``value`` (a string, date, datetime or struct_time), or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return _from_struct_time(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _from_timestamp(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > _MAX_DATE_CHARS:
        return None
    return _iso(text) or _rfc822(text) or _prose(text)


def _iso(text: str) -> dt.date | None:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _rfc822(text: str) -> dt.date | None:
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _prose(text: str) -> dt.date | None:
    try:
        parsed = dateparser.parse(text, languages=["en"], settings=_DATEPARSER_SETTINGS)
    except (ValueError, TypeError, OverflowError, RecursionError):
        return None
    return parsed.date() if parsed is not None else None


def _from_struct_time(value: time.struct_time) -> dt.date | None:
    try:
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    except ValueError:
        return None


def _from_timestamp(value: float) -> dt.date | None:
    """Seconds since 1970 (UTC), within a plausible range for news (1900-2200)."""
    if not _MIN_TIMESTAMP <= value <= _MAX_TIMESTAMP:
        return None
    return dt.datetime.fromtimestamp(value, tz=dt.UTC).date()
