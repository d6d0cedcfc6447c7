"""Plain-text reading: titles, encodings, mojibake, bad bytes."""

from __future__ import annotations

import codecs
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers the "sloppy-windows-1252" codec)
import pytest

from storyweave import Settings
from storyweave.ingest import decode_bytes, guess_title, read_inputs

SETTINGS = Settings()
BODY = "The harbour bridge reopened on Thursday, five weeks after the storm.\n\nIt cost more."


def read_one(path: Path) -> tuple[list, list]:
    return read_inputs([path], SETTINGS)


def test_example_titles(example_dir: Path) -> None:
    articles, warnings = read_inputs([example_dir], SETTINGS)
    assert warnings == []
    titles = {a.id[:3]: a.title for a in articles}
    assert titles["000"] is None  # a long first sentence is body text
    assert titles["001"].startswith("Venezuela’s Maduro Claims Victory Over ‘Failed Coup’")
    # 002 opens with a byline and a "Downloading PDF" line; the headline follows them
    assert (
        titles["002"] == "Juan Guaido’s coup fails in Venezuela – but threat against Maduro remains"
    )
    assert titles["003"] == "Details Emerge on Failed US-Backed Coup in Venezuela"
    assert titles["004"].startswith("Venezuela's opposition leader Guaido")
    for article in articles:
        assert article.text == (example_dir / f"{article.id}.txt").read_text(encoding="utf-8")
        assert article.path is not None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Bridge reopens after repairs\n\n" + BODY, "Bridge reopens after repairs"),
        ("Is the bridge safe now?\n\n" + BODY, "Is the bridge safe now?"),
        ("The bridge reopened on Thursday.\n\n" + BODY, None),  # a sentence
        ("Bridge reopens\n", None),  # nothing follows: the line is the whole article
        ("bridge reopens after repairs\n\n" + BODY, None),  # lower case start
        (
            "Bridge reopens after repairs\nThe harbour bridge reopened on Thursday, five weeks "
            "after a storm tore away its railing.",
            "Bridge reopens after repairs",
        ),
        ("Bridge reopens after repairs\nBridge costs rise", None),
        (" ".join(["Word"] * 30) + "\n\n" + BODY, None),  # too long for a headline
    ],
)
def test_title_rule(text: str, title: str | None) -> None:
    assert guess_title(text) == title


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),  # no byte-order mark: told by where the NUL bytes fall
        ("utf-16-be", b""),
        ("cp1252", b""),
        ("latin-1", b""),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = (
        "Café owners in Málaga said the “sudden” closure cost them dearly.\n\n"
        "Señora Muñoz, who runs a bakery, said sales fell by half — “a disaster”."
    )
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"').replace("—", "-")
    path = tmp_path / "cafe.txt"
    path.write_bytes(prefix + text.encode(encoding))
    articles, warnings = read_one(path)
    assert warnings == []
    assert articles[0].text == text


def test_mojibake_repaired_but_quotes_kept(tmp_path: Path) -> None:
    good = "Pompeo’s claim — “military action is possible” — was denied.\n\nMaduro said “no”."
    broken = good.encode("utf-8").decode("sloppy-windows-1252")  # classic mojibake
    path = tmp_path / "mojibake.txt"
    path.write_text(broken, encoding="utf-8")
    articles, _ = read_one(path)
    assert articles[0].text == good


def test_curly_quotes_and_ligatures_untouched() -> None:
    text = "He said ‘ﬁne’ and “yes”… ＡＢＣ"
    assert decode_bytes(text.encode("utf-8")).text == text


def test_crlf_normalised(tmp_path: Path) -> None:
    path = tmp_path / "windows.txt"
    path.write_bytes(b"Bridge reopens\r\n\r\nThe bridge reopened on Thursday.\r\n")
    articles, _ = read_one(path)
    assert articles[0].text == "Bridge reopens\n\nThe bridge reopened on Thursday.\n"
    assert articles[0].title == "Bridge reopens"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n  \t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "unreadable"),
        (bytes(range(1, 32)) * 20, "unreadable"),
    ],
)
def test_bad_files_skipped_with_warning(tmp_path: Path, data: bytes, reason: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(BODY, encoding="utf-8")
    articles, warnings = read_inputs([bad, good], SETTINGS)
    assert [a.id for a in articles] == ["good"]
    assert len(warnings) == 1
    assert warnings[0].skipped and warnings[0].stage == "ingest"
    assert warnings[0].path == str(bad) and warnings[0].reason.startswith(reason)


def test_truncated_utf8_is_read_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cut.txt"
    path.write_bytes((BODY + " Café").encode("utf-8")[:-1])
    articles, warnings = read_one(path)
    assert articles[0].text == BODY + " Caf"
    assert len(warnings) == 1 and not warnings[0].skipped
    assert warnings[0].reason.startswith("truncated")


def test_oversized_file_skipped(tmp_path: Path) -> None:
    settings = Settings(max_article_bytes=1_000)
    path = tmp_path / "huge.txt"
    path.write_text("word " * 300, encoding="utf-8")
    articles, warnings = read_inputs([path], settings)
    assert articles == []
    assert warnings[0].reason.startswith("oversized")
