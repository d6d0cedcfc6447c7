"""read_inputs: folders, standard input, records, limits and ids."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave import Article, Settings
from storyweave.ingest import read_inputs, safe_id

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
SETTINGS = Settings()
json_like = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=8,
)
BODY = "The harbour bridge reopened on Thursday, five weeks after the storm."


def test_folder_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "README.md").write_text("# notes", encoding="utf-8")
    (tmp_path / "LICENSE").write_text("MIT", encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    articles, warnings = read_inputs([tmp_path], SETTINGS)
    assert [a.id for a in articles] == ["a", "2", "c"]
    assert [(w.path, w.reason) for w in warnings] == [
        (str(tmp_path / "photo.jpg"), "unsupported file type")
    ]


def test_a_dataset_cluster_folder_leaves_its_reference_summaries_out(tmp_path: Path) -> None:
    cluster = tmp_path / "mn-val-001"
    (cluster / "references").mkdir(parents=True)
    (cluster / "articles.jsonl").write_text(
        f'{{"id": "d0", "text": "{BODY}"}}\n{{"id": "d1", "text": "{BODY}"}}\n', encoding="utf-8"
    )
    (cluster / "references" / "reference.txt").write_text("The bridge reopened.", "utf-8")
    (cluster / "meta.json").write_text('{"source": "multi-news"}', encoding="utf-8")
    articles, warnings = read_inputs([cluster], SETTINGS)
    assert [a.id for a in articles] == ["d0", "d1"] and not warnings
    # Elsewhere a folder named "references" is read like any other.
    (tmp_path / "other" / "references").mkdir(parents=True)
    (tmp_path / "other" / "references" / "r.txt").write_text(BODY, encoding="utf-8")
    articles, _ = read_inputs([tmp_path / "other"], SETTINGS)
    assert [a.id for a in articles] == ["r"]


def test_missing_path_is_a_warning(tmp_path: Path) -> None:
    articles, warnings = read_inputs([tmp_path / "nope.txt"], SETTINGS)
    assert articles == [] and warnings[0].reason == "no such file or folder"


@pytest.mark.parametrize(
    ("payload", "titles"),
    [
        ((FIXTURES / "northport.atom").read_bytes(), ["New school opens in the old town"]),
        (
            (FIXTURES / "harbour-bridge.html").read_bytes(),
            ["Harbour bridge reopens after storm repairs"],
        ),
        (b'{"id": "x1", "text": "' + BODY.encode() + b'"}\n', [None]),
        (b"Bridge reopens\n\n" + BODY.encode(), ["Bridge reopens"]),
    ],
)
def test_stdin_detection(monkeypatch: pytest.MonkeyPatch, payload: bytes, titles: list) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    articles, warnings = read_inputs(["-"], SETTINGS)
    assert warnings == []
    assert [a.title for a in articles] == titles


def test_records_and_articles() -> None:
    given = Article(id="given", text=BODY)
    records = [
        {"id": "r1", "text": BODY, "published": "2019-05-02", "extra": [1, 2]},
        {"text": BODY, "authors": ["A. Writer", 7]},
        {"id": "r3"},
    ]
    articles, warnings = read_inputs([given, *records], SETTINGS)
    assert [a.id for a in articles] == ["given", "r1", "record-3"]
    assert articles[1].published is not None and articles[2].authors == ("A. Writer", "7")
    assert len(warnings) == 1 and "no 'text'" in warnings[0].reason


def test_duplicate_ids_get_suffixes(tmp_path: Path) -> None:
    for folder in ("one", "two", "three"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(BODY, encoding="utf-8")
    articles, warnings = read_inputs([tmp_path], SETTINGS)
    assert [a.id for a in articles] == ["story", "story-2", "story-3"]
    assert len(warnings) == 2 and not any(w.skipped for w in warnings)


def test_max_articles(tmp_path: Path) -> None:
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(BODY, encoding="utf-8")
    articles, warnings = read_inputs([tmp_path], Settings(max_articles=3))
    assert [a.id for a in articles] == ["0", "1", "2"]
    assert len(warnings) == 1 and "max_articles" in warnings[0].reason


def test_safe_id() -> None:
    assert safe_id("https://example.org/a b?c=1", "x") == "example.org_a_b_c_1"
    assert safe_id("///", "fallback") == "fallback"
    long_a, long_b = safe_id("x" * 200 + "a", "f"), safe_id("x" * 200 + "b", "f")
    assert len(long_a) <= 80 and long_a != long_b


def test_symlink_loop_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    articles, warnings = read_inputs([tmp_path], SETTINGS)
    assert [a.id for a in articles] == ["a"] and warnings == []


def test_a_bare_input_is_one_input(example_dir: Path) -> None:
    articles, warnings = read_inputs(str(example_dir), SETTINGS)  # type: ignore[arg-type]
    assert len(articles) == 5 and warnings == []


@settings(max_examples=40, deadline=None)
@given(records=st.lists(st.dictionaries(st.text(max_size=10), json_like, max_size=6), max_size=5))
def test_random_records_never_raise(records: list[dict]) -> None:
    articles, warnings = read_inputs(records, SETTINGS)
    # every record is one article or one skipping warning
    assert len(articles) + sum(w.skipped for w in warnings) == len(records)
    assert all(a.text.strip() for a in articles)


def test_control_characters_and_bidi_overrides_never_leave_ingest(tmp_path: Path) -> None:
    escape = "\x1b[2J\x1b]0;pwned\x07"  # clear the screen, retitle the terminal
    long_body = " ".join([BODY] * 8)  # so few controls that the file is text, not binary
    (tmp_path / "a.txt").write_text(f"{escape}{long_body}\x0cThe \u202eferry\u202c ran.", "utf-8")
    record = {
        "id": "r\x1b1",
        "title": "\x00Bridge\u2066",
        "text": f"\x01{BODY}\x7f",
        "author": "\x1b",
    }
    articles, warnings = read_inputs([tmp_path / "a.txt", record], SETTINGS)
    assert warnings == []
    assert articles[0].text == f"[2J]0;pwned{long_body}\nThe ferry ran."
    assert (articles[1].id, articles[1].title, articles[1].text) == ("r1", "Bridge", BODY)
    assert articles[1].authors == ()


def test_a_broken_link_in_a_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "moved-away.txt")
    articles, warnings = read_inputs([tmp_path], SETTINGS)
    assert [a.id for a in articles] == ["a"]
    assert [(w.path, w.reason) for w in warnings] == [
        (str(tmp_path / "b.txt"), "no such file or folder")
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a folder whatever its permissions")
def test_a_folder_that_cannot_be_listed_is_named(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(BODY, encoding="utf-8")
    locked.chmod(0)
    try:
        articles, warnings = read_inputs([tmp_path], SETTINGS)
    finally:
        locked.chmod(0o755)
    assert articles == [] and [w.path for w in warnings] == [str(locked)]
    assert warnings[0].reason.startswith("unreadable")


def test_a_line_break_in_a_file_name_leaves_the_id_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "two\nlines.txt").write_text(BODY, encoding="utf-8")
    articles, _ = read_inputs([tmp_path], SETTINGS)
    assert [a.id for a in articles] == ["two lines"]


def test_lone_surrogates_from_json_escapes_are_replaced(tmp_path: Path) -> None:
    line = '{"id": "a\\ud83d", "title": "T \\udfff", "published": "soon", "text": "%s \\ud800"}'
    (tmp_path / "s.jsonl").write_text(line % BODY, encoding="utf-8")
    articles, warnings = read_inputs([tmp_path / "s.jsonl"], SETTINGS)
    article = articles[0]
    assert (article.id, article.title, article.text) == ("a\ufffd", "T \ufffd", f"{BODY} \ufffd")
    assert [w.article for w in warnings] == ["a\ufffd"]  # the date note names the same id
    article.model_dump_json()  # UTF-8 throughout: a lone surrogate would raise here


def test_an_undecodable_byte_in_a_file_name_is_shown_not_kept(tmp_path: Path) -> None:
    (tmp_path / os.fsdecode(b"bad\xffname.txt")).write_text(BODY, encoding="utf-8")
    articles, _ = read_inputs([tmp_path], SETTINGS)
    assert articles[0].id == "bad\ufffdname"
    assert articles[0].path == str(tmp_path / "bad?name.txt")
    articles[0].model_dump_json()


def test_hostile_metadata_is_bounded_and_long_ids_stay_apart() -> None:
    huge = {
        "title": "Huge " * 100_000,
        "source": "S" * 100_000,
        "authors": ["A" * 100_000] * 50,
        "text": BODY,
    }
    records = [{**huge, "id": "x" * 5000 + "1"}, {**huge, "id": "x" * 5000 + "2"}]
    articles, _ = read_inputs(records, SETTINGS)
    first, second = articles
    assert len(first.title or "") <= 1000 and (first.title or "").endswith("…")
    assert len(first.source or "") <= 200
    assert len(first.authors) == 20 and all(len(a) <= 200 for a in first.authors)
    assert len(first.id) <= 200 and first.id != second.id
    assert first.text == BODY
