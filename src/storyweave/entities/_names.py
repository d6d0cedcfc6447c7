"""Normalising entity names: accents, possessives, honorifics and surface noise.

Two mentions are compared by their *key*: lower case, accents folded
("López" -> "lopez"), possessives ("Guaido's", "Venezuela's Maduro") and
honorifics ("Mr Bolton", "President Maduro") removed.
"""

from __future__ import annotations

import re
import unicodedata

import jellyfish

# Honorifics and bare titles that may precede a name inside an NER span.
HONORIFICS = frozenset(
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev",
        "president", "pres", "gen", "general", "sen", "senator", "rep", "gov", "governor",
        "minister", "secretary", "judge", "justice", "king", "queen", "prince", "princess",
        "pope", "saint", "st", "col", "lt", "capt", "sgt", "adm", "premier", "chancellor",
    }
)  # fmt: skip

_POSSESSIVE_TAIL = re.compile(r"(?:['’]s|['’])$", re.IGNORECASE)
# "Venezuela's Maduro": the part after a possessive is the name.
_POSSESSIVE_HEAD = re.compile(r"^.+?['’]s\s+(?=\S)", re.IGNORECASE)
_QUOTES_AND_SPACE = re.compile(r"[\"“”‘’'`«»]+|\s+")
_EDGE_NOISE = " ,;:-–—\"“”‘’'"
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def fold_accents(text: str) -> str:
    """'López' -> 'Lopez': drop combining marks after Unicode decomposition."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def clean_surface(text: str, person: bool = False) -> str:
    """The name as it should be displayed: trimmed of possessives, quotes and articles."""
    name = " ".join(text.split())
    if person:
        name = _POSSESSIVE_HEAD.sub("", name)
    name = _POSSESSIVE_TAIL.sub("", name).strip(_EDGE_NOISE)
    name = _LEADING_ARTICLE.sub("", name).strip(_EDGE_NOISE)
    if name.endswith(".") and not re.search(r"\b\w\.\w?\.?$", name):
        name = name.rstrip(".")  # a full stop, not the end of an abbreviation like "U.S."
    if person:
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in HONORIFICS:
            words = words[1:]
        name = " ".join(words)
    return name


def name_key(text: str, person: bool = False) -> str:
    """Comparison key: cleaned, accent-folded, lower case, single spaces."""
    cleaned = fold_accents(clean_surface(text, person)).lower()
    return _QUOTES_AND_SPACE.sub(" ", cleaned).strip()


def acronym_of(key: str) -> str:
    """'united states of america' -> 'usa'; 'u.s.' -> 'us'."""
    words = [w for w in key.replace(".", " ").split() if w not in {"of", "the", "and", "for"}]
    return "".join(w[0] for w in words)


def compact(key: str) -> str:
    """Key without dots or spaces, so 'u.s.' and 'us' compare equal."""
    return key.replace(".", "").replace(" ", "")


def similar_word(a: str, b: str) -> bool:
    """Two name words that are the same word up to one typo.

    One edit (Damerau-Levenshtein: insertion, deletion, substitution or
    transposition) is allowed in words of five letters or more, where it is
    far more likely a misspelling ('Gaido', 'Guido', 'Maudro') than another
    name; shorter words must match exactly.
    """
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a[0] != b[0]:
        return False
    return jellyfish.damerau_levenshtein_distance(a, b) <= 1


def similar_given_name(a: str, b: str) -> bool:
    """Given names agree if equal, one is an initial of the other, or near-identical."""
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return similar_word(a, b) or jellyfish.jaro_winkler_similarity(a, b) >= 0.93
