"""Reference summarizers for the evaluation and the benchmark.

- ``lead``: the first N words of the most recent article (the classic news baseline);
- ``lexrank`` and ``textrank``: sumy's implementations, the unsupervised
  summarizers a Python user picks today, given a word budget by taking their
  best-rated sentences until it is filled (then shown in document order);
- ``oracle``: greedy extractive selection that maximises ROUGE-1 + ROUGE-2
  recall against the references, the headroom of any extractive system.

All of them see the same sentences (the light splitter's), since sumy's own
splitter needs NLTK data that is not installed offline. sumy and rouge-score
are development extras, imported only when a baseline is used.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from .._errors import ConfigError
from .._model import Article, Sentence
from ._core import chronological
from ._text import normalise_space, truncate_words, word_count, words_of

Baseline = Callable[[Sequence[Article], Sequence[Sequence[Sentence]], int], str]


def newest(articles: Sequence[Article]) -> int:
    """Position of the most recent article (the last in input order if undated)."""
    order = chronological(articles)
    return order[-1] if articles[order[-1]].published is not None else len(articles) - 1


def lead(articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]], words: int) -> str:
    """The first ``words`` words of the most recent article (the last in input order if undated)."""
    if not articles:
        return ""
    return truncate_words(" ".join(s.text for s in sentences[newest(articles)]), words)


class _WordTokenizer:
    """sumy's tokenizer interface over the light splitter's sentences (no NLTK data)."""

    def to_sentences(self, paragraph: str) -> list[str]:
        return [paragraph]

    def to_words(self, sentence: str) -> list[str]:
        return words_of(sentence)


def _sumy_baseline(kind: str) -> Baseline:
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph
        from sumy.models.dom import Sentence as SumySentence
        from sumy.nlp.stemmers import Stemmer
        from sumy.summarizers.lex_rank import LexRankSummarizer
        from sumy.summarizers.text_rank import TextRankSummarizer
        from sumy.utils import get_stop_words
    except ImportError as exc:
        raise ConfigError("sumy baselines need the dev extras: pip install -e '.[dev]'") from exc

    base: Any = LexRankSummarizer if kind == "lexrank" else TextRankSummarizer

    class Rated(base):
        """Keeps the ratings sumy computes, so a word budget can be filled from them."""

        def _get_best_sentences(self, sentences: Any, count: Any, rating: Any, *a: Any) -> Any:
            self.ratings = rating
            return ()

    tokenizer = _WordTokenizer()

    def summarize(
        articles: Sequence[Article], sentences: Sequence[Sequence[Sentence]], words: int
    ) -> str:
        texts = [normalise_space(s.text) for sents in sentences for s in sents]
        if not texts:
            return ""
        paragraph = Paragraph([SumySentence(t, tokenizer) for t in texts])
        document = ObjectDocumentModel([paragraph])
        summarizer = Rated(Stemmer("english"))
        summarizer.stop_words = get_stop_words("english")
        summarizer(document, 1)
        ratings = summarizer.ratings
        rating = ratings if isinstance(ratings, dict) else dict(ratings)
        order = sorted(range(len(texts)), key=lambda i: -rating[document.sentences[i]])
        return _fill(texts, order, words)

    return summarize


def _fill(texts: Sequence[str], ranked: Sequence[int], words: int) -> str:
    """Take sentences best first until ``words`` are filled; show them in document order."""
    chosen: list[int] = []
    total = 0
    for i in ranked:
        if total >= words:
            break
        chosen.append(i)
        total += word_count(texts[i])
    return truncate_words(" ".join(texts[i] for i in sorted(chosen)), words)


def oracle(sentences: Sequence[Sequence[Sentence]], references: Sequence[str], words: int) -> str:
    """Greedy extractive oracle on ROUGE-1 + ROUGE-2 recall (rouge-score's stemmed tokens)."""
    try:
        from nltk.stem import porter
        from rouge_score import tokenize
        from rouge_score.rouge_scorer import _create_ngrams
    except ImportError as exc:
        raise ConfigError("the oracle needs the dev extras: pip install -e '.[dev]'") from exc
    stemmer = porter.PorterStemmer()

    def grams(text: str) -> tuple[Counter[Any], Counter[Any]]:
        tokens = tokenize.tokenize(text, stemmer)
        return Counter(_create_ngrams(tokens, 1)), Counter(_create_ngrams(tokens, 2))

    refs = [grams(r) for r in references]
    texts = [normalise_space(s.text) for sents in sentences for s in sents]
    options = [grams(t) for t in texts]

    def gain(uni: Counter[Any], bi: Counter[Any]) -> float:
        return sum(
            sum((uni & r1).values()) / max(1, sum(r1.values()))
            + sum((bi & r2).values()) / max(1, sum(r2.values()))
            for r1, r2 in refs
        )

    chosen: list[int] = []
    uni: Counter[Any] = Counter()
    bi: Counter[Any] = Counter()
    total, current = 0, 0.0
    while total < words:
        best, best_score = -1, current
        for i, (u, b) in enumerate(options):
            if i in chosen:
                continue
            score = gain(uni + u, bi + b)
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            break
        chosen.append(best)
        uni, bi = uni + options[best][0], bi + options[best][1]
        total += word_count(texts[best])
        current = best_score
    return truncate_words(" ".join(texts[i] for i in chosen), words)


def baseline(name: str) -> Baseline:
    """A baseline summarizer by name: ``lead``, ``lexrank`` or ``textrank``."""
    if name == "lead":
        return lead
    if name in ("lexrank", "textrank"):
        return _sumy_baseline(name)
    raise ConfigError(f"unknown baseline {name!r}; known: lead, lexrank, textrank")
