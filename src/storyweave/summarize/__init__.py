"""Multi-document summarization: extractive, within a word budget, every sentence cited.

Two front doors to one algorithm (``_core.build_summary``):

- ``summarize`` takes analysed articles from the brief (spaCy sentences), and
  uses the facts or sentence vectors of the later stages for its citations;
- ``summarize_articles`` takes plain ``Article`` records and splits them with a
  light sentence splitter: no spaCy, fast enough for thousands of articles.
"""

from ._api import split_article, summarize, summarize_articles
from ._cluster import prepare_articles, read_cluster

__all__ = [
    "prepare_articles",
    "read_cluster",
    "split_article",
    "summarize",
    "summarize_articles",
]
