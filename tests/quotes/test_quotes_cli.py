"""The quotes and timeline commands on the example story."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyweave.cli import app


def test_quotes_jsonl_offsets_index_the_file(example_dir: Path) -> None:
    path = example_dir / "004_963c8e0ce4245619.txt"
    result = CliRunner().invoke(app, ["quotes", str(path), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert records
    for record in records:
        content = record["content"]
        assert text[content["start"] : content["end"]] == content["text"]
        assert set(record) >= {"article", "source", "cue", "content", "direct"}
    sanders = next(r for r in records if "has been briefed" in r["content"]["text"])
    assert sanders["speaker"] == "Sarah Sanders" and sanders["direct"]
    assert str(sanders["source"]["entity"]).startswith("E")  # resolved to an entity id


def test_timeline_json(example_dir: Path) -> None:
    result = CliRunner().invoke(app, ["timeline", str(example_dir), "--format", "json"])
    assert result.exit_code == 0, result.output
    events = json.loads(result.stdout)
    assert any(e["date"] == "2019-04-30" for e in events)
    # merged across outlets, as in the brief: the call for more protests is one line
    shared = [e for e in events if len(e["outlets"]) > 1]
    assert shared and shared[0]["text"].startswith("Opposition leader Juan Guaido called")
