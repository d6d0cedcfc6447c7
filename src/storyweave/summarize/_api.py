"""Public entry points of the summarizer."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from spacy.language import Language

from .._config import Settings
from .._model import (
    AnalysedArticle,
    Article,
    CleanedArticle,
    DuplicateGroup,
    Fact,
    Sentence,
    Summary,
)
from ..clean import join_signed_posts
from ..dedupe import find_duplicates
from ..embed import MiniLMEmbedder, SentenceVectors
from ..nlp._spacy import load_spacy
from ._core import build_summary, prepare
from ._editorial import Editorial, judge
from ._support import (
    DEFAULT_VECTOR_THRESHOLD,
    EmbeddingSupport,
    FactSupport,
    OverlapSupport,
    SupportFinder,
    VectorSupport,
)
from ._text import sentence_spans


def split_article(article: Article) -> list[Sentence]:
    """Sentences of an article by the light splitter, as ``Sentence`` records.

    An embedded post is one sentence (``clean.join_signed_posts``). A
    quotation the splitter cuts stays cut, unlike in the brief's sentences
    (``clean.join_split_quotations``): its pieces are never chosen alone
    anyway, and joined they served the baselines more than storyweave (DUC
    2002: storyweave 38.68 -> 38.56 ROUGE-1 recall, LexRank 34.73 -> 34.86).
    """
    return [
        Sentence(
            id=f"{article.id}#s{n}",
            article=article.id,
            index=n,
            text=article.text[start:end],
            start=start,
            end=end,
            paragraph=paragraph,
        )
        for n, (start, end, paragraph) in enumerate(
            join_signed_posts(list(sentence_spans(article.text)), article.text)
        )
    ]


DEFAULT_DUPLICATE_THRESHOLD: float = Settings.model_fields["duplicate_threshold"].default


def _brief_nlp() -> Language:
    """The pipeline the engine loaded: same positional argument, so the same cached object."""
    return load_spacy(Settings().spacy_model)


def _copies(duplicates: Sequence[DuplicateGroup]) -> set[str]:
    return {copy for group in duplicates for copy in group.copies}


def summarize(
    analysed: Sequence[AnalysedArticle],
    words: int,
    *,
    vectors: SentenceVectors | None = None,
    facts: Sequence[Fact] | None = None,
    duplicates: Sequence[DuplicateGroup] = (),
    contested: Collection[str] = (),
    nlp: Language | None = None,
) -> Summary:
    """Summarize analysed articles in at most ``words`` words.

    Each summary sentence cites every sentence that reports the same thing:
    the sentences of its fact when ``facts`` are given, else those within the
    fact threshold of ``vectors``, else those sharing most of its content words.
    Copies named in ``duplicates`` are cited but never chosen nor counted.
    With ``facts`` (the brief), the selection also judges as an editor would
    (``_editorial``): corroborated, neutral sentences, opening on what happened,
    and none of the ``contested`` sentences (those stating a detail that other
    outlets contradict: the brief shows the conflict instead of taking a side).
    """
    articles = [a.article for a in analysed]
    sentences = [list(a.sentences) for a in analysed]
    prepared = prepare(articles, sentences)
    pool = [c for doc in prepared for c in doc]
    support: SupportFinder = OverlapSupport(pool)
    if vectors is not None:
        article_of = {s.id: s.article for doc in sentences for s in doc}
        support = VectorSupport(vectors, article_of, support)
    editorial: Editorial | None = None
    if facts is not None:
        support = FactSupport(facts, support)
        editorial = judge(analysed, facts, pool, words, nlp or _brief_nlp(), frozenset(contested))
    return build_summary(
        articles,
        sentences,
        words,
        _copies(duplicates),
        support=support,
        prepared=prepared,
        editorial=editorial,
    )


def summarize_articles(
    articles: Sequence[Article],
    words: int,
    *,
    duplicates: Sequence[DuplicateGroup] | None = None,
    duplicate_threshold: float = DEFAULT_DUPLICATE_THRESHOLD,
    embedder: MiniLMEmbedder | None = None,
    threshold: float = DEFAULT_VECTOR_THRESHOLD,
) -> Summary:
    """Summarize plain articles in at most ``words`` words, without spaCy.

    Copies (wire stories re-published, trimmed or padded) are cited but count
    as one source: those named in ``duplicates``, or, when it is None, those
    ``find_duplicates`` finds at ``duplicate_threshold`` containment (pass
    ``()`` to count every article). With an ``embedder``, citations are the
    sentences within ``threshold`` cosine of a summary sentence; without,
    those sharing most of its content words.
    """
    if duplicates is None:
        cleaned = [CleanedArticle(article=a, text=a.text) for a in articles]
        duplicates = find_duplicates(cleaned, duplicate_threshold)
    sentences = [split_article(a) for a in articles]
    prepared = prepare(articles, sentences)
    support: SupportFinder | None = None
    if embedder is not None:
        support = EmbeddingSupport([c for doc in prepared for c in doc], embedder, threshold)
    return build_summary(
        articles, sentences, words, _copies(duplicates), support=support, prepared=prepared
    )
