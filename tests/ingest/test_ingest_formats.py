"""HTML pages, JSON Lines files and RSS/Atom feeds, from fixtures written for these tests."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

from storyweave import Settings
from storyweave._registry import registry
from storyweave.ingest import read_inputs

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
SETTINGS = Settings()


def test_html_text_and_metadata() -> None:
    articles, warnings = read_inputs([FIXTURES / "harbour-bridge.html"], SETTINGS)
    assert warnings == []
    (article,) = articles
    assert article.id == "harbour-bridge"
    assert article.title == "Harbour bridge reopens after storm repairs"
    assert article.source == "Northport Gazette"
    assert article.authors == ("Maria Lindqvist",)
    assert article.published == dt.date(2021, 3, 4)
    assert article.url == "https://gazette.example.org/2021/03/04/harbour-bridge-reopens"
    paragraphs = article.text.split("\n\n")
    assert "reopened to traffic on Thursday morning" in article.text
    assert any(p.startswith('"We did not want to reopen') for p in paragraphs)
    for furniture in ("do not read me", "Most read", "Council budget vote", "Sport"):
        assert furniture not in article.text


def test_gzipped_html(tmp_path: Path) -> None:
    page = (FIXTURES / "harbour-bridge.html").read_bytes()
    path = tmp_path / "bridge.html.gz"
    path.write_bytes(gzip.compress(page))
    articles, warnings = read_inputs([path], SETTINGS)
    assert warnings == [] and articles[0].id == "bridge"
    assert articles[0].title == "Harbour bridge reopens after storm repairs"


def test_truncated_gzip_skipped(tmp_path: Path) -> None:
    path = tmp_path / "cut.html.gz"
    path.write_bytes(gzip.compress((FIXTURES / "harbour-bridge.html").read_bytes())[:200])
    articles, warnings = read_inputs([path], SETTINGS)
    assert articles == [] and warnings[0].skipped
    assert "gzip" in warnings[0].reason


def test_html_without_article_skipped(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    articles, warnings = read_inputs([path], SETTINGS)
    assert articles == [] and "no article text" in warnings[0].reason


def test_jsonl_bad_lines_are_warnings() -> None:
    articles, warnings = read_inputs([FIXTURES / "northport.jsonl"], SETTINGS)
    assert [a.id for a in articles] == ["np-001", "np-002", "np-004", "np-001-2"]
    first = articles[0]
    assert first.source == "Northport Gazette" and first.published == dt.date(2021, 3, 4)
    assert (
        first.text == "The harbour bridge reopened on Thursday.\n\nRepairs cost 2.4 million euros."
    )
    by_reason = {w.reason: w for w in warnings}
    assert by_reason["line 3: not JSON (Unterminated string starting at)"].skipped
    assert by_reason["line 6: not a JSON object"].skipped
    assert by_reason["line 7: empty: no text"].skipped
    dated = by_reason["line 5: unparseable date 'the day after tomorrow-ish'"]
    assert not dated.skipped and dated.article == "np-004"
    renamed = [w for w in warnings if w.reason.startswith("duplicate id")]
    assert len(renamed) == 1 and not renamed[0].skipped
    assert all(w.path == str(FIXTURES / "northport.jsonl") for w in warnings)


def test_rss_items() -> None:
    articles, warnings = read_inputs([FIXTURES / "northport.rss"], SETTINGS)
    assert [a.title for a in articles] == [
        "Harbour bridge reopens after storm repairs",
        "Council budget vote delayed",
    ]
    bridge, budget = articles
    assert bridge.id == "gazette.example.org_2021_03_04_harbour-bridge-reopens"
    assert bridge.published == dt.date(2021, 3, 4)
    assert bridge.source == "Northport Gazette" and bridge.authors == ("Maria Lindqvist",)
    assert bridge.text.split("\n\n")[0].startswith("The harbour bridge in Northport reopened")
    assert "alert" not in bridge.text and "<p>" not in bridge.text
    assert budget.id == "gazette-2021-0305-budget" and budget.published is None
    assert [(w.skipped, w.reason) for w in warnings] == [
        (False, "item 2: unparseable date 'sometime next week'"),
        (True, "item 3: empty, no text"),
    ]


def test_atom_entry() -> None:
    articles, warnings = read_inputs([FIXTURES / "northport.atom"], SETTINGS)
    assert warnings == []
    (entry,) = articles
    assert entry.title == "New school opens in the old town"
    assert entry.published == dt.date(2021, 3, 5)
    assert entry.authors == ("Jonas Eklund",)
    assert entry.text.count("\n\n") == 1


def test_feed_detected_by_content(tmp_path: Path) -> None:
    path = tmp_path / "feed"  # no extension: sniffed
    path.write_bytes((FIXTURES / "northport.atom").read_bytes())
    articles, _ = read_inputs([path], SETTINGS)
    assert [a.title for a in articles] == ["New school opens in the old town"]


def test_not_a_feed_skipped(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_text("<rss><channel><item><title>unclosed", encoding="utf-8")
    articles, warnings = read_inputs([path], SETTINGS)
    assert articles == [] and warnings[0].skipped


def test_json_array_document(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    records = [
        {"id": "a1", "text": "The bridge reopened on Thursday.", "published": "2021-03-04"},
        {"id": "a2", "title": "no text"},
        "not an object",
        {"id": "a3", "text": "Ferries return to their timetable."},
    ]
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    articles, warnings = read_inputs([path], SETTINGS)
    assert [a.id for a in articles] == ["a1", "a3"]
    assert [w.reason for w in warnings] == [
        "record 2: no 'text' string",
        "record 3: not a JSON object",
    ]


def test_json_array_on_one_line(tmp_path: Path) -> None:
    path = tmp_path / "records.json"
    records = [{"id": "a1", "text": "The bridge reopened."}, {"id": "a2", "text": "Ferries ran."}]
    path.write_text(json.dumps(records), encoding="utf-8")  # no indent: all on line 1
    articles, warnings = read_inputs([path], SETTINGS)
    assert [a.id for a in articles] == ["a1", "a2"] and warnings == []


def test_a_number_too_long_for_python_loses_one_line_not_the_file(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "The bridge reopened."}),
        '{"id": 1' + "0" * 5000 + ', "text": "int() refuses over 4300 digits"}',
        json.dumps({"id": "a3", "text": "Ferries ran."}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, warnings = read_inputs([path], SETTINGS)
    assert [a.id for a in articles] == ["a1", "a3"]
    assert [w.reason for w in warnings] == ["line 2: not JSON (a number too long to read)"]


def test_pretty_printed_single_record(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "x", "text": "The bridge reopened."}, indent=2))
    articles, warnings = read_inputs([path], SETTINGS)
    assert [a.id for a in articles] == ["x"] and warnings == []


def test_readers_are_registered() -> None:
    assert registry.names("ingest.") == [
        "ingest.feed.v1",
        "ingest.html.v1",
        "ingest.jsonl.v1",
        "ingest.text.v1",
    ]


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    sitemap = tmp_path / "sitemap.xml"
    sitemap.write_text('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>')
    feed = tmp_path / "feed.xml"
    feed.write_bytes((FIXTURES / "northport.atom").read_bytes())
    articles, warnings = read_inputs([sitemap, feed], SETTINGS)
    assert [a.title for a in articles] == ["New school opens in the old town"]
    assert [w.reason for w in warnings] == [
        "unsupported file type: XML that is neither a feed nor a page"
    ]


def test_a_note_follows_its_article_to_its_new_id(tmp_path: Path) -> None:
    text = "The harbour bridge reopened on Thursday after repairs costing 2.4 million euros."
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    first.write_text(json.dumps({"id": "a1", "text": text}), encoding="utf-8")
    second.write_text(
        json.dumps({"id": "a1", "text": text, "published": "the day after tomorrow-ish"}),
        encoding="utf-8",
    )
    articles, warnings = read_inputs([first, second], SETTINGS)
    assert [a.id for a in articles] == ["a1", "a1-2"]
    dated = next(w for w in warnings if "unparseable date" in w.reason)
    assert dated.article == "a1-2" and dated.path == str(second)
