"""A shorter form of a sentence: the same statement without the aside about a name.

A 100-word summary holds five or six sentences, and words spent on who someone
is ("Retired Sen. John Tower, the defense secretary-designate, underwent ...")
are words not spent on what happened. The aside between commas after a name
and before its verb, a description ("..., a spokesman for the agency, ...") or
a non-restrictive relative clause ("..., who leads the assembly, ..."), can go:
what is left says less, never something else. Attributions ("..., officials
said") are never touched: a claim without its source reads as a fact.

Which form a summary shows is the selection program's choice (``_ilp``): the
shorter form is one more candidate for the same sentence, and at most one form
of a sentence is chosen. On the development sets this rule gained DUC 2002
R-2 +0.14 and Multi-News R-1/R-2 F1 +0.10/+0.13. Rules that cut days of the
week ("said Tuesday"), ages ("Major, 47, fell") and parentheses each lost
0.04-0.45 DUC R-1 and were not kept (``docs/evaluation/summaries.md``).
"""

from __future__ import annotations

import re

# A capitalised word (the end of a name), the aside between commas, then a
# lower-case word that is the verb: neither the start of a noun phrase (the
# commas were a list's) nor an attribution ("..., officials said").
_ASIDE = re.compile(
    r"\b(?P<name>[A-Z][A-Za-z.'-]*),\s+(?:who|whose|which|a|an|the)\s+[^,;:()\"“”`']{3,80},\s+"
    r"(?=[a-z])(?!(?:the|a|an|and|or|but|his|her|its|their)\b|[a-z]+\s+(?:said|says|reported|told)\b)"
)
# The capitalised words of a name ending where the aside starts.
_NAME_BEFORE = re.compile(r"(?:[A-Z][A-Za-z.'-]*\s+)*$")


def without_aside(text: str) -> str:
    """``text`` with each aside about a name removed (``text`` itself when there is none)."""

    def cut(match: re.Match[str]) -> str:
        # "Gorbachev's foreign minister, Alexander Bessmertnykh, who ..., reappeared":
        # the name is itself an aside, so its closing comma stays.
        name = _NAME_BEFORE.search(text, 0, match.start())  # always matches (maybe empty)
        name_start = name.start() if name else match.start()
        in_aside = text[:name_start].rstrip().endswith(",")
        return match.group("name") + (", " if in_aside else " ")

    return _ASIDE.sub(cut, text)
