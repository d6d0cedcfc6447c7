"""HTML fragments (a feed item's content) reduced to paragraphs of plain text.

Feed items carry a few paragraphs of markup, too little for trafilatura's
page heuristics, so the fragment is parsed with lxml and its block elements
become paragraphs separated by blank lines. Scripts and styles are dropped.
"""

from __future__ import annotations

import html
import re

import lxml.etree
import lxml.html

_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "tr",
        "section",
        "article",
        "figcaption",
        "dd",
        "dt",
    ]
)
_DROPPED = ("script", "style", "noscript", "iframe", "object", "embed", "form")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")
_PARAGRAPH_BREAK = "\ue000"  # private-use character: marks block ends while flattening


def fragment_to_text(markup: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element."""
    if "<" not in markup:  # plain text, perhaps with character references ("&amp;")
        return _paragraphs(html.unescape(markup).replace("\n\n", _PARAGRAPH_BREAK))
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _paragraphs(markup)
    for element in root.iter(*_DROPPED):
        element.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "br":
            element.tail = "\n" + (element.tail or "")
        elif element.tag in _BLOCKS:
            element.tail = _PARAGRAPH_BREAK + (element.tail or "")
            element.text = _PARAGRAPH_BREAK + (element.text or "")
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    paragraphs = []
    for block in text.split(_PARAGRAPH_BREAK):
        lines = (_SPACES.sub(" ", line).strip() for line in block.split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)
