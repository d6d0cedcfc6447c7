"""One brief from every input form at once: HTML, text, a feed and JSON Lines."""

from __future__ import annotations

import html
import json
from pathlib import Path

from storyweave import Engine


def paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def test_brief_from_html_text_feed_and_jsonl(tmp_path: Path, example_dir: Path) -> None:
    files = sorted(example_dir.glob("*.txt"))
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(files[4])[2:])
    (tmp_path / "a.html").write_text(
        "<html><head><title>Guaido claims support of soldiers</title>"
        '<meta property="og:site_name" content="Example Herald">'
        '<meta name="date" content="2019-05-02"></head>'
        f"<body><nav>Home | World</nav><article><h1>Guaido claims support</h1>{body}</article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(files[0].read_text(encoding="utf-8"), encoding="utf-8")
    item = html.escape("".join(f"<p>{p}</p>" for p in paragraphs(files[2])[5:]))
    (tmp_path / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Socialist Worker</title>'
        "<item><title>Coup fails in Venezuela</title><link>https://example.org/coup</link>"
        "<pubDate>Thu, 02 May 2019 10:00:00 GMT</pubDate>"
        f"<description>{item}</description></item></channel></rss>",
        encoding="utf-8",
    )
    records = [
        {"id": f.stem, "source": name, "url": None, "published": "2019-05-02", "title": None,
         "text": f.read_text(encoding="utf-8")}
        for f, name in ((files[1], "Outlet One"), (files[3], "Antiwar"))
    ]  # fmt: skip
    (tmp_path / "articles.jsonl").write_text(
        "\n".join(json.dumps(r) for r in records), encoding="utf-8"
    )
    inputs = [str(tmp_path / n) for n in ("a.html", "b.txt", "feed.xml", "articles.jsonl")]
    result = Engine().run(inputs)
    assert result.skipped == 0, result.warnings
    brief = result.brief
    assert len(brief.articles) == 5
    outlets = {a.outlet for a in brief.articles}
    assert {"Outlet One", "Antiwar", "TRT World"} <= outlets
    html_article = next(a for a in brief.articles if a.path and a.path.endswith("a.html"))
    assert html_article.published is not None and html_article.published.isoformat() == "2019-05-02"
    text = " ".join(s.text for s in brief.sentences.values())
    assert "Home | World" not in text and "Russia's Ministry of Foreign Affairs" in text
    assert any(c.kind == "role" and "Pompeo" in c.subject for c in brief.comparison.conflicts)
