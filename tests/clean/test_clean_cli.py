"""The ``clean`` and ``eval cleaning`` commands, run in-process."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyweave.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_clean_command_lists_removals(example_dir: Path) -> None:
    result = CliRunner().invoke(app, ["clean", str(example_dir / "002_998e8e56254f9e59.txt")])
    assert result.exit_code == 0, result.output
    assert "byline: By Alistair Farrow" in result.output
    assert "donation prompt: Help fund the resistance" in result.output


def test_clean_command_exit_code_on_skipped_input() -> None:
    result = CliRunner().invoke(app, ["clean", str(FIXTURES / "northport.jsonl")])
    assert result.exit_code == 10  # some input skipped, the rest shown
    assert "np-002" in result.output


def test_eval_cleaning_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "cleaning.json"
    args = ["eval", "cleaning", "--data", str(tmp_path / "none"), "--json", str(out)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    (example,) = report["datasets"]
    assert example["dataset"] == "venezuela-2019" and example["removed"] > 20
    assert "Removals by reason" in result.output


def test_clean_command_prints_a_title_with_brackets_as_it_is(tmp_path: Path) -> None:
    title = "[/red] Vote [bold]delayed[/bold]"
    record = {"id": "r1", "title": title, "text": "The vote was delayed."}
    (tmp_path / "r.jsonl").write_text(json.dumps(record), encoding="utf-8")
    result = CliRunner().invoke(app, ["clean", str(tmp_path / "r.jsonl")])
    assert result.exit_code == 0, result.output  # not a rich MarkupError
    assert title in result.stdout
