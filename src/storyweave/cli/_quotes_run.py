"""The small pipeline behind ``storyweave quotes`` and ``storyweave timeline``."""

from __future__ import annotations

from collections.abc import Sequence

from .._config import Settings
from .._model import AnalysedArticle, ArticleWarning, Entity, Quote, Span


def analyse_inputs(inputs: Sequence[str]) -> tuple[list[AnalysedArticle], list[ArticleWarning]]:
    """Read, clean, date and analyse the inputs (quotes and dates included)."""
    from .._engine import nothing_readable
    from .._errors import InputError
    from ..clean import clean_article
    from ..ingest import read_inputs
    from ..nlp._spacy import load_spacy
    from ..nlp.analyse import analyse_articles, failure_warning
    from ..nlp.dates import infer_publication_dates

    settings = Settings.model_validate({})
    articles, warnings = read_inputs(list(inputs), settings)
    cleaned = [clean_article(a) for a in articles]
    dated = infer_publication_dates([c.article for c in cleaned])
    cleaned = [c.model_copy(update={"article": a}) for c, a in zip(cleaned, dated, strict=True)]
    failed: list[ArticleWarning] = []
    analysed = analyse_articles(
        cleaned, load_spacy(settings.spacy_model), lambda c, e: failed.append(failure_warning(c, e))
    )
    if not analysed:
        raise InputError(nothing_readable(list(inputs), warnings + failed))
    return analysed, warnings + failed


def resolve_speakers(analysed: Sequence[AnalysedArticle]) -> dict[str, Entity]:
    """Quote id -> the entity its speaker names (entities resolved across the articles)."""
    from ..entities import resolve_entities
    from ..nlp.quotes_group import match_entity

    entities, _ = resolve_entities(analysed)
    out: dict[str, Entity] = {}
    for article in analysed:
        for quote in article.quotes:
            entity = match_entity(quote.speaker, entities) if quote.speaker else None
            if entity is not None:
                out[quote.id] = entity
    return out


def _span(
    span: Span | None, entity: str | None = None, with_entity: bool = False
) -> dict[str, object] | None:
    if span is None:
        return None
    out: dict[str, object] = {"text": span.text, "start": span.start, "end": span.end}
    if with_entity:
        out["entity"] = entity
    return out


def quote_record(quote: Quote, entity: Entity | None = None) -> dict[str, object]:
    """One JSON Lines record: offsets index the file's text as read.

    ``source.entity`` is the id of the entity the speaker was matched to (None when
    unknown); ``speaker`` is the entity's name, else the name the article gives.
    """
    return {
        "article": quote.article,
        "source": _span(quote.source, entity.id if entity else None, with_entity=True),
        "cue": _span(quote.cue),
        "content": _span(quote.content),
        "direct": quote.direct,
        "speaker": entity.name if entity else quote.speaker,
    }
