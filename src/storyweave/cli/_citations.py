"""``storyweave eval citations``: do summary sentences cite the articles that report them?"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from ._common import DataOpt, JsonOpt, run_guarded, score, stderr, stdout


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the citation evaluation to the CLI."""
    eval_app.command("citations")(eval_citations_command)


def eval_citations_command(
    labels: Annotated[
        Path | None,
        typer.Option(help="Folder of label files (default: evaluation/labels in the repository)."),
    ] = None,
    data: DataOpt = None,
    json_path: JsonOpt = None,
) -> None:
    """Precision and recall of the articles `storyweave summarize` cites, on the fact labels."""
    from ..evaluate._paths import default_data_dir
    from ..evaluate.citations import evaluate_citations, write_json
    from ..evaluate.compare import DEFAULT_LABELS

    rows, skipped = run_guarded(
        lambda: evaluate_citations(labels or DEFAULT_LABELS, data or default_data_dir())
    )
    for line in skipped:
        stderr.print(f"[yellow]skipped:[/] {line}", highlight=False)
    stdout.print(_table(rows))
    if json_path is not None:
        write_json(rows, json_path)
        stderr.print(f"wrote {json_path}", highlight=False)


def _table(rows: list[dict[str, Any]]) -> Table:
    placed = f"{rows[0]['sentences']} of {rows[0]['labelled']}" if rows else "no"
    table = Table(
        title=f"Cited articles against the fact labels ({placed} labelled sentences placed)",
        caption="* the finder `storyweave summarize` uses by default (--no-embed: shared words)",
    )
    for column in ("finder", "P", "R", "F1", "sentences cited"):
        table.add_column(column, justify="left" if column == "finder" else "right")
    for row in rows:
        table.add_row(
            row["finder"] + (" *" if row["default"] else ""),
            *(score(row[m]) for m in ("precision", "recall", "f1")),
            f"{row['cited_per_sentence']:.1f}",
        )
    return table
