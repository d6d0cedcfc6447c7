"""Conflicting ages for one person: '29-year-old Geraldine Alcorn' vs 'Geraldine Alcorn, 28,'."""

from __future__ import annotations

import datetime as dt
import re

from ._context import StoryContext

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}  # fmt: skip
_NUMBER = r"\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|[a-z]+"
# '29-year-old Geraldine Alcorn', 'a 24-year-old Algerian national, Sid Ahmed Ghlam' is left out:
# only an age glued to the name (at most two words between) is read.
_AGE_BEFORE = re.compile(rf"\b({_NUMBER})[- ]years?[- ]old\s+(?:[\w.’'-]+\s+){{0,2}}$", re.I)
_AGE_AFTER = re.compile(r"^\s*,\s*(?:aged\s+)?(\d{1,3})\s*,")


def parse_age(text: str) -> int | None:
    """'29' -> 29, 'Twenty-eight' -> 28, 'nineteen' -> 19; None for anything else."""
    word = text.lower()
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS[word]
    tens, _, unit = word.partition("-")
    if tens in _TENS and (not unit or (unit in _UNITS and _UNITS[unit] < 10)):
        return _TENS[tens] + (_UNITS[unit] if unit else 0)
    return None


def _incompatible_ages(by_age: dict[int, list[str]], dated: dict[str, dt.date | None]) -> bool:
    """Whether two reported ages cannot both be true, given when each was published.

    People age: 77 in 1989 and 81 in 1994 agree. Reports with unknown dates are
    taken as simultaneous, so their ages must be equal.
    """
    reports = [(age, dated.get(s)) for age, ids in by_age.items() for s in ids]
    for i, (age_a, day_a) in enumerate(reports):
        for age_b, day_b in reports[i + 1 :]:
            years = (day_b - day_a).days / 365.25 if day_a and day_b else 0.0
            if abs((age_b - age_a) - years) >= 1.0:
                return True
    return False


def _drop_retrospective(by_age: dict[int, list[str]], ctx: StoryContext) -> dict[int, list[str]]:
    """Leave out articles that give one person several ages: they tell of several times."""
    ages_in: dict[str, set[int]] = {}
    for age, ids in by_age.items():
        for s in ids:
            ages_in.setdefault(ctx.sentence[s].article, set()).add(age)
    kept: dict[int, list[str]] = {}
    for age, ids in by_age.items():
        ids = [s for s in ids if len(ages_in[ctx.sentence[s].article]) == 1]
        if ids:
            kept[age] = ids
    return kept


def age_conflicts(ctx: StoryContext) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    """(kind, subject, sides) for every person given different ages by independent outlets."""
    ages: dict[str, dict[int, list[str]]] = {}
    dated: dict[str, dt.date | None] = {}
    for art in ctx.analysed:
        for m in art.mentions:
            sentence = ctx.sentence.get(m.sentence)
            if m.entity is None or m.label != "PERSON" or sentence is None:
                continue
            before = sentence.text[: m.start - sentence.start]
            after = sentence.text[m.end - sentence.start :]
            match = _AGE_BEFORE.search(before) or _AGE_AFTER.match(after)
            age = parse_age(match.group(1)) if match else None
            if age is not None and 0 < age < 120:
                ages.setdefault(m.entity, {}).setdefault(age, []).append(m.sentence)
                dated[m.sentence] = art.article.published
    names = {e.id: e.name for e in ctx.entities}
    out = []
    for entity_id, by_age in ages.items():
        by_age = _drop_retrospective(by_age, ctx)
        if len(by_age) < 2 or not _incompatible_ages(by_age, dated):
            continue
        articles = [ctx.sentence[s].article for ids in by_age.values() for s in ids]
        if len(ctx.sources.outlets_of(articles)) >= 2:
            sides = [(f"{age} years old", ids) for age, ids in sorted(by_age.items())]
            out.append(("number", f"age of {names.get(entity_id, entity_id)}", sides))
    return out
