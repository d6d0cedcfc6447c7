"""One entity across articles, despite spellings, typos, titles and short forms.

``resolve_entities`` groups the NER mentions of a story into entities:

1. Person names are recognised by label (``PERSON`` in at least one mention of
   the same form, which repairs spaCy calling "Pompeo" a GPE or "Maduro" an
   ORG in "the Maduro government").
2. Full names are grouped by surname (up to one typo) and given name
   (``_persons.same_person``).
3. Names spaCy missed ("Gaido enjoys...", a bare "Lopez") are added when they
   match a known surname.
4. One-word forms go to the full-name group they can belong to; when several
   people share the word ("Lopez"), to the one whose full name the same
   article mentioned last before it, and otherwise to nobody.
5. Other names are grouped by their accent-free, dot-free key, acronyms
   ("UN" = "United Nations") and a few well-known country aliases.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from .._model import AnalysedArticle, Entity, Mention
from ._names import acronym_of, clean_surface, compact, name_key
from ._persons import GroupWords, UnionFind, WordBlocks, group_full_names, group_single_words
from ._roles import ROLE_HEADS, ROLE_MODIFIERS, is_courtesy_title, roles_of_mention

# Common alternative names of countries and blocs (keys without dots or spaces).
COUNTRY_ALIASES = {
    "usa": "us", "unitedstates": "us", "unitedstatesofamerica": "us", "america": "us",
    "uk": "unitedkingdom", "britain": "unitedkingdom", "greatbritain": "unitedkingdom",
    "russianfederation": "russia", "un": "unitednations", "eu": "europeanunion",
    "prc": "china", "peoplesrepublicofchina": "china", "uae": "unitedarabemirates",
}  # fmt: skip
NAME_LABELS_FOR_PERSON_REPAIR = frozenset({"ORG", "GPE", "NORP", "PERSON", "LOC", "FAC"})
MIN_SCAN_LENGTH = 5  # shorter surnames are too often ordinary words to scan for
_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][\w-]+(?:['’]s)?")


@dataclass(frozen=True)
class _Ref:
    article: int
    index: int


def _person_keys(mentions: list[list[Mention]]) -> tuple[set[str], dict[str, Counter[str]]]:
    """Keys that name people, and the label counts of every key."""
    labels: dict[str, Counter[str]] = {}
    for article in mentions:
        for m in article:
            labels.setdefault(name_key(m.text, person=True), Counter())[m.label] += 1
    person = {k for k, c in labels.items() if k and c["PERSON"] and c["PERSON"] >= max(c.values())}
    person |= {k for k, c in labels.items() if k and " " not in k and c["PERSON"]}
    surnames = {k.split()[-1] for k in person if " " in k}
    person |= {k for k, c in labels.items() if k in surnames and c["ORG"]}
    return person, labels


def _scan_missed_names(
    analysed: Sequence[AnalysedArticle], mentions: list[list[Mention]], surnames: set[str]
) -> None:
    """Add PERSON mentions for capitalised words that are known surnames (or one typo off)."""
    long_names = WordBlocks()
    for surname in surnames:
        if len(surname) >= MIN_SCAN_LENGTH:
            long_names.add(surname)
    for art, article_mentions in zip(analysed, mentions, strict=True):
        # spaCy's entities never overlap, so sorted by start their ends are sorted too
        taken = sorted((m.start, m.end) for m in article_mentions)
        starts = [s for s, _ in taken]
        added: list[Mention] = []
        for sentence in art.sentences:
            for match in _CAPITALISED.finditer(sentence.text):
                start, end = sentence.start + match.start(), sentence.start + match.end()
                before = bisect_left(starts, end) - 1  # the last mention starting before `end`
                if before >= 0 and taken[before][1] > start:
                    continue
                if _part_of_longer_name(sentence.text, match.start(), match.end()):
                    continue
                key = name_key(match.group(), person=True)
                if len(key) >= MIN_SCAN_LENGTH and long_names.similar(key):
                    added.append(Mention(text=match.group(), label="PERSON", start=start,
                                         end=end, sentence=sentence.id))  # fmt: skip
        if added:
            article_mentions.extend(added)
            article_mentions.sort(key=lambda m: m.start)


def _part_of_longer_name(text: str, start: int, end: int) -> bool:
    """A capitalised neighbour means a longer name spaCy did not tag; leave it alone.

    A sentence-initial function word ('Now Lopez is hiding') is not a neighbour.
    """
    after = text[end:]
    before = text[:start]
    if after[:1] == " " and after[1:2].isupper():
        return True
    words = before.split()
    if not words or before[-1:] != " " or not words[-1][:1].isupper() or words[-1].endswith("."):
        return False
    sentence_initial = len(words) == 1
    return not (sentence_initial and words[-1].lower() in STOP_WORDS)


def _non_person_key(text: str) -> str:
    key = compact(name_key(text))
    return COUNTRY_ALIASES.get(key, key)


def _group_non_persons(keys: set[str], words_by_key: dict[str, str]) -> UnionFind:
    """Group non-person keys that are acronyms of one another."""
    groups = UnionFind(keys)
    for key in keys:
        spaced = words_by_key.get(key, "")
        initials = acronym_of(spaced) if " " in spaced else ""
        if len(initials) >= 2 and initials in keys:
            groups.union(key, initials)
    return groups


def _assign_persons(mentions: list[list[Mention]], person_keys: set[str]) -> dict[_Ref, str | None]:
    """Cluster label of every person mention: 'P:<full-name group>' or 'S:<word>', or None."""
    full_keys = sorted(k for k in person_keys if " " in k)
    full_groups = group_full_names(full_keys)
    groups = full_groups.groups()
    counts = Counter(name_key(m.text, True) for art in mentions for m in art)
    singles = sorted(k for k in person_keys if " " not in k)
    index = GroupWords(groups)
    single_candidates = {w: index.candidates(w) for w in singles}
    orphan = group_single_words([w for w, c in single_candidates.items() if not c], counts)
    out: dict[_Ref, str | None] = {}
    for a, article in enumerate(mentions):
        last_full: list[str] = []  # full-name groups in order of mention, most recent last
        for i, m in enumerate(article):
            key = name_key(m.text, person=True)
            if key not in person_keys:
                continue
            if " " in key:
                root = full_groups.find(key)
                out[_Ref(a, i)] = "P:" + root
                last_full.append(root)
                continue
            candidates = single_candidates[key]
            if not candidates:
                out[_Ref(a, i)] = "S:" + orphan[key]
            elif len(candidates) == 1:
                out[_Ref(a, i)] = "P:" + candidates[0]
            else:
                out[_Ref(a, i)] = _nearest_full(candidates, last_full, article, full_groups)
    return out


def _nearest_full(
    candidates: list[str], preceding: list[str], article: list[Mention], groups: UnionFind
) -> str | None:
    """The candidate the article named in full last before; else the only one it names at all."""
    nearest = next((r for r in reversed(preceding) if r in candidates), None)
    if nearest:
        return "P:" + nearest
    named = {groups.find(k) for m in article if " " in (k := name_key(m.text, True))}
    in_article = [c for c in candidates if c in named]
    return "P:" + in_article[0] if len(in_article) == 1 else None


def _is_title_fragment(text: str) -> bool:
    """'State' in 'Secretary of State', 'Defense' in 'Defense Minister': not entities."""
    words = name_key(text).split()
    return bool(words) and all(w in ROLE_HEADS or w in ROLE_MODIFIERS for w in words)


def _assign_others(mentions: list[list[Mention]], done: dict[_Ref, str | None]) -> None:
    keys: dict[_Ref, str] = {}
    words_by_key: dict[str, str] = {}
    for a, article in enumerate(mentions):
        for i, m in enumerate(article):
            if _Ref(a, i) in done:
                continue
            key = _non_person_key(m.text)
            if key and not _is_title_fragment(m.text):
                keys[_Ref(a, i)] = key
                words_by_key.setdefault(key, name_key(m.text))
    groups = _group_non_persons(set(keys.values()), words_by_key)
    for ref, key in keys.items():
        done[ref] = "X:" + groups.find(key)


def _canonical_name(surfaces: list[str], person: bool) -> str:
    counts = Counter(surfaces)
    first = {s: i for i, s in reversed(list(enumerate(surfaces)))}
    pool = [s for s in counts if " " in s] if person else list(counts)
    pool = pool or list(counts)
    return max(pool, key=lambda s: (counts[s], len(s), -first[s]))


def _build_entities(
    analysed: Sequence[AnalysedArticle],
    mentions: list[list[Mention]],
    clusters: dict[_Ref, str | None],
) -> tuple[list[Entity], dict[str, str]]:
    """Entities in order of first mention, and cluster label -> entity id."""
    members: dict[str, list[_Ref]] = {}
    for a, article in enumerate(mentions):
        for i, _m in enumerate(article):
            label = clusters.get(_Ref(a, i))
            if label is not None:
                members.setdefault(label, []).append(_Ref(a, i))
    entities: list[Entity] = []
    ids: dict[str, str] = {}
    for cluster, refs in members.items():  # dict order = order of first mention
        ids[cluster] = f"E{len(entities) + 1}"
        entities.append(_entity(ids[cluster], cluster, refs, analysed, mentions))
    return entities, ids


def _entity(
    entity_id: str, cluster: str, refs: list[_Ref],
    analysed: Sequence[AnalysedArticle], mentions: list[list[Mention]],
) -> Entity:  # fmt: skip
    person = not cluster.startswith("X:")
    items = [mentions[r.article][r.index] for r in refs]
    surfaces = [clean_surface(m.text, person) for m in items]
    name = _canonical_name([s for s in surfaces if s] or [items[0].text.strip()], person)
    label = "PERSON" if person else Counter(m.label for m in items).most_common(1)[0][0]
    roles: dict[str, str] = {}
    articles = {r.article for r in refs}
    sentence_of = {s.id: s for a in articles for s in analysed[a].sentences}
    for m in items:
        sentence = sentence_of.get(m.sentence)
        if person and sentence is not None:
            for role in roles_of_mention(m, sentence):
                if not is_courtesy_title(role):  # "Mr" says how to address him, not what he is
                    roles.setdefault(role.lower(), role)
    aliases = tuple(dict.fromkeys(s for s in surfaces if s and s != name))
    per_article = Counter(analysed[r.article].article.id for r in refs)
    return Entity(id=entity_id, name=name, label=label, aliases=aliases,
                  roles=tuple(roles.values()), mentions=dict(per_article))  # fmt: skip


def resolve_entities(
    analysed: Sequence[AnalysedArticle],
) -> tuple[list[Entity], list[AnalysedArticle]]:
    """Group the story's mentions into entities; return them and the articles, mentions linked."""
    mentions = [list(a.mentions) for a in analysed]
    person_keys, _labels = _person_keys(mentions)
    surnames = {k.split()[-1] for k in person_keys}
    _scan_missed_names(analysed, mentions, surnames)
    person_keys, _labels = _person_keys(mentions)
    clusters = _assign_persons(mentions, person_keys)
    _assign_others(mentions, clusters)
    entities, ids = _build_entities(analysed, mentions, clusters)
    labels = {e.id: e.label for e in entities}
    linked: list[AnalysedArticle] = []
    for a, art in enumerate(analysed):
        new_mentions = []
        for i, m in enumerate(mentions[a]):
            cluster = clusters.get(_Ref(a, i))
            entity = ids.get(cluster) if cluster else None
            label = labels[entity] if entity else m.label
            new_mentions.append(m.model_copy(update={"entity": entity, "label": label}))
        linked.append(art.model_copy(update={"mentions": tuple(new_mentions)}))
    return entities, linked
