"""Blank page furniture out of an article, keeping every offset valid.

Passes, each adding ``Removal`` records:

1. the headline, when the text repeats ``Article.title`` at its top;
2. the rule table (``_rules.RULES``), line by line;
3. lines repeated nearly verbatim (a caption shown twice is a caption);
4. a truncated last sentence (a scrape cut off mid-sentence).

Removed characters become spaces and newlines stay, so ``CleanedArticle.text``
has exactly the length of ``Article.text``. Metadata lines (bylines, source and
date lines, author bios) are removed too and their values kept in
``CleanedArticle.metadata``; they fill the article's ``authors``, ``source``
and ``published`` where it had none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._model import Article, CleanedArticle, Removal
from ._dateline import wire_dateline
from ._match import is_furniture_line, match_line
from ._metadata import article_with_metadata
from ._paragraphs import line_spans, paragraph_spans
from ._repeats import near_duplicate_pairs

_HEAD_LINES = 6  # the headline is looked for in the first lines only
# Words that do not end an English sentence: a line stopping on one was cut off.
# fmt: off
_NEVER_LAST = frozenset((
    "the", "a", "an", "and", "or", "but", "nor", "of", "to", "with", "from", "by", "for", "at",
    "into", "onto", "than", "their", "his", "her", "its", "our", "your", "my", "whose", "which",
    "that's", "who's", "it's", "there's", "he's", "she's", "they're", "we're",
))
# fmt: on
_ENDS_LIKE_SENTENCE = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?=\s)")


@dataclass(frozen=True)
class _Line:
    start: int
    end: int
    paragraph: int


def clean_article(article: Article) -> CleanedArticle:
    """The article with furniture blanked to spaces, the removals, and the metadata found."""
    text = article.text
    lines = _lines(text)
    removals: dict[int, list[Removal]] = {}  # by line index
    metadata: dict[str, str] = {}
    _remove_title(article, lines, removals)
    _read_dateline(text, lines, removals, metadata)
    _apply_rules(text, lines, removals, metadata)
    _remove_repeats(text, lines, removals)
    _remove_truncated_tail(text, lines, removals)
    ordered = tuple(sorted((r for rs in removals.values() for r in rs), key=lambda r: r.start))
    return CleanedArticle(
        article=article_with_metadata(article, metadata),
        text=blank(text, ordered),
        removals=ordered,
        metadata=metadata,
    )


def blank(text: str, removals: tuple[Removal, ...]) -> str:
    """``text`` with every removed character turned into a space, newlines kept."""
    chars = list(text)
    for removal in removals:
        for i in range(removal.start, removal.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _lines(text: str) -> list[_Line]:
    return [
        _Line(start, end, p)
        for p, (p_start, p_end) in enumerate(paragraph_spans(text))
        for start, end in line_spans(text, p_start, p_end)
    ]


def _removal(text: str, start: int, end: int, reason: str) -> Removal:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Removal(start=start, end=end, text=text[start:end], reason=reason)


def _remove_title(article: Article, lines: list[_Line], removals: dict[int, list[Removal]]) -> None:
    if not article.title:
        return
    title = " ".join(article.title.split())
    for i, line in enumerate(lines[:_HEAD_LINES]):
        if " ".join(article.text[line.start : line.end].split()) == title:
            removals[i] = [_removal(article.text, line.start, line.end, "title")]
            return


def _apply_rules(
    text: str, lines: list[_Line], removals: dict[int, list[Removal]], metadata: dict[str, str]
) -> None:
    for i in range(len(lines)):
        if i not in removals:
            _apply_rules_to_line(text, lines, i, removals, metadata, tail=False)
    # The tail: walking back from the end over furniture, the first lines of
    # text may be an author bio ("X is a journalist who ..."), which is
    # furniture there and only there.
    for i in range(len(lines) - 1, -1, -1):
        if i in removals:
            continue
        if not _apply_rules_to_line(text, lines, i, removals, metadata, tail=True):
            break


_DATELINE_LINES = 3  # lines of text (after furniture) a dateline may sit on


def _read_dateline(
    text: str, lines: list[_Line], removals: dict[int, list[Removal]], metadata: dict[str, str]
) -> None:
    """The agency of a wire dateline near the top of the text, into ``metadata["wire"]``.

    Only the first lines count (a headline or a kicker may come before the
    dateline); a dateline deeper in is a quoted story, not this one's.

    A line that holds nothing but the dateline ("KATHMANDU (Reuters) -") is
    furniture; one that goes on into the story keeps it, since the sentence
    starts there.
    """
    seen = 0
    for i, line in enumerate(lines):
        content = text[line.start : line.end].strip()
        if i in removals or not content:
            continue
        found = wire_dateline(content)
        if found is not None and found[1]:
            metadata.setdefault("wire", found[1])
            if not content[found[0] :].strip():
                removals[i] = [_removal(text, line.start, line.end, "dateline")]
            return
        if not is_furniture_line(content):  # share buttons and bylines may come first
            seen += 1
            if seen == _DATELINE_LINES:
                return


def _apply_rules_to_line(
    text: str,
    lines: list[_Line],
    i: int,
    removals: dict[int, list[Removal]],
    metadata: dict[str, str],
    *,
    tail: bool,
) -> bool:
    line = lines[i]
    segments = match_line(text[line.start : line.end], tail=tail)
    if segments is None:
        return False
    removals[i] = [
        _removal(text, line.start + s.start, line.start + s.end, s.rule.reason) for s in segments
    ]
    for s in segments:
        if s.rule.field and s.value and s.rule.field not in metadata:
            metadata[s.rule.field] = s.value
    return True


def _remove_repeats(text: str, lines: list[_Line], removals: dict[int, list[Removal]]) -> None:
    captions = {i for i, rs in removals.items() if any(r.reason == "photo caption" for r in rs)}
    for first, second in near_duplicate_pairs([text[ln.start : ln.end] for ln in lines]):
        if first in captions or second in captions:
            for i in (first, second):
                removals.setdefault(
                    i, [_removal(text, lines[i].start, lines[i].end, "photo caption")]
                )
        elif second not in removals and first not in removals:
            line = lines[second]
            removals[second] = [_removal(text, line.start, line.end, "repeated line")]


def _remove_truncated_tail(
    text: str, lines: list[_Line], removals: dict[int, list[Removal]]
) -> None:
    """Blank an unfinished last sentence at the very end of the text.

    Only when the cut is evident: the last line stops on a comma or on a word
    no sentence ends with ("... senior editor of", "... a rock called
    serpentinite that's"), where no sentence, headline or signature ends.
    """
    last = len(lines) - 1
    if last < 0 or last in removals:
        return
    line = lines[last]
    content = text[line.start : line.end]
    if _ENDS_LIKE_SENTENCE.search(content):
        return
    final = content.split()[-1].lower().replace("’", "'").strip('"“”‘')
    if not (final.endswith(",") or final in _NEVER_LAST):
        return
    ends = list(_SENTENCE_END.finditer(content))
    start = line.start + (ends[-1].end() if ends else 0)
    while text[start].isspace():
        start += 1
    removals[last] = [_removal(text, start, line.end, "truncated fragment")]
