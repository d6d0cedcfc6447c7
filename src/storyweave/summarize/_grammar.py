"""What the parser tells about shortlisted sentences: leads, photo captions, fragments.

Only the brief's shortlist (a few hundred sentences at most) is parsed, with the
spaCy pipeline the brief has loaded already.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Span, Token

from ._candidates import Candidate

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_FINAL = re.compile(rf"\b{_MONTH} \d{{1,2}}, \d{{4}}\.[\"”’')]*$")
_PRESENT_TENSE = frozenset({"VBZ", "VBP"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_COUNTED_LABELS = frozenset({"CARDINAL", "QUANTITY"})
_WHEN_WHERE_LABELS = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC"})
# Main verbs that state a condition or a saying rather than an event.
_NOT_EVENTS = frozenset(
    [
        "be",
        "have",
        "remain",
        "seem",
        "appear",
        "become",
        "say",
        "tell",
        "claim",
        "add",
        "insist",
        "argue",
        "note",
        "write",
        "think",
        "believe",
        "know",
        "want",
        "need",
        "report",
    ]
)
# Reporting verbs whose reported clause may carry the event, followed this deep.
_REPORTING = frozenset(["say", "tell", "claim", "report", "add", "insist", "note", "write"])
_REPORTED_DEPTH = 2
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})


@dataclass(frozen=True)
class Reading:
    """The parser's verdicts on a shortlist (sentence ids)."""

    leads: frozenset[str]  # say what happened: may open the summary
    anchored: frozenset[str]  # leads that also say when or where: the better openers
    unfit: frozenset[str]  # photo captions and fragments: not summary sentences


def _event_verb(root: Token) -> Token | None:
    """The verb that carries the event: the root, or what a reporting root reports
    ("Officials say 71 beagles have been removed" -> "removed")."""
    verb: Token | None = root
    for _ in range(_REPORTED_DEPTH + 1):
        if verb is None or verb.pos_ != "VERB":
            return None
        if verb.lemma_.lower() not in _NOT_EVENTS:
            return verb
        if verb.lemma_.lower() not in _REPORTING:
            return None
        reported = next((t for t in verb.children if t.dep_ == "ccomp"), None)
        if reported is None and verb is not root:
            return verb  # a reported report is news: "outlets report that Comey wrote..."
        verb = reported
    return None


def says_what_happened(sentence: Span, opens_article: bool = False) -> bool:
    """An event as main verb, with a subject that says who or what it happened to.

    The subject names an actor: its head or a word before it does ("opposition
    leader Juan Guaido", "Venezuelan troops"), not a place in a clause after it
    ("The site, located in Dingwall"); a counted subject ("Eight people") will
    do when the sentence names an actor elsewhere ("... by Connecticut State
    Police"). Or it is a noun phrase that introduces its referent: "A
    6-week-old baby died Thursday when ...", "An explosion destroyed ...". A
    definite one ("The two vehicles stop ...") points back at an earlier
    sentence, except in the sentence that ``opens_article``, where the writer
    introduces the story with it. A reporting verb ("say", "report") passes
    on to the clause it reports.
    """
    verb = _event_verb(sentence.root)
    if verb is None:
        return False
    heads = [t for t in verb.children if t.dep_ in _SUBJECTS]
    subject = [w for t in heads for w in t.subtree if w.i <= t.i]
    # A proper noun the tagger gives no entity type names someone too: the
    # small model misses one-word names ("Prodigy, one-half of ... Mobb Deep, died").
    named = any(
        w.ent_type_ in _ACTOR_LABELS or (w.pos_ == "PROPN" and not w.ent_type_) for w in subject
    )
    counted = any(w.ent_type_ in _COUNTED_LABELS for w in subject) and any(
        e.label_ in _ACTOR_LABELS for e in sentence.ents
    )
    nominal = [t for t in heads if t.pos_ in _NOMINAL]
    introduced = bool(nominal) and (
        opens_article or min(w.i for t in nominal for w in t.subtree) not in _definite(sentence)
    )
    return named or counted or introduced


def _definite(sentence: Span) -> set[int]:
    """Positions of the definite and demonstrative determiners in ``sentence``."""
    return {t.i for t in sentence if t.lower_ in _DEFINITE}


def says_when_or_where(sentence: Span) -> bool:
    """A date, a time or a place is named."""
    return any(e.label_ in _WHEN_WHERE_LABELS for e in sentence.ents)


def is_caption(sentence: Span) -> bool:
    """A photo caption left in the text: present tense, ending on a full calendar date.

    ("An explosion occurs under a military vehicle ... in Caracas on April 30,
    2019.") News prose reports such events in the past tense.
    """
    return bool(_DATE_FINAL.search(sentence.text.strip())) and sentence.root.tag_ in _PRESENT_TENSE


def is_fragment(sentence: Span) -> bool:
    """No finite clause: a list entry ("Austin Custodio, 21, Pine Bush, NY."), a
    dangling participle ("Charged with eight counts..."), a sign-off ("Thanks to all!")."""
    root = sentence.root
    if root.pos_ not in {"VERB", "AUX"}:
        return True
    return not any(t.dep_ in _SUBJECTS for t in root.children) and root.tag_ in {"VBN", "VBG"}


def read_sentences(
    candidates: Sequence[Candidate], nlp: Language, may_lead: frozenset[str]
) -> Reading:
    """Parse ``candidates``; leads are looked for among ``may_lead``."""
    leads: set[str] = set()
    anchored: set[str] = set()
    unfit: set[str] = set()
    for candidate, doc in zip(candidates, nlp.pipe(c.text for c in candidates), strict=True):
        sentence = next(iter(doc.sents), None)
        sid = candidate.sentence.id
        if sentence is None or is_caption(sentence) or is_fragment(sentence):
            unfit.add(sid)
        elif sid in may_lead and says_what_happened(
            sentence, opens_article=candidate.sentence.index == 0
        ):
            leads.add(sid)
            if says_when_or_where(sentence):
                anchored.add(sid)
    return Reading(leads=frozenset(leads), anchored=frozenset(anchored), unfit=frozenset(unfit))
