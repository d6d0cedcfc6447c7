"""Which reader an input needs: by file name, else by sniffing its first bytes.

Folders are read recursively in sorted order. Hidden files and folders (a
leading dot) and the project files that often sit next to articles
(``README*``, ``LICENSE*``, ``COPYING*``, ``NOTICE*``) are ignored silently;
any other file of an unsupported type is skipped with a warning.
"""

from __future__ import annotations

import re

KIND_READERS = {
    "text": "ingest.text.v1",
    "html": "ingest.html.v1",
    "jsonl": "ingest.jsonl.v1",
    "feed": "ingest.feed.v1",
}
# Longest suffix first, so ".html.gz" is seen before ".gz".
_SUFFIX_KINDS: tuple[tuple[str, str | None], ...] = (
    (".html.gz", "html"),
    (".htm.gz", "html"),
    (".txt", "text"),
    (".text", "text"),
    (".md", "text"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".json", "jsonl"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".xml", "xml"),  # a feed or an XHTML page: sniffed
)
# Besides documentation, the metadata files of storyweave's own folders: a dataset
# cluster's meta.json, a story folder's story.json and the stories' index.json.
_IGNORED_NAMES = re.compile(
    r"^(?:\.|(?:readme|license|licence|copying|notice)\b|(?:meta|story|index)\.json$)",
    re.IGNORECASE,
)
SNIFF_BYTES = 2048
# The canonical dataset cluster folder (../shared/data/README.md): its articles,
# and the reference summaries beside them, which are not articles.
CLUSTER_ARTICLES = "articles.jsonl"
CLUSTER_REFERENCES = "references"


def is_ignored(name: str) -> bool:
    """Files a folder may hold beside its articles, skipped without a warning."""
    return bool(_IGNORED_NAMES.match(name))


def split_name(name: str) -> tuple[str, str | None, bool]:
    """(article id, kind or None to sniff, gzipped) for a file name.

    A name with an unknown suffix returns kind "unsupported"; no suffix at all
    returns None (sniff the content).
    """
    lower = name.lower()
    gzipped = lower.endswith(".gz") and not lower.endswith((".html.gz", ".htm.gz"))
    if gzipped:
        name, lower = name[:-3], lower[:-3]
    for suffix, kind in _SUFFIX_KINDS:
        if lower.endswith(suffix):
            return name[: -len(suffix)] or name, kind, gzipped or suffix.endswith(".gz")
    stem, dot, _ = name.rpartition(".")
    if dot and stem:
        return stem, "unsupported", gzipped
    return name, None, gzipped


def resolve_kind(kind: str | None, data: bytes) -> str | None:
    """The reader kind for ``data``: sniffed for no kind, and for XML (feed or page).

    None for XML that is neither (a sitemap, a configuration file).
    """
    if kind is None:
        return sniff_kind(data)
    if kind == "xml":
        sniffed = sniff_kind(data)
        return sniffed if sniffed in ("feed", "html") else None
    return kind


def sniff_kind(data: bytes) -> str:
    """Guess the kind of a document from its first bytes (for stdin and odd names)."""
    head = data[:SNIFF_BYTES].decode("utf-8", "ignore").lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("{", "[")):
        return "jsonl"
    if re.search(r"<(?:rss|feed|rdf:rdf)[\s>]", head):
        return "feed"
    if re.search(r"<(?:!doctype html|html|head|body|article|p|div)[\s>]", head):
        return "html"
    return "text"
