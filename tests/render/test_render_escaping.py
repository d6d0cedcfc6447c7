"""Renderers must treat article text as hostile: escaped in HTML, inert in Markdown."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave import Brief, Citation, Sentence, Summary, SummarySentence
from storyweave._model import SourceInfo
from storyweave.render import format_for_path, render
from storyweave.render._view import when

HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'single\''


def brief_with(text: str, title: str = "A title") -> Brief:
    sentence = Sentence(id="a#s0", article="a", index=0, text=text, start=0, end=len(text))
    return Brief(
        title=title,
        articles=(SourceInfo(id="a", outlet=text[:30] or "outlet", title=text[:50]),),
        sentences={"a#s0": sentence},
        summary=Summary(
            words=120,
            sentences=(
                SummarySentence(
                    text=text, sentence="a#s0", citations=(Citation(article="a", sentence="a#s0"),)
                ),
            ),
        ),
    )


def test_html_escapes_article_text() -> None:
    html = render(brief_with(HOSTILE, title=HOSTILE), "html")
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;" in html
    # The page is self-contained: no script, no external resource.
    assert "<script" not in html.lower()
    assert "http://" not in html and "src=" not in html.replace("src=x", "")


def test_citation_links_to_the_sentence_shown_in_its_article() -> None:
    html = render(brief_with("Lopez fled to the Spanish embassy."), "html")
    assert 'href="#s-a_s0"' in html
    assert 'id="s-a_s0"' in html


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_every_renderer_accepts_any_text(text: str) -> None:
    brief = brief_with(text, title=text)
    html = render(brief, "html")
    assert "<script" not in html.lower() or "&lt;script" in html.lower()
    for fmt in ("json", "md", "terminal"):
        assert isinstance(render(brief, fmt), str)


def test_json_round_trips() -> None:
    brief = brief_with("Pompeo said it.")
    assert Brief.model_validate_json(render(brief, "json")) == brief


def test_format_from_suffix() -> None:
    assert format_for_path("out/brief.HTML") == "html"
    assert format_for_path("b.md") == "md"
    assert format_for_path("b.json") == "json"
    assert format_for_path("b.txt") is None


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("2019-W18", "week of 2019-04-29"),
        ("2019-04-30T04:00", "2019-04-30 04:00"),
        ("2019-04-30", "2019-04-30"),
        ("2019-05", "2019-05"),
        ("2019-W99", "2019-W99"),  # no such week: shown as written
    ],
)
def test_timeline_dates_read_as_a_reader_writes_them(value: str, shown: str) -> None:
    assert when(value) == shown
