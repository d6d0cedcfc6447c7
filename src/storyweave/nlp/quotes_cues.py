"""Is this token an attribution cue? A logistic model over parse features.

The weights (``quotes_cue_model.json``, a few hundred KB of feature weights,
no text) are learned on PolNeAR train by ``quotes_train``. At run time the
score is a plain sum of weights and a sigmoid: no learning library needed.
"""

from __future__ import annotations

import functools
import json
import math
from pathlib import Path

from spacy.tokens import Token

MODEL_PATH = Path(__file__).with_name("quotes_cue_model.json")
CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "ADP", "ADJ"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def is_candidate(token: Token) -> bool:
    return token.pos_ in CANDIDATE_POS and not token.is_space


def _subject_kind(token: Token) -> str:
    for child in token.children:
        if child.dep_ in _SUBJECTS:
            if child.pos_ == "PRON":
                return "pron"
            label = next((t.ent_type_ for t in child.subtree if t.ent_type_), "")
            return label or child.pos_
    return "none"


def cue_features(token: Token, in_quote: bool) -> list[str]:
    """Binary features of one candidate token (names only; every weight is 1 or 0)."""
    lemma = token.lemma_.lower()
    deps = sorted({c.dep_ for c in token.children})
    subject = _subject_kind(token)
    features = [
        f"lemma={lemma}",
        f"pos={token.pos_}",
        f"tag={token.tag_}",
        f"dep={token.dep_}",
        f"lemma_pos={lemma}/{token.pos_}",
        f"lemma_dep={lemma}/{token.dep_}",
        f"subject={subject}",
        f"lemma_subject={lemma}/{subject}",
        f"in_quote={in_quote}",
        f"head_lemma={token.head.lemma_.lower()}",
    ]
    features += [f"child={d}" for d in deps]
    features += [
        f"lemma_child={lemma}/{d}"
        for d in deps
        if d in ("ccomp", "xcomp", "dobj", "prep", "advcl", "parataxis")
    ]
    prev = token.nbor(-1).text if token.i > 0 else "<s>"
    nxt = token.nbor(1).text if token.i + 1 < len(token.doc) else "</s>"
    features += [f"prev={prev.lower()}", f"next={nxt.lower()}"]
    if any(ch in nxt for ch in '“"‘'):
        features.append("next_is_quote")
    if any(ch in prev for ch in '”"’') or (
        token.i > 1 and any(ch in token.nbor(-2).text for ch in '”"’')
    ):
        features.append("after_quote")
    return features


@functools.lru_cache(maxsize=2)
def load_cue_model(path: Path = MODEL_PATH) -> dict[str, float]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


def cue_probability(token: Token, in_quote: bool, model: dict[str, float]) -> float:
    score = model.get("__bias__", 0.0) + sum(
        model.get(f, 0.0) for f in cue_features(token, in_quote)
    )
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))
