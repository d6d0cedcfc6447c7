"""The TimeBank evaluation on a small slice (skipped without ../shared/data)."""

from __future__ import annotations

from pathlib import Path

from storyweave.evaluate.timex import evaluate_timex


def test_timebank_slice_scores_sanely(shared_data: Path, tmp_path: Path) -> None:
    predictions = tmp_path / "timex.jsonl"
    row = evaluate_timex(shared_data, predictions, limit=12).table()
    assert row["gold"] > 10
    assert row["relaxed_f1"] > 0.7 and row["value_accuracy"] > 0.6
    assert row["strict_f1"] <= row["relaxed_f1"]
    first = predictions.read_text(encoding="utf-8").splitlines()[0]
    assert '"doc"' in first and '"value"' in first
