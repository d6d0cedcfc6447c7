"""The year slot of the story clusterer: publication or dateline year, conflicts (real MiniLM)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave._model import Article
from storyweave.cluster import Stories, StoriesConfig
from storyweave.cluster._features import (
    ArticleFeatures,
    article_year,
    dateline_year,
    mentioned_years,
)
from storyweave.cluster._story import OpenStory


def _dated(article_id: str, dateline: str, text: str) -> Article:
    """An article without a publication date whose page starts with a dateline, as in ECB+."""
    return Article(id=article_id, text=f"{dateline}\n{text}")


def test_dateline_year_reads_the_head_only() -> None:
    assert dateline_year(Article(id="a", text="Jan 05, 2011\nSaints place RB on IR.")) == 2011
    assert dateline_year(Article(id="a", text="x", title="Quake of 2014 hits Chile")) == 2014
    # Several years in the head: the latest is the date, the others are history.
    assert dateline_year(Article(id="a", text="Updated 2013 / back since 2008")) == 2013
    deep = "The coach was fired. " * 20 + "He won the title in 1999."
    assert dateline_year(Article(id="a", text=deep)) is None
    assert dateline_year(Article(id="a", text="No year here, only 12 and 300.")) is None


def test_the_publication_date_wins_over_the_dateline() -> None:
    article = Article(id="a", text="2 May 2011\nBody.", published=dt.date(2019, 4, 30))
    assert article_year(article) == 2019
    assert article_year(article.model_copy(update={"published": None})) == 2011


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.one_of(st.none(), st.text(max_size=80)))
def test_dateline_year_on_any_text(text: str, title: str | None) -> None:
    year = dateline_year(Article(id="a", text=text, title=title))
    assert year is None or 1900 <= year <= 2099


def _features(year: int | None, mentioned: frozenset[int] = frozenset()) -> ArticleFeatures:
    return ArticleFeatures(
        np.ones(4, dtype=np.float32) / 2,
        {"quake": 1.0},
        {"chile": 1.0},
        year,
        mentioned=mentioned,
    )


def test_year_penalty_by_case() -> None:
    config = StoriesConfig(year_penalty=0.2, year_unknown_penalty=0.1)
    story = OpenStory(id="s", number=0, label="x", last=None, embedding=np.zeros(4))
    story.add("a", _features(2014), None)
    assert story.year_penalty(2014, config) == 0.0
    assert story.year_penalty(2010, config) == 0.2
    assert story.year_penalty(None, config) == 0.1
    undated = OpenStory(id="u", number=1, label="x", last=None, embedding=np.zeros(4))
    undated.add("b", _features(None), None)
    assert undated.year_penalty(None, config) == 0.0
    assert undated.year_penalty(2014, config) == 0.1
    # Same signals, another year: the score drops by exactly the penalty.
    drop = story.score(_features(2014), config) - story.score(_features(2010), config)
    assert drop == pytest.approx(0.2)


def _two_chile_reports(
    texts: dict[str, str], second_dateline: str, config: StoriesConfig
) -> tuple[bool, float]:
    """Whether the second report joined the first one's story, and its score."""
    first, second = Stories(config).add_many(
        [
            _dated("chile-1", "1 April 2014", texts["chile-1"]),
            _dated("chile-2", second_dateline, texts["chile-2"]),
        ]
    )
    assert first is not None and second is not None
    return first.story == second.story, second.score or 0.0


def test_a_year_conflict_costs_its_penalty(quake_texts: dict[str, str]) -> None:
    # The two Chile texts are one story; dated to different years on their datelines the
    # second one's score drops by at least the penalty (the year is also one of its names).
    config = StoriesConfig()
    joined_same, score_same = _two_chile_reports(quake_texts, "2 April 2014", config)
    joined_other, score_other = _two_chile_reports(quake_texts, "27 February 2010", config)
    assert joined_same and joined_other
    assert score_same - score_other >= config.year_penalty


def test_a_hard_year_penalty_keeps_same_type_events_apart(quake_texts: dict[str, str]) -> None:
    config = StoriesConfig(year_penalty=1.0)
    assert _two_chile_reports(quake_texts, "2 April 2014", config)[0]
    assert not _two_chile_reports(quake_texts, "27 February 2010", config)[0]


def test_a_continued_state_remembers_the_years(tmp_path: Path, quake_texts: dict[str, str]) -> None:
    first = _dated("chile-1", "1 April 2014", quake_texts["chile-1"])
    later = [
        _dated("chile-2", "27 February 2010", quake_texts["chile-2"]),
        _dated("nepal-1", "25 April 2015", quake_texts["nepal-1"]),
    ]
    whole = Stories().add_many([first, *later])
    stories = Stories.open(tmp_path)
    stories.add(first)
    stories.close()
    resumed = Stories.open(tmp_path)
    assert resumed.add_many(later) == whole[1:]
    resumed.close()


def test_mentioned_years_are_read_from_undated_articles_only() -> None:
    deep = "The patch was released. " * 40 + "The last such fix came in 2006 and in 2008."
    assert mentioned_years(Article(id="a", text=deep)) == {2006, 2008}
    assert mentioned_years(Article(id="a", text="No year at all.")) == frozenset()
    # A dated article (dateline or publication date) is dated by that: nothing is read.
    assert mentioned_years(Article(id="a", text="3 May 2013\n" + deep)) == frozenset()
    published = Article(id="a", text=deep, published=dt.date(2013, 9, 18))
    assert mentioned_years(published) == frozenset()


def test_years_mentioned_by_the_undated_side_by_case() -> None:
    config = StoriesConfig(year_penalty=0.2, year_unknown_penalty=0.1)
    dated = OpenStory(id="s", number=0, label="x", last=None, embedding=np.zeros(4))
    dated.add("a", _features(2013), None)
    # An undated article that names the story's year agrees; naming another is still unknown.
    assert dated.year_penalty(None, config, frozenset({2008, 2013})) == 0.0
    assert dated.year_penalty(None, config, frozenset({2008})) == 0.1
    assert dated.year_penalty(None, config, frozenset({2019})) == 0.1
    undated = OpenStory(id="u", number=1, label="x", last=None, embedding=np.zeros(4))
    undated.add("b", _features(None, frozenset({2006, 2008})), None)
    undated.add("c", _features(None), None)
    assert undated.mentioned == {2006, 2008}
    # A dated article meets an undated story: its pages name only earlier years (an older
    # event), name the article's year (agrees), or name a later one (cannot tell).
    assert undated.year_penalty(2013, config) == 0.2
    assert undated.year_penalty(2008, config) == 0.0
    assert undated.year_penalty(2007, config) == 0.1
    silent = OpenStory(id="v", number=2, label="x", last=None, embedding=np.zeros(4))
    silent.add("d", _features(None), None)
    assert silent.year_penalty(2013, config) == 0.1
    # Two undated sides still cost nothing, whatever they mention.
    assert undated.year_penalty(None, config, frozenset({2013})) == 0.0
    # The score carries the article's mentions.
    drop = dated.score(_features(None), config) - dated.score(
        _features(None, frozenset({2013})), config
    )
    assert drop == pytest.approx(-0.1)


def test_an_undated_story_that_names_only_earlier_years_is_another_event(
    quake_texts: dict[str, str],
) -> None:
    # The same two Chile texts, the first undated but recalling 2010; the second dated
    # 2014 on its dateline: the story's pages name only an earlier year, a conflict.
    recalling = Article(id="chile-1", text=quake_texts["chile-1"] + " The 2010 quake was worse.")
    config = StoriesConfig(year_penalty=1.0)
    first, second = Stories(config).add_many(
        [recalling, _dated("chile-2", "2 April 2014", quake_texts["chile-2"])]
    )
    assert first is not None and second is not None
    assert first.story != second.story
    again = Stories(config).add_many(
        [recalling, _dated("chile-2", "2 April 2010", quake_texts["chile-2"])]
    )
    assert again[0] is not None and again[1] is not None
    assert again[0].story == again[1].story


def test_a_continued_state_remembers_the_mentioned_years(
    tmp_path: Path, quake_texts: dict[str, str]
) -> None:
    first = Article(id="chile-1", text=quake_texts["chile-1"] + " The 2010 quake was worse.")
    later = [
        _dated("chile-2", "2 April 2014", quake_texts["chile-2"]),
        Article(id="nepal-1", text=quake_texts["nepal-1"] + " Records since 1934."),
    ]
    config = StoriesConfig(year_penalty=1.0)
    whole = Stories(config).add_many([first, *later])
    stories = Stories.open(tmp_path, config=config)
    stories.add(first)
    stories.close()
    resumed = Stories.open(tmp_path)
    assert resumed.add_many(later) == whole[1:]
    resumed.close()
