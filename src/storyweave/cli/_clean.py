"""``storyweave clean`` (show what cleaning removes) and ``storyweave eval cleaning``."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..evaluate.cleaning import ExtractionScore
from ._common import (
    DataOpt,
    InputsArg,
    JsonOpt,
    exit_code_for,
    report_warnings,
    run_guarded,
    stderr,
    stdout,
    storyweave_errors,
)


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the cleaning commands to the CLI."""
    app.command("clean")(clean_command)
    eval_app.command("cleaning")(eval_cleaning_command)


def clean_command(
    inputs: InputsArg,
    text: Annotated[bool, typer.Option("--text", help="Print the cleaned text too.")] = False,
) -> None:
    """Read articles and show the furniture cleaning removes, and the metadata it finds."""
    from .._config import Settings
    from .._errors import InputError
    from ..clean import clean_article, detect_language
    from ..ingest import read_inputs

    with storyweave_errors():
        articles, warnings = read_inputs(inputs, Settings.model_validate({}))
        if not articles:
            from .._engine import nothing_readable  # only now: it loads spaCy

            raise InputError(nothing_readable(inputs, warnings))
    for article in articles:
        cleaned = clean_article(article)
        meta = ", ".join(f"{k}={v!r}" for k, v in cleaned.metadata.items())
        language = detect_language(cleaned.text)
        stdout.print(
            f"[bold]{escape(article.id)}[/] title={escape(repr(article.title))} language={language}"
            f" {escape(meta)}",
            highlight=False,
        )
        for removal in cleaned.removals:
            stdout.print(
                f"  - [dim]{removal.reason}:[/] {escape(removal.text[:100])}", highlight=False
            )
        if text:
            stdout.print(escape(cleaned.text), highlight=False)
    report_warnings(warnings)
    raise typer.Exit(exit_code_for(warnings))


def eval_cleaning_command(
    data: DataOpt = None,
    sample: Annotated[
        int, typer.Option(help="Removed paragraphs to draw for hand-checking.")
    ] = 100,
    seed: Annotated[int, typer.Option(help="Seed of the random sample.")] = 13,
    json_path: JsonOpt = None,
    extraction: Annotated[
        bool, typer.Option(help="Also score HTML extraction on the extraction benchmark.")
    ] = True,
    show_sample: Annotated[
        bool, typer.Option("--show-sample", help="Print the sampled paragraphs.")
    ] = False,
) -> None:
    """Count the paragraphs cleaning removes, by reason, on the example and Multi-News."""
    from ..evaluate._paths import default_data_dir
    from ..evaluate.cleaning import MULTINEWS, evaluate_cleaning, write_json

    data_dir = data or default_data_dir()
    if not (data_dir / MULTINEWS).is_dir():
        stderr.print(f"[yellow]{data_dir / MULTINEWS} not found: evaluating the example only[/]")
    report = run_guarded(lambda: evaluate_cleaning(data_dir, sample, seed, extraction))
    rows = [d.row() for d in report.datasets]
    stdout.print(_counts_table(rows))
    stdout.print(_reasons_table(rows))
    if report.extraction:
        stdout.print(_extraction_table(report.extraction))
    if show_sample:
        for p in report.example_removed + report.sample:
            kind = "whole" if p.whole else "part"
            where = escape(
                f"{p.dataset} {p.article} ¶{p.paragraph} [{', '.join(p.reasons)}; {kind}]"
            )
            stdout.print(f"{where} {escape(repr(p.text))}", highlight=False)
    if json_path is not None:
        write_json(report, json_path)
        stderr.print(f"wrote {json_path}")


def _counts_table(rows: list[dict[str, object]]) -> Table:
    table = Table(title="Cleaning: paragraphs removed")
    for column in ("dataset", "articles", "paragraphs", "removed", "partly", "removed %"):
        table.add_column(column, justify="left" if column == "dataset" else "right")
    for row in rows:
        share = 100 * float(str(row["removed_share"]))
        cells = [str(row[k]) for k in ("dataset", "articles", "paragraphs", "removed", "partly")]
        table.add_row(*cells, f"{share:.1f}")
    return table


def _reasons_table(rows: list[dict[str, object]]) -> Table:
    """Removal records per reason (a paragraph may hold several)."""
    table = Table(title="Removals by reason")
    table.add_column("reason")
    by_dataset = [(str(row["dataset"]), row["by_reason"]) for row in rows]
    reasons: dict[str, None] = {}
    for name, counts in by_dataset:
        table.add_column(name, justify="right")
        assert isinstance(counts, dict)
        reasons.update(dict.fromkeys(counts))
    for reason in reasons:
        values = [str(counts.get(reason, 0)) for _, counts in by_dataset]  # type: ignore[attr-defined]
        table.add_row(reason, *values)
    return table


def _extraction_table(scores: list[ExtractionScore]) -> Table:
    table = Table(title="HTML extraction (extraction benchmark, 4-token shingles)")
    for column in ("system", "pages", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "system" else "right")
    for score in scores:
        table.add_row(
            score.system,
            str(score.pages),
            f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.f1:.3f}",
        )
    return table
