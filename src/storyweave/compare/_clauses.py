"""Sentences split into clauses, the units that state one fact each.

News sentences pack several facts ("Lopez fled the uprising, seeking shelter
at the Spanish Embassy"; "Now Lopez is hiding in the Spanish embassy and
Guaido has retreated to a secret location"), so a whole-sentence embedding
mixes them and misses paraphrases of one of them. A clause here is a verb
head of the dependency parse (main, conjoined, adverbial, complement,
relative or participial clause) with its subtree, less the clauses nested in
it; a clause with no subject of its own borrows its governor's ("Lopez ...
seeking shelter" -> "Lopez seeking shelter at the Spanish Embassy").
Infinitive complements ("was ready to step down") stay in their clause.

Clauses with fewer than ``MIN_CONTENT_WORDS`` content words ("Pompeo said")
state nothing on their own and are left out; a sentence with one clause or
none gets no clause units (its sentence vector already says it all).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from .._config import Settings
from ..nlp._spacy import load_spacy

CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "relcl", "acl", "parataxis", "csubj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj", "csubjpass"})
DROPPED_DEPS = frozenset({"cc", "punct", "mark"})  # 'and', ',', 'while' join clauses
# A reporting frame ('said Interior Minister Bernard Cazeneuve') names who spoke, not
# what happened: two such frames match each other without sharing any fact.
REPORTING_LEMMAS = frozenset(
    {"say", "tell", "insist", "claim", "add", "comment", "note", "state", "report", "write",
     "tweet", "explain", "argue", "suggest", "allege", "believe", "think", "accord"}
)  # fmt: skip
UNUSED_COMPONENTS = frozenset({"ner"})
MIN_CONTENT_WORDS = 3
MAX_CHARS = 1000  # sentences are bounded upstream; this bounds the parse if they are not


def _is_clause_head(token: Token) -> bool:
    return token.dep_ in CLAUSE_DEPS and token.pos_ in ("VERB", "AUX")


def _subject(head: Token) -> Token | None:
    """The nearest subject on the way from ``head`` up to the sentence root."""
    token = head
    while True:
        for child in token.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if token.head.i == token.i:
            return None
        token = token.head


def _clause_tokens(head: Token, heads: set[int]) -> list[Token]:
    tokens: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.i not in heads and c.dep_ not in DROPPED_DEPS)
    return sorted(tokens, key=lambda t: t.i)


def doc_clauses(doc: Doc) -> tuple[str, ...]:
    """The clauses of one parsed sentence that state something, as text; () when fewer than 2."""
    heads = [t for t in doc if _is_clause_head(t)]
    head_ids = {t.i for t in heads}
    out: list[str] = []
    for head in heads:
        if head.lemma_.lower() in REPORTING_LEMMAS:
            continue
        tokens = _clause_tokens(head, head_ids)
        if sum(1 for t in tokens if t.is_alpha and not t.is_stop) < MIN_CONTENT_WORDS:
            continue
        text = " ".join(t.text for t in tokens)
        if head.head.i != head.i and not any(c.dep_ in SUBJECT_DEPS for c in head.children):
            subject = _subject(head.head)
            if subject is not None and subject.i not in {t.i for t in tokens}:
                text = " ".join(t.text for t in subject.subtree) + " " + text
        out.append(text)
    return tuple(out) if len(out) >= 2 else ()


def split_clauses(texts: Sequence[str]) -> list[tuple[str, ...]]:
    """The clauses of every sentence text (see ``doc_clauses``), parsed with spaCy in batches."""
    nlp = load_spacy(Settings().spacy_model)  # the engine's pipeline, loaded once per process
    docs: Iterable[Doc] = (nlp.make_doc(t[:MAX_CHARS]) for t in texts)
    for name, component in nlp.pipeline:
        if name in UNUSED_COMPONENTS:  # names are not needed here
            continue
        pipe = getattr(component, "pipe", None)
        docs = pipe(docs, batch_size=64) if pipe is not None else map(component, docs)
    return [doc_clauses(doc) for doc in docs]
