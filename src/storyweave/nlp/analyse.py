"""Turn cleaned articles into analysed ones: sentences, entity mentions, quotes, dates.

spaCy parses the cleaned text, in which furniture is blanked to spaces, so every
token offset is an offset into ``Article.text`` as read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from .._model import AnalysedArticle, ArticleWarning, CleanedArticle, Mention, Sentence
from ..clean import join_signed_posts, join_split_quotations
from .dates import extract_dates
from .quotes import extract_quotes

# Entity types worth resolving across articles; numbers and dates are handled elsewhere.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW"})
# A name that a reader sees as a place because the text says what it is: "the
# Carlota military base", "the Miraflores palace". The small model calls such
# names ORG or PERSON.
FACILITY_NOUNS = frozenset(
    {"airbase", "airport", "barracks", "base", "bridge", "cathedral", "church", "embassy"}
    | {"hospital", "hotel", "mosque", "palace", "plaza", "prison", "square", "stadium"}
)


# A body's name that goes on past a preposition ("Washington Office on Latin
# America", "Council on Foreign Relations"): spaCy often stops at the preposition
# and tags the rest as a place.
BODY_NOUNS = frozenset(
    {"agency", "alliance", "association", "board", "bureau", "center", "centre", "coalition"}
    | {"commission", "committee", "council", "court", "department", "federation", "forum"}
    | {"foundation", "fund", "institute", "league", "ministry", "network", "office"}
    | {"organisation", "organization", "society", "union"}
)
NAME_GOES_ON = frozenset({"on", "for", "of"})


def sentence_id(article_id: str, index: int) -> str:
    return f"{article_id}#s{index}"


def parse_texts(texts: Iterable[str], nlp: Language) -> Iterator[Doc]:
    """Parse many texts in one batch (spaCy's pipe is much faster than calls)."""
    yield from nlp.pipe(texts, batch_size=16)


def sentences_of(doc: Doc, article_id: str) -> list[Sentence]:
    """The sentences of a parsed article, stripped of surrounding whitespace.

    The sentences of an embedded post are one sentence, and so are those of
    a short quotation the parser cut (``clean.join_signed_posts``,
    ``clean.join_split_quotations``).
    """
    spans: list[tuple[int, int, int]] = []
    paragraph = 0
    previous_end = 0
    text = doc.text
    for span in doc.sents:
        start, end = span.start_char, span.end_char
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 2 or not any(ch.isalnum() for ch in text[start:end]):
            continue
        if "\n" in text[previous_end:start]:
            paragraph += 1
        spans.append((start, end, paragraph))
        previous_end = end
    return [
        Sentence(
            id=sentence_id(article_id, index),
            article=article_id,
            index=index,
            text=text[start:end],
            start=start,
            end=end,
            paragraph=paragraph,
        )
        for index, (start, end, paragraph) in enumerate(
            join_signed_posts(join_split_quotations(spans, text), text)
        )
    ]


def mentions_of(doc: Doc, sentences: Sequence[Sentence]) -> list[Mention]:
    """Named-entity mentions, each tied to the sentence that contains it."""
    out: list[Mention] = []
    s = 0
    ents = list(doc.ents)
    taken: set[int] = set()  # entities that became the end of a body's name
    for i, ent in enumerate(ents):
        if ent.label_ not in ENTITY_LABELS or i in taken:
            continue
        rest = _name_goes_on(ent, ents[i + 1] if i + 1 < len(ents) else None)
        if rest is not None:
            taken.add(i + 1)
            ent = Span(doc, ent.start, rest.end, label=ent.label_)
        while s < len(sentences) and sentences[s].end <= ent.start_char:
            s += 1
        if s == len(sentences) or sentences[s].start > ent.start_char:
            continue  # inside blanked furniture or whitespace
        out.append(
            Mention(
                text=ent.text,
                label="FAC" if names_a_facility(ent) else ent.label_,
                start=ent.start_char,
                end=ent.end_char,
                sentence=sentences[s].id,
            )
        )
    return out


def _name_goes_on(ent: Span, following: Span | None) -> Span | None:
    """The entity that ends a body's name cut at a preposition, if ``following`` is it."""
    if ent.label_ != "ORG" or following is None or ent[-1].lower_ not in BODY_NOUNS:
        return None
    between = ent.doc[ent.end : following.start]
    joined = len(between) == 1 and between[0].lower_ in NAME_GOES_ON
    return following if joined and following.label_ in ("GPE", "LOC", "ORG", "NORP") else None


def names_a_facility(ent: Span) -> bool:
    """An organisation or person name followed by what it is: a base, a palace."""
    if ent.label_ not in ("ORG", "PERSON"):
        return False
    after = list(ent.doc[ent.end : ent.end + 2])
    if after and after[0].lower_ in FACILITY_NOUNS:
        return True
    # one modifier between: "military base", "presidential palace"
    modified = len(after) == 2 and after[0].pos_ in ("ADJ", "NOUN")
    return modified and after[1].lower_ in FACILITY_NOUNS


def analyse_doc(cleaned: CleanedArticle, doc: Doc) -> AnalysedArticle:
    article = cleaned.article
    sentences = sentences_of(doc, article.id)
    return AnalysedArticle(
        article=article,
        removals=cleaned.removals,
        metadata=cleaned.metadata,
        sentences=tuple(sentences),
        mentions=tuple(mentions_of(doc, sentences)),
        quotes=tuple(extract_quotes(doc, article, sentences)),
        dates=tuple(extract_dates(doc, article, sentences)),
    )


ErrorHandler = Callable[[CleanedArticle, Exception], None]


class TextTooLong(ValueError):
    """An article longer than the parser accepts."""


def failure_warning(cleaned: CleanedArticle, error: Exception) -> ArticleWarning:
    """The warning that leaves an article whose analysis failed out of the batch."""
    return ArticleWarning(
        stage="nlp",
        reason=f"analysis failed ({type(error).__name__}: {error}); article left out",
        path=cleaned.article.path,
        article=cleaned.article.id,
    )


def raise_error(cleaned: CleanedArticle, error: Exception) -> None:
    raise error


def analyse_articles(
    cleaned: Sequence[CleanedArticle], nlp: Language, on_error: ErrorHandler = raise_error
) -> list[AnalysedArticle]:
    """Analyse a batch of cleaned articles with one spaCy pipeline.

    When one article's analysis fails, ``on_error`` decides: the default
    re-raises; the Engine records a warning and leaves the article out, so one
    pathological text never sinks the batch.
    """
    out: list[AnalysedArticle] = []
    # spaCy refuses a text over nlp.max_length characters by raising inside its
    # pipe, which would end the whole batch: such an article is handed to
    # on_error before parsing instead.
    fitting: list[CleanedArticle] = []
    for c in cleaned:
        if len(c.text) > nlp.max_length:
            limit = f"{len(c.text)} characters, over the parser's {nlp.max_length}"
            on_error(c, TextTooLong(limit))
        else:
            fitting.append(c)
    # Wire copies carry the same text: each distinct text is parsed once, and
    # its parse serves every article that carries it (2,000 copies of one
    # story are one parse, not 2,000).
    carriers: dict[str, list[int]] = {}
    for position, c in enumerate(fitting):
        carriers.setdefault(c.text, []).append(position)
    done: dict[int, AnalysedArticle] = {}
    for positions, doc in zip(carriers.values(), parse_texts(carriers, nlp), strict=True):
        for position in positions:
            try:
                done[position] = analyse_doc(fitting[position], doc)
            except Exception as error:  # handed to the caller's handler
                on_error(fitting[position], error)
    out.extend(done[position] for position in sorted(done))
    return out
