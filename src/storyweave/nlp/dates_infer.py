"""Publication dates for articles that came without one.

Evidence:

1. the publication date of the dated article of the cluster most alike in
   its words (TF-IDF cosine): a story runs over days or months, and the
   article telling the same moment is the best witness (the median of the
   cluster's dates when no dated article shares a word);
2. the latest full date the article itself gives ("April 30, 2019", a date
   line) or a fixed-date holiday it names ("the May Day rally", the year
   taken from the cluster): an article is not published before the latest
   day it reports, so a later one moves the estimate forward. An earlier one
   is ignored: news recalls history ("Jan. 20, 1942");
3. the article's own weekday references ("on Tuesday"), which must still
   point at the week before the estimate.

When no article of the cluster came dated, (2) is all there is, and a date
more than a year before the latest day any article of the cluster names is
taken for history: that article stays undated.

Hidden-date evaluation on DUC 2002 (``storyweave eval pubdates``): the day
exactly for 20.6 % of its 567 articles and within a day for 44.1 %, against
12.0 % and 29.3 % when the cluster median came first and the text's latest
date overrode it (which dated an article that recalls 1942 to 1942).

With no evidence the date stays unknown: today is never assumed.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Sequence

from sklearn.feature_extraction.text import TfidfVectorizer

from .._model import Article
from .timex import find_timexes
from .timex_rules import HOLIDAYS
from .timex_values import WEEKDAYS

# Only the start of a long article is searched for dates: bounded work per article.
SCAN_CHARS = 50_000
# Where no article of the cluster is dated, an own date this far before the
# latest day the cluster names is history (``infer_publication_dates``).
HISTORY_MARGIN = dt.timedelta(days=365)


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


def _witnesses(articles: Sequence[Article]) -> list[Article]:
    """The articles whose publication date was read, not inferred."""
    return [a for a in articles if a.published and not a.published_inferred]


def cluster_median(articles: Sequence[Article], skip: str) -> dt.date | None:
    """The median publication date of the cluster's dated articles, ``skip`` left out."""
    dated = sorted(a.published for a in _witnesses(articles) if a.published and a.id != skip)
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


def infer_one(
    article: Article, cluster: Sequence[Article], neighbour: tuple[dt.date, str] | None = None
) -> Article:
    """The article with an inferred publication date, or unchanged when nothing supports one.

    ``neighbour``: the date and id of the dated article most alike in words,
    when the caller knows it (``infer_publication_dates`` does).
    """
    if article.published is not None:
        return article
    evidence: list[str] = []
    estimate: dt.date | None = None
    if neighbour is not None:
        estimate = neighbour[0]
        evidence.append(f"the most alike dated article, {neighbour[1]}: {neighbour[0]}")
    else:
        estimate = cluster_median(cluster, article.id)
        if estimate is not None:
            evidence.append(f"median publication date of the other dated articles: {estimate}")
    own = _full_dates(article.text, estimate)
    if own:
        latest, said = max(own)
        if estimate is None or latest > estimate:
            estimate = latest
            evidence.append(f"latest date in the text: {said!r}")
    if estimate is None:
        return article
    estimate = _clip_to_weekdays(estimate, _weekdays(article.text))
    return article.model_copy(
        update={
            "published": estimate,
            "published_inferred": True,
            "published_evidence": "; ".join(evidence),
        }
    )


def _neighbours(articles: Sequence[Article]) -> dict[str, tuple[dt.date, str]]:
    """For each undated article, the date and id of the dated article most alike in words."""
    dated = _witnesses(articles)
    undated = [a for a in articles if a.published is None]
    if not dated or not undated:
        return {}
    texts = [a.text[:SCAN_CHARS] for a in [*dated, *undated]]
    try:
        matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(texts)
    except ValueError:  # no word at all in any text
        return {}
    found: dict[str, tuple[dt.date, str]] = {}
    witnesses = matrix[: len(dated)]
    for row, article in enumerate(undated, start=len(dated)):
        similarity = (witnesses @ matrix[row].T).toarray().ravel()
        best = int(similarity.argmax())
        if similarity[best] > 0:
            published = dated[best].published
            assert published is not None
            found[article.id] = (published, dated[best].id)
    return found


def infer_publication_dates(articles: Sequence[Article]) -> list[Article]:
    """Every article, the undated ones with an inferred date where evidence allows."""
    neighbours = _neighbours(articles)
    inferred = [infer_one(a, articles, neighbours.get(a.id)) for a in articles]
    if _witnesses(articles):
        return inferred
    # No article came dated, so each date inferred rests on the article's own
    # latest full date alone, and news recalls history: three pages on the 75th
    # anniversary of "Gone with the Wind" name July 6, 1936, Dec. 15, 1939 and
    # Dec. 10, 2014. A day more than a year before the latest one the cluster
    # names is history, not the day of publication: the date stays unknown.
    latest = max((day for a in articles for day, _ in _full_dates(a.text, None)), default=None)
    if latest is None:
        return inferred
    return [
        given if new.published and latest - new.published > HISTORY_MARGIN else new
        for given, new in zip(articles, inferred, strict=True)
    ]
