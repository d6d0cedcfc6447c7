"""Who is the speaker? Names, roles and pronouns within one article.

A source that contains a person's name is that person; an organisation or
country names itself; a role ("the defense minister") stays the role. A
pronoun ("he") takes the nearest plausible antecedent: the source of an
attribution in the same or the previous sentence, else a person who is the
subject of the previous sentence. Anything further away stays unknown: a wrong
speaker is worse than none.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..clean import quotes_balanced
from .quotes_marks import doc_text

# Heads of noun phrases that name a person by role ("the defense minister").
ROLE_NOUNS = frozenset(
    {"minister", "adviser", "advisor", "secretary", "president", "official", "spokesman",
     "spokeswoman", "spokesperson", "general", "leader", "chief", "director", "ambassador",
     "senator", "governor", "expert", "analyst", "aide", "diplomat", "envoy", "commander",
     "head", "chairman", "lawmaker", "prosecutor", "judge", "mayor", "premier", "source"}
)  # fmt: skip
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i"})
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "it", "him", "her"})
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
_DETERMINERS = ("the ", "a ", "an ")


# spaCy rebuilds doc.ents and doc.sents by scanning every token on each access,
# so a per-quote lookup made a long article quadratic. Both are read once per doc
# and kept in user_data as plain numbers (the doc still serialises), like doc_text.
_ENTS_KEY = "storyweave.ents"
_Ent = tuple[int, int, int, int, str]  # start_char, end_char, start, end, label
_SENTS_KEY = "storyweave.text_sentences"


def _ents(doc: Doc) -> list[_Ent]:
    """(start_char, end_char, start, end, label) of every entity, read once per doc."""
    cached = doc.user_data.get(_ENTS_KEY)
    if cached is None:
        cached = [(e.start_char, e.end_char, e.start, e.end, e.label_) for e in doc.ents]
        doc.user_data[_ENTS_KEY] = cached
    return cached


def _ents_between(doc: Doc, field: int, low: int, high: int) -> list[_Ent]:
    """The entities whose value at ``field`` lies in [low, high).

    spaCy's entities never overlap and come in text order, so every field (start
    and end, in characters and in tokens) is in order: a binary search finds them.
    """
    ents = _ents(doc)
    first = bisect_left(ents, low, key=lambda e: int(e[field]))
    last = bisect_left(ents, high, key=lambda e: int(e[field]))
    return ents[first:last]


def _entities_in(doc: Doc, start: int, end: int) -> list[Span]:
    return [
        Span(doc, s, e, label=label)
        for _, end_char, s, e, label in _ents_between(doc, 0, start, end)
        if end_char <= end
    ]


def name_of_source(doc: Doc, start: int, end: int) -> str:
    """The speaker a source span names: its person, else its organisation, else the role."""
    ents = _entities_in(doc, start, end)
    people = [e for e in ents if e.label_ == "PERSON"]
    if people:
        return max(people, key=len).text
    span = doc.char_span(start, end, alignment_mode="expand")
    root = span.root if span is not None else None
    named = [
        e
        for e in ents
        if e.label_ in NAME_LABELS and root is not None and e.start <= root.i < e.end
    ]
    if named:
        return _with_possessor(doc, named[0], start).text
    if span is not None and root is not None:
        end = _described_end(span, root, end)
    text = " ".join(doc_text(doc)[start:end].split()).strip(" ,;:—-")
    lowered = text.lower()
    for det in _DETERMINERS:
        if lowered.startswith(det):
            return text[len(det) :]
    return text


# Clauses and asides after a described speaker's noun phrase: who they are is
# said before them ("a U.S. official, speaking on condition of anonymity").
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "parataxis"})
_ARTICLES = frozenset(d.strip() for d in _DETERMINERS)


def _described_end(span: Span, root: Token, end: int) -> int:
    """Where a described speaker's noun phrase ends, before a relative clause, a
    participle or an aside: "one vacationer [who was returning home ...]",
    "factory worker[, who waited ...]", "U.S. official[, speaking on condition of
    anonymity]". An apposition the parser attaches to the speaker itself says
    who they are and stays ("his security adviser, a retired general"), and so
    does the clause of a bare noun ("man who succeeded him as Communist leader").
    """
    kept_appositive = {
        t.i for child in root.children if child.dep_ == "appos" for t in child.subtree
    }
    clauses = (
        min(t.idx for t in child.subtree)
        for child in root.children
        if child.dep_ in _CLAUSAL and child.i > root.i
    )
    commas = (
        t.idx
        for t in span
        if t.i > root.i
        and t.text == ","
        and t.i not in kept_appositive
        and t.i + 1 not in kept_appositive
        and not (t.i + 1 < len(span.doc) and span.doc[t.i + 1].dep_ == "conj")  # a list goes on
    )
    cut = min(min(clauses, default=end), min(commas, default=end))
    kept = [t for t in span if t.idx < cut and not t.is_punct and t.lower_ not in _ARTICLES]
    whole = cut < end and len(kept) >= 2 and quotes_balanced(span.doc.text[span.start_char : cut])
    return cut if whole else end


def _with_possessor(doc: Doc, name: Span, start: int) -> Span:
    """The body with whoever owns it ("Russia's Ministry of Foreign Affairs"):
    a ministry or a party alone is ambiguous."""
    before = _ents_between(doc, 3, name.start - 1, name.start)  # ending just before the name
    owner = next((Span(doc, s, e, label=label) for *_, s, e, label in before), None)
    marker = doc[name.start - 1] if name.start > 0 else None
    if (
        name.label_ == "ORG"
        and owner is not None
        and marker is not None
        and marker.tag_ == "POS"
        and owner.label_ in ("GPE", "NORP", "PERSON", "ORG")
        and owner.start_char >= start
    ):
        return doc[owner.start : name.end]
    return name


def is_pronoun(doc: Doc, start: int, end: int) -> bool:
    return doc_text(doc)[start:end].strip().lower() in PRONOUNS


def _text_sentences(doc: Doc) -> list[tuple[int, int, int, int]]:
    """(start_char, end_char, start, end) of the sentences with some text, read once per doc.

    Blank lines between paragraphs are sentences to spaCy; they are left out.
    """
    cached = doc.user_data.get(_SENTS_KEY)
    if cached is None:
        cached = [(s.start_char, s.end_char, s.start, s.end) for s in doc.sents if s.text.strip()]
        doc.user_data[_SENTS_KEY] = cached
    return cached


def _sentence_index(sentences: Sequence[tuple[int, int, int, int]], char: int) -> int:
    """Index of the sentence holding character ``char``, or -1 (sentences are in order)."""
    i = bisect_right(sentences, char, key=lambda s: s[0]) - 1
    return i if i >= 0 and char < sentences[i][1] else -1


def is_person_like(doc: Doc, start: int, end: int) -> bool:
    """A named person or a role ("his security adviser"), not a country or a company."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    starting = _ents_between(doc, 2, span.start, span.end)
    inside = (label for *_, e, label in starting if e <= span.end)
    if "PERSON" in inside:  # span.ents, without scanning the whole doc
        return True
    root = span.root
    if root.ent_type_ in ("ORG", "GPE", "NORP", "LOC", "FAC"):
        return False
    return root.lemma_.lower() in ROLE_NOUNS or (root.pos_ == "PROPN" and not root.ent_type_)


def _subject_person(sentence: Span, before: int | None = None) -> str | None:
    """A person (name or role) in the subject of a verb of the sentence, before char ``before``."""
    for token in sentence:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.pos_ == "PRON":
            continue
        if before is None and token.head != sentence.root:
            continue  # in an earlier sentence, only the main clause's subject
        if before is not None and token.idx >= before:
            break
        if (
            token.ent_type_ == ""
            and token.pos_ != "PROPN"
            and token.lemma_.lower() not in ROLE_NOUNS
        ):
            continue
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
        if is_person_like(sentence.doc, start, end):
            return name_of_source(sentence.doc, start, end)
    return None


Earlier = Sequence[tuple[int, str, bool]]


def resolve_pronoun(doc: Doc, source_start: int, earlier: Earlier) -> str | None:
    """Antecedent of a pronoun source at ``source_start``.

    ``earlier`` holds (character, speaker, person-like) of the article's previous
    attributions. "He" and "she" only take a person or a role, never a country.
    Nearest first: a speaker or person subject earlier in the same sentence,
    then in the previous sentence; further back stays unknown.
    """
    sentences = _text_sentences(doc)
    here = _sentence_index(sentences, source_start)
    if here < 0:
        return None
    first_word = doc_text(doc)[source_start : source_start + 5].split()[:1]
    person_only = bool(first_word) and first_word[0].lower() in PERSON_PRONOUNS
    for distance in (0, 1):
        for char, speaker, person_like in reversed(earlier):
            near = char < source_start and here - _sentence_index(sentences, char) == distance
            if near and (person_like or not person_only):
                return speaker
        if here - distance < 0:
            return None
        _, _, first, last = sentences[here - distance]
        subject = _subject_person(doc[first:last], before=source_start if distance == 0 else None)
        if subject:
            return subject
    return None


# Words that make a paragraph introduce the quotation that follows it.
_SPEECH_WORDS = frozenset(
    {"said", "says", "say", "told", "tweet", "tweets", "tweeted", "wrote", "writes", "statement",
     "message", "threatened", "warned", "added", "declared", "posted", "announced", "speech",
     "address", "interview"}
)  # fmt: skip


def previous_paragraph_speaker(doc: Doc, quote_start: int, earlier: Earlier) -> str | None:
    """Speaker of a cue-less quotation paragraph: whoever spoke in the paragraph before it."""
    text = doc_text(doc)
    end = text.rfind("\n", 0, quote_start)
    while end > 0 and not text[:end].rstrip("\n "):
        end -= 1
    previous_end = len(text[:end].rstrip())
    previous_start = text.rfind("\n", 0, previous_end) + 1
    if previous_end <= previous_start:
        return None
    for char, speaker, _ in reversed(earlier):
        if previous_start <= char < quote_start:
            return speaker
    paragraph = doc.char_span(previous_start, previous_end, alignment_mode="expand")
    if paragraph is None:
        return None
    words = {t.lower_ for t in paragraph}
    if not words & _SPEECH_WORDS and not paragraph.text.rstrip().endswith(":"):
        return None
    sentences = _text_sentences(doc)
    i = bisect_left(sentences, previous_end, key=lambda s: s[0]) - 1  # last opening before it
    if i < 0 or sentences[i][0] < previous_start:
        return None
    return _subject_person(doc[sentences[i][2] : sentences[i][3]])


RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def relative_antecedent(doc: Doc, start: int, end: int) -> str | None:
    """For "Guaido, who calls himself...", the speaker "who" stands for: Guaido."""
    if doc_text(doc)[start:end].strip().lower() not in RELATIVE_PRONOUNS:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.root.head.dep_ != "relcl":
        return None
    noun = span.root.head.head
    return name_of_source(doc, noun.left_edge.idx, noun.idx + len(noun.text))
