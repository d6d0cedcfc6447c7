"""Attributions: who said what, in one article and across outlets.

``extract_quotes`` turns the attributions ``quotes_rules`` finds in a parse into
``Quote`` records with a named speaker where the text allows one (pronouns and
roles resolved by ``quotes_speakers``). A paragraph that is one quotation with
no cue of its own continues the speaker of the paragraph before it ("In a
series of tweets, John Bolton threatened ... / "Your time is up. ..."").
``group_quotes`` gathers every speaker's quotes across articles.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc

from .._model import Article, Quote, Sentence, Span
from .._stretches import Stretches
from .quotes_group import group_quotes
from .quotes_marks import doc_text, find_quoted
from .quotes_rules import Attribution, find_attributions
from .quotes_speakers import (
    RELATIVE_PRONOUNS,
    is_person_like,
    is_pronoun,
    name_of_source,
    previous_paragraph_speaker,
    relative_antecedent,
    resolve_pronoun,
)

__all__ = ["extract_quotes", "group_quotes"]

# Quotes longer than this are cut: a run-away unclosed quotation must not swallow an article.
MAX_QUOTE_CHARS = 3_000


def _span(article: Article, start: int, end: int) -> Span:
    end = min(end, start + MAX_QUOTE_CHARS, len(article.text))
    return Span(text=article.text[start:end], start=start, end=end)


def _sentence_at(sentences: Sequence[Sentence], starts: Sequence[int], char: int) -> str | None:
    """The id of the sentence holding ``char``; ``starts`` are the sentences' starts, in order."""
    i = bisect.bisect_right(starts, char) - 1
    return sentences[i].id if i >= 0 and char < sentences[i].end else None


def _speaker(doc: Doc, found: Attribution, earlier: list[tuple[int, str, bool]]) -> str | None:
    if found.source is None:
        return None
    start, end = found.source
    if is_pronoun(doc, start, end):
        return resolve_pronoun(doc, start, earlier)
    antecedent = relative_antecedent(doc, start, end)
    if antecedent is not None or doc_text(doc)[start:end].strip().lower() in RELATIVE_PRONOUNS:
        return antecedent
    return name_of_source(doc, start, end)


def _orphan_quotes(doc: Doc, taken: Sequence[Attribution]) -> list[Attribution]:
    """Whole-paragraph quotations that no cue claimed (their speaker comes from context)."""
    text = doc_text(doc)
    contents = Stretches(a.content for a in taken)
    orphans = []
    for quoted in find_quoted(text):
        line_start = text.rfind("\n", 0, quoted.start) + 1
        line_end = text.find("\n", quoted.end)
        line_end = len(text) if line_end < 0 else line_end
        whole = (
            not text[line_start : quoted.start].strip()
            and len(text[quoted.end : line_end].strip()) <= 1
        )
        claimed = contents.overlaps(quoted.start, quoted.end)
        if whole and not claimed and len(text[quoted.start : quoted.end].split()) >= 4:
            orphans.append(
                Attribution((quoted.start, quoted.end), (quoted.start, quoted.start), None, True)
            )
    return orphans


def extract_quotes(doc: Doc, article: Article, sentences: Sequence[Sentence]) -> list[Quote]:
    """Every attribution in the article. ``doc_text(doc)`` has the length of ``article.text``."""
    if len(doc_text(doc)) != len(article.text):
        return []  # offsets would point at the wrong characters; analysis reports the mismatch
    found = find_attributions(doc)
    found = sorted([*found, *_orphan_quotes(doc, found)], key=lambda a: a.content)
    quotes: list[Quote] = []
    earlier: list[tuple[int, str, bool]] = []
    starts = [s.start for s in sentences]
    for attribution in found:
        orphan = attribution.cue[0] == attribution.cue[1]
        if orphan:
            speaker = previous_paragraph_speaker(doc, attribution.content[0], earlier)
        else:
            speaker = _speaker(doc, attribution, earlier)
        if speaker and attribution.source is not None:
            person = is_person_like(doc, *attribution.source) or is_pronoun(
                doc, *attribution.source
            )
            earlier.append((attribution.source[0], speaker, person))
        elif speaker and orphan:
            earlier.append((attribution.content[0], speaker, True))
        quotes.append(
            Quote(
                id=f"{article.id}#q{len(quotes)}",
                article=article.id,
                content=_span(article, *attribution.content),
                source=_span(article, *attribution.source) if attribution.source else None,
                cue=None if orphan else _span(article, *attribution.cue),
                direct=attribution.direct,
                speaker=speaker,
                sentence=_sentence_at(
                    sentences, starts, attribution.content[0] if orphan else attribution.cue[0]
                ),
            )
        )
    return quotes
