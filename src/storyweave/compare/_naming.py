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
from ._sources import Sources
from ._voice import quoted_spans

MIN_OUTLETS = 2
MIN_TERMS = 2
MAX_EXAMPLES = 3
# The owner of "the Maduro government", "Maduro's regime", "the government of Venezuela".
_OWNER_BEFORE = re.compile(r"(?:['’]s)?\s+$")
_OWNER_AFTER = re.compile(r"^\s+of\s+(?:the\s+)?$")


@dataclass(frozen=True)
class NamingGroup:
    """Words for one thing (``concept``); ``owned``: counted per owner ("Maduro's regime")."""

    concept: str
    terms: tuple[str, ...]
    owned: bool = False


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
        terms = tuple(w.strip().lower() for w in words.split(",") if w.strip())
        groups.append(NamingGroup(concept.strip().lstrip("@"), terms, concept.startswith("@")))
    return tuple(groups)


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[NamingGroup, str]]]:
    """One pattern for every word, longest first, and each word's (group, entry)."""
    owner = {term: (group, term) for group in naming_groups() for term in group.terms}
    alternatives = "|".join(re.escape(t) for t in sorted(owner, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})(?:e?s)?\b", re.IGNORECASE), owner


def _owner_of(art: AnalysedArticle, start: int, end: int, names: Mapping[str, str]) -> str | None:
    """The name right before ("Maduro's regime") or after ("government of Venezuela") a word."""
    text = art.article.text
    for m in art.mentions:
        if (m.end <= start and _OWNER_BEFORE.fullmatch(text, m.end, start)) or (
            end <= m.start and _OWNER_AFTER.fullmatch(text, end, m.start)
        ):
            return names.get(m.entity or "", m.text)
    return None


def _entry(found: str, owner: dict[str, tuple[NamingGroup, str]]) -> tuple[NamingGroup, str] | None:
    word = found.lower().replace("’", "'")
    for candidate in (word, word[:-1], word[:-2]):  # "protesters", "mobs", "coups d'…"
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
    for s in art.sentences:
        for match in pattern.finditer(s.text.replace("’", "'")):
            start, end = s.start + match.start(), s.start + match.end()
            found = _entry(match.group(), owner)
            if found is None or any(m.start < end and start < m.end for m in art.mentions):
                continue  # "Cuban Revolution" is a name, not a choice of word
            group, term = found
            about = _owner_of(art, start, end, names) if group.owned else None
            if group.owned and about is None:
                continue  # whose "regime" it is cannot be told
            quoting = any(a < end and start < b for a, b in quoted)
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
    where: dict[tuple[str, str | None, str, str], list[Citation]] = {}
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
            cited = where.setdefault((*key, outlet, use.term), [])
            if use.citation not in cited:
                cited.append(use.citation)
    order = {o: i for i, o in enumerate(sources.independent)}
    choices = []
    for (concept, about), used in counts.items():
        outlets = {o for o, _ in used}
        if len(outlets) < MIN_OUTLETS or len({t for _, t in used}) < MIN_TERMS:
            continue
        ranked = sorted(used.items(), key=lambda x: (order.get(x[0][0], 0), -x[1], x[0][1]))
        uses = tuple(
            NamingUse(outlet=o, term=t, count=n,
                      examples=tuple(where[(concept, about, o, t)][:MAX_EXAMPLES]))
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
