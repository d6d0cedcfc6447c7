"""Wire datelines: "KATHMANDU, Nepal (AP) — A Swiss climber ...".

A news agency's story opens on the place it was filed from and the agency in
parentheses. The dateline is not part of the sentence (the summarizer cuts it)
and it names who wrote the story, which is the outlet to credit when the page
names none.
"""

from __future__ import annotations

import re

DATELINE_CHARS = 120  # a dateline sits within the first words of the text
# Up to five capitalised words (the place), then the agency in parentheses:
# a known agency after any place, any name after a place in capitals.
DATELINE = re.compile(
    r"^(?:[A-Z][A-Za-z.'-]*[ ,]+){0,5}"
    r"(?:\((?P<agency>AP|Reuters|AFP|UPI|CNN|Xinhua)\)"
    r"|[A-Z]{2,}[A-Z .,'-]*\((?P<name>[A-Za-z ]+)\))"
    r"\s*(?P<dash>_|-{1,2}|—|–)?\s*"
)
MAX_AGENCY_WORDS = 3


def wire_dateline(text: str) -> tuple[int, str | None] | None:
    """(end of the dateline, the agency it names) when ``text`` opens on one, else None.

    A known agency is always named; another name in parentheses only when a
    dash follows and it is short ("NEW YORK (CNNMoney) —"), since "NASA
    (National Aeronautics and Space Administration) said" opens the same way.
    """
    match = DATELINE.match(text[:DATELINE_CHARS])
    if match is None:
        return None
    name = " ".join((match["name"] or "").split())
    if match["agency"]:
        return match.end(), match["agency"]
    if name and match["dash"] and len(name.split()) <= MAX_AGENCY_WORDS:
        return match.end(), name
    return match.end(), None


# A dateline that names no agency: the place in capitals, perhaps its state or
# country and a date, then a dash ("ALLENTOWN, Pa. - ", "NEW YORK, May 18 --",
# "WASHINGTON—", "MONDAY, July 2 (HealthDay News) -- "). Without a dash, only
# before a word that opens a sentence ("DUBAI A Bahraini court ...", a
# scrape that lost the dash): "FBI Director James Comey said" opens on
# capitals too.
PLACE_DATELINE = re.compile(
    r"^[A-Z][A-Z/.'-]{2,}(?:\s[A-Z][A-Z/.'-]+){0,3}"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:,?\s+(?:[A-Z][A-Za-z.]+|\d{1,4})){0,3})?"
    r"(?:\s+\([A-Za-z][A-Za-z ]{0,24}\))?"
    r"(?:\s+(?:_|-{1,2})\s+|\s*(?:—|–)\s*|\s+(?=(?:The|A|An|On|In|At|After|When|While)\s))"
    r"(?=[\"“‘'A-Z0-9])"
)

# Two places joined by a slash ("SINGAPORE/BEIJING Flamboyant former ...") are
# a dateline before any capitalised word: no name or title is written that way.
SHARED_DATELINE = re.compile(
    r"^[A-Z]{3,}(?:\s[A-Z]{3,})?(?:/[A-Z]{3,}(?:\s[A-Z]{3,})?)+\s+(?=[A-Z][a-z])"
)


def place_dateline(text: str) -> int | None:
    """The end of a place dateline ``text`` opens on, else None."""
    head = text[:DATELINE_CHARS]
    match = PLACE_DATELINE.match(head) or SHARED_DATELINE.match(head)
    return match.end() if match else None
