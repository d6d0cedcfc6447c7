"""``storyweave eval compare``: score fact grouping, conflicts and entities against labels."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from ._common import DataOpt, JsonOpt, check_range, run_guarded, score, stderr, stdout


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the comparison commands to the CLI."""
    eval_app.command("compare")(eval_compare_command)


def eval_compare_command(
    labels: Annotated[
        Path | None,
        typer.Option(help="Folder of label files (default: evaluation/labels in the repository)."),
    ] = None,
    data: DataOpt = None,
    threshold: Annotated[
        float | None,
        typer.Option(help="Embedding cosine floor for grouping facts (default: the tuned one)."),
    ] = None,
    json_path: JsonOpt = None,
) -> None:
    """Precision and recall of facts, conflicts and entities on hand-labelled clusters."""
    from ..evaluate._paths import default_data_dir
    from ..evaluate.compare import (
        DEFAULT_LABELS,
        DEFAULT_THRESHOLD,
        evaluate_compare,
        summary_rows,
        write_json,
    )

    run_guarded(lambda: check_range("--threshold", threshold, 0, 1, open_low=True))
    cosine = DEFAULT_THRESHOLD if threshold is None else threshold
    scores, skipped = run_guarded(
        lambda: evaluate_compare(labels or DEFAULT_LABELS, data or default_data_dir(), cosine)
    )
    for line in skipped:
        stderr.print(f"[yellow]skipped:[/] {line}", highlight=False)
    rows = summary_rows(scores)
    stdout.print(_table(rows, cosine))
    for row in rows[:-1]:
        for conflict in row["listed_conflicts"]:
            stdout.print(f"  {row['cluster']}: {conflict}", highlight=False, markup=False)
    if json_path is not None:
        write_json(rows, json_path, cosine)
        stderr.print(f"wrote {json_path}")


TASKS = {
    "facts_pairwise": "facts (pairwise)",
    "facts_bcubed": "facts (B-cubed)",
    "conflicts": "conflicts",
    "entities": "entities (pairwise)",
}


def _table(rows: list[dict[str, Any]], threshold: float) -> Table:
    """One line per cluster and task, so the table fits a normal terminal."""
    table = Table(title=f"Comparison against hand labels (fact threshold {threshold:.2f})")
    for column in ("cluster", "sentences", "task", "P", "R", "F1"):
        table.add_column(column, justify="left" if column in ("cluster", "task") else "right")
    for row in rows:
        for key, task in TASKS.items():
            scores = row[key]
            first = key == "facts_pairwise"
            table.add_row(
                row["cluster"] if first else "",
                str(row["sentences"]) if first else "",
                task,
                *(score(scores[m]) for m in ("precision", "recall", "f1")),
                end_section=key == "entities",
            )
    return table
