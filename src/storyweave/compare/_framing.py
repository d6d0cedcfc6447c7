"""Framing: the words each outlet prefers over the others, and its loaded language.

Terms (words and two-word phrases) are ranked per outlet by the log-odds ratio
with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin'
Words", section 3.5), outlet against all other outlets. The prior is the
story's pooled term counts, so a term every outlet uses scores near zero and a
term one outlet uses repeatedly where others do not scores high. Names of
people and places are left out: they are the story, not its framing. Terms in
the evaluative lexicon (``data/evaluative.txt``) are flagged ``loaded`` and
listed whenever the outlet uses them more than the others. Only the outlet's
own voice is counted (``_voice``): the words of people it quotes are theirs.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from .._model import AnalysedArticle, Citation, FramingTerm
from ..entities._names import name_key
from ._lexicon import is_loaded, loaded_phrases
from ._sources import Sources
from ._text import stem
from ._voice import own_voice, quoted_spans

MIN_Z = 1.28  # one-sided 10% level: single stories are small, stricter levels leave nothing
MIN_COUNT = 2
WINDOW_CHARS = 40  # about six words either side of an actor's name
PRIOR_SCALE = 0.1  # prior worth a tenth of the story's pooled counts
TOP_NEUTRAL = 8
TOP_LOADED = 8
MAX_EXAMPLES = 3
ACTOR_LABELS = frozenset({"PERSON", "GPE", "NORP", "LOC"})
# Reporting verbs and spans of time say when and how something was reported,
# and prepositions where it happened, not how it is framed. (spaCy's stop
# list leaves these out, and they topped outlets' lists on the example.)
_NOT_FRAMING = re.compile(
    r"^(?:sa(?:id|ys?)|told|tells?|call(?:ed|s)?|claim(?:s|ed|ing)?|added|stated|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|time|"
    r"(?:day|week|month|year|hour|minute)s?|morning|evening|night|"
    r"like|outside|inside|despite|near|amid|onto|past)$"
)
_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")


def _terms(text: str, actors: frozenset[str], spans: list[tuple[int, int]]) -> list[str]:
    """Words and word pairs near the mentions of shared actors (``spans``, sentence offsets)."""
    matches = list(_WORD.finditer(text.lower()))
    words = [re.sub(r"'s?$", "", m.group().replace("’", "'")) for m in matches]
    near = [
        any(s - WINDOW_CHARS <= m.start() and m.end() <= e + WINDOW_CHARS for s, e in spans)
        and not any(s <= m.start() < e for s, e in spans)
        for m in matches
    ]
    keep = [
        n and w not in STOP_WORDS and w not in actors and len(w) > 2 and not _NOT_FRAMING.match(w)
        for w, n in zip(words, near, strict=True)
    ]
    terms = [w for w, k in zip(words, keep, strict=True) if k]
    terms += [
        f"{a} {b}"
        for a, b, ka, kb in zip(words, words[1:], keep, keep[1:], strict=False)
        if ka and kb
    ]
    return terms + loaded_phrases(text)


def _shared_actors(analysed: Sequence[AnalysedArticle], sources: Sources) -> set[str]:
    """Entities that at least two independent outlets mention: the story's common actors."""
    outlets: dict[str, set[str]] = {}
    for art in analysed:
        for m in art.mentions:
            if m.entity:
                outlets.setdefault(m.entity, set()).add(sources.source[art.article.id])
    return {e for e, o in outlets.items() if len(o) >= 2}


def _actor_words(analysed: Sequence[AnalysedArticle]) -> frozenset[str]:
    words: set[str] = set()
    for art in analysed:
        for m in art.mentions:
            if m.label in ACTOR_LABELS:
                words.update(name_key(m.text, person=True).split())
    return frozenset(words)


def log_odds_z(
    counts: Mapping[str, int], pooled: Mapping[str, int], prior_scale: float = PRIOR_SCALE
) -> dict[str, float]:
    """z-scores of the log-odds ratio of each term, one outlet against all the others.

    ``counts`` are the outlet's term counts and ``pooled`` every outlet's
    (``counts`` included); the rest is their difference, and the Dirichlet
    prior is ``prior_scale`` times the pooled counts. Only the outlet's own
    terms are scored, so the cost is linear in its vocabulary.
    """
    n_i, n_all = sum(counts.values()), sum(pooled.values())
    n_j, a0 = n_all - n_i, prior_scale * n_all
    out: dict[str, float] = {}
    for term, y_i in counts.items():
        a_w = prior_scale * pooled.get(term, y_i)
        y_j = max(pooled.get(term, y_i) - y_i, 0)
        rest_i, rest_j = n_i + a0 - y_i - a_w, n_j + a0 - y_j - a_w
        if rest_i <= 0 or rest_j <= 0:
            continue  # one side uses no other word: there is nothing to contrast with
        delta = math.log((y_i + a_w) / rest_i) - math.log((y_j + a_w) / rest_j)
        out[term] = delta / math.sqrt(1.0 / (y_i + a_w) + 1.0 / (y_j + a_w))
    return out


def _one_per_stem(terms: Iterable[str]) -> list[str]:
    """The strongest form of each term: "attempt" and "attempted" are one choice of word."""
    seen: set[str] = set()
    out = []
    for term in terms:
        key = " ".join(stem(word) for word in term.split())
        if key not in seen:
            seen.add(key)
            out.append(term)
    return out


def framing_terms(
    analysed: Sequence[AnalysedArticle], sources: Sources, copies: frozenset[str] = frozenset()
) -> list[FramingTerm]:
    """Preferred and loaded terms of each independent outlet, strongest first."""
    actors = _actor_words(analysed)
    counts: dict[str, Counter[str]] = {}
    where: dict[tuple[str, str], list[Citation]] = {}
    shared = _shared_actors(analysed, sources)
    for art in analysed:
        if art.article.id in copies:
            continue  # a copy repeats its original's words; count them once
        outlet = sources.source[art.article.id]
        bag = counts.setdefault(outlet, Counter())
        spans: dict[str, list[tuple[int, int]]] = {}
        for m in art.mentions:
            if m.entity in shared:
                spans.setdefault(m.sentence, []).append((m.start, m.end))
        quoted = quoted_spans(art)
        for s in art.sentences:
            local = [(a - s.start, b - s.start) for a, b in spans.get(s.id, [])]
            for term in set(_terms(own_voice(s.text, s.start, quoted), actors, local)):
                bag[term] += 1
                where.setdefault((outlet, term), []).append(
                    Citation(article=s.article, sentence=s.id)
                )
    if len(counts) < 2:
        return []
    pooled: Counter[str] = Counter()
    for bag in counts.values():
        pooled.update(bag)
    out: list[FramingTerm] = []
    for outlet, bag in counts.items():
        z = log_odds_z(bag, pooled)
        ranked = sorted(z, key=lambda t: (-z[t], t))  # terms that could be scored
        neutral = _one_per_stem(
            t for t in ranked if z[t] >= MIN_Z and bag[t] >= MIN_COUNT and not is_loaded(t)
        )
        loaded = _one_per_stem(t for t in ranked if z[t] > 0 and is_loaded(t))
        for term, flag in [(t, False) for t in neutral[:TOP_NEUTRAL]] + [
            (t, True) for t in loaded[:TOP_LOADED]
        ]:
            out.append(FramingTerm(
                id=f"T{len(out) + 1}", outlet=outlet, term=term, score=round(z[term], 3),
                count=bag[term], loaded=flag, examples=tuple(where[(outlet, term)][:MAX_EXAMPLES]),
            ))  # fmt: skip
    return out
