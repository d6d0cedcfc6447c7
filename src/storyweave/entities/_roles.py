"""Titles attached to names: "Secretary of State Mike Pompeo", "Pompeo, the US Defense Secretary".

A role is read from the words right before a person's name (a chain of title
words ending in, or built around, a head noun such as *secretary*, *minister*,
*leader*) or from an appositive right after it (", the US Defense Secretary,").
Only the text of the mention's own sentence is looked at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .._model import AnalysedArticle, Mention, Sentence
from ._names import HONORIFICS

# Nouns that name an office or a public position; a role must contain one.
ROLE_HEADS = frozenset(
    {
        "secretary", "minister", "president", "adviser", "advisor", "leader", "chief", "head",
        "spokesman", "spokeswoman", "spokesperson", "director", "chairman", "chairwoman",
        "chair", "senator", "governor", "ambassador", "envoy", "general", "commander",
        "official", "mayor", "chancellor", "king", "queen", "judge", "justice", "attorney",
        "prosecutor", "figure", "candidate", "lawmaker", "congressman", "congresswoman",
        "representative", "deputy", "premier", "ceo", "founder", "expert", "professor",
        "correspondent", "editor", "analyst", "coach", "captain", "officer", "emperor",
        "dictator", "strongman", "vice-president", "nominee", "sheriff", "mr", "mrs", "ms", "dr",
    }
)  # fmt: skip

# Lower-case words that may qualify a head inside a title.
ROLE_MODIFIERS = frozenset(
    {
        "of", "state", "defense", "defence", "foreign", "national", "security", "press",
        "opposition", "interim", "acting", "former", "previous", "then", "vice", "prime",
        "presidential", "senior", "top", "party", "affairs", "interior", "finance", "treasury",
        "health", "homeland", "trade", "commerce", "energy", "army", "military", "supreme",
        "self-proclaimed", "self-declared", "assistant", "executive", "managing", "deputy",
        "foreign-policy", "intelligence", "police", "staff", "cabinet", "communications",
        "economy", "justice", "education", "labor", "labour", "retired",
        "general", "attorney", "chief", "head", "union", "rebel", "militia",
    }
)  # fmt: skip

# Modifiers that change when or how someone holds an office, not which office.
TEMPORAL_MODIFIERS = frozenset(
    {"former", "previous", "then", "acting", "interim", "retired", "self-proclaimed",
     "self-declared", "senior", "top", "the", "of", "a", "an"}
)  # fmt: skip

# Forms of address, not offices: they never conflict with a title.
COURTESY_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "rev"})
MAX_ROLE_WORDS = 7
_WORD = re.compile(r"[\w.’'-]+")
_APPOSITIVE = re.compile(
    r"^\s*,\s*(?:the|a|an)?\s*([^,;:.()\"“”]{2,70}?)\s*(?:[,;:)]|\.(?:\s|$)|$)"
)


_SENTENCE_ENDED = re.compile(r"[.!?][\"”’']?\s+[“\"‘']?$")


def _title_word(word: str, sentence_initial: bool) -> bool:
    lower = word.lower()
    if lower in ROLE_HEADS or lower in ROLE_MODIFIERS or lower.rstrip(".") in HONORIFICS:
        return True
    return word[:1].isupper() and not sentence_initial


def _is_role(words: list[str]) -> bool:
    lowers = [w.lower().rstrip(".") for w in words]
    heads = [i for i, w in enumerate(lowers) if w in ROLE_HEADS or w in HONORIFICS]
    if not heads:
        return False
    last = len(lowers) - 1
    # Ends in a head ("Defense Secretary"), or a head rules an of-phrase ("Secretary of State").
    return heads[-1] == last or (heads[-1] + 1 <= last and lowers[heads[-1] + 1] == "of")


def role_before(sentence: Sentence, start: int) -> str | None:
    """The title right before a name that starts at ``start`` in the article text."""
    before = sentence.text[: start - sentence.start]
    if before and not before[-1].isspace():
        return None  # glued to a preceding token, e.g. a quote mark or hyphen
    chain: list[str] = []
    right = len(before)  # start of the word to the right of the current one
    for match in reversed(list(_WORD.finditer(before))[-MAX_ROLE_WORDS:]):
        if before[match.end() : right].strip():
            break  # punctuation between words ends the title
        # A sentence's first word is capitalised whatever it is ("Accept Interim
        # President Guaido's amnesty"), also inside a sentence that holds a
        # quotation of several ("Your time is up. Accept ...").
        preceding = before[: match.start()]
        initial = not preceding.strip(" “\"'‘") or bool(_SENTENCE_ENDED.search(preceding))
        if not _title_word(match.group(), initial):
            break
        chain.insert(0, match.group())
        right = match.start()
    while chain and chain[0].lower() in {"of", "the", "a", "an"}:
        chain.pop(0)
    return " ".join(chain) if chain and _is_role(chain) else None


def role_after(sentence: Sentence, end: int) -> str | None:
    """An appositive title right after a name: 'Mike Pompeo, the US Defense Secretary,'."""
    match = _APPOSITIVE.match(sentence.text[end - sentence.start :])
    if not match:
        return None
    words = match.group(1).split()
    if not words or len(words) > MAX_ROLE_WORDS:
        return None
    if not all(_title_word(w, False) for w in words) or not _is_role(words):
        return None
    return " ".join(words)


def is_courtesy_title(role: str) -> bool:
    """True for a form of address alone ("Mr", "Dr."): no office, so no role to list."""
    return all(w.lower().rstrip(".") in COURTESY_TITLES for w in role.split())


def roles_of_mention(mention: Mention, sentence: Sentence) -> list[str]:
    found = (role_before(sentence, mention.start), role_after(sentence, mention.end))
    return [role for role in found if role]


def iter_mention_roles(
    analysed: Sequence[AnalysedArticle], labels: frozenset[str] = frozenset({"PERSON"})
) -> Iterator[tuple[AnalysedArticle, Mention, str]]:
    """Every (article, mention, role) for mentions with one of ``labels``."""
    for art in analysed:
        by_id = {s.id: s for s in art.sentences}
        for mention in art.mentions:
            sentence = by_id.get(mention.sentence)
            if sentence is None or mention.label not in labels:
                continue
            for role in roles_of_mention(mention, sentence):
                yield art, mention, role


def office_of(role: str, place_words: frozenset[str]) -> tuple[str, frozenset[str]] | None:
    """(head noun, qualifying words) of a role, ignoring places and time qualifiers.

    'US secretary of state' -> ('secretary', {'state'});
    'US Defense Secretary'  -> ('secretary', {'defense'}). Honorifics have no office.
    """
    words = [w.lower().rstrip(".").replace("’s", "").replace("'s", "") for w in role.split()]
    heads = [i for i, w in enumerate(words) if w in ROLE_HEADS and w not in COURTESY_TITLES]
    if not heads:
        return None
    head = words[heads[-1]]
    qualifiers = frozenset(
        w
        for i, w in enumerate(words)
        if i != heads[-1] and w not in TEMPORAL_MODIFIERS and w not in place_words
    )
    return head, qualifiers
