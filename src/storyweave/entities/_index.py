"""Finding the entity a piece of text names: a speaker, a subject, a title."""

from __future__ import annotations

from collections.abc import Sequence

from .._model import Entity
from ._names import name_key, similar_word


class EntityIndex:
    """Look entities up by name, alias, surname, typo or role.

    ``find("Mr Bolton")``, ``find("Guaidó")``, ``find("Secretary of State Mike Pompeo")``
    and ``find("the US secretary of state")`` all answer the entity, or ``None``
    when the text names nobody known or more than one entity fits.
    """

    def __init__(self, entities: Sequence[Entity]) -> None:
        self.entities = list(entities)
        self._by_key: dict[str, list[Entity]] = {}
        self._by_role: dict[str, list[Entity]] = {}
        self._by_word: dict[str, list[Entity]] = {}
        for entity in self.entities:
            person = entity.label == "PERSON"
            for surface in (entity.name, *entity.aliases):
                key = name_key(surface, person)
                self._add(self._by_key, key, entity)
                if person:
                    for word in key.split():
                        self._add(self._by_word, word, entity)
            for role in entity.roles:
                self._add(self._by_role, name_key(role), entity)

    @staticmethod
    def _add(table: dict[str, list[Entity]], key: str, entity: Entity) -> None:
        bucket = table.setdefault(key, [])
        if entity not in bucket:
            bucket.append(entity)

    def get(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def find(self, text: str) -> Entity | None:
        """The one entity ``text`` names, trying exact names, trailing names, roles, then words."""
        key = name_key(text, person=True)
        if not key:
            return None
        words = key.split()
        if len(words) == 1:
            # A bare surname is ambiguous when two people share it ('Lopez').
            alone = [*self._by_key.get(key, []), *self._by_word.get(key, [])]
            if len(set(e.id for e in alone)) > 1:
                return None
        # "secretary of state mike pompeo": the longest trailing run of words that is a name.
        for start in range(len(words)):
            candidates = self._by_key.get(" ".join(words[start:]), [])
            if start:  # a trailing part of the text can only be a person's name
                candidates = [e for e in candidates if e.label == "PERSON"]
            found = self._unique(candidates)
            if found:
                return found
        role = self._unique(self._by_role.get(name_key(text), []))
        if role:
            return role
        last = words[-1]
        exact = self._by_word.get(last, [])
        if exact:
            return self._unique(exact)
        fuzzy = [e for w, es in self._by_word.items() if similar_word(last, w) for e in es]
        return self._unique(list(dict.fromkeys(fuzzy)))

    @staticmethod
    def _unique(candidates: list[Entity]) -> Entity | None:
        return candidates[0] if len(candidates) == 1 else None
