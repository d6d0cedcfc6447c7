"""Citations of ``storyweave summarize``: each source once, and measured on the fact labels."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.embed import get_embedder
from storyweave.evaluate.citations import evaluate_citations
from storyweave.evaluate.compare import DEFAULT_LABELS
from storyweave.summarize import prepare_articles, read_cluster, summarize_articles


def test_each_article_is_cited_once(example_dir: Path) -> None:
    articles, _ = read_cluster(example_dir)
    articles, _ = prepare_articles(articles)
    summary = summarize_articles(articles, 120, embedder=get_embedder(), threshold=0.45)
    assert summary.sentences
    cited_others = 0
    for sentence in summary.sentences:
        own = sentence.citations[0]
        assert own.sentence == sentence.sentence  # its own sentence first
        cited = [c.article for c in sentence.citations]
        assert len(cited) == len(set(cited))  # one sentence per source, its own article included
        cited_others += len(cited) - 1
    assert cited_others > 0  # a low threshold does find other outlets


def test_citations_are_scored_on_the_labelled_example(tmp_path: Path) -> None:
    # No shared data in tmp_path: only the bundled example's labels can be scored.
    rows, skipped = evaluate_citations(DEFAULT_LABELS, tmp_path, thresholds=(0.45, 0.55, 0.75))
    assert len(skipped) == len(list(DEFAULT_LABELS.glob("*.json"))) - 1
    by_finder = {row["finder"]: row for row in rows}
    default = by_finder["embeddings 0.55"]
    assert default["default"] and 0 < default["sentences"] <= default["labelled"]
    assert default["recall"] >= 0.5 and default["precision"] >= 0.4
    # a stricter threshold trades recall for precision
    strict = by_finder["embeddings 0.75"]
    assert strict["recall"] < default["recall"] < by_finder["embeddings 0.45"]["recall"]
    assert strict["cited_per_sentence"] < default["cited_per_sentence"]


def test_eval_citations_command(tmp_path: Path) -> None:
    out = tmp_path / "citations.json"
    result = CliRunner().invoke(
        app, ["eval", "citations", "--data", str(tmp_path / "none"), "--json", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Cited articles against the fact labels" in result.output
    rows = json.loads(out.read_text(encoding="utf-8"))["rows"]
    assert [r["finder"] for r in rows if r["default"]] == ["embeddings 0.55"]
