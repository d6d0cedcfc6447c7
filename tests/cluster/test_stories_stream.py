"""Stories: assignment, same-type events kept apart, windows, bad input (real MiniLM)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave._model import Article
from storyweave.cluster import Stories, StoriesConfig
from storyweave.cluster._story import story_id

DAY = dt.date(2019, 4, 30)


def _example(example_dir: Path) -> list[Article]:
    return [
        Article(id=p.stem, text=p.read_text(encoding="utf-8"), published=DAY, source=p.stem[:3])
        for p in sorted(example_dir.glob("*.txt"))
    ]


def _quakes(texts: dict[str, str], day: dt.date = DAY) -> list[Article]:
    return [Article(id=k, text=v, published=day) for k, v in texts.items()]


def test_the_example_is_one_story_with_a_stable_id(example_dir: Path) -> None:
    articles = _example(example_dir)
    first = Stories().add_many(articles)
    second = Stories().add_many(articles)
    assert {a.story for a in first if a} == {story_id(articles[0].id)}
    assert first == second
    assert first[0] is not None and first[0].new_story


def test_two_earthquakes_stay_apart(example_dir: Path, quake_texts: dict[str, str]) -> None:
    stories = Stories()
    results = {a.article: a.story for a in stories.add_many(_quakes(quake_texts)) if a}
    assert results["chile-1"] == results["chile-2"]
    assert results["nepal-1"] == results["nepal-2"]
    assert results["chile-1"] != results["nepal-1"]
    venezuela = stories.add_many(_example(example_dir))
    assert {a.story for a in venezuela if a}.isdisjoint(results.values())


def test_a_story_closes_after_its_window(quake_texts: dict[str, str]) -> None:
    stories = Stories(StoriesConfig(window_days=3))
    early = stories.add(Article(id="chile-1", text=quake_texts["chile-1"], published=DAY))
    # The same event a month later is outside the window: a new story.
    late = stories.add(
        Article(id="chile-2", text=quake_texts["chile-2"], published=DAY + dt.timedelta(30))
    )
    assert early is not None and late is not None
    assert late.new_story and late.story != early.story
    assert stories.open_stories == 1


def test_a_copy_joins_its_original_as_a_duplicate(example_dir: Path) -> None:
    articles = _example(example_dir)
    copy = articles[2].model_copy(
        update={"id": "wire-copy", "title": "New headline", "source": "Wire"}
    )
    stories = Stories()
    results = stories.add_many([*articles, copy])
    last = results[-1]
    assert last is not None and last.duplicate_of == articles[2].id
    info = stories.story(last.story)
    assert info.duplicates == {"wire-copy": articles[2].id}
    assert "Wire" in info.outlets and info.first == DAY == info.last


def test_bad_input_is_reported_not_raised(quake_texts: dict[str, str]) -> None:
    stories = Stories()
    undated = Article(id="undated", text=quake_texts["nepal-1"])
    results = stories.add_many(
        [
            Article(id="dated", text=quake_texts["chile-1"], published=DAY),
            Article(id="empty", text="  \n "),
            undated,
            Article(id="dated", text=quake_texts["chile-2"], published=DAY),  # repeated id
            Article(id="old", text=quake_texts["nepal-2"], published=DAY - dt.timedelta(days=60)),
            Article(id="untitled-long", text="word " * 50_000, published=DAY),
        ]
    )
    assert results[1] is None and results[3] is None
    placed = results[2]
    assert placed is not None and not placed.dated and placed.published == DAY
    reasons = {w.article: (w.reason, w.skipped) for w in stories.warnings}
    assert reasons["empty"][1] and reasons["dated"][1]
    assert "no publication date" in reasons["undated"][0] and not reasons["undated"][1]
    assert "window" in reasons["old"][0]
    assert results[5] is not None


def test_labels_fall_back_to_the_first_line(quake_texts: dict[str, str]) -> None:
    stories = Stories()
    result = stories.add(
        Article(id="x", text="Quake hits Chile\n\n" + quake_texts["chile-1"], published=DAY)
    )
    assert result is not None
    assert stories.story(result.story).label == "Quake hits Chile"
    with pytest.raises(KeyError):
        stories.story("missing")


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a", "b", "c", "d", "e"]),
            st.text(max_size=300),
            st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1))),
        ),
        max_size=6,
    )
)
def test_any_stream_is_assigned_or_reported(items: list[tuple[str, str, dt.date | None]]) -> None:
    articles = [Article(id=i, text=t, published=d) for i, t, d in items]
    first, second = Stories(), Stories()
    results = first.add_many(articles)
    assert results == second.add_many(articles)  # same input, same stories
    for article, result in zip(articles, results, strict=True):
        if result is None:
            assert any(w.article == article.id and w.skipped for w in first.warnings)
        else:
            assert result.story in first.story_ids()
