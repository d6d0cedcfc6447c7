"""``storyweave quotes``, ``storyweave timeline``, ``eval quotes`` and ``eval timex``."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from .._model import AnalysedArticle, Fact
from ._common import (
    ClustersOpt,
    DataOpt,
    InputsArg,
    JsonOpt,
    check_range,
    exit_code_for,
    report_warnings,
    run_guarded,
    stderr,
    stdout,
    writable,
    write_text,
)


class QuotesFormat(StrEnum):
    table = "table"
    jsonl = "jsonl"


class TimelineFormat(StrEnum):
    table = "table"
    json = "json"


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add the attribution and timeline commands to the CLI."""
    app.command("quotes")(quotes_command)
    app.command("timeline")(timeline_command)
    eval_app.command("quotes")(eval_quotes_command)
    eval_app.command("voice")(eval_voice_command)
    eval_app.command("timex")(eval_timex_command)
    eval_app.command("pubdates")(eval_pubdates_command)


def quotes_command(
    inputs: InputsArg,
    output_format: Annotated[
        QuotesFormat, typer.Option("--format", help="table or jsonl.")
    ] = QuotesFormat.table,
) -> None:
    """List every attribution (who said what) in the articles."""
    from ._quotes_run import analyse_inputs, quote_record, resolve_speakers

    analysed, warnings = run_guarded(lambda: analyse_inputs(inputs))
    entities = run_guarded(lambda: resolve_speakers(analysed))
    if output_format is QuotesFormat.jsonl:
        lines = [
            json.dumps(quote_record(q, entities.get(q.id)), ensure_ascii=False)
            for a in analysed
            for q in a.quotes
        ]
        write_text(None, "\n".join(lines))
    else:
        table = Table(title="Attributions")
        for column in ("article", "speaker", "cue", "direct", "content"):
            table.add_column(column)
        for article in analysed:
            for q in article.quotes:
                speaker = entities[q.id].name if q.id in entities else q.speaker or "unknown"
                table.add_row(
                    escape(article.article.id), escape(speaker),
                    escape(q.cue.text if q.cue else "-"), "yes" if q.direct else "no",
                    escape(q.content.text[:160]),
                )  # fmt: skip
        stdout.print(table)
    report_warnings(warnings)
    raise typer.Exit(exit_code_for(warnings))


def timeline_command(
    inputs: InputsArg,
    output_format: Annotated[
        TimelineFormat, typer.Option("--format", help="table or json.")
    ] = TimelineFormat.table,
) -> None:
    """Print the story's timeline: dated events merged across outlets."""
    from ..timeline import build_timeline
    from ._quotes_run import analyse_inputs

    analysed, warnings = run_guarded(lambda: analyse_inputs(inputs))
    events = build_timeline(analysed, run_guarded(lambda: _facts(analysed)))
    if output_format is TimelineFormat.json:
        write_text(
            None,
            json.dumps([e.model_dump(mode="json") for e in events], indent=2, ensure_ascii=False),
        )
    else:
        table = Table(title="Timeline")
        for column in ("date", "event", "outlets"):
            table.add_column(column)
        for event in events:
            date = event.date + (" ?" if event.uncertain else "")
            table.add_row(escape(date), escape(event.text[:200]), escape(", ".join(event.outlets)))
        stdout.print(table)
    report_warnings(warnings)
    raise typer.Exit(exit_code_for(warnings))


SplitOpt = Annotated[str, typer.Option(help="PolNeAR split: dev or train.")]
LimitOpt = Annotated[int | None, typer.Option(help="Score only the first N articles.")]


def _polnear_data(data: Path | None, split: str, limit: int | None) -> Path:
    """The data folder for a PolNeAR evaluation, once its split and limit are checked."""
    from ..evaluate._paths import default_data_dir

    if split not in ("dev", "train"):
        raise typer.BadParameter("split must be dev or train")
    run_guarded(lambda: check_range("--limit", limit, 1))
    return data or default_data_dir()


def eval_quotes_command(
    data: DataOpt = None, split: SplitOpt = "dev", limit: LimitOpt = None, json_path: JsonOpt = None
) -> None:
    """Score attribution extraction on PolNeAR against the textacy baseline."""
    from ..evaluate.quotes import evaluate_quotes
    from ..nlp._spacy import load_spacy

    data_dir = _polnear_data(data, split, limit)
    scores = run_guarded(lambda: evaluate_quotes(data_dir, load_spacy(), split, limit))
    tables = {name: s.table() for name, s in scores.items()}
    table = Table(title=f"Attributions on PolNeAR {split} (P / R / F1)")
    table.add_column("measure")
    for name in tables:
        table.add_column(name, justify="right")
    for role in ("content", "direct_content", "source", "cue"):
        for match in ("exact", "80%", "30%"):
            cells = [
                " / ".join(f"{t[f'{role}_{match}_{m}']:.3f}" for m in ("p", "r", "f1"))
                for t in tables.values()
            ]
            table.add_row(f"{role} @ {match}", *cells)
    table.add_row("speaker accuracy", *[f"{t['speaker_accuracy']:.3f}" for t in tables.values()])
    table.add_row(
        "gold / predicted",
        *[
            f"{t['gold_attributions']:.0f} / {t['predicted_attributions']:.0f}"
            for t in tables.values()
        ],
    )
    stdout.print(table)
    if json_path is not None:
        json_path.write_text(
            json.dumps({"split": split, "systems": tables}, indent=2), encoding="utf-8"
        )
        stderr.print(f"wrote {json_path}")


def eval_voice_command(
    data: DataOpt = None, split: SplitOpt = "dev", limit: LimitOpt = None, json_path: JsonOpt = None
) -> None:
    """Score which words framing counts as the outlet's own, word by word on PolNeAR."""
    from ..evaluate.voice import evaluate_voice
    from ..nlp._spacy import load_spacy

    data_dir = _polnear_data(data, split, limit)
    rows = run_guarded(lambda: evaluate_voice(data_dir, load_spacy(), split, limit))
    table = Table(title=f"Words left out of the outlet's voice, on PolNeAR {split}")
    for column in ("rule", "precision", "recall", "F1", "words left out / attributed"):
        table.add_column(column, justify="left" if column == "rule" else "right")
    for name, row in rows.items():
        table.add_row(
            name, *(f"{row[m]:.3f}" for m in ("precision", "recall", "f1")),
            f"{row['predicted_words']:.0f} / {row['gold_words']:.0f}",
        )  # fmt: skip
    stdout.print(table)
    if json_path is not None:
        text = json.dumps({"split": split, "rules": rows}, indent=2)
        run_guarded(lambda: write_text(str(json_path), text))
        stderr.print(f"wrote {json_path}")


def eval_timex_command(
    data: DataOpt = None,
    predictions: Annotated[
        Path | None,
        typer.Option(help="Write every predicted TIMEX3 here (JSON Lines).", callback=writable),
    ] = None,
    limit: Annotated[int | None, typer.Option(help="Score only the first N documents.")] = None,
    json_path: JsonOpt = None,
) -> None:
    """Score TIMEX3 recognition and normalisation on TimeBank + AQUAINT (TempEval-3 style)."""
    from ..evaluate._paths import default_data_dir
    from ..evaluate.timex import evaluate_timex

    run_guarded(lambda: check_range("--limit", limit, 1))
    data_dir = data or default_data_dir()
    row = run_guarded(lambda: evaluate_timex(data_dir, predictions, limit)).table()
    table = Table(title="TIMEX3 on TimeBank + AQUAINT")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for key, value in row.items():
        table.add_row(key, f"{value:.0f}" if key in ("gold", "predicted") else f"{value:.3f}")
    stdout.print(table)
    if json_path is not None:
        json_path.write_text(json.dumps(row, indent=2), encoding="utf-8")
        stderr.print(f"wrote {json_path}")


def _facts(analysed: list[AnalysedArticle]) -> list[Fact]:
    """The brief's facts, so that one event reported by several outlets is one line."""
    from ..compare import group_facts
    from ..embed import embed_sentences, get_embedder

    sentences = [s for a in analysed for s in a.sentences]
    return group_facts(analysed, embed_sentences(sentences, get_embedder())) if sentences else []


def eval_pubdates_command(
    dataset: Annotated[
        str, typer.Argument(help="Dataset folder, or its name under --data.")
    ] = "duc2002",
    data: DataOpt = None,
    limit: ClustersOpt = None,
    json_path: JsonOpt = None,
) -> None:
    """Infer each article's publication date with the real one hidden, and score the day."""
    from ..evaluate.pubdates import evaluate_pubdates
    from ..evaluate.summaries import resolve_dataset

    run_guarded(lambda: check_range("--limit", limit, 1))
    folder = run_guarded(lambda: resolve_dataset(dataset, data))
    rows = run_guarded(lambda: evaluate_pubdates(folder, limit))
    table = Table(title=f"Publication dates inferred with the date hidden, {folder.name}")
    columns = (
        "exact",
        "within_1_day",
        "within_7_days",
        "over_a_year",
        "dated",
        "median_error_days",
    )
    table.add_column("system")
    for column in columns:
        table.add_column(column.replace("_", " "), justify="right")
    for name, row in rows.items():
        cells = [f"{row[c]:.0f}" if c == "median_error_days" else f"{row[c]:.3f}" for c in columns]
        table.add_row(name, *cells)
    stdout.print(table)
    if json_path is not None:
        text = json.dumps({"dataset": folder.name, "systems": rows}, indent=2)
        run_guarded(lambda: write_text(str(json_path), text))
        stderr.print(f"wrote {json_path}")
