"""Near-duplicate detection on the Venezuela example and on made copies of it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave._model import Article, CleanedArticle
from storyweave.dedupe import DuplicateIndex, exact_key, find_duplicates, fingerprint, shingles


def _example(example_dir: Path) -> list[Article]:
    return [
        Article(id=p.stem, text=p.read_text(encoding="utf-8"), source=f"outlet-{n}")
        for n, p in enumerate(sorted(example_dir.glob("*.txt")))
    ]


def _cleaned(articles: list[Article]) -> list[CleanedArticle]:
    return [CleanedArticle(article=a, text=a.text) for a in articles]


def _republished(article: Article, new_id: str, outlet: str) -> Article:
    """A wire copy: new headline line, last paragraph cut, newsletter furniture added."""
    paragraphs = [p for p in article.text.split("\n\n") if p.strip()]
    text = "\n\n".join(
        ["Venezuela latest: what we know", *paragraphs[:-1], "Sign up for our newsletter!"]
    )
    return Article(id=new_id, text=text, title="A different headline", source=outlet)


def test_different_articles_on_one_event_are_not_copies(example_dir: Path) -> None:
    assert find_duplicates(_cleaned(_example(example_dir))) == []


def test_edited_copy_is_linked_to_the_first_copy(example_dir: Path) -> None:
    articles = _example(example_dir)
    first = articles[1]
    stream = [
        *articles,
        _republished(first, "copy-a", "Wire A"),
        _republished(first, "copy-b", "B"),
    ]
    groups = find_duplicates(_cleaned(stream))
    assert len(groups) == 1
    group = groups[0]
    assert group.kept == first.id
    assert group.copies == ("copy-a", "copy-b")
    assert group.outlets == ("outlet-1", "Wire A", "B")
    assert 0.8 <= group.similarity <= 1.0


def test_the_earliest_arrival_is_kept(example_dir: Path) -> None:
    article = _example(example_dir)[0]
    copy = _republished(article, "early-copy", "Wire")
    groups = find_duplicates(_cleaned([copy, article]))
    assert [(g.kept, g.copies) for g in groups] == [("early-copy", (article.id,))]


def test_empty_texts_and_repeated_ids_do_not_break_a_batch(example_dir: Path) -> None:
    article = _example(example_dir)[0]
    stream = [
        Article(id="empty-1", text=""),
        Article(id="empty-2", text="   \n "),
        article,
        article,  # the same id twice: compared once
    ]
    assert find_duplicates(_cleaned(stream)) == []


def test_a_truncated_copy_counts_but_a_short_excerpt_does_not(example_dir: Path) -> None:
    article = _example(example_dir)[0]
    words = article.text.split()
    half = Article(id="half", text=" ".join(words[: len(words) // 2]))
    excerpt = Article(id="excerpt", text=" ".join(words[: len(words) // 4]))
    every_other = Article(id="every-other", text=" ".join(words[::2]))
    groups = find_duplicates(_cleaned([article, half, excerpt, every_other]))
    # Papers cut wire stories to fit: half of the story is still the story. A quarter
    # quoted elsewhere is not a copy, and neither is a text with every other word gone.
    assert [(g.kept, g.copies) for g in groups] == [(article.id, ("half",))]


def test_removed_articles_are_forgotten(example_dir: Path) -> None:
    article = _example(example_dir)[0]
    index = DuplicateIndex()
    assert index.add("a", article.text) is None
    match = index.add("b", article.text.upper())
    assert match is not None and match.duplicate_of == "a"
    index.remove("a")
    index.remove("b")
    index.remove("never-added")
    assert index.add("c", article.text) is None
    with pytest.raises(ValueError):
        index.add("c", "again")


def test_containment_survives_trimming(example_dir: Path) -> None:
    text = _example(example_dir)[2].text
    trimmed = text[len(text) // 5 :]
    assert fingerprint(text).containment(fingerprint(trimmed)) > 0.8
    assert fingerprint(text).jaccard(fingerprint(trimmed)) < 0.9


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_a_copy_of_itself(text: str) -> None:
    index = DuplicateIndex()
    assert index.add("first", text) is None
    match = index.add("second", f"  {text.upper()}\n")
    has_words = bool(shingles(text))
    assert (match is not None and match.duplicate_of == "first") == has_words


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=120), max_size=8))
def test_find_duplicates_never_raises_and_links_only_known_ids(texts: list[str]) -> None:
    articles = [Article(id=f"a{n}", text=t) for n, t in enumerate(texts)]
    groups = find_duplicates(_cleaned(articles))
    ids = {a.id for a in articles}
    for group in groups:
        assert group.kept in ids and set(group.copies) <= ids
        assert group.kept not in group.copies
        assert all(exact_key(t) for t in texts)
