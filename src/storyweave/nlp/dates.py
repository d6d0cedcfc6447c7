"""Temporal expressions resolved to TIMEX3 values, and publication dates inferred.

``extract_dates`` tags the cleaned text with the rule-based tagger in
``timex`` and resolves every expression against the article's publication date.
``infer_publication_dates`` dates the articles that came without one from the
evidence in them and in the rest of the cluster (``dates_infer``).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .._model import Article, DateMention, Sentence
from .dates_infer import infer_publication_dates
from .timex import find_timexes

__all__ = ["extract_dates", "infer_publication_dates"]


def extract_dates(doc: Doc, article: Article, sentences: Sequence[Sentence]) -> list[DateMention]:
    """Every temporal expression, resolved against ``article.published`` when known.

    Without a publication date, relative expressions ("yesterday") get no value
    and partial ones an underspecified value ("XXXX-01-23"): today is never assumed.
    Expressions outside every sentence (blanked furniture) are left out.
    """
    mentions: list[DateMention] = []
    s = 0
    for timex in find_timexes(doc.text, article.published):
        while s < len(sentences) and sentences[s].end <= timex.start:
            s += 1
        if s == len(sentences) or sentences[s].start > timex.start:
            continue
        mentions.append(
            DateMention(
                article=article.id,
                text=article.text[timex.start : timex.end],
                start=timex.start,
                end=timex.end,
                type=timex.type,
                value=timex.value,
                sentence=sentences[s].id,
                anchor=article.published,
            )
        )
    return mentions
