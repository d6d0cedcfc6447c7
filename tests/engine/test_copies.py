"""Wire copies share their text: parsed and embedded once, analysed as their own articles."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy.language import Language

from _embedders import CountingEmbedder
from storyweave._model import Article
from storyweave.clean import clean_article
from storyweave.embed import embed_sentences
from storyweave.nlp.analyse import analyse_articles


def test_copies_are_analysed_once_each_under_its_own_id(
    nlp: Language, example_dir: Path, counting_embedder: CountingEmbedder
) -> None:
    text = (example_dir / "000_90737cc90927fc1a.txt").read_text(encoding="utf-8")
    other = (example_dir / "001_37d782cf8994d317.txt").read_text(encoding="utf-8")
    articles = [Article(id="a", text=text), Article(id="b", text=other), Article(id="c", text=text)]
    analysed = analyse_articles([clean_article(a) for a in articles], nlp)
    assert [a.article.id for a in analysed] == ["a", "b", "c"]  # input order kept
    first, copy = analysed[0], analysed[2]
    assert [s.text for s in first.sentences] == [s.text for s in copy.sentences]
    assert all(s.id.startswith("c#") for s in copy.sentences)
    assert [q.speaker for q in first.quotes] == [q.speaker for q in copy.quotes]

    counting = counting_embedder
    sentences = [s for a in analysed for s in a.sentences]
    vectors = embed_sentences(sentences, counting)
    assert len(counting.texts) == len({s.text for s in sentences}) < len(sentences)
    assert np.array_equal(vectors[first.sentences[0].id], vectors[copy.sentences[0].id])
    assert len(vectors) == len(sentences)
