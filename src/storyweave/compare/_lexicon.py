"""The evaluative lexicon (compare/data/evaluative.txt): words, prefixes and phrases."""

from __future__ import annotations

import functools
import re
from importlib import resources


@functools.lru_cache(maxsize=1)
def evaluative_lexicon() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """(words, prefixes, phrases) read from the packaged list."""
    text = resources.files("storyweave.compare").joinpath("data/evaluative.txt").read_text("utf-8")
    words: set[str] = set()
    prefixes: list[str] = []
    phrases: list[str] = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip().lower()
        if not entry:
            continue
        if " " in entry:
            phrases.append(entry)
        elif entry.endswith("*"):
            prefixes.append(entry[:-1])
        else:
            words.add(entry)
    return frozenset(words), tuple(prefixes), tuple(phrases)


def is_loaded(term: str) -> bool:
    """Whether a word or phrase contains evaluative wording."""
    words, prefixes, phrases = evaluative_lexicon()
    lower = term.lower()
    if any(p in lower for p in phrases):
        return True
    return any(w in words or w.startswith(prefixes) for w in re.findall(r"[\w-]+", lower))


def loaded_phrases(text: str) -> list[str]:
    """The multi-word evaluative phrases that occur in a text."""
    lower = " ".join(text.lower().split())
    return [p for p in evaluative_lexicon()[2] if re.search(rf"\b{re.escape(p)}\b", lower)]
