"""Publication dates for articles that came without one.

Evidence, strongest first:

1. the latest full date the article itself gives ("April 30, 2019", a date
   line): an article is not published before the latest day it reports;
2. fixed-date holidays it refers to as past ("the May Day rally"), with the
   year taken from the cluster;
3. the publication dates of the other articles in the cluster (their median),
   clipped so the article's own weekday references ("on Tuesday") still point
   at the week before it.

With no evidence the date stays unknown: today is never assumed.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence

from .._model import Article
from .timex import find_timexes
from .timex_rules import HOLIDAYS
from .timex_values import WEEKDAYS

# Only the start of a long article is searched for dates: bounded work per article.
SCAN_CHARS = 50_000


def _full_dates(text: str, year_from: dt.date | None) -> list[tuple[dt.date, str]]:
    """Days the text names outright ("April 30, 2019"), and fixed holidays in ``year_from``'s year.

    Relative expressions are left out: resolving them needs the very date sought.
    """
    out = []
    timexes = find_timexes(text[:SCAN_CHARS], None)
    if year_from is not None:
        holidays = [
            t for t in find_timexes(text[:SCAN_CHARS], year_from) if t.text.lower() in HOLIDAYS
        ]
        timexes += holidays
    for timex in timexes:
        value = timex.value or ""
        if timex.type in ("DATE", "TIME") and len(value) >= 10 and value[:4].isdigit():
            try:
                out.append((dt.date.fromisoformat(value[:10]), timex.text))
            except ValueError:
                continue
    return out


def _cluster_date(articles: Sequence[Article], skip: str) -> dt.date | None:
    dated = sorted(
        a.published for a in articles if a.published and a.id != skip and not a.published_inferred
    )
    if not dated:
        return None
    return dt.date.fromordinal(int(statistics.median_low(d.toordinal() for d in dated)))


def _weekdays(text: str) -> set[int]:
    return {WEEKDAYS[t.text.split()[-1].lower()] for t in find_timexes(text[:SCAN_CHARS], None)
            if t.text.split() and t.text.split()[-1].lower() in WEEKDAYS}  # fmt: skip


def _clip_to_weekdays(estimate: dt.date, weekdays: set[int]) -> dt.date:
    """Move the estimate back until every weekday the article names lies in the week before it."""
    for back in range(7):
        day = estimate - dt.timedelta(days=back)
        if all((day.weekday() - w) % 7 <= 6 for w in weekdays):
            return day
    return estimate


def infer_one(article: Article, cluster: Sequence[Article]) -> Article:
    """The article with an inferred publication date, or unchanged when nothing supports one."""
    if article.published is not None:
        return article
    cluster_date = _cluster_date(cluster, article.id)
    own = _full_dates(article.text, cluster_date)
    evidence: list[str] = []
    lower: dt.date | None = None
    if own:
        lower, said = max(own)
        evidence.append(f"latest date in the text: {said!r}")
    estimate = lower
    if cluster_date is not None and (lower is None or 0 <= (cluster_date - lower).days <= 7):
        estimate = _clip_to_weekdays(cluster_date, _weekdays(article.text))
        evidence.append(f"median publication date of the other dated articles: {cluster_date}")
    if estimate is None:
        return article
    return article.model_copy(
        update={
            "published": estimate,
            "published_inferred": True,
            "published_evidence": "; ".join(evidence),
        }
    )


def infer_publication_dates(articles: Sequence[Article]) -> list[Article]:
    """Every article, the undated ones with an inferred date where evidence allows."""
    return [infer_one(article, articles) for article in articles]
