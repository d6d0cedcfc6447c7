"""Word-level views of a sentence shared by the comparison steps: content stems, cues."""

from __future__ import annotations

import functools
import re

from spacy.lang.en.stop_words import STOP_WORDS

from ..summarize._text import stem  # one Snowball (Porter2) stemmer for the project

_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*")

# Reporting verbs and phrases: the outlet passes on what someone else says.
ATTRIBUTION_CUE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|claim(?:s|ed|ing)?|alleg(?:e|es|ed|ing|ation|ations)|"
    r"accus(?:e|es|ed|ing|ation|ations)|suspect(?:s|ed)? of|"
    r"accord(?:ing)? to|reportedly|report(?:s|ed)? that|insist(?:s|ed)?|assert(?:s|ed)?|"
    r"suggest(?:s|ed)?|argu(?:e|es|ed)|announc(?:e|es|ed)|declar(?:e|es|ed)|tweet(?:s|ed)|"
    r"wrote|estimat(?:e|es|ed)|believ(?:e|es|ed)|contend(?:s|ed)?|maintain(?:s|ed))\b",
    re.IGNORECASE,
)
# Denials: someone rejects a claim; the outlet reports the rejection.
DENIAL_CUE = re.compile(
    r"\b(?:den(?:y|ies|ied|ying|ial)|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|"
    r"dismiss(?:es|ed|ing)?|rebuff(?:s|ed)?|disput(?:e|es|ed)|"
    r"(?:is|was|were|are) (?:not true|false|fake|untrue)|no evidence)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(?:not|no|never|n't|neither|nor|without)\b", re.IGNORECASE)


def words(text: str) -> list[str]:
    return [w.replace("’", "'") for w in _WORD.findall(text)]


@functools.lru_cache(maxsize=16384)
def content_stems(text: str) -> frozenset[str]:
    """Stems of the words that carry meaning (no stop words, at least three letters)."""
    return frozenset(
        stem(w.lower()) for w in words(text) if len(w) >= 3 and w.lower() not in STOP_WORDS
    )


@functools.lru_cache(maxsize=16384)
def sentence_status(text: str) -> str:
    """'denied' when the sentence reports a denial, 'attributed' when it reports someone's
    claim, otherwise 'asserted' (the outlet states it in its own voice)."""
    if DENIAL_CUE.search(text):
        return "denied"
    if ATTRIBUTION_CUE.search(text) or re.search(r"[“\"].{12,}[”\"]", text):
        return "attributed"
    return "asserted"
