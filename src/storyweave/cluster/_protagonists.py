"""The protagonists of an article: who the headline and the lead are about.

Two events of one type in one place (two players of one team arrested for
drunk driving, two fights of one champion) share nearly all their words and
most of their names; what a reader tells them apart by is *who*: Vincent
Jackson or Jamal Williams, Hasim Rahman or Tony Thompson. News prose names a
person in full on first mention ("Chargers receiver Vincent Jackson was
arrested ...") and by surname afterwards ("Jackson said ..."), while places
and bodies keep their full name ("New Orleans", "Betty Ford Center" are not
shortened to "Orleans" or "Center"). So a protagonist is the last word of a
capitalised run of two or three words in the headline or the first
``LEAD_NAME_WORDS`` words that the opening (the words read for terms) also
uses alone. No parser: a few regular expressions per article.

How the clusterer uses them is in ``OpenStory.protagonist_penalty``; how the
settings were chosen is in ``docs/evaluation/stories.md``.
"""

from __future__ import annotations

from .._model import Article
from ._features import _NAME, _NOT_NAMES, TERM_WORDS

LEAD_NAME_WORDS = 30  # headline + the first sentence or two (20 and 50 scored lower on dev)
_RUN_WORDS = (2, 3)  # "Vincent Jackson", "Wladimir Klitschko", "Hasim Rahman"

# Dateline furniture written with capitals (SHOUTED words such as time zones are dropped anyway).
_MONTHS_AND_DAYS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun"
)
_NOT_PROTAGONISTS = (
    _NOT_NAMES | frozenset(_MONTHS_AND_DAYS.split()) | {"Updated", "Posted", "Published"}
)


def protagonists(article: Article) -> frozenset[str]:
    """Lowercased surnames of the people the headline and the lead are about."""
    lines = ([article.title] if article.title else []) + article.text.split("\n")
    title_words = len(article.title.split()) if article.title else 0
    opening = _first_words(lines, TERM_WORDS)
    alone = {run[0] for run in _name_runs(opening) if len(run) == 1}
    lead = _first_words(opening, LEAD_NAME_WORDS + title_words)
    low, high = _RUN_WORDS
    return frozenset(
        run[-1].lower()
        for run in _name_runs(lead)
        if low <= len(run) <= high and run[-1] in alone and len(run[-1]) > 2
    )


def _name_runs(lines: list[str]) -> list[list[str]]:
    """Runs of capitalised words, furniture and SHOUTED words dropped, possessives cut."""
    runs = []
    for line in lines:
        for match in _NAME.finditer(line):
            words = [
                word.strip(".'’-").removesuffix("'s").removesuffix("’s")
                for word in match.group().split()
            ]
            words = [w for w in words if w and not w.isupper() and w not in _NOT_PROTAGONISTS]
            if words:
                runs.append(words)
    return runs


def _first_words(lines: list[str], words: int) -> list[str]:
    """The lines that hold the first ``words`` words, the last one cut there."""
    kept: list[str] = []
    for line in lines:
        if words <= 0:
            break
        parts = line.split(maxsplit=words)
        kept.append(" ".join(parts[:words]))
        words -= len(parts)
    return kept
