"""Which sentences may stand in a summary, and in what shape.

A summary sentence is read out of context, so a sentence is a candidate only if
it reads on its own: no dangling pronoun or connective at its start (unless the
sentence before it is chosen too), balanced quotation marks, a proper ending,
and no page furniture. Datelines such as ``KINGSTON, Jamaica (AP) _`` are cut,
and so is a leading linking word ("However, ...") when the rest stands alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._model import Sentence
from ..clean._dateline import place_dateline, wire_dateline
from ..clean._units import quotes_balanced
from ..nlp.timex_values import MONTHS, WEEKDAYS
from ._text import bigram_concepts, content_stems, normalise_space, word_count, words_of

MIN_WORDS = 6
MAX_WORDS = 70
# Longer "sentences" are lists, tables or unpunctuated dumps: never chosen, and
# only their start is read, so hostile text cannot make the patterns below slow.
MAX_SENTENCE_CHARS = 2_000

# Openings that point back at something said before: pronouns, demonstratives, connectives.
_DEPENDENT_OPENING = re.compile(
    r"^[\"“‘`']*(?:he|she|it|they|him|her|his|hers|its|their|theirs|them|(?:this|that)"
    # "This week, ..." says when, not what was said before
    r"(?!\s+(?:week|month|year|morning|afternoon|evening|weekend|spring|summer|fall|autumn"
    r"|winter|season)\b)|these|those|"
    r"such|also|but|and|or|so|yet|however|meanwhile|moreover|furthermore|still|then|"
    r"thus|therefore|instead|nevertheless|nonetheless|besides|additionally|otherwise|"
    r"which|indeed|in fact|similarly|consequently|hence|accordingly|plus|as such|that said|"
    r"after all|the former|the latter|"
    r"likewise|both|another|other|others|in addition|as a result|at the same time|"
    r"in turn|even so|the same|by contrast|in contrast|for example|for instance|"
    r"eventually|though|later|finally|afterwards?|either way|in any case|even then|by then)\b",
    re.IGNORECASE,
)
# Discourse connectives that only link a sentence to the one before it: dropped,
# the rest stands on its own ("However, Lopez fled ..." -> "Lopez fled ...").
# Connectives that carry meaning of their own ("as a result", "instead") stay.
_DROPPABLE_OPENING = re.compile(
    r"^(?:however|meanwhile|moreover|furthermore|nevertheless|nonetheless|additionally|"
    r"in addition|but|and|yet|now|also|in fact|indeed|plus)\b,?\s+(?=\S)",
    re.IGNORECASE,
)
# "..., he said." names nobody: the speaker is in an earlier sentence.
_PRONOUN_ATTRIBUTION = re.compile(
    r"\b(?:he|she|they)\s+(?:said|says|added|told|explained|noted|argued|wrote|insisted|"
    r"warned|stated|continued|asked)\b",
    re.IGNORECASE,
)
# A sentence in the first or second person outside quotation marks, or one
# that addresses the reader ("Let's help ...", "Please keep ...", "Thank you
# for ..."), is someone speaking (a long quotation, a transcript, a columnist,
# an appeal) who is named, if at all, before it: it may only follow the
# sentence before it.
_PERSONAL_OPENING = re.compile(
    r"^(?:(?:no|yes|well|oh|okay|ok),\s+)?"
    r"(?:i|i'm|i've|i'd|i'll|we|we're|we've|you|my|our|your|let's|let’s|let us|let me|"
    r"thank you|thanks for|please)\b",
    re.IGNORECASE,
)
# A turn of a broadcast transcript ("MARTIN: Now she's made ..."): speech cut
# from its exchange, never a summary sentence.
_TRANSCRIPT_TURN = re.compile(r"^[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3}:\s")
# A scraped page's marker before a sentence: the picture beside the text
# ("Image The White House's spokeswoman ..."), a video player's "CLOSE", an
# update stamp ("Updated | When the first humans ..."). Not part of the sentence.
# ("Image Credit: NASA" stays whole: the furniture patterns must see the credit.)
_PAGE_MARK = re.compile(
    r"^(?:(?:Image|CLOSE)\s+(?!Credit\b)|(?:Updated|UPDATED)\s*[|:]\s*)(?=[\"“A-Z])"
)
# Searched in the lower-cased text (``is_presentable``): a case-sensitive search
# of lower-case patterns is about twice as fast as IGNORECASE, on every sentence.
_FURNITURE = re.compile(
    r"https?://|www\.|@\w|\.com\b|click here|subscribe|newsletter|sign up|cookie|"
    r"all rights reserved|follow us|read more|related:|advertisement|getty images|"
    r"\bphoto\b.*\b(?:credit|by)\b|share this|this (?:story|article|page)|"
    r"contributed to this report|"
    r"\bemail\b|\bcopyright\b|\bcaption\b|javascript|your browser|\blog in\b|\blogin\b|"
    # archived pages (the Wayback Machine's notices) and reader prompts
    r"internet archive|wayback machine|no more 404|\bcrawl(?:s|ed)? (?:data|of)\b|"
    r"in the comments|leave a comment|(?:our|photo|the) gallery\b|\bslideshow\b|"
    r"after the jump|page you requested|could not be found|archives? of (?:our )?stories|"
    # a transcript's or a document's own introduction
    r"\b(?:here (?:is|are)|following (?:is|are)) (?:a|an|the) (?:text|transcript|excerpts?)\b|"
    # a photo's caption ("FILE - In this May 24, 2016, file photo, ...", "[Reuters]",
    # "activist Zainab al-Khawaja (L) is greeted by ..."),
    # a newsletter's form, a video player's or a gallery's labels, a page's
    # pointers to what stands beside the text, an app to download, an update
    # stamp, a broadcaster's note on its transcripts
    r"^file\s*(?:-|—|–|:)|\bfile photo\b|\bimage credit\b|\[(?:reuters|ap|afp|epa|getty images)\]|"
    r"\((?:l|left|right|centre|center)\)|"
    r"mailing list|contact details|replay more videos|embed x share|\bclick (?:below|above)\b|"
    r"\b(?:clip|video|photos?|gallery|posts?|tweets?) (?:shown )?(?:above|below)\b|"
    r"\b(?:clip|video|photo|image)s? shown here\b|"
    r"\bdownload (?:the|our)\b[^.]*\bapp\b|"
    r"^updated (?:at|on)\b|transcripts? (?:is|are) (?:created|produced)|"
    # a reader's instructions, a broadcaster's listing, a pointer elsewhere, the
    # Internet Archive's notice
    r"\b(?:when|if) you click\b|\bwatch\b[^.]*\b(?:weeknights|weekdays) at \d|"
    r"\bfor more (?:on|about)\b[^.]*\b(?:head (?:over )?to|go to|visit|check out)\b|"
    r"fix all broken links|\bplease visit\b|\blog (?:in|into|on)(?: to)? your account\b|"
    r"\bdelivered (?:weekday|every|each|daily)\b|terms of (?:service|use)|privacy policy|"
    r"\bupdate your profile\b|\bpage url\b|\bwebinar\b|^visit (?:us|our|your)\b|^correction\b|"
    r"\bget the\b[^.]*\bapp\b|^more information\b|no longer be here|\bweb exclusives?\b|"
    r"\bnew episodes of shows you love\b|\bbreaking news (?:e-?mails?|alerts?)\b|"
    # the question and answer lines of a Q&A ("A: Relax; breathe; ...")
    r"^[qa]:\s",
)
# Headings and bylines a scrape glued onto the sentence after them: "VIP Member
# Credits If you don't shop ...", "By Carmen D. Siering and Katherine Spillar
# Sure, the film ...". A run of capitalised words followed by a sentence's
# opening word has no grammar; where the byline's names end cannot be told, so
# neither is cut, and the sentence is not shown.
_GLUED_HEADING = re.compile(
    r"^(?:[A-Z][\w'&-]*\s+){2,5}(?:If|When|The|You|We|It|This|In|For|A|An)\s+[a-z]"
)
# A lone letter other than "A" or "I" before a lower-case word is a typo or a
# broken split ("S did members of the audience.", for "So did ..."), not a sentence.
_LONE_LETTER_OPENING = re.compile(r"^[B-HJ-Z]\s+[a-z]")
_NAME = r"[A-Z][a-z]+ (?:[A-Z]\. )?[A-Z][a-z]+"
# "By Monday Morgan Stanley had sold ..." is a time, not a byline.
_DAY_OR_MONTH = "|".join(name.capitalize() for name in (*WEEKDAYS, *MONTHS) if len(name) > 3)
_GLUED_BYLINE = re.compile(
    rf"^By (?!(?:{_DAY_OR_MONTH})\b){_NAME}(?:,? (?:and )?{_NAME})* [A-Z][a-z]*[ ,]"
)
# A short opening phrase, then a pronoun: "Recently, they repeatedly inquired
# ...", "In 1987, he was fired ...". The phrase names nobody (lower-case words,
# numbers, days and months), so the pronoun points at an earlier sentence.
# ("When Smith arrived, he ..." names its referent; "Kuiper, it turns out, ..."
# is an aside.) Such a sentence is dependent (the audit counts it dangling
# alone) and never chosen: allowed after the sentence before it, as other
# dependents are, it cost more ROUGE on both development sets, and the
# selection program took about 1.4x as long on ten-article clusters.
_INTRO_WORD = rf"(?:[a-z][\w'’-]*|\d[\w,.'’-]*|{_DAY_OR_MONTH})"
_INTRO_THEN_PRONOUN = re.compile(
    rf"^(?:[A-Z][a-z]*|\d[\w,]*)(?:\s+{_INTRO_WORD}){{0,5}},\s+"
    r"(?:he|she|they|it|his|her|their|its|him|them)\b(?!\s+(?:turns out|turned out|seems)\b)"
)
# The Hill's inline link box after a name ("Donald Trump Donald John TrumpTrump
# Jr. getting ... tax plan MORE panned ..."): the full name run into a list of
# headlines, up to "MORE". The sentence reads on without it.
_LINK_BOX = re.compile(
    r"\b(?P<name>[A-Z][a-z]+) (?:[A-Z][\w.'-]* ){1,3}(?P=name)(?=[A-Z])[^\n]{0,400}? MORE(?= [a-z])"
)
_TERMINAL = re.compile(r"""[.!]\s*(?:''|["'”’)\]])?$""")
# A sentence that ends on an ellipsis where its words stop, not after them, was
# cut off by a teaser or a caption ("... after a man opened...", "is suing
# President..."); "... took nothing. ..." and "for many years. . . ." are whole.
_ELLIPSIS_END = re.compile(r"""(?:\.\s?\.\s?\.|…)\s*(?:''|["'”’)\]])*$""")
# The same, questions too: a sentence's ending, perhaps inside a closing quote or bracket.
_SENTENCE_END = re.compile(r"""[.!?]\s*(?:''|["'”’)\]])?$""")


@dataclass(frozen=True)
class Candidate:
    """One source sentence prepared for selection."""

    sentence: Sentence
    text: str  # as shown in the summary: dateline cut, one space between words
    words: int
    order: int  # position of the article in the cluster
    concepts: frozenset[tuple[str, str]]
    stems: frozenset[str]
    dependent: bool  # needs the sentence before it to be understood
    eligible: bool  # may be chosen at all


def strip_dateline(text: str) -> str:
    """``'WASHINGTON (AP) _ The Senate voted...'`` -> ``'The Senate voted...'``.

    A place dateline without an agency (``'DENVER - A woman ...'``) and a
    scraped page's marker (``'Image The ...'``, ``'CLOSE Police ...'``) go too.
    """
    text = _PAGE_MARK.sub("", text, count=1)
    wire = wire_dateline(text)
    end = wire[0] if wire else place_dateline(text)
    stripped = text[end:] if end else text
    return stripped if stripped and stripped[0].isupper() else text


def drop_connective(text: str) -> str:
    """The sentence without a leading linking word, when what follows stands alone."""
    match = _DROPPABLE_OPENING.match(text)
    if not match:
        return text
    rest = text[match.end() :]
    if is_dependent(rest) or not rest[0].isalpha():
        return text
    return rest[0].upper() + rest[1:]


def is_dependent(text: str) -> bool:
    return bool(
        _DEPENDENT_OPENING.match(text)
        or _INTRO_THEN_PRONOUN.match(text)
        or _PRONOUN_ATTRIBUTION.search(text)
        or _PERSONAL_OPENING.match(text)
    )


def reads_alone(text: str) -> bool:
    """Understood out of context: opens like a sentence, names who speaks, quotes whole."""
    opening = text.lstrip("\"“‘'`([ ")[:1]
    return opening.isupper() and not is_dependent(text) and quotes_balanced(text)


def reads_as_sentence(text: str) -> bool:
    """Shown alone on a line (a timeline event, a fact in a list), it reads as a
    whole sentence: ``reads_alone``, a sentence's ending, no page furniture.

    Not a heading or a list's lead-in ("These were the signs of pressure:"),
    not a label ("(Feb. 5) AP"), not a post shared with its handle, not cut off.
    """
    return (
        reads_alone(text)
        and bool(_SENTENCE_END.search(text))
        and not is_cut_off(text)
        and not is_page_furniture(text)
    )


def reads_as_listed(text: str) -> bool:
    """``reads_as_sentence`` in the form a list shows it: without the leading
    linking word ("However, ...") that tied it to a sentence the list leaves out."""
    return reads_as_sentence(drop_connective(text))


def is_cut_off(text: str) -> bool:
    """The sentence stops mid-way, on an ellipsis (a teaser or a caption cut to fit)."""
    ending = _ELLIPSIS_END.search(text)
    return ending is not None and not text[: ending.start()].rstrip().endswith((".", "!", "?"))


def is_page_furniture(text: str) -> bool:
    """A page's links, prompts, captions, credits or transcript turns, not the story's prose."""
    return bool(_FURNITURE.search(text.lower()) or _TRANSCRIPT_TURN.match(text))


def is_presentable(text: str, words: int) -> bool:
    """Reads as a complete, self-contained news sentence."""
    return (
        MIN_WORDS <= words <= MAX_WORDS
        and text[0].isupper()
        and bool(_TERMINAL.search(text))
        and not is_cut_off(text)
        and quotes_balanced(text)
        and not is_page_furniture(text)
        and not _GLUED_HEADING.match(text)
        and not _GLUED_BYLINE.match(text)
        and not _INTRO_THEN_PRONOUN.match(text)
        and not _LONE_LETTER_OPENING.match(text)
        and sum(map(str.isupper, text)) < 0.3 * sum(map(str.isalpha, text))
    )


Features = tuple[str, int, frozenset[tuple[str, str]], frozenset[str], bool, bool]


def text_features(raw: str) -> Features:
    """Everything a candidate needs from its text (cache it: wire copies repeat sentences)."""
    text = normalise_space(_LINK_BOX.sub(r"\g<name>", raw[:MAX_SENTENCE_CHARS]))
    text = drop_connective(strip_dateline(text))
    words = word_count(text)
    tokens = words_of(text)
    stems = frozenset(content_stems(tokens))
    # Content words are concepts too, as (stem, ""), weighed less than bigrams.
    concepts = frozenset(bigram_concepts(tokens)) | {(s, "") for s in stems}
    eligible = bool(text) and len(raw) <= MAX_SENTENCE_CHARS and is_presentable(text, words)
    return text, words, concepts, stems, is_dependent(text), eligible


def make_candidate(
    sentence: Sentence, order: int, cache: dict[str, Features] | None = None
) -> Candidate:
    """``sentence`` as a candidate; ``cache`` maps texts already seen to their features."""
    cache = {} if cache is None else cache
    features = cache.get(sentence.text)
    if features is None:
        features = cache[sentence.text] = text_features(sentence.text)
    text, words, concepts, stems, dependent, eligible = features
    return Candidate(
        sentence=sentence,
        text=text,
        words=words,
        order=order,
        concepts=concepts,
        stems=stems,
        dependent=dependent,
        eligible=eligible,
    )
