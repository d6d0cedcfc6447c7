"""Light text handling for the summarizer: sentences, words, stems and bigrams.

The summarize command and the evaluations must read a thousand articles in
seconds, so this module avoids spaCy: a regular-expression sentence splitter
that knows common abbreviations, a word pattern, and the Snowball (Porter 2)
stemmer with a cache. Analysed articles from the brief bring their own spaCy
sentences and only use the word-level functions.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\r\n\s*\r\n")
# A sentence ends at . ! or ? (maybe followed by closing quotes or brackets) and
# whitespace, when the next token opens like a sentence: a capital, a digit or a quote.
# Scraped pages also glue sentences where a line break was lost ("child.Less
# than a week later"): a lower-case word, the stop, then a capitalised word.
_BOUNDARY = re.compile(
    r"""(?<=[.!?])(''|["'”’)\]])?\s+(?=(?:[\"“‘'(\[]|``)?[A-Z0-9])"""
    r"""|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])"""
)
_ABBREVIATIONS = frozenset(
    re.split(
        r"\s+",
        """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr inc corp co
        ltd bros no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave blvd
        rev hon pres supt dept univ est fig approx u.s u.k u.n e.g i.e a.m p.m""",
    )
)
STOPWORDS = frozenset(w.lower() for w in STOP_WORDS) | frozenset({"said", "says", "s", "t"})


def paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each paragraph: stretches separated by blank lines."""
    start = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        if text[start : match.start()].strip():
            yield start, match.start()
        start = match.end()
    if text[start:].strip():
        yield start, len(text)


def _ends_with_abbreviation(chunk: str) -> bool:
    """True when ``chunk`` ends in a known abbreviation or an initial (``J.``)."""
    last = chunk.rsplit(None, 1)[-1].rstrip(".").lower().lstrip("(\"'“‘`")
    return last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, paragraph number) of every sentence of a plain text, no parser.

    Offsets index ``text`` itself, so the spans can become ``Sentence`` records.
    """
    for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
        start = p_start
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            end = match.start() + len(match.group(1) or "")
            if text[end - 1] == "." and _ends_with_abbreviation(text[start:end]):
                continue
            yield (*_trimmed(text, start, end), number)
            start = match.end()
        yield (*_trimmed(text, start, p_end), number)


def normalise_space(text: str) -> str:
    """One space between words: how a sentence is shown in a summary."""
    return " ".join(text.split())


def word_count(text: str) -> int:
    """Words as ROUGE's length limit and the ``--words`` budget count them."""
    return len(text.split())


def truncate_words(text: str, words: int) -> str:
    """The first ``words`` whitespace-separated words of ``text``."""
    return " ".join(text.split()[:words])


def words_of(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits, inner apostrophes kept)."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return str(_STEMMER.stemWord(word))


def content_stems(words: list[str]) -> list[str]:
    """Stems of the words that are not stop words."""
    return [stem(w) for w in words if w not in STOPWORDS]


def bigram_concepts(words: list[str]) -> set[tuple[str, str]]:
    """Stemmed word bigrams, dropping those made only of stop words (ICSISumm concepts)."""
    stems = [stem(w) for w in words]
    stops = [w in STOPWORDS for w in words]
    return {
        (stems[i], stems[i + 1]) for i in range(len(words) - 1) if not (stops[i] and stops[i + 1])
    }
