"""Cleaning: blank page furniture out of article text, keep offsets, read metadata lines.

``clean_article(article) -> CleanedArticle``
    Furniture (comment forms, newsletter and donation prompts, share buttons,
    navigation, captions and credits, repeated captions, a truncated last
    sentence, the headline when it repeats ``Article.title``) is replaced by
    spaces, newlines kept, so ``CleanedArticle.text`` has exactly the length of
    ``Article.text``. Each removal is a ``Removal(start, end, text, reason)``.
    Metadata lines are removed too and read into ``CleanedArticle.metadata``:

    - ``byline``: "By Alistair Farrow", "Author: Jason Ditz", "Posted by X";
    - ``source``: "Source: TRT World";
    - ``date_line``: "Thursday, 02 May, 2019", "Published on Apr 29, 2015";
    - ``bio``: the name in a closing author bio ("X is a journalist who ...");
    - ``wire``: the agency of a wire dateline near the top ("KATHMANDU (Reuters) -");
    - ``publisher``: an outlet a donation prompt or copyright line names.

    They fill the returned article's ``authors``, ``source`` (source, else wire,
    else publisher) and ``published``
    (``published_inferred=False``) where the article had none.

``detect_language(text) -> str | None``
    ISO 639-1 code from function-word votes over spaCy's stop lists (or the
    script, for Chinese, Japanese, Korean and Thai); None when unsure.

``join_signed_posts(spans, text)`` / ``join_split_quotations(spans, text)``
    Sentence units a splitter must not cut (``_units.py``): an embedded post
    (a tweet or an Instagram post pasted as text, signed "— Name (@handle)
    August 3, 2017" at its end) is one sentence, not several that read as the
    outlet's own; so is a quotation of a few sentences within a paragraph.

``paragraph_spans(text)`` / ``line_spans(text)``
    (start, end) of paragraphs (runs of non-blank lines) and of lines.

The rules are data: ``RULES`` in ``_rules.py``, a table of named patterns with
their reasons; ``match_line`` (``_match.py``) applies it to one line.
"""

from __future__ import annotations

from ._clean import blank, clean_article
from ._language import detect_language
from ._match import Segment, is_furniture_line, match_line
from ._paragraphs import line_spans, paragraph_spans
from ._rules import RULES, Rule
from ._units import is_signed_post, join_signed_posts, join_split_quotations, quotes_balanced

__all__ = [
    "RULES",
    "Rule",
    "Segment",
    "blank",
    "clean_article",
    "detect_language",
    "is_furniture_line",
    "is_signed_post",
    "join_signed_posts",
    "join_split_quotations",
    "line_spans",
    "match_line",
    "paragraph_spans",
    "quotes_balanced",
]
