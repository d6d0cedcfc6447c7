"""Whose words these are: the outlet's own voice, or someone it quotes.

A word inside an attribution, direct or reported ("Bolton insisted this is
not a coup"), or inside quotation marks (scare quotes included), belongs to
its source; so does the name someone gives a thing ("Maduro called the
protests a failed coup attempt"). Framing and naming count an outlet's own
words only.

Attributions of beliefs and intentions ("seemed to think") are left out as
well as speech, as PolNeAR annotates them; the one exception is a short object
of a verb that is neither saying nor thinking ("soldiers staged a coup",
"posted a video"), which the quotes stage also reports but which is the
outlet telling what happened. Scored word by word on PolNeAR
(``storyweave eval voice``), this rule has F1 0.830 on dev (0.865 on 150
train articles) against 0.751 (0.789) for reported speech alone, whose
precision is higher (0.91 against 0.86) but which leaves a sixth more of the
attributed words in the outlet's voice; leaving out every attribution scored
the same and takes "staged a coup" from the outlet.
"""

from __future__ import annotations

import re

from .._model import AnalysedArticle, Quote
from .._stretches import Stretches
from ..nlp.quotes_group import SPEECH_CUES
from ..nlp.quotes_marks import find_quoted

# Single curly marks are also apostrophes, so find_quoted leaves them alone; a
# short pair of them is a headline's scare quote ("Claims Victory Over ‘Failed Coup’").
_SINGLE_QUOTED = re.compile(r"‘[^‘’\n]{1,80}’")
# Verbs that attribute a saying, a thought or a finding (besides SPEECH_CUES).
_ATTRIBUTING = re.compile(
    r"\b(?:not(?:ed|es|ing)|cit(?:ed|es|ing)|describ\w*|agree\w*|acknowledg\w*|mention\w*|"
    r"critici[sz]\w*|emphasi[sz]\w*|stress\w*|question\w*|blast\w*|attack\w*|condemn\w*|"
    r"prais\w*|call\w*|spoken?|speak\w*|respond\w*|comment\w*|predict\w*|recall\w*|contend\w*|"
    r"maintain\w*|believ\w*|think\w*|thought|know\w*|knew|want\w*|hop(?:e|es|ed|ing)|"
    r"expect\w*|fear\w*|worr\w*|seem\w*|feel\w*|felt|doubt\w*|consider\w*|view\w*|decid\w*|"
    r"plan\w*|intend\w*|refus\w*|declin\w*|show\w*|found|find\w*|conclud\w*|point\w* out|"
    r"object\w*|complain\w*|demand\w*|threat\w*|propos\w*|recommend\w*|advis\w*|assur\w*|"
    r"guarant\w*|reveal\w*|disclos\w*|conced\w*|testif\w*|wonder\w*|understood|understand\w*|"
    r"assum\w*|suspect\w*|forecast\w*)\b|:",
    re.IGNORECASE,
)
MIN_CLAUSE_WORDS = 5  # "staged a coup": an object; "that it was a coup": a clause

# The words after a verb of naming, up to the end of the clause, are the namer's
# ("called for protests" names nothing).
_NAMED_BY_SOMEONE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|term(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|l?ed|l?ing)?|"
    r"brand(?:s|ed|ing)?|describ(?:e|es|ed|ing)\s(?:\S+\s){0,3}?as)\b(?!\s(?:for|on|off|up|in)\b)"
    r"([^,.;:!?\n]{1,60})",
    re.IGNORECASE,
)


def quotation_mark_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the stretches between quotation marks, the marks included.

    The quotes stage's own finder (``find_quoted``: badly typed, unclosed and
    paragraph-spanning quotations), and short single-quoted stretches.
    """
    spans = [(q.start, q.end) for q in find_quoted(text)]
    return spans + [(m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(text)]


def is_attributed(quote: Quote) -> bool:
    """Whether a found attribution holds someone else's words (see the module's docstring)."""
    if quote.direct or quote.cue is None:
        return True
    if SPEECH_CUES.search(quote.cue.text) or _ATTRIBUTING.search(quote.cue.text):
        return True
    words = quote.content.text.split()
    return bool(words) and (words[0].lower() == "that" or len(words) >= MIN_CLAUSE_WORDS)


def quoted_spans(art: AnalysedArticle) -> Stretches:
    """Article offsets of attributed words, quotation marks and names someone gives."""
    text = art.article.text
    spans = [(q.content.start, q.content.end) for q in art.quotes if is_attributed(q)]
    spans += quotation_mark_spans(text)
    return Stretches(spans + [m.span(1) for m in _NAMED_BY_SOMEONE.finditer(text)])


def own_voice(text: str, offset: int, quoted: Stretches) -> str:
    """``text`` (starting at article offset ``offset``) with quoted stretches blanked.

    Blanked with spaces, so offsets into the text still hold.
    """
    chars = list(text)
    for start, end in quoted.overlapping(offset, offset + len(text)):
        lo, hi = max(start - offset, 0), min(end - offset, len(chars))
        chars[lo:hi] = " " * (hi - lo)
    return "".join(chars)
