"""Bytes to text: detect the encoding, refuse binary data, repair mojibake.

Order of trust: a byte-order mark, then strict UTF-8 (by far the most common
encoding of news text), then charset-normalizer's guess. Whatever was decoded
is passed through ftfy with a configuration that only undoes mojibake
(``â€™`` -> ``’``) and leaves every other character as it is: curly quotes,
dashes, ligatures and widths are evidence that later stages quote verbatim.
Line endings are normalised to ``\\n`` so paragraphs are found the same way in
files from every platform.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

import charset_normalizer
import ftfy

# BOMs, longest first: the UTF-32 little-endian mark starts with the UTF-16 one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Only undo encoding damage; never change characters that were read correctly.
_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)

# Share of control characters above which decoded "text" is really binary data.
_MAX_CONTROL_SHARE = 0.01
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f]")  # not tab, newlines, form feed
# A UTF-8 lead byte read as cp1252/Latin-1, then a continuation byte read the same way;
# or a C1 control character.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a"
    "\u20ac\u2122]|[\x80-\x9f]"
)
_WESTERN = ("cp1252", "latin_1", "iso8859_15")


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can recognise."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    truncated: bool = False  # the data ended inside a multi-byte character
    repaired: bool = False  # ftfy undid mojibake


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text, or raise ``DecodeError`` for binary or undecodable bytes."""
    text, encoding, truncated = _decode(data)
    if _looks_binary(text):
        raise DecodeError("binary data (control characters), not text")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fixed = repair_mojibake(text)
    return Decoded(fixed, encoding, truncated, repaired=fixed != text)


def repair_mojibake(text: str) -> str:
    """Undo mojibake with ftfy, leaving correctly decoded characters alone.

    Mojibake of UTF-8 read as Windows-1252 or Latin-1 (by far the commonest
    kind) always shows a lead character ``Â``-``ô`` followed by a continuation
    character (``€``, ``’``, ``\x80``-``¿`` ...); text without such a pair or
    C1 controls is returned as it is, which skips ftfy's slower line-by-line
    analysis for the vast majority of clean articles.
    """
    if text.isascii() or not _MOJIBAKE_HINT.search(text):
        return text
    return ftfy.fix_text(text, config=_FTFY_CONFIG)


def _decode(data: bytes) -> tuple[str, str, bool]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, False
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} after its byte-order mark") from exc
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16, "utf-16", False
        raise DecodeError("binary data (NUL bytes), not text")
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        text = decoder.decode(data, final=False)
    except UnicodeDecodeError:
        return _guess(data)
    # Bytes left in the decoder: the file ends in the middle of a character.
    return text, "utf-8", bool(decoder.getstate()[0])


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 with no byte-order mark, else None.

    Latin-script UTF-16 has a NUL in (nearly) every second byte: the odd ones
    for little-endian, the even ones for big-endian. Binary data has NULs at
    random, in both halves.
    """
    even, odd = data[0::2], data[1::2]
    for zeros, other, encoding in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if len(data) % 2 == 0 and zeros.count(0) > 0.5 * len(zeros) and other.count(0) == 0:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _guess(data: bytes) -> tuple[str, str, bool]:
    matches = list(charset_normalizer.from_bytes(data))
    if matches:
        best = matches[0]
        # Single-byte encodings often tie (cp1250 and cp1252 read "ñ" alike
        # badly or well); on a tie the Western ones win, as in most news text.
        for match in matches:
            tie = match.chaos <= best.chaos and match.coherence >= best.coherence - 0.01
            if tie and match.encoding in _WESTERN:
                best = match
                break
        return str(best), best.encoding, False
    # charset-normalizer gives up on short or odd inputs; Windows-1252 is the
    # usual culprit for non-UTF-8 news text. Latin-1 maps every byte.
    for encoding in ("cp1252", "latin-1"):
        try:
            return data.decode(encoding), encoding, False
        except UnicodeDecodeError:
            continue
    raise DecodeError("undecodable bytes")  # pragma: no cover - latin-1 never fails


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROLS.findall(text)) / len(text) > _MAX_CONTROL_SHARE
