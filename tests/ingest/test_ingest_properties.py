"""Property tests: whatever bytes or text a reader gets, it returns articles or warnings."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave import Article, ArticleWarning, Settings
from storyweave.ingest import RawInput, decode_bytes, dispatch, parse_published
from storyweave.ingest._kinds import KIND_READERS

SETTINGS = Settings(max_article_bytes=5_000)
KINDS = sorted(KIND_READERS)
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(articles: list[Article], warnings: list[ArticleWarning]) -> None:
    assert all(isinstance(a, Article) and a.text.strip() for a in articles)
    assert all(isinstance(w, ArticleWarning) and w.stage == "ingest" for w in warnings)
    # dispatch() turns an unexpected exception into this warning; a reader must not need it
    assert not any(w.reason.startswith("could not be read") for w in warnings)


@pytest.mark.parametrize("kind", [*KINDS, None])
@FAST
@given(data=st.binary(max_size=600))
def test_random_bytes(kind: str | None, data: bytes) -> None:
    check(*dispatch(RawInput(data, "random", "random.bin"), kind, SETTINGS))


@pytest.mark.parametrize("kind", [*KINDS, None])
@FAST
@given(text=st.text(max_size=400))
def test_random_text(kind: str | None, text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    check(*dispatch(RawInput(data, "random", None), kind, SETTINGS))


markup = st.lists(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<rss>",
            "<item>",
            "<title>",
            "</title>",
            "<feed>",
            "<entry>",
            "<content type='html'>",
            "&amp;",
            "&lt;p&gt;",
            "<![CDATA[",
            "]]>",
            "<br>",
            "<script>",
            "\n\n",
            "Bridge",
            " reopens.",
        ]
    ),
    max_size=40,
).map("".join)


@pytest.mark.parametrize("kind", ["html", "feed", None])
@FAST
@given(text=markup)
def test_random_markup(kind: str | None, text: str) -> None:
    check(*dispatch(RawInput(text.encode(), "markup", None), kind, SETTINGS))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=10,
)
records = st.fixed_dictionaries(
    {}, optional={k: json_values for k in ("id", "text", "title", "published", "authors", "url")}
)


@FAST
@given(lines=st.lists(records, min_size=1, max_size=5))
def test_random_jsonl_records(lines: list[dict]) -> None:
    data = "\n".join(json.dumps(r) for r in lines).encode()
    articles, warnings = dispatch(RawInput(data, "records", None), "jsonl", SETTINGS)
    check(articles, warnings)
    if any(ch.isalnum() for ch in data.decode()):  # else the whole file is one "empty" warning
        assert len(articles) + sum(w.skipped for w in warnings) == len(lines)


@FAST
@given(data=st.binary(max_size=300))
def test_decode_never_raises_anything_unexpected(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except ValueError:
        return
    assert "\r" not in decoded.text


@FAST
@given(value=st.one_of(st.text(max_size=100), st.integers(), st.floats(), st.none()))
def test_parse_published_never_raises(value: object) -> None:
    parse_published(value)
