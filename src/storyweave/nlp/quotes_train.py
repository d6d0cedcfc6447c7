"""Learn the attribution-cue lexicon from PolNeAR's train split.

For every lemma, how often a token of it is (part of) an annotated cue, out of
all its occurrences. Only those counts are saved (``quotes_lexicon.json``, a
few KB inside the package); no PolNeAR text is ever copied. Re-train with::

    .venv/bin/python -m storyweave.nlp.quotes_train --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ._spacy import load_spacy
from .quotes_cues import MODEL_PATH, cue_features, is_candidate
from .quotes_marks import find_quoted
from .quotes_polnear import GoldArticle, read_split

LEXICON_PATH = Path(__file__).with_name("quotes_lexicon.json")
MIN_CUE_COUNT = 3
# Parts of speech a cue can head: verbs, the prepositions of "according to", nouns like "claim".
CUE_POS = frozenset({"VERB", "AUX", "NOUN", "ADP", "PUNCT", "ADJ"})


def lexicon_key(token_lemma: str, pos: str) -> str:
    return f"{token_lemma.lower()}/{pos}"


def count_cues(articles: Iterable[GoldArticle], docs: Iterable[Doc]) -> dict[str, list[int]]:
    """lemma/POS -> [occurrences inside a gold cue, all occurrences]."""
    cue: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for article, doc in zip(articles, docs, strict=True):
        inside = bytearray(len(article.text))
        for attribution in article.attributions:
            for start, end in attribution.cue:
                inside[start:end] = b"\x01" * (end - start)
        for token in doc:
            if token.pos_ not in CUE_POS or token.is_space:
                continue
            key = lexicon_key(token.lemma_, token.pos_)
            total[key] += 1
            cue[key] += inside[token.idx] if token.idx < len(inside) else 0
    return {k: [cue[k], total[k]] for k in sorted(cue) if cue[k] >= MIN_CUE_COUNT}


def cue_examples(
    articles: Iterable[GoldArticle], docs: Iterable[Doc]
) -> tuple[list[list[str]], list[int]]:
    """Features and labels (1: inside a gold cue) of every candidate token."""
    features: list[list[str]] = []
    labels: list[int] = []
    for article, doc in zip(articles, docs, strict=True):
        inside = bytearray(len(doc.text))
        for attribution in article.attributions:
            for start, end in attribution.cue:
                inside[start:end] = b"\x01" * (end - start)
        quoted = bytearray(len(doc.text))
        for q in find_quoted(doc.text):
            quoted[q.start : q.end] = b"\x01" * (q.end - q.start)
        for token in doc:
            if is_candidate(token):
                features.append(cue_features(token, bool(quoted[token.idx])))
                labels.append(inside[token.idx])
    return features, labels


def fit_cue_model(features: list[list[str]], labels: list[int], c: float = 0.5) -> dict[str, float]:
    """L2 logistic regression; returns feature -> weight (small weights dropped)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(f, 1) for f in features])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(matrix, labels)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(w) >= 0.01
    }
    weights["__bias__"] = round(float(model.intercept_[0]), 4)
    return weights


def train(data: Path, nlp: Language, limit: int | None = None) -> dict[str, float]:
    """Parse PolNeAR train and fit the cue model."""
    articles = read_split(data, "train", limit)
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    return fit_cue_model(*cue_examples(articles, docs))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    weights = train(args.data, load_spacy(), args.limit)
    args.out.write_text(json.dumps(weights, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(weights)} cue-model weights written to {args.out}")


if __name__ == "__main__":
    main()
