"""How the Sources table names and credits each article."""

from __future__ import annotations

from storyweave._model import SourceInfo
from storyweave.render._view import BriefView


def test_an_untitled_file_is_named_by_its_file() -> None:
    info = SourceInfo(id="004_x", outlet="004_x", path="/data/story/004_x.txt")
    assert BriefView.source_title(info) == "(no headline) 004_x.txt"
    assert BriefView.source_notes(info) == ["neither outlet nor author named: credited to its file"]


def test_an_untitled_record_is_named_by_its_id() -> None:
    info = SourceInfo(id="mn-7-d1", outlet="mn-7-d1", path="/data/mn-7/articles.jsonl")
    assert BriefView.source_title(info) == "(no headline) mn-7-d1"
    assert BriefView.source_notes(info) == ["neither outlet nor author named: credited to its id"]


def test_authors_and_copies_are_said() -> None:
    by_author = SourceInfo(id="a", title="T", outlet="Jason Ditz", authors=("Jason Ditz",))
    assert BriefView.source_notes(by_author) == [
        "outlet not named in the text: credited to its author"
    ]
    copy = SourceInfo(
        id="b", title="T", outlet="Socialist Worker", authors=("A. Farrow",), duplicate_of="a"
    )
    assert BriefView.source_notes(copy) == ["copy of a", "by A. Farrow"]
    assert BriefView.source_title(copy) == "T"
