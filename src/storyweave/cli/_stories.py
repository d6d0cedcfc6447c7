"""``storyweave stories`` (group a stream into stories), ``eval stories``, ``eval duplicates``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ._common import (
    DataOpt,
    InputsArg,
    JsonOpt,
    check_range,
    exit_code_for,
    report_warnings,
    run_guarded,
    stderr,
    stdout,
    storyweave_errors,
)

BATCH = 256  # articles embedded and committed together


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the story commands to the CLI."""
    app.command("stories")(stories_command)
    eval_app.command("stories")(eval_stories_command)
    eval_app.command("duplicates")(eval_duplicates_command)


def stories_command(
    inputs: InputsArg,
    out: Annotated[
        Path | None, typer.Option(help="Write one folder per story and index.json here.")
    ] = None,
    state: Annotated[
        Path | None, typer.Option(help="Continue from (and save to) the state in this folder.")
    ] = None,
    output_format: Annotated[
        str | None,
        typer.Option("--format", help="'folders' (needs --out) or 'jsonl' (one line per article)."),
    ] = None,
    window_days: Annotated[
        int | None, typer.Option(help="Days a story stays open after its latest article.")
    ] = None,
) -> None:
    """Group articles into stories, continuing from --state when given."""
    from .._config import Settings
    from .._errors import ConfigError, InputError
    from ..cluster import Assignment, Stories, StoriesConfig
    from ..cluster._output import write_stories
    from ..ingest import read_inputs

    run_guarded(lambda: check_range("--window-days", window_days, 0))
    if state is not None and state.exists() and not state.is_dir():
        message = escape(f"--state {state} is a file; name a folder")
        stderr.print(f"[bold red]error:[/] {message}", highlight=False)
        raise typer.Exit(ConfigError.exit_code)
    chosen = output_format or ("folders" if out else "jsonl")
    if chosen not in ("folders", "jsonl") or (chosen == "folders" and out is None):
        stderr.print("[bold red]error:[/] --format is 'jsonl', or 'folders' with --out DIR")
        raise typer.Exit(ConfigError.exit_code)
    settings = Settings.model_validate({"max_articles": 10_000_000})
    articles, warnings = run_guarded(lambda: read_inputs(inputs, settings))
    if not articles and state is None:  # with a state, an empty batch is nothing new
        from .._engine import nothing_readable  # only now: it loads spaCy

        with storyweave_errors():
            raise InputError(nothing_readable(inputs, warnings))
    config = None if window_days is None else StoriesConfig(window_days=window_days)
    stories = run_guarded(
        lambda: Stories.open(state, config=config) if state else Stories(config or StoriesConfig())
    )
    assigned: list[Assignment] = []
    for begin in range(0, len(articles), BATCH):
        done = run_guarded(lambda b=begin: stories.add_many(articles[b : b + BATCH]))  # type: ignore[misc]
        assigned.extend(a for a in done if a is not None)
    if chosen == "jsonl":
        for a in assigned:
            line = {"id": a.article, "story": a.story, "duplicate_of": a.duplicate_of}
            typer.echo(json.dumps(line, ensure_ascii=False))
    if out is not None:
        written = run_guarded(lambda: write_stories(stories, out, [a.story for a in assigned]))
        note = f"{len(assigned)} article(s) in {written} story folder(s) under {out}"
        stderr.print(note, markup=False, highlight=False)
    stories.close()
    warnings = list(warnings) + stories.warnings
    report_warnings(warnings)
    raise typer.Exit(exit_code_for(warnings))


def eval_stories_command(
    dataset: Annotated[
        Path | None, typer.Argument(help="Folder with articles.jsonl and gold.jsonl.")
    ] = None,
    data: DataOpt = None,
    json_path: JsonOpt = None,
) -> None:
    """B-cubed, pairwise F1 and ARI of story clustering, with two baselines (ecbplus-dev)."""
    from ..evaluate._stories_data import default_data_dir
    from ..evaluate.stories import evaluate_stories

    folder = dataset or (data or default_data_dir()) / "ecbplus-dev"
    report = run_guarded(lambda: evaluate_stories(folder))
    table = Table(title=f"story clustering on {folder.name} ({report['articles']} articles)")
    for column in ("system", "B3 P", "B3 R", "B3 F1", "pairwise F1", "ARI", "clusters"):
        table.add_column(column)
    shown = {
        "stories": "stories (mean of seeds)",
        "stories_worst_seed": "stories (worst seed)",
        "stories_topic_level": "stories vs topics",
        "tfidf_average_link_best": "TF-IDF avg-link (best)",
        "hdbscan_minilm": "HDBSCAN MiniLM",
    }
    for name, title in shown.items():
        row = report[name]
        assert isinstance(row, dict)
        scores = ("bcubed_p", "bcubed_r", "bcubed_f1", "pairwise_f1", "ari")
        table.add_row(title, *(f"{row[k]:.3f}" for k in scores), f"{row['clusters']:.0f}")
    stdout.print(table)
    interval = report["stories_bcubed_f1_ci95"]
    assert isinstance(interval, list)
    stdout.print(
        f"stories B3 F1, 95 % interval over resampled topics: {interval[0]:.3f}-{interval[1]:.3f}",
        highlight=False,
    )
    _write_json(json_path, report)


def eval_duplicates_command(
    data: DataOpt = None,
    json_path: JsonOpt = None,
) -> None:
    """Precision and recall of near-duplicate detection on seeded, generated copies."""
    from ..evaluate._stories_data import default_data_dir
    from ..evaluate.duplicates import evaluate_duplicates

    report = run_guarded(lambda: evaluate_duplicates(data or default_data_dir()))
    table = Table(
        title=f"near-duplicates: {report['copies']} copies among {report['articles']} articles"
    )
    for column in ("threshold", "precision", "recall", "F1", "copies linked"):
        table.add_column(column)
    for row in report["thresholds"]:  # type: ignore[attr-defined]
        table.add_row(
            *(f"{row[k]:.3f}" for k in ("threshold", "precision", "recall", "f1", "copies_found"))
        )
    stdout.print(table)
    edits = report["recall_by_edit"]
    stdout.print("recall by edit at 0.8: " + ", ".join(f"{k} {v:.3f}" for k, v in edits.items()))  # type: ignore[attr-defined]
    _write_json(json_path, report)


def _write_json(path: Path | None, report: dict[str, object]) -> None:
    if path is not None:
        path.write_text(json.dumps(report, indent=2, default=str) + "\n", encoding="utf-8")
        stderr.print(f"results written to {path}")
