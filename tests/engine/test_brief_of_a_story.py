"""A story folder written by `storyweave stories` is read back whole by the brief."""

from __future__ import annotations

from pathlib import Path

from storyweave import Engine, Stories
from storyweave.cluster._output import write_stories
from storyweave.ingest import read_inputs


def test_story_folder_briefs_without_warnings(tmp_path: Path, example_dir: Path) -> None:
    articles, warnings = read_inputs([str(example_dir)], Engine().settings)
    assert not warnings
    stories = Stories()
    stories.add_many(articles)
    write_stories(stories, tmp_path)
    (story,) = stories.story_ids()  # the five outlets report one event
    result = Engine().run([str(tmp_path / story)])
    assert result.warnings == []  # story.json is metadata, not an article
    assert len(result.brief.articles) == 5
