"""The Engine: runs the stages in order over one set of articles and builds a Brief.

Every front door (the library's ``brief()``, the CLI, later the HTTP service
and the Dask job) builds an ``Engine`` and calls ``run``. The engine holds the
loaded models, so a long-lived process pays for them once.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from spacy.language import Language

from ._config import Settings
from ._errors import InputError
from ._model import (
    AnalysedArticle,
    Article,
    ArticleWarning,
    Brief,
    CleanedArticle,
    Comparison,
    DuplicateGroup,
    Entity,
    Fact,
    SourceInfo,
    Summary,
    outlet_of,
)
from ._registry import registry
from .clean import clean_article, detect_language
from .compare import compare_sources, group_facts
from .dedupe import find_duplicates
from .embed import MiniLMEmbedder, SentenceVectors, embed_sentences
from .entities import resolve_entities
from .ingest import read_inputs
from .nlp._spacy import load_spacy
from .nlp.analyse import analyse_articles, failure_warning
from .nlp.dates import infer_publication_dates
from .nlp.quotes import group_quotes
from .nlp.quotes_group import speech_only
from .summarize import summarize
from .timeline import build_timeline

T = TypeVar("T")

Input = str | Path | Mapping[str, Any] | Article


@dataclass
class Result:
    """What a run produced: the brief, the warnings, and where the time went."""

    brief: Brief
    warnings: list[ArticleWarning]
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def skipped(self) -> int:
        return sum(1 for w in self.warnings if w.skipped)


@dataclass
class Analysis:
    """The intermediate state of one run, for callers who want more than the brief."""

    articles: list[AnalysedArticle]
    duplicates: list[DuplicateGroup]
    entities: list[Entity]
    vectors: SentenceVectors
    facts: list[Fact]
    comparison: Comparison


class Engine:
    """Runs storyweave's stages with one set of settings and loaded models."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self._nlp: Language | None = None
        self._embedder: MiniLMEmbedder | None = None
        self.timings: dict[str, float] = {}
        self.warnings: list[ArticleWarning] = []  # per-article failures inside stages

    # Models load lazily: `storyweave --help` should not pay for spaCy.
    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_spacy(self.settings.spacy_model)
        return self._nlp

    @property
    def embedder(self) -> MiniLMEmbedder:
        if self._embedder is None:
            self._embedder = registry.get(self.settings.embedder)()
        return self._embedder

    @contextmanager
    def _timed(self, stage: str) -> Iterator[None]:
        began = time.perf_counter()
        try:
            yield
        finally:
            self.timings[stage] = self.timings.get(stage, 0.0) + time.perf_counter() - began

    def _stage(self, stage: str, func: Callable[[], T]) -> T:
        with self._timed(stage):
            return func()

    # ------------------------------------------------------------------ stages

    def read(self, inputs: Sequence[Input]) -> tuple[list[Article], list[ArticleWarning]]:
        return self._stage("ingest", lambda: read_inputs(inputs, self.settings))

    def clean(
        self, articles: Sequence[Article]
    ) -> tuple[list[CleanedArticle], list[ArticleWarning]]:
        """Clean every article; skip the empty and the non-English ones, with a warning."""
        kept: list[CleanedArticle] = []
        warnings: list[ArticleWarning] = []
        with self._timed("clean"):
            for article in articles:
                cleaned = clean_article(article)
                problem = self._unusable(cleaned)
                if problem:
                    warnings.append(
                        ArticleWarning(
                            stage="clean", reason=problem, path=article.path, article=article.id
                        )
                    )
                else:
                    kept.append(cleaned)
        return kept, warnings

    def _unusable(self, cleaned: CleanedArticle) -> str | None:
        # The language first: a Chinese or Thai article has no spaces to count
        # words by, and "only 1 words" would hide why it was left out.
        language = detect_language(cleaned.text)
        if language is not None and language != self.settings.language:
            return f"written in {language!r}, not {self.settings.language!r}"
        words = len(cleaned.text.split())
        if words < self.settings.min_article_words:
            return (
                f"only {words} words of article text after cleaning "
                f"(minimum {self.settings.min_article_words})"
            )
        return None

    def _record_failure(self, cleaned: CleanedArticle, error: Exception) -> None:
        self.warnings.append(failure_warning(cleaned, error))

    def analyse(self, cleaned: Sequence[CleanedArticle]) -> Analysis:
        """Everything between cleaning and the brief, for one event's articles."""
        dated = self._stage(
            "dates.infer", lambda: infer_publication_dates([c.article for c in cleaned])
        )
        cleaned = [c.model_copy(update={"article": a}) for c, a in zip(cleaned, dated, strict=True)]
        analysed = self._stage(
            "nlp", lambda: analyse_articles(cleaned, self.nlp, self._record_failure)
        )
        duplicates = self._stage(
            "dedupe", lambda: find_duplicates(cleaned, self.settings.duplicate_threshold)
        )
        entities, analysed = self._stage("entities", lambda: resolve_entities(analysed))
        sentences = [s for a in analysed for s in a.sentences]
        vectors = self._stage("embed", lambda: embed_sentences(sentences, self.embedder))
        facts = self._stage(
            "facts",
            lambda: group_facts(
                analysed, vectors, duplicates, self.settings.fact_threshold, self.embedder
            ),
        )
        comparison = self._stage(
            "compare", lambda: compare_sources(analysed, facts, entities, duplicates, vectors)
        )
        comparison = uncontested_wording(comparison, analysed)
        return Analysis(analysed, duplicates, entities, vectors, facts, comparison)

    def summary_of(self, analysis: Analysis, words: int | None = None) -> Summary:
        """The brief's summary: facts for citations and editorial judgement, contested
        details set aside; ``words`` defaults to the settings' budget."""
        return summarize(
            analysis.articles,
            words or self.settings.summary_words,
            vectors=analysis.vectors,
            facts=analysis.facts,
            duplicates=analysis.duplicates,
            contested=contested_sentences(analysis.comparison),
            nlp=self.nlp,
        )

    def build_brief(self, analysis: Analysis, warnings: Sequence[ArticleWarning] = ()) -> Brief:
        summary = self._stage("summarize", lambda: self.summary_of(analysis))
        quotes = self._stage(
            "quotes",
            lambda: speech_only(
                group_quotes(analysis.articles, analysis.entities, analysis.duplicates)
            ),
        )
        timeline = self._stage(
            "timeline", lambda: build_timeline(analysis.articles, analysis.facts)
        )
        copy_of = {c: g.kept for g in analysis.duplicates for c in g.copies}
        return Brief(
            title=self._stage("title", lambda: _title_of(analysis, summary, self.embedder)),
            articles=tuple(_source_info(a, copy_of.get(a.article.id)) for a in analysis.articles),
            sentences={s.id: s for a in analysis.articles for s in a.sentences},
            summary=summary,
            entities=tuple(analysis.entities),
            duplicates=tuple(analysis.duplicates),
            comparison=analysis.comparison,
            quotes=tuple(quotes),
            timeline=tuple(timeline),
            warnings=tuple(warnings),
        )

    def run(self, inputs: Sequence[Input]) -> Result:
        """Read, analyse and brief ``inputs``. Raises InputError when nothing is usable."""
        self.timings, self.warnings = {}, []
        articles, warnings = self.read(inputs)
        if not articles:
            raise InputError(nothing_readable(inputs, warnings))
        cleaned, clean_warnings = self.clean(articles)
        warnings += clean_warnings
        if not cleaned:
            raise InputError(nothing_readable(inputs, warnings))
        analysis = self.analyse(cleaned)
        warnings += self.warnings
        if not analysis.articles:
            raise InputError(nothing_readable(inputs, warnings))
        brief = self.build_brief(analysis, warnings)
        return Result(brief=brief, warnings=list(warnings), timings=dict(self.timings))


# Conflicts over a detail's value; a claim against its denial is reported, not contested.
CONTESTED_KINDS = frozenset({"number", "role", "date", "place"})


def contested_sentences(comparison: Comparison) -> set[str]:
    """Sentences on the weaker side of a conflict over a value (every side, on a tie).

    The summary leaves them out: it should not state as fact a detail that other
    outlets contradict, and the conflict itself is shown beside it.
    """
    out: set[str] = set()
    for conflict in comparison.conflicts:
        if conflict.kind not in CONTESTED_KINDS or len(conflict.sides) < 2:
            continue
        strongest = max(len(side.outlets) for side in conflict.sides)
        leaders = [side for side in conflict.sides if len(side.outlets) == strongest]
        for side in conflict.sides:
            if len(leaders) > 1 or side is not leaders[0]:
                out.update(c.sentence for c in side.citations)
    return out


def uncontested_wording(comparison: Comparison, analysed: Sequence[AnalysedArticle]) -> Comparison:
    """Word each fact with a sentence no other outlet contradicts, where it has one."""
    contested = contested_sentences(comparison)
    text = {s.id: s.text for a in analysed for s in a.sentences}
    facts = []
    for fact in comparison.facts:
        cited = [c.sentence for c in fact.citations]
        wording = next((sid for sid in cited if text[sid] == fact.text), None)
        if wording in contested:
            better = next((sid for sid in cited if sid not in contested), None)
            if better is not None:
                fact = fact.model_copy(update={"text": text[better]})
        facts.append(fact)
    return comparison.model_copy(update={"facts": tuple(facts)})


def nothing_readable(inputs: Sequence[Input], warnings: Sequence[ArticleWarning]) -> str:
    if not inputs:
        return "no input given: pass files, folders, '-' for standard input, or records"
    if not warnings:
        named = ", ".join(str(i) for i in list(inputs)[:3] if isinstance(i, str | os.PathLike))
        where = f" ({named})" if named else ""
        return (
            f"the input holds no articles{where}: an empty folder, or only hidden files "
            "and notes (README, LICENSE, meta.json)"
        )
    reasons = "; ".join(
        f"{w.path or w.article}: {w.reason}" if w.path or w.article else w.reason
        for w in warnings[:5]
    )
    more = f" (and {len(warnings) - 5} more)" if len(warnings) > 5 else ""
    return f"no usable article in the input: {reasons}{more}"


def _source_info(analysed: AnalysedArticle, duplicate_of: str | None) -> SourceInfo:
    a = analysed.article
    return SourceInfo(
        id=a.id,
        title=a.title,
        outlet=outlet_of(a),
        url=a.url,
        published=a.published,
        published_inferred=a.published_inferred,
        authors=a.authors,
        path=a.path,
        duplicate_of=duplicate_of,
        removed_passages=len(analysed.removals),
    )


def _title_of(analysis: Analysis, summary: Summary, embedder: MiniLMEmbedder) -> str:
    """The brief's title: the headline closest in meaning to the summary.

    Headlines are written to frame a story; the one nearest the summary's
    centroid is the most representative of what the articles jointly report.
    """
    titles = sorted({a.article.title for a in analysis.articles if a.article.title})
    chosen = [s.sentence for s in summary.sentences if s.sentence in analysis.vectors.row]
    if not titles:
        return summary.sentences[0].text[:160] if summary.sentences else "Untitled event"
    if len(titles) == 1 or not chosen:
        return titles[0]
    centroid = analysis.vectors.rows(chosen).mean(axis=0)
    scores = embedder.embed(titles) @ centroid
    return titles[int(scores.argmax())]


def brief(inputs: Input | Sequence[Input], settings: Settings | None = None) -> Brief:
    """Read articles (paths, folders, '-', records) and return their brief.

    >>> import storyweave
    >>> b = storyweave.brief("examples/venezuela-2019")  # doctest: +SKIP
    """
    if isinstance(inputs, str | Path | Mapping | Article):
        inputs = [inputs]
    return Engine(settings).run(list(inputs)).brief
