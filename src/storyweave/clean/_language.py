"""Which language an article is written in, from its function words.

No language-identification model installs offline, but spaCy ships stop-word
lists (the commonest function words) for dozens of languages. A text's
language is the one whose *distinctive* function words it uses most: words on
exactly one of the lists compared here ("the", "und", "les", "della"), so that
words shared by several languages ("a", "de", "in") vote for none. Texts in
scripts without spaces between words (Chinese, Japanese, Korean, Thai) are
recognised by their script.

The answer is None when the text is too short (fewer than ``MIN_WORDS`` words,
or fewer than ``MIN_VOTES`` function-word votes) or no language clearly wins:
callers treat None as "unknown", not as foreign.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from functools import cache
from pathlib import Path

import spacy.lang

# ISO 639-1 codes of the languages compared; each has spacy.lang.<code>.stop_words.
LANGUAGES = (
    "en", "de", "fr", "es", "it", "pt", "nl", "sv", "da", "nb", "fi", "pl", "cs", "hu",
    "ro", "tr", "ca", "id", "ru", "uk", "bg", "el", "ar", "fa", "he", "hi",
)  # fmt: skip
MIN_WORDS = 8
MIN_SHARE = 0.04  # function-word votes per word of text
MIN_VOTES = 2.0  # one function word ("jim" is Czech for "them") decides nothing
MIN_LEAD = 2.0  # the winner needs this many times the runner-up's score
_SAMPLE_CHARS = 5_000  # the language is clear long before the end of an article
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SCRIPTS = (("HIRAGANA", "ja"), ("KATAKANA", "ja"), ("HANGUL", "ko"), ("CJK", "zh"), ("THAI", "th"))


@cache
def _word_weights() -> dict[str, dict[str, float]]:
    """Stop word -> {language: weight}; a word on k lists counts 1/k for each of them."""
    owners: dict[str, set[str]] = {}
    for code in LANGUAGES:
        for word in _stop_words(code):
            owners.setdefault(word.lower(), set()).add(code)
    return {word: {c: 1 / len(codes) for c in codes} for word, codes in owners.items()}


def _stop_words(code: str) -> set[str]:
    """spaCy's stop list for ``code``, loaded from its file alone.

    Importing ``spacy.lang.<code>`` would also load that language's tokenizer
    exceptions (seconds, for French); the stop list is a plain module.
    """
    path = Path(spacy.lang.__file__).parent / code / "stop_words.py"
    spec = importlib.util.spec_from_file_location(f"_storyweave_stop_words_{code}", path)
    if spec is None or spec.loader is None:
        return set()
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.STOP_WORDS)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language of ``text``, or None when unsure."""
    sample = text[:_SAMPLE_CHARS]
    by_script = _language_by_script(sample)
    if by_script is not None:
        return by_script
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sample)]
    if len(words) < MIN_WORDS:
        return None
    weights = _word_weights()
    votes: dict[str, float] = {}
    for word in words:
        for code, weight in weights.get(word, {}).items():
            votes[code] = votes.get(code, 0.0) + weight
    ranked = sorted(votes.items(), key=lambda item: -item[1])[:2]
    if not ranked or ranked[0][1] < MIN_VOTES or ranked[0][1] / len(words) < MIN_SHARE:
        return None
    if len(ranked) == 2 and ranked[0][1] < MIN_LEAD * ranked[1][1]:
        return None
    return ranked[0][0]


def _language_by_script(sample: str) -> str | None:
    """ja/ko/zh/th when most letters are in that script (these texts have no spaces)."""
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return None
    counts: Counter[str] = Counter()
    for ch in letters:
        name = unicodedata.name(ch, "")
        for prefix, code in _SCRIPTS:
            if name.startswith(prefix):
                counts[code] += 1
                break
    if sum(counts.values()) < 0.5 * len(letters):
        return None
    # Japanese mixes kanji (CJK) with kana; any real share of kana means Japanese.
    if counts["ja"] >= 0.1 * sum(counts.values()):
        return "ja"
    return counts.most_common(1)[0][0]
