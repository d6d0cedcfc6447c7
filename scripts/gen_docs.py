"""Regenerate the docs that are copied from the code: CLI help and the JSON schema.

python scripts/gen_docs.py          # rewrite docs/cli.md and docs/schema/
python scripts/gen_docs.py --check  # exit 1 if they are stale (used by the tests)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import typer
from typer.testing import CliRunner

from storyweave.cli import app
from storyweave.render.json import brief_schema_version, schema_json

ROOT = Path(__file__).resolve().parents[1]
CLI_DOC = ROOT / "docs" / "cli.md"
SCHEMA_DOC = ROOT / "docs" / "schema" / "brief.schema.json"


def command_paths(group: typer.Typer, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command of the CLI as a tuple of words, groups first."""
    paths: list[tuple[str, ...]] = []
    for command in group.registered_commands:
        name = command.name or (command.callback.__name__ if command.callback else "")
        paths.append((*prefix, name.replace("_", "-")))
    for sub in group.registered_groups:
        if sub.typer_instance is not None and sub.name:
            paths.append((*prefix, sub.name))
            paths += command_paths(sub.typer_instance, (*prefix, sub.name))
    return paths


def help_text(words: tuple[str, ...]) -> str:
    result = CliRunner().invoke(app, [*words, "--help"], env={"COLUMNS": "100", "TERM": "dumb"})
    return result.output.rstrip()


def cli_markdown() -> str:
    parts = [
        "# Command line",
        "",
        "Generated from the real `--help` by `scripts/gen_docs.py`; do not edit by hand.",
        "",
        "```",
        help_text(()),
        "```",
    ]
    for words in command_paths(app):
        parts += ["", f"## storyweave {' '.join(words)}", "", "```", help_text(words), "```"]
    return "\n".join(parts) + "\n"


def expected() -> dict[Path, str]:
    return {CLI_DOC: cli_markdown(), SCHEMA_DOC: schema_json()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    stale = [p for p, text in expected().items() if not p.is_file() or p.read_text() != text]
    if args.check:
        for p in stale:
            print(f"stale: {p.relative_to(ROOT)} (run python scripts/gen_docs.py)", file=sys.stderr)
        return 1 if stale else 0
    for p, text in expected().items():
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        print(f"wrote {p.relative_to(ROOT)} (schema {brief_schema_version()})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
