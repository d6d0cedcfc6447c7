"""Learn the attribution-cue model from PolNeAR's train split.

Every candidate token (verb, noun, preposition...) of every train article is an
example, labelled by whether it lies in an annotated cue; a logistic regression
over its parse features (``quotes_cues.cue_features``) learns the weights. Only
feature weights are saved (``quotes_cue_model.json``, about 600 KB inside the
package); no PolNeAR text is ever copied. Re-train with::

    .venv/bin/python -m storyweave.nlp.quotes_train --data ../shared/data
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from ._spacy import load_spacy
from .quotes_cues import MODEL_PATH, cue_features, is_candidate
from .quotes_marks import find_quoted
from .quotes_polnear import GoldArticle, read_split

# Weights smaller than this are dropped: the model file shrinks five-fold, F1 moves < 0.005.
PRUNE_BELOW = 0.2


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
        if abs(w) >= PRUNE_BELOW
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
    text = json.dumps(weights, sort_keys=True, separators=(",", ":"))
    args.out.write_text(text + "\n", encoding="utf-8")
    print(f"{len(weights)} cue-model weights written to {args.out}")


if __name__ == "__main__":
    main()
