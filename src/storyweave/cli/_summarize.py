"""``storyweave summarize`` (one summary per cluster folder), ``eval summaries`` and
``eval openers``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.table import Table

from .._config import Settings
from .._errors import ConfigError, InputError
from .._model import ArticleWarning, Summary
from ._common import (
    DEFAULT_WORDS,
    ClustersOpt,
    DataOpt,
    DatasetArg,
    DatasetWordsOpt,
    JsonOpt,
    check_range,
    exit_code_for,
    printable,
    report_warnings,
    run_guarded,
    stderr,
    stdout,
)

FORMATS = ("text", "jsonl")


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the summarize commands to the CLI."""
    app.command("summarize")(summarize_command)
    eval_app.command("summaries")(eval_summaries_command)
    eval_app.command("openers")(eval_openers_command)


def summarize_command(
    clusters: Annotated[
        list[Path],
        typer.Argument(
            help="Cluster folders (with articles.jsonl, or article files), files, or '-' "
            "for standard input.",
            show_default=False,
        ),
    ],
    words: Annotated[
        int, typer.Option("--words", "-w", help="Word budget of each summary.")
    ] = DEFAULT_WORDS,
    output_format: Annotated[
        str, typer.Option("--format", "-f", help="'text', or 'jsonl' (one line per cluster).")
    ] = "text",
    embed: Annotated[
        bool,
        typer.Option(help="Find citations by sentence embeddings (else by shared words)."),
    ] = True,
) -> None:
    """Print an extractive summary of each cluster, every sentence with its citations."""
    from ..embed import get_embedder
    from ..summarize import prepare_articles, read_cluster, summarize_articles

    if output_format not in FORMATS:
        stderr.print(f"[bold red]error:[/] --format is one of {', '.join(FORMATS)}")
        raise typer.Exit(ConfigError.exit_code)
    if not 1 <= words <= 2000:
        stderr.print("[bold red]error:[/] --words must be between 1 and 2000")
        raise typer.Exit(ConfigError.exit_code)
    settings = Settings.model_validate({})
    embedder = run_guarded(get_embedder) if embed else None
    warnings: list[ArticleWarning] = []
    for folder in clusters:
        try:
            read, read_warnings = read_cluster(folder, settings)
        except InputError as exc:
            warnings.append(ArticleWarning(stage="read", reason=str(exc), path=str(folder)))
            continue
        articles, prepare_warnings = prepare_articles(read, settings)
        warnings += read_warnings + prepare_warnings
        summary = run_guarded(
            lambda a=articles: summarize_articles(  # type: ignore[misc]
                a,
                words,
                duplicate_threshold=settings.duplicate_threshold,
                embedder=embedder,
                threshold=settings.fact_threshold,
            )
        )
        if not summary.sentences:  # a warning, so an empty cluster changes the exit code too
            reason = (
                "no English sentence fit to summarize "
                "(no text, only page furniture, or another language)"
            )
            warnings.append(ArticleWarning(stage="summarize", reason=reason, path=str(folder)))
        name = printable(folder.name) if str(folder) != "-" else "stdin"
        _print_summary(name, summary, output_format)
    report_warnings(warnings)
    raise typer.Exit(exit_code_for(warnings))


def _print_summary(name: str, summary: Summary, output_format: str) -> None:
    """Write one cluster's summary to stdout; article text is never read as markup."""
    if output_format == "jsonl":
        line = {
            "cluster": name,
            "summary": summary.text,
            "sentences": [
                {
                    "text": s.text,
                    "citations": [c.model_dump() for c in s.citations],
                }
                for s in summary.sentences
            ],
        }
        typer.echo(json.dumps(line, ensure_ascii=False))
        return
    typer.echo(f"== {name} ==")
    for s in summary.sentences:
        typer.echo(f"{s.text} [{', '.join(c.sentence for c in s.citations)}]")
    typer.echo("")


def eval_summaries_command(
    dataset: DatasetArg,
    words: DatasetWordsOpt = None,
    limit: ClustersOpt = None,
    data: DataOpt = None,
    json_path: JsonOpt = None,
) -> None:
    """ROUGE and readability of storyweave's summaries beside lead, LexRank, TextRank and an oracle.

    The readability table counts, in every system's summaries, sentences opening
    on a pronoun or connective without the sentence before them, quotations
    left open, summaries repeating a fact, and summaries opening on a lead.
    """
    from ..evaluate.summaries import evaluate_summaries

    folder = _dataset_folder(dataset, words, limit, data)
    table = run_guarded(lambda: evaluate_summaries(folder, words, limit, progress=_progress))
    stdout.print(_rouge_table(table))
    if table.get("versus_lexrank"):
        stdout.print(_ratio_table(table))
    stdout.print(_readability_table(table))
    _write_json(json_path, table)


def eval_openers_command(
    dataset: DatasetArg,
    words: DatasetWordsOpt = None,
    limit: ClustersOpt = None,
    data: DataOpt = None,
    json_path: JsonOpt = None,
) -> None:
    """How the summary opens: the brief's, storyweave summarize's and the lead's first sentence.

    Shares of openers that are their article's first sentence or one of its
    first three, that two or more articles report, and ROUGE F1 against the
    references' first sentences. The JSON holds every opener.
    """
    from ..evaluate.openers import evaluate_openers

    folder = _dataset_folder(dataset, words, limit, data)
    table = run_guarded(lambda: evaluate_openers(folder, words, limit, progress=_progress))
    systems = table["systems"]
    assert isinstance(systems, dict)
    out = Table(
        title=f"{folder.name}, {table['clusters']} clusters: the summary's first sentence",
        box=box.SIMPLE,
    )
    out.add_column("system")
    columns = ("first_sentence", "first_three", "cited_by_2", "rouge1_f1", "rouge2_f1")
    for column in ("1st of article %", "in first 3 %", "cited by 2+ %", "R1 f", "R2 f"):
        out.add_column(column, justify="right")
    for name, row in systems.items():
        out.add_row(name, *(f"{100 * row[c]:.1f}" if row else "-" for c in columns))
    stdout.print(out)
    stdout.print(
        "R1 f, R2 f: ROUGE F1 against the first sentence of each reference summary.",
        highlight=False,
    )
    _write_json(json_path, table)


def _dataset_folder(dataset: str, words: int | None, limit: int | None, data: Path | None) -> Path:
    """The dataset folder an ``eval`` command scores, its options checked first."""
    from ..evaluate.summaries import resolve_dataset

    run_guarded(lambda: check_range("--words", words, 1, 2000))
    run_guarded(lambda: check_range("--limit", limit, 1))
    return run_guarded(lambda: resolve_dataset(dataset, data))


def _write_json(path: Path | None, table: dict[str, object]) -> None:
    if path is not None:
        path.write_text(json.dumps(table, indent=2), encoding="utf-8")
        stderr.print(f"wrote {path}", highlight=False)


def _progress(done: int, total: int) -> None:
    """One updating line on a terminal; a line per tenth of the work in a log."""
    if stderr.is_terminal:
        sys.stderr.write(f"\r{done}/{total} clusters" + ("\n" if done == total else ""))
        sys.stderr.flush()
    elif done == total or done % max(1, total // 10) == 0:
        stderr.print(f"{done}/{total} clusters", highlight=False)


def _rouge_table(table: dict[str, object]) -> Table:
    systems = table["systems"]
    assert isinstance(systems, dict)
    out = Table(
        title=f"{table['dataset']}, {table['clusters']} clusters, {table['words']} words: "
        "ROUGE recall at N words (r), F1 (f)",
        box=box.SIMPLE,
        padding=(0, 1),
    )
    columns = [f"{m}_{kind}" for kind in ("recall", "f1") for m in ("rouge1", "rouge2", "rougeL")]
    out.add_column("system", no_wrap=True)
    for column in columns:
        out.add_column(_heading(column), justify="right")
    out.add_column("words", justify="right")
    out.add_column("sec", justify="right")
    for name, scores in systems.items():
        out.add_row(
            name,
            *(f"{100 * scores[c]:.2f}" for c in columns),
            f"{scores['words']:.0f}",
            f"{scores['seconds']:.1f}",
        )
    versus = table.get("versus_lexrank")
    if isinstance(versus, dict) and versus:
        out.add_row("÷ lexrank", *(f"{versus[c]['ratio']:.3f}" for c in columns), "", "")
    return out


def _heading(column: str) -> str:
    """``rouge1_recall`` -> ``R1 r``."""
    return column.replace("rouge", "R").replace("_recall", " r").replace("_f1", " f")


def _ratio_table(table: dict[str, object]) -> Table:
    """storyweave ÷ LexRank with its paired bootstrap interval over the clusters."""
    out = Table(
        title="÷ lexrank: paired bootstrap 95 % interval",
        box=box.SIMPLE,
        padding=(0, 1),
    )
    for heading in ("column", "ratio", "low", "high"):
        out.add_column(heading, justify="left" if heading == "column" else "right")
    versus = table.get("versus_lexrank")
    for column, row in (versus if isinstance(versus, dict) else {}).items():
        low, high = row["ci95"]
        out.add_row(_heading(column), f"{row['ratio']:.3f}", f"{low:.3f}", f"{high:.3f}")
    return out


# (JSON key, column heading): shares of summary sentences, then of summaries, then of words.
READABILITY_COLUMNS = (
    ("dangling", "dangling"),
    ("broken_quotes", "broken q"),
    ("near_repeat_summaries", "repeat"),
    ("lead_opener", "lead 1st"),
    ("unlocated_words", "unfound"),
)


def _readability_table(table: dict[str, object]) -> Table:
    """Readability in percent, narrow enough for an 80-column terminal."""
    systems = table["systems"]
    assert isinstance(systems, dict)
    out = Table(
        title=f"{table['dataset']}: readability, %",
        caption="% of summary sentences: dangling opening, broken quotes (not closed by the "
        "sentences shown with them; the JSON's unbalanced_quotes counts each sentence's own "
        "marks); % of summaries: "
        "a near-repeated pair, opening on one of its article's first 3 sentences; "
        "% of words: not found in the articles. sents: sentences per summary.",
        box=box.SIMPLE,
        padding=(0, 1),
    )
    out.add_column("system", no_wrap=True)
    out.add_column("sents", justify="right", no_wrap=True)
    for _, heading in READABILITY_COLUMNS:
        out.add_column(heading, justify="right", no_wrap=True)
    for name, scores in systems.items():
        out.add_row(
            name,
            f"{scores['summary_sentences']:.1f}",
            *(f"{100 * scores[key]:.1f}" for key, _ in READABILITY_COLUMNS),
        )
    return out
