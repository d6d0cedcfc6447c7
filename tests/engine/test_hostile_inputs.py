"""Hostile input through the user-facing commands: a clear message, never a traceback.

Each test builds the bad input in tmp_path, runs the command in-process and checks
that the good articles still come through and the bad one is named.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyweave import Article, Engine, InputError, Settings
from storyweave.cli import app

GOOD = "001_37d782cf8994d317.txt"
# Longer than spaCy's default max_length (1,000,000 characters), under max_article_bytes.
TOO_LONG_FOR_THE_PARSER = "protest " * 130_000


def invoke(*args: str) -> tuple[int, str, str]:
    """Exit code, stdout, and stderr without spaces or box lines (rich wraps messages)."""
    result = CliRunner().invoke(app, list(args))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, squash(result.stderr)


def squash(text: str) -> str:
    return "".join(text.replace("│", "").split())


@pytest.fixture()
def with_long_article(tmp_path: Path, example_dir: Path) -> Path:
    shutil.copy(example_dir / GOOD, tmp_path / "good.txt")
    (tmp_path / "long.txt").write_text(TOO_LONG_FOR_THE_PARSER, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("command", ["brief", "quotes"])
def test_an_article_too_long_for_the_parser_is_skipped(
    with_long_article: Path, command: str
) -> None:
    out = with_long_article / "brief.json"
    extra = ["-q", "-o", str(out)] if command == "brief" else ["--format", "jsonl"]
    code, stdout, stderr = invoke(command, str(with_long_article), *extra)
    assert code == 10, stderr
    assert "long.txt" in stderr and squash("over the parser's") in stderr
    if command == "brief":
        ids = [a["id"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]]
        assert ids == ["good"]
    else:
        assert {json.loads(line)["article"] for line in stdout.splitlines()} == {"good"}


def test_an_output_in_a_missing_folder_is_refused_before_the_work(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "brief.html"
    code, _, stderr = invoke("brief", str(tmp_path), "-o", str(missing))
    assert code == 2
    assert squash("does not exist") in stderr and squash("no such folder") in stderr


@pytest.mark.parametrize("command", [["schema"], ["eval", "stories"]])
def test_every_output_option_is_checked(tmp_path: Path, command: list[str]) -> None:
    option = "--json" if command[0] == "eval" else "-o"
    code, _, stderr = invoke(*command, option, str(tmp_path))
    assert code == 2 and squash("it is a folder") in stderr


def test_a_file_name_too_long_is_refused(tmp_path: Path) -> None:
    code, _, stderr = invoke("schema", "-o", str(tmp_path / ("x" * 300 + ".json")))
    assert code == 2 and squash("cannot write") in stderr


def test_an_output_that_fails_when_written_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    link = tmp_path / "schema.json"  # passes the early check; open() fails on the dangling link
    link.symlink_to(tmp_path / "missing" / "schema.json")
    code, _, stderr = invoke("schema", "-o", str(link))
    assert code == 5 and squash("cannot write") in stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["brief", "--words", "0"], "--words must be at least 5"),
        (["brief", "--words", "-5"], "--words must be at least 5"),
        (["brief", "--words", "100000"], "at most 2000"),
        (["stories", "--window-days", "-3"], "--window-days must be at least 0"),
        (["eval", "compare", "--threshold", "5"], "--threshold must be above 0"),
        (["eval", "summaries", "duc2002", "--limit", "-1"], "--limit must be at least 1"),
        (["eval", "timex", "--limit", "0"], "--limit must be at least 1"),
    ],
)
def test_a_number_out_of_range_is_a_one_line_error(
    example_dir: Path, args: list[str], message: str
) -> None:
    inputs = [str(example_dir)] if args[0] in ("brief", "compare", "stories") else []
    code, _, stderr = invoke(*args[:1], *inputs, *args[1:])
    assert code == 2 and squash(message) in stderr


def test_an_article_in_chinese_is_named_as_chinese_not_as_too_short() -> None:
    chinese = Article(id="zh", text="委内瑞拉反对派领导人周二呼吁军队起义。" * 40)  # no spaces
    kept, warnings = Engine(Settings()).clean([chinese])
    assert kept == [] and [w.reason for w in warnings] == ["written in 'zh', not 'en'"]


def test_an_empty_folder_is_named_in_the_error(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("notes, not an article", encoding="utf-8")
    code, _, stderr = invoke("brief", str(tmp_path))
    assert code == 4 and squash(f"no articles ({tmp_path})") in stderr


def test_a_warning_without_a_file_is_not_shown_as_none(tmp_path: Path) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text("Too short to brief.", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        Engine(Settings(max_articles=2)).run([tmp_path])
    assert str(caught.value).startswith("no usable article in the input: more than 2 articles")


@pytest.mark.parametrize("command", ["quotes", "timeline", "clean", "stories"])
def test_every_command_says_when_nothing_was_readable(tmp_path: Path, command: str) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, stdout, stderr = invoke(command, str(tmp_path))
    assert code == 4 and stdout == ""
    assert squash("no usable article in the input") in stderr and "empty.txt" in stderr


def test_a_story_state_that_is_a_file_is_refused(tmp_path: Path, example_dir: Path) -> None:
    state = tmp_path / "state.txt"
    state.write_text("not a folder", encoding="utf-8")
    code, _, stderr = invoke("stories", str(example_dir / GOOD), "--state", str(state))
    assert code == 2 and squash("is a file; name a folder") in stderr


def test_brackets_in_a_path_are_shown_not_read_as_markup(tmp_path: Path) -> None:
    folder = tmp_path / "[bold]x[/bold]"  # two folders: "[bold]x[" and "bold]"
    folder.mkdir(parents=True)
    (folder / "empty.txt").write_bytes(b"")
    code, _, stderr = invoke("brief", str(folder), str(tmp_path / "[/x]"))
    assert code == 4  # not a MarkupError traceback
    assert "[bold]x[/bold]/empty.txt" in stderr and "[/x]:nosuchfile" in stderr


def test_an_escape_sequence_in_a_file_name_never_reaches_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "a\x1b]0;pwned\x07\x1b[2J.txt").write_bytes(b"")  # retitle, clear the screen
    result = CliRunner().invoke(app, ["brief", str(tmp_path)])
    assert result.exit_code == 4
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "a?]0;pwned??[2J.txt" in "".join(result.stderr.split())


def test_many_notes_alike_are_counted_but_every_skipped_input_is_named(tmp_path: Path) -> None:
    for n in range(12):
        (tmp_path / f"{n:02d}.txt").write_text(f"Item {n}: the vote was held.", "utf-8")
        (tmp_path / f"{n:02d}-empty.txt").write_bytes(b"")
    code, _, stderr = invoke("stories", str(tmp_path))
    assert code == 10
    assert all(f"{n:02d}-empty.txt" in stderr for n in range(12))  # all 12 skips named
    assert stderr.count(squash("no publication date")) == 6  # 5 notes, then "7 more: ..."
    assert squash("7 more: no publication date") in stderr
