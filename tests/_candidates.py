"""Summary candidates built from plain sentences, for the summarizer's unit tests."""

from __future__ import annotations

from storyweave._model import Sentence
from storyweave.summarize._candidates import Candidate, make_candidate


def candidate(text: str, index: int = 0, article: str = "a", order: int = 0) -> Candidate:
    """Sentence ``index`` of ``article`` (the ``order``-th oldest article) as a candidate."""
    sentence = Sentence(
        id=f"{article}#s{index}", article=article, index=index, text=text, start=0, end=len(text)
    )
    return make_candidate(sentence, order)


def article(name: str, *texts: str) -> list[Candidate]:
    """The candidates of one article, its sentences in order."""
    return [candidate(text, n, name) for n, text in enumerate(texts)]
