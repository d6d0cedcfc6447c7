"""Apply the rule table to one line: is it made up entirely of furniture?"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ._rules import RULES, Rule

# Unicode spaces (no-break, thin, ...) -> " ", so patterns can spell a space as " ".
_SPACES = {cp: " " for cp in (0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)}


@dataclass(frozen=True)
class Segment:
    """One rule's match inside a line (offsets relative to the line)."""

    rule: Rule
    start: int
    end: int
    value: str | None


def match_line(line: str, *, tail: bool = False) -> list[Segment] | None:
    """The segments that make up ``line`` when it is all furniture, else None.

    Rules are tried in table order at each position; when the rest of the line
    cannot be parsed after one rule's match, the next rule is tried there
    ("Read more about: X" is not "Read more" plus junk). ``tail`` says the line
    is near the end of its article, where author bios are.
    """
    line = line.translate(_SPACES)  # one space for another: offsets are unchanged
    start = len(line) - len(line.lstrip())
    if start == len(line):
        return None
    return _parse(line, start, tail, {})


def _parse(line: str, position: int, tail: bool, failed: dict[int, bool]) -> list[Segment] | None:
    if position == len(line):
        return []
    if failed.get(position):
        return None
    for segment in _matches_at(line, position, tail):
        rest = _parse(line, segment.end, tail, failed)
        if rest is not None:
            return [segment, *rest]
    failed[position] = True  # memo: positions that cannot start a parse
    return None


def _matches_at(line: str, position: int, tail: bool) -> Iterator[Segment]:
    for rule in RULES:
        if rule.where == "tail" and not tail:
            continue
        found = rule.pattern.match(line, position)
        if found is None or found.end() == position:
            continue
        if rule.max_words is not None and len(found.group(0).split()) > rule.max_words:
            continue
        value = found.groupdict().get("value") or found.groupdict().get("value2")
        yield Segment(rule, position, found.end(), value.strip() if value else None)


def is_furniture_line(line: str) -> bool:
    """True when the whole line is page furniture or a metadata line (a byline, a date)."""
    return match_line(line.strip()) is not None
