"""What every reader receives and returns, and the helpers they share."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from .._config import Settings
from .._model import Article, ArticleWarning

STAGE = "ingest"


@dataclass(frozen=True)
class RawInput:
    """Bytes of one input and where they came from."""

    data: bytes
    name: str  # the default article id: file name without its extension, or "stdin"
    path: str | None = None  # shown in warnings and kept as Article.path


ReadResult = tuple[list[Article], list[ArticleWarning]]
Reader = Callable[[RawInput, Settings], ReadResult]


def warning(
    raw: RawInput | None, reason: str, *, skipped: bool = True, article: str | None = None
) -> ArticleWarning:
    """An ingest warning about one input (or one record in it)."""
    path = raw.path if raw is not None else None
    if path is None and raw is not None and article is None:
        article = raw.name
    return ArticleWarning(stage=STAGE, reason=reason, path=path, article=article, skipped=skipped)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_ID_CHARS = 80


def safe_id(value: str, fallback: str) -> str:
    """A file-name- and URL-safe article id derived from ``value`` (a guid, link or name).

    Long values are cut and given a short hash, so two long links that share a
    prefix still get different ids.
    """
    text = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value.strip(), flags=re.IGNORECASE)
    text = _UNSAFE.sub("_", text).strip("._-")
    if not text:
        return fallback
    if len(text) > _MAX_ID_CHARS:
        digest = hashlib.sha1(value.encode("utf-8", "replace")).hexdigest()[:10]
        text = f"{text[: _MAX_ID_CHARS - 11]}-{digest}"
    return text


def has_words(text: str) -> bool:
    """True when ``text`` holds at least one letter or digit."""
    return any(ch.isalnum() for ch in text)


# Control characters (C0 but tab and newline, DEL, C1) and the bidirectional
# embedding, override and isolate marks. They are invisible in an article, but a
# terminal obeys an escape sequence and a page obeys an unclosed right-to-left
# override, so text read from outside never keeps them. ``\r``, vertical tab and
# form feed break lines; the others are dropped.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = {"\r": "\n", "\x0b": "\n", "\x0c": "\n"}


# Lone surrogates: a JSON "\ud800" escape, or an undecodable byte in a file name
# (Python's surrogateescape). No output can encode them as UTF-8.
_SURROGATES = re.compile("[\ud800-\udfff]")


def printable(path: str) -> str:
    """A file name as shown: each invisible or unencodable character a "?", as ``ls`` does.

    Kept in warnings and ``Article.path``, so no output receives the escape
    sequence a hostile file name may hold; the "?" still shows something was there.
    """
    return _SURROGATES.sub("?", _INVISIBLE.sub("?", path))


def encodable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, so it can be written as UTF-8."""
    return _SURROGATES.sub("\ufffd", text) if _SURROGATES.search(text) else text


def strip_controls(text: str) -> str:
    """``text`` without control characters and bidirectional overrides (see ``_INVISIBLE``)."""
    if not _INVISIBLE.search(text):
        return text
    return _INVISIBLE.sub(lambda m: _LINE_BREAKS.get(m.group(), ""), text)
