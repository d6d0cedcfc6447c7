"""Independent sources: copies of one wire story, or one outlet's several articles, count once."""

from __future__ import annotations

from collections.abc import Sequence

from .._model import AnalysedArticle, DuplicateGroup, outlet_of


class Sources:
    """Maps every article to its outlet and to its independent source.

    Articles of one ``DuplicateGroup`` are one source (credited to the kept
    article's outlet), and so are articles of one outlet.
    """

    def __init__(
        self, analysed: Sequence[AnalysedArticle], duplicates: Sequence[DuplicateGroup] = ()
    ) -> None:
        self.outlet = {a.article.id: outlet_of(a.article) for a in analysed}
        self.order = {a.article.id: i for i, a in enumerate(analysed)}
        kept_of = {c: g.kept for g in duplicates for c in g.copies}
        self.source: dict[str, str] = {}
        for a in analysed:
            kept = kept_of.get(a.article.id, a.article.id)
            self.source[a.article.id] = self.outlet.get(kept, outlet_of(a.article))

    def outlets_of(self, article_ids: Sequence[str]) -> tuple[str, ...]:
        """Independent outlets behind some articles, in article order, each once."""
        ordered = sorted(article_ids, key=lambda a: self.order.get(a, len(self.order)))
        return tuple(dict.fromkeys(self.source.get(a, a) for a in ordered))

    @property
    def independent(self) -> tuple[str, ...]:
        return self.outlets_of(list(self.source))
