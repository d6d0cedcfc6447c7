"""The PolNeAR evaluation on a small slice (skipped without ../shared/data)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from storyweave.evaluate.quotes import evaluate_quotes, overlap


def test_overlap_measure() -> None:
    assert overlap((0, 10), ((0, 10),)) == 1.0
    assert overlap((0, 10), ((0, 4), (6, 10))) == 1.0  # exact on the hull
    assert 0.49 < overlap((0, 10), ((5, 10),)) < 0.51
    assert overlap((0, 10), ()) == 0.0


def test_polnear_slice_scores_sanely(shared_data: Path, nlp: Language) -> None:
    scores = evaluate_quotes(shared_data, nlp, "dev", limit=4)
    ours, baseline = scores["storyweave"].table(), scores["textacy"].table()
    assert ours["gold_attributions"] > 20
    assert 0.4 < ours["content_30%_f1"] <= 1.0
    assert ours["content_30%_f1"] > baseline["content_30%_f1"]
    assert ours["content_exact_f1"] <= ours["content_30%_f1"]
