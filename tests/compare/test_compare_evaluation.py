"""`storyweave eval compare` on small slices: the labels resolve and the scores are sane."""

from __future__ import annotations

import shutil
from pathlib import Path

from storyweave.evaluate.compare import DEFAULT_LABELS, evaluate_compare, summary_rows


def _labels(tmp_path: Path, *names: str) -> Path:
    for name in names:
        shutil.copy(DEFAULT_LABELS / f"{name}.json", tmp_path / f"{name}.json")
    return tmp_path


def test_example_labels_score_in_range(tmp_path: Path) -> None:
    scores, skipped = evaluate_compare(_labels(tmp_path, "venezuela-2019"), tmp_path / "none")
    assert not skipped and len(scores) == 1
    rows = summary_rows(scores)
    example = rows[0]
    assert example["unresolved_refs"] <= 5  # headlines become titles, not sentences
    for task in ("facts_pairwise", "facts_bcubed", "conflicts", "entities"):
        for measure in ("precision", "recall", "f1"):
            value = example[task][measure]
            assert value is None or 0.0 <= value <= 1.0
    assert example["conflicts"]["precision"] == 1.0  # both listed conflicts are real
    assert example["entities"]["f1"] >= 0.9


def test_multinews_slice(tmp_path: Path, shared_data: Path) -> None:
    scores, skipped = evaluate_compare(_labels(tmp_path, "mn-val-004"), shared_data)
    assert not skipped and scores[0].unresolved == 0
    row = summary_rows(scores)[0]
    assert row["facts_pairwise"]["precision"] >= 0.5
    assert row["conflicts"]["recall"] == 1.0  # the age: 29 vs 28


def test_missing_data_is_skipped_not_fatal(tmp_path: Path) -> None:
    scores, skipped = evaluate_compare(_labels(tmp_path, "mn-val-004"), tmp_path / "absent")
    assert scores == [] and skipped and "not found" in skipped[0]
