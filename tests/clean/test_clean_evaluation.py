"""The cleaning evaluation, on the example and on a small slice of Multi-News."""

from __future__ import annotations

from pathlib import Path

from storyweave import Settings
from storyweave.clean import clean_article
from storyweave.evaluate.cleaning import count, evaluate_cleaning, removed_paragraphs
from storyweave.ingest import read_inputs


def test_example_only_when_data_is_missing(tmp_path: Path) -> None:
    report = evaluate_cleaning(tmp_path / "no-data", sample=10)
    (example,) = report.datasets
    assert example.dataset == "venezuela-2019" and example.articles == 5
    assert example.removed == len([p for p in report.example_removed if p.whole]) > 20
    assert example.partly == 0
    assert report.sample == []
    row = example.row()
    assert 0 < float(str(row["removed_share"])) < 0.5


def test_multinews_slice(shared_data: Path) -> None:
    files = sorted((shared_data / "multinews-val").glob("*/articles.jsonl"))[:3]
    articles, warnings = read_inputs(files, Settings())
    assert warnings == [] and len(articles) >= 3
    counts, removed = count(articles, "multinews-val")
    assert counts.paragraphs > 30
    assert 0 <= counts.removed < 0.2 * counts.paragraphs  # precision first: few removals
    assert all(p.text for p in removed)


def test_removed_paragraph_snippets_are_short() -> None:
    from storyweave import Article

    long_caption = "A " + "very " * 60 + "long caption (Photo: Jane Doe)"
    cleaned = clean_article(Article(id="a", text="Body text here.\n\n" + long_caption))
    (paragraph,) = list(removed_paragraphs(cleaned, "test"))
    assert paragraph.whole and len(paragraph.text) <= 160
