"""Lookups every renderer needs: sentence texts, outlet names, citation labels."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePath

from .._model import Brief, Citation, Entity, Fact, NamingChoice, Quote, Sentence, SourceInfo
from ..summarize._candidates import drop_connective, is_page_furniture, reads_as_sentence
from ..summarize._text import STOPWORDS

_ISO_WEEK = re.compile(r"^(\d{4})-W(\d\d)$")
_DAY_TIME = re.compile(r"^\d{4}-\d\d-\d\dT\d")
# Which entities the brief's table lists, in this order of kinds.
ACTOR_ORDER = {"PERSON": 0, "ORG": 1, "GPE": 2, "LOC": 2, "FAC": 2, "EVENT": 3}
QUOTE_MARKS = "\"'“”‘’«»„"
NO_SUMMARY = "No sentence of these articles could be chosen for a summary."
_JOINED = re.compile(r"\band\b|&")  # "Mike Pompeo and others", "Bolton & Abrams"
MAX_CUE_OBJECT_WORDS = 6  # "urged the opposition leader": an object, not a clause of its own
# A cue that names the source after the words ("..., according to the buildings
# department"): shown before them it would read as if the words were the source.
_SOURCE_AFTER = re.compile(r"^according\b", re.IGNORECASE)


def short(text: str, limit: int = 90) -> str:
    """A heading-length version of a text: cut at a word, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def plural(count: int, noun: str) -> str:
    """'1 article', '5 articles'."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def when(value: str) -> str:
    """A TIMEX3 value as a reader writes it: '2019-W18' -> 'week of 2019-04-29'."""
    if week := _ISO_WEEK.match(value):
        try:
            monday = dt.date.fromisocalendar(int(week[1]), int(week[2]), 1)
        except ValueError:
            return value
        return f"week of {monday.isoformat()}"
    return value.replace("T", " ", 1) if _DAY_TIME.match(value) else value


def _barely_a_person(entity: Entity) -> bool:
    return (
        entity.label == "PERSON"
        and len(entity.name.split()) == 1
        and sum(entity.mentions.values()) <= 1
        and not entity.roles
        and not entity.aliases
    )


def _file_or_id(info: SourceInfo) -> str:
    """The article's file name when the article is a file of its own, else its id."""
    name = PurePath(info.path).name if info.path else ""
    return name if name and PurePath(name).stem == info.id else info.id


@dataclass
class BriefView:
    """Read-only helpers over one brief, so renderers stay short."""

    brief: Brief

    def __post_init__(self) -> None:
        self.number = {a.id: i + 1 for i, a in enumerate(self.brief.articles)}
        self.article = {a.id: a for a in self.brief.articles}
        self.entity_name = {e.id: e.name for e in self.brief.entities}

    @property
    def counts(self) -> str:
        """'5 articles from 5 outlets', and whose headline the title is.

        The title is one outlet's headline, framing included, so the reader is
        told whose it is.
        """
        articles = plural(len(self.brief.articles), "article")
        outlets = plural(len({a.outlet for a in self.brief.articles}), "outlet")
        headline = [a.outlet for a in self.brief.articles if a.title == self.brief.title]
        whose = f"; the title is {headline[0]}'s headline" if headline else ""
        return f"{articles} from {outlets}{whose}"

    @property
    def has_summary(self) -> bool:
        """Whether the brief was asked for a summary: the comparison view asks for none."""
        return self.brief.summary.words > 0

    def outlet(self, article_id: str) -> str:
        info = self.article.get(article_id)
        return info.outlet if info else article_id

    def sentence(self, sentence_id: str) -> Sentence | None:
        return self.brief.sentences.get(sentence_id)

    def sentence_text(self, sentence_id: str) -> str:
        s = self.sentence(sentence_id)
        return s.text if s else ""

    def label(self, citation: Citation) -> str:
        """A short citation label: the article number and sentence, e.g. '3:12'."""
        s = self.sentence(citation.sentence)
        n = self.number.get(citation.article, "?")
        return f"{n}:{s.index + 1}" if s else f"{n}"

    def outlets_of(self, citations: Sequence[Citation]) -> list[str]:
        seen: dict[str, None] = {}
        for c in citations:
            seen.setdefault(self.outlet(c.article), None)
        return list(seen)

    @property
    def actors(self) -> list[Entity]:
        """Entities for the "People, organisations and places" table: people first,
        each kind by how often the articles name it (so a table cut short keeps
        Russia, named four times, rather than a building named once).

        Nationalities and groups ("Venezuelan", "anti-Maduro") are words about
        actors, not actors, so they stay in the JSON but out of the table; so
        does a "person" named once by one word and nothing else (the small
        model's "Miraflores", the presidential palace): news names a person in
        full on first reference, so that is too little to call it a person.
        """
        ranked = [
            e for e in self.brief.entities if e.label in ACTOR_ORDER and not _barely_a_person(e)
        ]
        # stable sort: ties keep the order of first mention
        return sorted(ranked, key=lambda e: (ACTOR_ORDER[e.label], -len(e.mentions)))

    @staticmethod
    def source_title(info: SourceInfo) -> str:
        """The article's headline, or which file it came from when it has none."""
        return info.title or f"(no headline) {_file_or_id(info)}"

    @staticmethod
    def source_notes(info: SourceInfo) -> list[str]:
        """What a reader should know about how a source is credited."""
        notes = [f"copy of {info.duplicate_of}"] if info.duplicate_of else []
        if info.outlet in info.authors:
            notes.append("outlet not named in the text: credited to its author")
        elif info.authors:
            notes.append("by " + ", ".join(info.authors))
        elif info.outlet == info.id:
            named_by = "file" if _file_or_id(info) != info.id else "id"
            notes.append(f"neither outlet nor author named: credited to its {named_by}")
        return notes

    def date_of(self, info: SourceInfo) -> str:
        if info.published is None:
            return "undated"
        return info.published.isoformat() + (" (inferred)" if info.published_inferred else "")

    def quote_text(self, quote: Quote) -> str:
        """A quote's words for display: direct quotes in one pair of curly marks.

        Reported speech keeps the verb the outlet chose, with its object when the
        sentence puts one between verb and clause ("has been urging Russia not to
        get involved"): "claimed" and "said" tell a reader different things, and
        a clause alone reads as if the speaker had said it.
        """
        text = " ".join(quote.content.text.split())
        if quote.direct:
            return "“" + text.strip(QUOTE_MARKS + " ,") + "”"
        # a clause cut from its sentence keeps no comma at its end ('... table,”' -> '... table”')
        text = re.sub(r",(?=[”\"’']?$)", "", text.rstrip())
        if quote.cue is None:
            return text
        if quote.cue.start >= quote.content.end:  # "When the doors opened, ..., police said."
            if _SOURCE_AFTER.match(quote.cue.text):
                return text
            return f"{quote.cue.text} {_continued(text)}"
        verb = " ".join(f"{quote.cue.text} {self._between_cue_and_words(quote)}".split())
        return f"{self._shared_source(quote)}{verb} {_continued(text)}"

    @staticmethod
    def _shared_source(quote: Quote) -> str:
        """ "Mike Pompeo and others " when the speaker said it with others, else nothing:
        under Pompeo's name, "have claimed ..." alone would read as his words only."""
        if quote.source is None or quote.cue is None or quote.source.end > quote.cue.start:
            return ""
        source = " ".join(quote.source.text.split())
        return f"{source} " if _JOINED.search(source) else ""

    def _between_cue_and_words(self, quote: Quote) -> str:
        """The sentence's words between the verb and the reported clause, when few."""
        sentence = self.sentence(quote.sentence) if quote.sentence else None
        if quote.cue is None or sentence is None:
            return ""
        start, end = quote.cue.end - sentence.start, quote.content.start - sentence.start
        if not 0 <= start <= end <= len(sentence.text):
            return ""
        gap = sentence.text[start:end]
        if len(gap.split()) > MAX_CUE_OBJECT_WORDS or any(m in gap for m in QUOTE_MARKS):
            return ""
        return gap

    @cached_property
    def corroborated(self) -> list[Fact]:
        """Facts two or more independent outlets report, for "Reported by several
        outlets": statements first ("MOBB DEEP", a caption five copies share, is
        no news; "What about impeachment?" asks), then by support. A page's
        furniture that two sites share ("Email Sign Up By signing up you agree
        ...") is no fact and is left out."""

        def order(fact: Fact) -> tuple[bool, bool, int, str]:
            wording = self.fact_wording(fact)
            return (not reads_as_sentence(wording), wording.endswith("?"), -fact.support, fact.id)

        facts = (
            f
            for f in self.brief.comparison.facts
            if f.support >= 2 and not is_page_furniture(self.fact_wording(f))
        )
        return sorted(facts, key=order)

    @staticmethod
    def fact_wording(fact: Fact) -> str:
        """A fact's sentence as a list shows it, without the "However" that tied it
        to a sentence the list does not show (as the summary shows it)."""
        return drop_connective(fact.text)

    def fact_text(self, fact_id: str) -> str:
        for f in self.brief.comparison.facts:
            if f.id == fact_id:
                return self.fact_wording(f)
        return fact_id

    @staticmethod
    def naming_label(choice: NamingChoice) -> str:
        """What the words name, and whose it is: "those in power (Nicolas Maduro)"."""
        return f"{choice.concept} ({choice.about})" if choice.about else choice.concept

    @staticmethod
    def naming_rows(choice: NamingChoice) -> list[tuple[str, str, list[Citation]]]:
        """(outlet, its words with counts, where it uses them), one row per outlet."""
        rows: dict[str, tuple[list[str], list[Citation]]] = {}
        for use in choice.uses:
            words, where = rows.setdefault(use.outlet, ([], []))
            words.append(f"{use.term} ×{use.count}")
            where.extend(c for c in use.examples if c not in where)
        return [(outlet, ", ".join(words), where) for outlet, (words, where) in rows.items()]


def _continued(text: str) -> str:
    """A sentence's words set after a verb: its capital goes when its first word
    is a function word ("said When the doors opened" -> "said when the doors
    opened"); a name ("Aber Al-Rahabi"), "I" and "US" keep theirs."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    capitalised = first[:1].isupper() and first[1:] == first[1:].lower()
    if capitalised and first != "I" and first.lower() in STOPWORDS:
        return text[0].lower() + text[1:]
    return text
