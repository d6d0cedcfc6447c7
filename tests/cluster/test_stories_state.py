"""Stories on disk: continuing from a saved state equals one run; crashes lose nothing."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from storyweave._config import Settings
from storyweave._errors import InputError
from storyweave._model import Article
from storyweave.cluster import Stories, StoriesConfig
from storyweave.cluster._output import INDEX_NAME, write_stories
from storyweave.cluster._store import DB_NAME
from storyweave.ingest import read_inputs


def _stream(example_dir: Path, quake_texts: dict[str, str]) -> list[Article]:
    """Venezuela articles over three days, the earthquakes a week later, one copy."""
    day = dt.date(2019, 4, 30)
    articles = [
        Article(
            id=p.stem,
            text=p.read_text(encoding="utf-8"),
            title=None,
            source=f"o{n}",
            published=day + dt.timedelta(days=n % 3),
        )
        for n, p in enumerate(sorted(example_dir.glob("*.txt")))
    ]
    later = day + dt.timedelta(days=9)
    quakes = [Article(id=k, text=v, published=later, source=k) for k, v in quake_texts.items()]
    copy = articles[0].model_copy(update={"id": "copy", "source": "wire", "published": day})
    return [*articles[:3], copy, *articles[3:], *quakes]


def test_continuing_from_state_equals_one_run(
    tmp_path: Path, example_dir: Path, quake_texts: dict[str, str]
) -> None:
    stream = _stream(example_dir, quake_texts)
    config = StoriesConfig(window_days=3)
    whole = Stories(config).add_many(stream)

    first = Stories.open(tmp_path / "state", config=config)
    part_one = first.add_many(stream[:4])
    first.close()
    second = Stories.load(tmp_path / "state")
    assert second.config == config
    part_two = second.add_many(stream[4:])
    assert part_one + part_two == whole
    assert [a.article for a in second.assignments()] == [a.id for a in stream]
    second.close()


def test_a_crash_keeps_committed_articles(
    tmp_path: Path, example_dir: Path, quake_texts: dict[str, str]
) -> None:
    stream = _stream(example_dir, quake_texts)
    crashed = Stories.open(tmp_path)
    crashed.add_many(stream[:5])  # committed at the end of the batch; never closed
    resumed = Stories.open(tmp_path)
    again = resumed.add_many(stream)  # the whole input once more, as after a crash
    assert again[:5] == [None] * 5  # already there: skipped, and said so
    assert sum(1 for w in resumed.warnings if "already assigned" in w.reason) == 5
    assert [a.article for a in resumed.assignments()] == [a.id for a in stream]


def test_save_snapshots_an_in_memory_state(
    tmp_path: Path, example_dir: Path, quake_texts: dict[str, str]
) -> None:
    stream = _stream(example_dir, quake_texts)
    memory = Stories()
    memory.add_many(stream[:6])
    memory.save(tmp_path / "snap")
    restored = Stories.load(tmp_path / "snap")
    assert restored.add_many(stream[6:]) == memory.add_many(stream[6:])


def test_story_folders_can_be_read_back(
    tmp_path: Path, example_dir: Path, quake_texts: dict[str, str]
) -> None:
    stories = Stories()
    stories.add_many(_stream(example_dir, quake_texts))
    written = write_stories(stories, tmp_path / "out")
    index = json.loads((tmp_path / "out" / INDEX_NAME).read_text(encoding="utf-8"))
    assert written == len(index) == len(stories.story_ids())
    venezuela = next(s for s in index if s["articles"] == 6)
    folder = tmp_path / "out" / venezuela["id"]
    story = json.loads((folder / "story.json").read_text(encoding="utf-8"))
    assert story["duplicates"] == {"copy": "000_90737cc90927fc1a"}
    assert story["first"] == "2019-04-30" and story["last"] == "2019-05-02"
    articles, warnings = read_inputs([folder / "articles.jsonl"], Settings())
    assert [a.id for a in articles] == list(story["articles"]) and not warnings
    assert not list(tmp_path.glob("out/**/.*.tmp"))


def test_a_damaged_state_is_an_input_error_naming_its_file(
    tmp_path: Path, example_dir: Path, quake_texts: dict[str, str]
) -> None:
    stream = _stream(example_dir, quake_texts)
    damages = (
        "UPDATE meta SET value = '{not json' WHERE key = 'config'",
        "UPDATE articles SET record = 'garbage' WHERE seq = 2",
    )
    for n, damage in enumerate(damages):
        folder = tmp_path / f"state{n}"
        Stories.open(folder).add_many(stream[:3])
        db = sqlite3.connect(folder / DB_NAME)
        db.execute(damage)
        db.commit()
        db.close()
        with pytest.raises(InputError, match="damaged") as caught:
            Stories.open(folder)
        assert str(folder / DB_NAME) in str(caught.value)


def test_a_state_keeps_its_settings_and_says_so(tmp_path: Path) -> None:
    Stories.open(tmp_path, config=StoriesConfig(window_days=3)).close()
    again = Stories.open(tmp_path, config=StoriesConfig(window_days=9))
    assert again.config.window_days == 3
    assert any("saved settings are kept" in w.reason for w in again.warnings)
    assert not Stories.open(tmp_path).warnings  # no settings given: nothing to say
