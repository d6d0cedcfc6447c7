"""The records storyweave passes between stages.

Every stage is a function from these records to new records. They are frozen
pydantic models, so they serialise to JSON (and back) unchanged: the same
objects travel through a notebook, the HTTP service and a Dask cluster.

Ids are stable strings, so a citation points at an exact sentence:

- article:  the file name without its extension, or a JSON Lines record's ``id``
            (a feed item's guid or link, made safe); ``"000_90737cc90927fc1a"``
- sentence: ``"<article id>#s<n>"``, n counting from 0 in reading order
- entity:   ``"E<n>"`` in order of first mention across the story
- fact:     ``"F<n>"``, conflict ``"C<n>"``, quote ``"Q<n>"``, framing ``"T<n>"``

Character offsets (``start``, ``end``) always index ``Article.text``: the text
exactly as read, after decoding and before any cleaning.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.1"


class Record(BaseModel):
    """Base of every record: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


# --------------------------------------------------------------------------- input


class Article(Record):
    """One news article as read from its source, before any analysis."""

    id: str
    text: str = Field(description="Body text exactly as read (decoded, not cleaned).")
    title: str | None = None
    source: str | None = Field(default=None, description="Outlet name or code.")
    url: str | None = None
    published: dt.date | None = None
    published_inferred: bool = Field(
        default=False, description="True when `published` was inferred, not read."
    )
    published_evidence: str | None = Field(
        default=None, description="Why an inferred publication date was chosen."
    )
    authors: tuple[str, ...] = ()
    path: str | None = Field(default=None, description="File the article came from.")
    language: str | None = None


class ArticleWarning(Record):
    """A problem with one input: the article was skipped or partly used."""

    stage: str
    reason: str
    path: str | None = None
    article: str | None = None
    skipped: bool = True


# ----------------------------------------------------------------------- cleaning


class Removal(Record):
    """A stretch of page furniture removed from the analysed text, and why."""

    start: int
    end: int
    text: str
    reason: str


class CleanedArticle(Record):
    """An article with page furniture blanked out.

    ``text`` has exactly the length of ``article.text``: every removed character
    is replaced by a space (newlines are kept), so offsets into it are offsets
    into the original.
    """

    article: Article
    text: str
    removals: tuple[Removal, ...] = ()
    metadata: dict[str, str] = Field(
        default_factory=dict,
        description="Metadata recognised in the text (byline, source line, date line).",
    )


# ----------------------------------------------------------------------- analysis


class Span(Record):
    """A stretch of one article's text."""

    text: str
    start: int
    end: int


class Sentence(Record):
    id: str
    article: str
    index: int
    text: str
    start: int
    end: int
    paragraph: int = 0


class Mention(Record):
    """A named-entity mention in one sentence."""

    text: str
    label: str
    start: int
    end: int
    sentence: str
    entity: str | None = Field(default=None, description="Resolved entity id, once known.")


class Entity(Record):
    """One real-world actor across all articles, despite spellings and short forms."""

    id: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = Field(default=(), description="Titles the articles give it.")
    mentions: dict[str, int] = Field(
        default_factory=dict, description="Mention count per article id."
    )


class Quote(Record):
    """An attribution: who (source) said (cue) what (content)."""

    id: str
    article: str
    content: Span
    source: Span | None = None
    cue: Span | None = None
    direct: bool = True
    speaker: str | None = Field(default=None, description="Resolved speaker name.")
    entity: str | None = Field(default=None, description="Resolved speaker entity id.")
    sentence: str | None = None
    outlets: tuple[str, ...] = Field(
        default=(), description="Outlets that carry this quote (set when grouped by speaker)."
    )
    also_in: tuple[str, ...] = Field(
        default=(), description="Ids of the same quote in other articles (grouped by speaker)."
    )
    variant: bool = Field(
        default=False, description="Outlets word this quote differently (grouped by speaker)."
    )


class DateMention(Record):
    """A temporal expression resolved against the article's publication date."""

    article: str
    text: str
    start: int
    end: int
    type: Literal["DATE", "TIME", "DURATION", "SET"] = "DATE"
    value: str | None = Field(default=None, description="TIMEX3 value, e.g. 2019-04-30.")
    sentence: str | None = None
    anchor: dt.date | None = Field(default=None, description="Date it was resolved against.")


class AnalysedArticle(Record):
    """An article with its sentences, entity mentions, quotes and dates."""

    article: Article
    removals: tuple[Removal, ...] = ()
    metadata: dict[str, str] = Field(default_factory=dict)
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    dates: tuple[DateMention, ...] = ()


# ------------------------------------------------------------------ cross-article


class Citation(Record):
    article: str
    sentence: str


class DuplicateGroup(Record):
    """Articles that are copies of one text; the first is kept for analysis."""

    kept: str
    copies: tuple[str, ...]
    similarity: float
    outlets: tuple[str, ...] = ()


class SummarySentence(Record):
    text: str
    sentence: str = Field(description="Id of the sentence the text was taken from.")
    citations: tuple[Citation, ...] = Field(
        description="Every sentence, in any article, that reports the same fact."
    )


class Summary(Record):
    words: int
    sentences: tuple[SummarySentence, ...] = ()

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


class Fact(Record):
    """One statement reported by one or more articles."""

    id: str
    text: str = Field(description="A representative wording.")
    citations: tuple[Citation, ...]
    outlets: tuple[str, ...] = Field(description="Independent outlets that report it.")
    support: int = Field(description="Number of independent outlets.")
    status: Literal["asserted", "attributed", "denied"] = "asserted"


class ConflictSide(Record):
    value: str
    citations: tuple[Citation, ...]
    outlets: tuple[str, ...]
    text: str = Field(description="The sentence that states this value.")


class Conflict(Record):
    """Two or more incompatible values for one detail, side by side."""

    id: str
    kind: Literal["number", "role", "date", "place", "attribution", "denial", "other"]
    subject: str = Field(description="What the values are about, e.g. 'Mike Pompeo'.")
    sides: tuple[ConflictSide, ...]


class FramingTerm(Record):
    """A word or phrase one outlet prefers over the others."""

    id: str
    outlet: str
    term: str
    score: float = Field(description="Log-odds z-score with an informative Dirichlet prior.")
    count: int
    loaded: bool = Field(default=False, description="Evaluative rather than neutral wording.")
    examples: tuple[Citation, ...] = ()


class NamingUse(Record):
    """How often one outlet uses one word of a naming group, in its own voice."""

    outlet: str
    term: str
    count: int
    examples: tuple[Citation, ...] = ()


class NamingChoice(Record):
    """One thing the outlets call by different words ("coup" or "uprising")."""

    id: str
    concept: str = Field(description="What the words name, e.g. 'the attempt to seize power'.")
    about: str | None = Field(
        default=None, description="Whose thing it is, e.g. 'Nicolas Maduro' for his government."
    )
    uses: tuple[NamingUse, ...] = Field(
        default=(), description="Each outlet's words for it, outside quotations."
    )
    only_quoting: tuple[str, ...] = Field(
        default=(), description="Outlets that use these words only when quoting someone."
    )


class SpeakerQuotes(Record):
    """Everything one speaker is reported to have said, across outlets."""

    speaker: str
    entity: str | None = None
    quotes: tuple[Quote, ...]
    outlets: tuple[str, ...] = ()


class TimelineEvent(Record):
    date: str = Field(description="TIMEX3 value of the date the event is placed on.")
    text: str
    citations: tuple[Citation, ...]
    outlets: tuple[str, ...] = ()
    uncertain: bool = False


class Comparison(Record):
    facts: tuple[Fact, ...] = ()
    single_source: dict[str, tuple[str, ...]] = Field(
        default_factory=dict, description="Outlet -> ids of facts only it reports."
    )
    conflicts: tuple[Conflict, ...] = ()
    framing: tuple[FramingTerm, ...] = ()
    naming: tuple[NamingChoice, ...] = ()
    outlets: tuple[str, ...] = Field(default=(), description="Independent outlets compared.")
    note: str | None = Field(
        default=None, description="Why the comparison is short, e.g. 'one independent source'."
    )


class SourceInfo(Record):
    """One input article as the brief lists it."""

    id: str
    title: str | None = None
    outlet: str
    url: str | None = None
    published: dt.date | None = None
    published_inferred: bool = False
    authors: tuple[str, ...] = ()
    path: str | None = None
    duplicate_of: str | None = None
    removed_passages: int = Field(default=0, description="Stretches of page furniture left out.")


class Brief(Record):
    """Everything storyweave knows about one event, with the evidence."""

    schema_version: str = SCHEMA_VERSION
    title: str
    articles: tuple[SourceInfo, ...]
    sentences: dict[str, Sentence] = Field(
        default_factory=dict, description="Every sentence a citation may point at, by id."
    )
    summary: Summary
    entities: tuple[Entity, ...] = ()
    duplicates: tuple[DuplicateGroup, ...] = ()
    comparison: Comparison = Field(default_factory=Comparison)
    quotes: tuple[SpeakerQuotes, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    warnings: tuple[ArticleWarning, ...] = ()


def outlet_of(article: Article) -> str:
    """The outlet an article is credited to: its source, else first author, else its id."""
    if article.source:
        return article.source
    if article.authors:
        return article.authors[0]
    return article.id
