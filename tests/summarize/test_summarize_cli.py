"""``storyweave summarize`` and ``storyweave eval summaries`` through the real CLI."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyweave.cli import app

runner = CliRunner()


def test_summarize_prints_each_cluster(example_dir: Path, tmp_path: Path) -> None:
    canonical = tmp_path / "canonical"
    canonical.mkdir()
    records = [
        {
            "id": p.stem,
            "source": None,
            "url": None,
            "published": None,
            "title": None,
            "text": p.read_text(encoding="utf-8"),
        }
        for p in sorted(example_dir.glob("*.txt"))
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + ["{not json", "[1, 2]"]
    (canonical / "articles.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = runner.invoke(
        app, ["summarize", str(example_dir), str(canonical), "--words", "70", "--format", "jsonl"]
    )
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["cluster"] for r in rows] == ["venezuela-2019", "canonical"]
    for row in rows:
        assert 0 < len(row["summary"].split()) <= 70
        assert row["summary"] == " ".join(s["text"] for s in row["sentences"])
        for sentence in row["sentences"]:
            assert sentence["citations"] and set(sentence["citations"][0]) == {
                "article",
                "sentence",
            }
    assert result.exit_code == 10  # the two bad lines were skipped, with warnings
    assert "articles.jsonl:6" in result.stderr.replace("\n", "")  # rich wraps long lines


def test_summarize_text_format_and_bad_input(example_dir: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["summarize", str(example_dir), "-w", "40", "--no-embed"])
    assert result.exit_code == 0
    assert result.stdout.startswith("== venezuela-2019 ==")
    missing = runner.invoke(app, ["summarize", str(tmp_path / "absent")])
    assert missing.exit_code == 10 and "does not exist" in " ".join(missing.stderr.split())
    assert runner.invoke(app, ["summarize", str(example_dir), "--format", "xml"]).exit_code == 2


def test_eval_summaries_on_three_clusters(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "scores.json"
    result = runner.invoke(
        app,
        [
            "eval",
            "summaries",
            "duc2002",
            "--data",
            str(shared_data),
            "--limit",
            "3",
            "--json",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.stderr
    table = json.loads(out.read_text())
    assert table["clusters"] == 3 and table["words"] == 100
    systems = table["systems"]
    assert set(systems) == {"storyweave", "lead", "lexrank", "textrank", "oracle"}
    for scores in systems.values():
        assert 0.1 < scores["rouge1_recall"] < 0.8
        assert 0.0 < scores["rouge2_recall"] < 0.5
        assert scores["words"] <= 100
    assert systems["oracle"]["rouge2_recall"] >= systems["lead"]["rouge2_recall"]
    for column, row in table["versus_lexrank"].items():
        ours, theirs = systems["storyweave"][column], systems["lexrank"][column]
        assert row["ratio"] == pytest.approx(ours / theirs)
        low, high = row["ci95"]
        assert low <= row["ratio"] <= high
    for name, intervals in table["ci95"].items():
        low, high = intervals["rouge1_recall"]
        assert low <= systems[name]["rouge1_recall"] <= high
    assert "paired bootstrap" in result.stdout
    per_cluster = table["per_cluster"]
    assert len(per_cluster["clusters"]) == 3
    scores = per_cluster["storyweave"]["rouge1_recall"]
    assert sum(scores) / 3 == pytest.approx(systems["storyweave"]["rouge1_recall"])
    assert "storyweave" in result.stdout
    missing = runner.invoke(app, ["eval", "summaries", "no-such-dataset", "--data", str(tmp_path)])
    assert missing.exit_code == 4 and "not found" in " ".join(missing.stderr.split())


def test_summarize_reads_standard_input(example_dir: Path) -> None:
    text = (example_dir / "004_963c8e0ce4245619.txt").read_text(encoding="utf-8")
    result = runner.invoke(
        app, ["summarize", "-", "-w", "50", "--format", "jsonl", "--no-embed"], input=text
    )
    assert result.exit_code == 0, result.stderr
    row = json.loads(result.stdout)
    assert row["cluster"] == "stdin" and 0 < len(row["summary"].split()) <= 50


def test_a_cluster_with_nothing_english_gets_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "spanish"
    folder.mkdir()
    line = {
        "id": "es",
        "text": "El gobierno anunció el lunes nuevas medidas contra la inflación. "
        "Los precios subieron un diez por ciento en marzo según el banco central de la nación.",
    }
    (folder / "articles.jsonl").write_text(json.dumps(line, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["summarize", str(folder), "--no-embed"])
    assert "no English sentence fit to summarize" in " ".join(result.stderr.split())
    assert result.exit_code == 10  # the article was skipped, with a warning


def test_an_empty_cluster_is_a_warning_and_a_bracket_in_its_name_is_not_markup(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "a[/x] empty"  # folders "a[" and "x] empty": rich reads "[/x]" as a tag
    folder.mkdir(parents=True)
    result = runner.invoke(app, ["summarize", str(folder), "--no-embed"])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.exit_code == 10
    assert "a[/x] empty: no English sentence" in " ".join(result.stderr.split())


def test_an_undecodable_byte_in_a_cluster_name_is_shown_as_a_question_mark(
    tmp_path: Path,
) -> None:
    folder = tmp_path / os.fsdecode(b"clu\xffster")
    folder.mkdir()
    result = runner.invoke(app, ["summarize", str(folder), "--no-embed"])
    assert result.exit_code == 10 and "clu?ster: no English" in " ".join(result.stderr.split())


def test_eval_openers_scores_each_systems_first_sentence(tmp_path: Path) -> None:
    dataset = tmp_path / "set"
    stroller = Path(__file__).resolve().parents[1] / "fixtures" / "stroller"
    shutil.copytree(stroller, dataset / "stroller")
    out = tmp_path / "openers.json"
    result = runner.invoke(app, ["eval", "openers", str(dataset), "--json", str(out)])
    assert result.exit_code == 0, result.stderr
    table = json.loads(out.read_text())
    assert table["clusters"] == 1 and table["words"] == 60
    systems = table["systems"]
    assert set(systems) == {"brief", "summarize", "lead"}
    assert systems["lead"]["first_sentence"] == 1.0 and systems["lead"]["cited_by_2"] == 0.0
    brief = systems["brief"]
    assert brief["first_sentence"] == 1.0 and brief["cited_by_2"] == 1.0
    assert 0.3 < brief["rouge2_f1"] <= 1.0
    assert table["openers"]["stroller"]["brief"].startswith("A 6-week-old baby died")
    assert "first sentence of each reference" in result.stdout
    empty = runner.invoke(app, ["eval", "openers", str(tmp_path)])
    assert empty.exit_code == 4 and "no cluster folders" in " ".join(empty.stderr.split())
