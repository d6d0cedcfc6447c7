"""``storyweave eval pubdates``: publication dates inferred with the real date hidden.

Every dated article of a dataset in the canonical cluster layout (DUC 2002 by
default: 567 articles, all dated) is given to ``infer_publication_dates`` with
its date removed and the rest of its cluster as it is; the inferred day is
compared with the real one. Beside it, the baseline a user would think of
first: the median publication date of the cluster's other articles.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from pathlib import Path

from ..nlp.dates_infer import cluster_median, infer_publication_dates
from ..summarize import read_cluster
from .summaries import cluster_folders

ALL_HIDDEN = "storyweave, no date given"


def _row(errors: Sequence[int | None]) -> dict[str, float]:
    """Shares of articles dated to the day, within a day, within a week; median error."""
    n = len(errors) or 1
    known = [e for e in errors if e is not None]
    return {
        "articles": len(errors),
        "dated": len(known) / n,
        "exact": sum(e == 0 for e in known) / n,
        "within_1_day": sum(e <= 1 for e in known) / n,
        "within_7_days": sum(e <= 7 for e in known) / n,
        "over_a_year": sum(e > 365 for e in known) / n,
        "median_error_days": float(statistics.median(known)) if known else 0.0,
    }


def evaluate_pubdates(dataset: Path, limit: int | None = None) -> dict[str, dict[str, float]]:
    """Hide each article's date in turn and score the inferred day, per system.

    A third row hides every date of a cluster at once: each article then has
    only its own text to go by (``ALL_HIDDEN``).
    """
    errors: dict[str, list[int | None]] = {"storyweave": [], "cluster median": [], ALL_HIDDEN: []}
    for folder in cluster_folders(dataset, limit):
        articles, _ = read_cluster(folder)
        undated = [a.model_copy(update={"published": None}) for a in articles]
        for article, alone in zip(articles, infer_publication_dates(undated), strict=True):
            if article.published is not None:
                day = alone.published
                errors[ALL_HIDDEN].append(
                    None if day is None else abs((day - article.published).days)
                )
        for article in articles:
            if article.published is None:
                continue
            hidden = article.model_copy(update={"published": None})
            cluster = [hidden if a.id == article.id else a for a in articles]
            inferred = next(a for a in infer_publication_dates(cluster) if a.id == article.id)
            for name, day in [
                ("storyweave", inferred.published),
                ("cluster median", cluster_median(articles, article.id)),
            ]:
                errors[name].append(None if day is None else abs((day - article.published).days))
    return {name: _row(found) for name, found in errors.items()}
