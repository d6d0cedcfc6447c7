"""Ingestion: files, folders, standard input and records in; ``Article`` records out.

Readers are registered by name (``ingest.text.v1``, ``ingest.html.v1``,
``ingest.jsonl.v1``, ``ingest.feed.v1``) and each takes a ``RawInput`` (bytes
and where they came from) and ``Settings``. ``read_inputs`` picks the reader
by file name or by sniffing the content, enforces the size and count limits,
makes ids unique, and turns every problem with one input into an
``ArticleWarning``: a bad file never stops a batch.
"""

from __future__ import annotations

from . import feed, html, jsonl, text  # noqa: F401  (registers the readers)
from ._dates import parse_published
from ._decode import DecodeError, decode_bytes, repair_mojibake
from ._read import CONTAINER_FACTOR, dispatch, read_file, read_inputs
from ._source import RawInput, Reader, ReadResult, safe_id
from ._title import guess_title

__all__ = [
    "CONTAINER_FACTOR",
    "DecodeError",
    "RawInput",
    "ReadResult",
    "Reader",
    "decode_bytes",
    "dispatch",
    "guess_title",
    "parse_published",
    "read_file",
    "read_inputs",
    "repair_mojibake",
    "safe_id",
]
