"""The `storyweave brief` command, run as a user runs it: a real process, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from storyweave import Brief

CLI = str(Path(sys.executable).parent / "storyweave")


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([CLI, *args], input=stdin, capture_output=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory, example_dir: Path) -> Path:
    out = tmp_path_factory.mktemp("brief")
    done = run(
        "brief",
        str(example_dir),
        "-o",
        str(out / "brief.html"),
        "-o",
        str(out / "brief.md"),
        "-o",
        str(out / "brief.json"),
    )
    assert done.returncode == 0, done.stderr.decode()
    assert b"What happened" in done.stdout or b"\xe2\x80\xa2" in done.stdout  # terminal view
    return out


def test_writes_html_markdown_and_json(outputs: Path) -> None:
    brief = Brief.model_validate_json((outputs / "brief.json").read_text(encoding="utf-8"))
    assert len(brief.articles) == 5
    html = (outputs / "brief.html").read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and "<script" not in html
    assert "## What happened" in (outputs / "brief.md").read_text(encoding="utf-8")


def test_reads_json_lines_from_standard_input(example_dir: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": p.stem,
                "source": f"outlet-{i}",
                "url": None,
                "published": "2019-05-02",
                "title": None,
                "text": p.read_text(encoding="utf-8"),
            }
        )
        for i, p in enumerate(sorted(example_dir.glob("*.txt")))
    ]
    done = run("brief", "-", "--format", "json", stdin="\n".join(lines).encode())
    assert done.returncode == 0, done.stderr.decode()
    brief = Brief.model_validate_json(done.stdout)
    assert {a.outlet for a in brief.articles} == {f"outlet-{i}" for i in range(5)}


def test_bad_file_is_skipped_and_the_exit_code_says_so(tmp_path: Path, example_dir: Path) -> None:
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02garbage\xff\xfe" * 50)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "spanish.txt").write_text(
        "El líder de la oposición convocó el martes a los militares a levantarse contra el "
        "gobierno, pero las fuerzas armadas no lo siguieron y el presidente sigue en el poder "
        "mientras sus partidarios se reunían en la plaza frente al palacio.",
        encoding="utf-8",
    )
    good = sorted(example_dir.glob("*.txt"))[0]
    (tmp_path / good.name).write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    done = run("brief", str(tmp_path), "-f", "json")
    assert done.returncode == 10, done.stderr.decode()
    assert b"broken.txt" in done.stderr and b"empty.txt" in done.stderr
    assert b"spanish.txt" in done.stderr and b"'es'" in done.stderr
    assert len(Brief.model_validate_json(done.stdout).articles) == 1


def test_no_articles_is_a_clear_error(tmp_path: Path) -> None:
    done = run("brief", str(tmp_path))
    assert done.returncode == 4
    assert b"Traceback" not in done.stderr
    assert b"error" in done.stderr


def test_unknown_format_is_a_clear_error(example_dir: Path) -> None:
    done = run("brief", str(example_dir), "-o", "brief.pdf")
    assert done.returncode == 2
    assert b"brief.pdf" in done.stderr
