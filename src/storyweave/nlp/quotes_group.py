"""Group quotes by speaker across outlets.

The same quotation carried by several outlets is one quote with several
sources; a quotation that outlets word differently is flagged. Speakers are
matched to entities by name, alias, surname or role; a speaker no entity
matches keeps its own name with no entity, and a quote with no known speaker
is grouped under "unknown" (never guessed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher

from .._model import AnalysedArticle, DuplicateGroup, Entity, Quote, SpeakerQuotes, outlet_of

UNKNOWN = "unknown"
VARIANT_QUOTE = 0.6  # similarity above which two wordings are one quotation
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_TITLES = re.compile(r"^(mr|mrs|ms|dr|president|sen|senator|gen|general)\.?\s+", re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def match_entity(speaker: str, entities: Sequence[Entity]) -> Entity | None:
    """The entity a speaker names: full name or alias, then surname, then the
    last words of a body's name in lower case, then role."""
    short_form = _LEADING_THE.sub("", speaker.strip())
    wanted = _norm(_TITLES.sub("", short_form))
    if not wanted:
        return None
    names = [(e, _norm(n)) for e in entities for n in (e.name, *e.aliases)]
    exact = [e for e, n in names if n == wanted]
    if exact:
        return exact[0]
    # "Bolton", "Mr Bolton": a surname that only one person entity has
    surname = [
        e
        for e, n in names
        if e.label == "PERSON" and n.split() and n.split()[-1] == wanted.split()[-1]
    ]
    if len({e.id for e in surname}) == 1 and len(wanted.split()) == 1:
        return surname[0]
    # "the service", "the hurricane center": a body named by the last words of
    # its name, in lower case, as news prose shortens it on second mention.
    if short_form == short_form.lower():
        tail = f" {_norm(short_form)}"
        bodies = {e.id: e for e, n in names if e.label != "PERSON" and f" {n}".endswith(tail)}
        if len(bodies) == 1:
            return next(iter(bodies.values()))
    roles = [e for e in entities for r in e.roles if _norm(r) and _norm(r) in wanted]
    return roles[0] if len({e.id for e in roles}) == 1 else None


def _one_quotation(a: str, b: str) -> bool:
    """Whether two normalised wordings are one quotation (similarity >= VARIANT_QUOTE).

    The two quick upper bounds of the similarity settle most pairs before the
    full comparison, which is quadratic in the quotations' length; the answer
    is the same.
    """
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= VARIANT_QUOTE
        and matcher.quick_ratio() >= VARIANT_QUOTE
        and matcher.ratio() >= VARIANT_QUOTE
    )


def group_quotes(
    analysed: Sequence[AnalysedArticle],
    entities: Sequence[Entity],
    duplicates: Sequence[DuplicateGroup],
) -> list[SpeakerQuotes]:
    """One ``SpeakerQuotes`` per speaker, most-quoted first."""
    copies = {c for group in duplicates for c in group.copies}
    outlet = {a.article.id: outlet_of(a.article) for a in analysed}
    groups: dict[str, list[Quote]] = {}
    entity_of: dict[str, str | None] = {}
    for article in analysed:
        if article.article.id in copies:
            continue
        for quote in article.quotes:
            entity = match_entity(quote.speaker, entities) if quote.speaker else None
            key = entity.name if entity else (quote.speaker or UNKNOWN)
            entity_of[key] = entity.id if entity else None
            groups.setdefault(key, []).append(quote.model_copy(update={"entity": entity_of[key]}))
    out = []
    for speaker, quotes in groups.items():
        merged = _merge_wordings(quotes, outlet)
        outlets = tuple(dict.fromkeys(o for q in merged for o in q.outlets))
        out.append(
            SpeakerQuotes(
                speaker=speaker, entity=entity_of[speaker], quotes=tuple(merged), outlets=outlets
            )
        )
    out.sort(key=lambda s: (s.speaker == UNKNOWN, -len(s.outlets), -len(s.quotes), s.speaker))
    return out


def _merge_wordings(quotes: Sequence[Quote], outlet: dict[str, str]) -> list[Quote]:
    """Fold the same quotation from several articles into one quote citing them all."""
    kept: list[Quote] = []
    wording: list[str] = []  # the normalised text of each kept quote
    for quote in quotes:
        home = outlet.get(quote.article, quote.article)
        text = _norm(quote.content.text)
        # Only two direct quotations can be one; indirect ones are never compared.
        i = next(
            (
                k
                for k, other in enumerate(kept)
                if quote.direct and other.direct and _one_quotation(text, wording[k])
            ),
            None,
        )
        if i is None:
            kept.append(quote.model_copy(update={"outlets": (home,), "also_in": ()}))
            wording.append(text)
            continue
        other = kept[i]
        kept[i] = other.model_copy(
            update={
                "outlets": tuple(dict.fromkeys((*other.outlets, home))),
                "also_in": (*other.also_in, quote.id),
                "variant": other.variant or _norm(quote.content.text) != _norm(other.content.text),
            }
        )
    return kept


# Cues of speech and public claims. PolNeAR also annotates beliefs and intents
# ("everyone seemed to think"); a brief's "Who said what" shows what people said.
SPEECH_CUES = re.compile(
    r"\b(said|says|say|saying|told|tell|tells|claim\w*|den(y|ied|ies)|insist\w*|reject\w*|"
    r"announc\w*|warn\w*|accus\w*|declar\w*|tweet\w*|stat(ed|es)|add(ed|s)|"
    r"urg\w*|suggest\w*|estimat\w*|according to|wrote|writes|ask\w*|"
    r"repl\w*|argu\w*|assert\w*|confirm\w*|admit\w*|pledg\w*|vow\w*|promis\w*|allege\w*|"
    r"report\w*|explain\w*)\b",
    re.IGNORECASE,
)


MIN_REPORTED_WORDS = 5  # "denied the claims" reports an act, not what was said


def is_speech(quote: Quote) -> bool:
    """A direct quotation, or reported speech: a verb of saying and a clause said."""
    if quote.direct:
        return True
    words = quote.content.text.split()
    clausal = bool(words) and (words[0].lower() == "that" or len(words) >= MIN_REPORTED_WORDS)
    return clausal and quote.cue is not None and SPEECH_CUES.search(quote.cue.text) is not None


def speech_only(groups: Sequence[SpeakerQuotes]) -> list[SpeakerQuotes]:
    """The groups as a brief shows them: speech only, and no unknown speakers' paraphrases."""
    out = []
    for group in groups:
        kept = tuple(
            q for q in group.quotes if is_speech(q) and (group.speaker != UNKNOWN or q.direct)
        )
        if kept:
            outlets = tuple(dict.fromkeys(o for q in kept for o in q.outlets))
            out.append(group.model_copy(update={"quotes": kept, "outlets": outlets}))
    return out
