"""Naming choices: which word each outlet uses for one and the same thing.

The log-odds ranking of ``_framing`` finds words one outlet uses more than the
others; it cannot show a choice between words, because a word every outlet
uses sometimes ("coup") scores near zero even when one outlet never uses the
alternative ("uprising"). Here the alternatives come from a hand-written list
of groups (``data/naming.txt``), and each outlet's uses of each word are
counted *in its own voice* (``_voice``): a word someone else is quoted as
using is counted apart, and a word inside a name ("Cuban Revolution") is part
of the name. Some groups name someone's thing ("the Maduro government", "Maduro's
regime"): their words are counted per owner, the name next to them, so the
US administration and the Venezuelan government are not one choice. A group
is listed when at least two outlets use it and the story holds at least two
of its words.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from .._model import AnalysedArticle, Citation, Entity, NamingChoice, NamingUse
from .._stretches import Stretches
from ._sources import Sources
from ._voice import quoted_spans

MIN_OUTLETS = 2
MIN_TERMS = 2
MAX_EXAMPLES = 3
# The owner of "the Maduro government", "Maduro's regime", "the government of Venezuela".
_OWNER_BEFORE = re.compile(r"(?:['’]s)?\s{1,3}$")
_OWNER_AFTER = re.compile(r"\s{1,3}of\s{1,3}(?:the\s{1,3})?")


@dataclass(frozen=True)
class NamingGroup:
    """Words for one thing (``concept``); ``owned``: counted per owner ("Maduro's regime").

    ``other_senses``: words that also mean something else ("occupation"),
    counted only where an unambiguous word of the group is used too.
    """

    concept: str
    terms: tuple[str, ...]
    owned: bool = False
    other_senses: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=1)
def naming_groups() -> tuple[NamingGroup, ...]:
    """The groups of the packaged list."""
    text = resources.files("storyweave.compare").joinpath("data/naming.txt").read_text("utf-8")
    groups = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if not entry:
            continue
        concept, _, words = entry.partition(":")
        marked = [w.strip().lower() for w in words.split(",") if w.strip()]
        terms = tuple(w.rstrip("?") for w in marked)
        other_senses = frozenset(w.rstrip("?") for w in marked if w.endswith("?"))
        owned = concept.startswith("@")
        groups.append(NamingGroup(concept.strip().lstrip("@"), terms, owned, other_senses))
    return tuple(groups)


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[NamingGroup, str]]]:
    """One pattern for every word, longest first, and each word's (group, entry)."""
    owner = {term: (group, term) for group in naming_groups() for term in group.terms}
    alternatives = "|".join(re.escape(t) for t in sorted(owner, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?:e?s)?\b", re.IGNORECASE), owner


class _Owners:
    """The name right before ("Maduro's regime") or after ("government of Venezuela") a word."""

    def __init__(self, art: AnalysedArticle, names: Mapping[str, str]) -> None:
        self.text = art.article.text
        self.names = names
        self.ending_at = {m.end: m for m in art.mentions}
        self.starting_at = {m.start: m for m in art.mentions}

    def of(self, start: int, end: int) -> str | None:
        before = _OWNER_BEFORE.search(self.text, max(start - 8, 0), start)
        mention = self.ending_at.get(before.start()) if before else None
        if mention is None:
            after = _OWNER_AFTER.match(self.text, end, end + 12)
            mention = self.starting_at.get(after.end()) if after else None
        return None if mention is None else self.names.get(mention.entity or "", mention.text)


def _entry(found: str, owner: dict[str, tuple[NamingGroup, str]]) -> tuple[NamingGroup, str] | None:
    word = found.lower().replace("’", "'")
    for candidate in (word, word[:-1], word[:-2]):  # "protesters", "mobs", "riots"
        if candidate in owner:
            return owner[candidate]
    return None


@dataclass(frozen=True)
class _Use:
    group: NamingGroup
    term: str
    about: str | None
    citation: Citation
    own_voice: bool


def _uses(art: AnalysedArticle, names: Mapping[str, str]) -> Iterator[_Use]:
    """Every word of a group in one article, outside names, with whose voice it is in."""
    pattern, owner = _pattern()
    quoted = quoted_spans(art)
    names_in_text = Stretches((m.start, m.end) for m in art.mentions)
    owners = _Owners(art, names)
    for s in art.sentences:
        for match in pattern.finditer(s.text.replace("’", "'")):
            start, end = s.start + match.start(), s.start + match.end()
            found = _entry(match.group(), owner)
            if found is None or names_in_text.overlaps(start, end):
                continue  # "Cuban Revolution" is a name, not a choice of word
            group, term = found
            about = owners.of(start, end) if group.owned else None
            if group.owned and about is None:
                continue  # whose "regime" it is cannot be told
            quoting = quoted.overlaps(start, end)
            yield _Use(group, term, about, Citation(article=s.article, sentence=s.id), not quoting)


def naming_choices(
    analysed: Sequence[AnalysedArticle],
    sources: Sources,
    entities: Sequence[Entity] = (),
    copies: frozenset[str] = frozenset(),
) -> list[NamingChoice]:
    """The groups of alternative words the outlets choose between, most used first."""
    names = {e.id: e.name for e in entities}
    counts: dict[tuple[str, str | None], Counter[tuple[str, str]]] = {}
    where: dict[tuple[str, str | None, str, str], dict[str, Citation]] = {}
    quoting: dict[tuple[str, str | None], set[str]] = {}
    for art in analysed:
        if art.article.id in copies:
            continue  # a copy repeats its original's words; count them once
        outlet = sources.source[art.article.id]
        for use in _uses(art, names):
            key = (use.group.concept, use.about)
            if not use.own_voice:
                quoting.setdefault(key, set()).add(outlet)
                continue
            counts.setdefault(key, Counter())[(outlet, use.term)] += 1
            cited = where.setdefault((*key, outlet, use.term), {})
            cited.setdefault(use.citation.sentence, use.citation)
    order = {o: i for i, o in enumerate(sources.independent)}
    ambiguous = {g.concept: g.other_senses for g in naming_groups()}
    choices = []
    for (concept, about), used in counts.items():
        if not set(t for _, t in used) - ambiguous[concept]:
            continue  # "aggression" and "intervention" in a story about a drug: not a war
        outlets = {o for o, _ in used}
        if len(outlets) < MIN_OUTLETS or len({t for _, t in used}) < MIN_TERMS:
            continue
        ranked = sorted(used.items(), key=lambda x: (order.get(x[0][0], 0), -x[1], x[0][1]))
        uses = tuple(
            NamingUse(outlet=o, term=t, count=n,
                      examples=tuple(where[(concept, about, o, t)].values())[:MAX_EXAMPLES])
            for (o, t), n in ranked
        )  # fmt: skip
        only_quoting = sorted(
            quoting.get((concept, about), set()) - outlets, key=lambda o: order.get(o, 0)
        )
        choices.append((sum(used.values()), concept, about or "", uses, tuple(only_quoting)))
    choices.sort(key=lambda c: (-c[0], c[1], c[2]))
    return [
        NamingChoice(id=f"N{i}", concept=concept, about=about or None, uses=uses,
                     only_quoting=only_quoting)
        for i, (_, concept, about, uses, only_quoting) in enumerate(choices, 1)
    ]  # fmt: skip
