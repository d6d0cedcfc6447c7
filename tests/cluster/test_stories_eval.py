"""The story and duplicate evaluations, on small slices of the development data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from storyweave import InputError
from storyweave.cli import app
from storyweave.evaluate._clustering_metrics import (
    bcubed,
    bcubed_items,
    pairwise_f1,
    partition_scores,
)
from storyweave.evaluate.duplicates import evaluate_duplicates
from storyweave.evaluate.stories import evaluate_stories, load_dataset, topic_interval


def test_bcubed_and_pairwise_on_a_hand_computed_case() -> None:
    predicted = ["a", "a", "a", "b"]
    gold = ["x", "x", "y", "y"]
    precision, recall, f1 = bcubed(predicted, gold)
    assert precision == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert recall == pytest.approx((1 + 1 + 1 / 2 + 1 / 2) / 4)
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))
    assert pairwise_f1(predicted, gold) == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    perfect = partition_scores(gold, gold)
    assert perfect["bcubed_f1"] == perfect["pairwise_f1"] == perfect["ari"] == 1.0


def _ecb_slice(shared_data: Path, folder: Path, topics: set[str]) -> Path:
    """A few ECB+ topics copied to a temporary folder (never into the repository)."""
    source = shared_data / "ecbplus-dev"
    folder.mkdir()
    for name in ("articles.jsonl", "gold.jsonl"):
        lines = [
            line
            for line in (source / name).read_text(encoding="utf-8").splitlines()
            if json.loads(line)["id"].split("_")[0] in topics
        ]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_story_evaluation_on_three_topics(shared_data: Path, tmp_path: Path) -> None:
    folder = _ecb_slice(shared_data, tmp_path / "ecb", {"1", "3", "5"})
    report = evaluate_stories(folder)
    assert report["gold_clusters"] == 6
    for name in ("stories", "tfidf_average_link_best", "hdbscan_minilm"):
        row = report[name]
        assert isinstance(row, dict)
        assert 0.0 <= row["bcubed_p"] <= 1.0 and 0.0 <= row["bcubed_r"] <= 1.0
    stories = report["stories"]
    assert isinstance(stories, dict) and stories["bcubed_f1"] > 0.6  # far above chance
    topic = report["stories_topic_level"]
    assert isinstance(topic, dict) and topic["bcubed_p"] > 0.9  # topics are never mixed
    low, high = report["stories_bcubed_f1_ci95"]  # type: ignore[misc]
    assert 0.0 <= low <= high <= 1.0
    assert low - 0.01 <= stories["bcubed_f1"] <= high + 0.01


def test_the_topic_interval_spans_what_resampled_topics_could_score() -> None:
    # Topic "t1" is clustered perfectly, topic "t2" is merged whole: a resample
    # drawing only t1 scores 1.0, one drawing only t2 scores 2/3.
    predicted = ["a", "a", "b", "b", "c", "c", "c", "c"]
    gold = ["x", "x", "y", "y", "u", "u", "v", "v"]
    topics = ["t1"] * 4 + ["t2"] * 4
    scores = np.asarray(bcubed_items(predicted, gold))
    low, high = topic_interval(scores, topics)
    whole = bcubed(predicted, gold)[2]
    assert 2 / 3 - 1e-9 <= low < whole < high <= 1.0 + 1e-9
    perfect = np.asarray(bcubed_items(gold, gold))
    assert topic_interval(perfect, topics) == pytest.approx([1.0, 1.0])


def test_duplicate_evaluation_on_a_slice(shared_data: Path) -> None:
    report = evaluate_duplicates(shared_data, limit=12)
    rows = report["thresholds"]
    copies = report["copies"]
    assert isinstance(rows, list) and isinstance(copies, int) and copies > 0
    default = next(r for r in rows if r["threshold"] == 0.8)
    assert default["precision"] > 0.9 and default["recall"] > 0.7


def test_cli_groups_a_folder_into_story_folders(example_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out, state = tmp_path / "stories", tmp_path / "state"
    result = runner.invoke(
        app, ["stories", str(example_dir), "--out", str(out), "--state", str(state)]
    )
    assert result.exit_code in (0, 10), result.output
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert len(index) == 1 and index[0]["articles"] == 5
    lines = runner.invoke(app, ["stories", str(example_dir), "--format", "jsonl"])
    records = [json.loads(line) for line in lines.stdout.splitlines() if line.startswith("{")]
    assert {r["story"] for r in records} == {index[0]["id"]}
    assert all(r["duplicate_of"] is None for r in records)
    again = runner.invoke(
        app, ["stories", str(example_dir), "--state", str(state), "--format", "jsonl"]
    )
    assert again.exit_code == 10  # every article was already in the state: skipped


def test_a_broken_gold_file_is_named_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "articles.jsonl").write_text(
        json.dumps({"id": "a1", "text": "The bridge reopened."}) + "\n", encoding="utf-8"
    )
    (tmp_path / "gold.jsonl").write_text('{"id": "a1", "story": 1}\n{"id": "a2\n', "utf-8")
    with pytest.raises(InputError, match=r"gold.jsonl line 2: not JSON"):
        load_dataset(tmp_path)
