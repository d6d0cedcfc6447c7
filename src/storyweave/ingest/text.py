"""Plain-text articles (``.txt``): one file, one article."""

from __future__ import annotations

from .._config import Settings
from .._model import Article
from .._registry import registry
from ._decode import Decoded, DecodeError, decode_bytes
from ._source import RawInput, ReadResult, has_words, warning
from ._title import guess_title


def decode_input(raw: RawInput) -> tuple[Decoded | None, ReadResult]:
    """Decode one input, or say why it cannot be read (shared by the text-based readers)."""
    try:
        decoded = decode_bytes(raw.data)
    except DecodeError as exc:
        return None, ([], [warning(raw, f"unreadable: {exc}")])
    notes = []
    if decoded.truncated:
        notes.append(warning(raw, "truncated: ends inside a character", skipped=False))
    if not has_words(decoded.text):
        return None, ([], [*notes, warning(raw, "empty: no text")])
    return decoded, ([], notes)


@registry.register("ingest.text.v1")
def read_text(raw: RawInput, settings: Settings) -> ReadResult:
    """Read a plain-text article; its first line is the title when it looks like one."""
    decoded, (_, warnings) = decode_input(raw)
    if decoded is None:
        return [], warnings
    text = decoded.text
    article = Article(id=raw.name, text=text, title=guess_title(text), path=raw.path)
    return [article], warnings
