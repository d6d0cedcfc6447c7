"""`storyweave brief`, `storyweave compare` and `storyweave schema`."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape

from .._config import Settings
from .._engine import Engine, Result
from .._errors import ConfigError
from .._model import Summary
from ..render import FORMATS, format_for_path, render
from ..render.json import schema_json
from ..render.terminal import renderables
from ._common import (
    DEFAULT_WORDS,
    WORDS_RANGE,
    InputsArg,
    check_range,
    exit_code_for,
    report_warnings,
    run_guarded,
    stdout,
    storyweave_errors,
    writable,
    write_text,
)

OutputOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file; the suffix (.html, .md, .json) "
        "chooses the format. Repeat for several files.",
        callback=writable,
    ),
]
FormatOpt = Annotated[
    str | None,
    typer.Option("--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
]
WordsOpt = Annotated[int, typer.Option("--words", "-w", help="Word budget of the summary.")]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Do not print the terminal view when writing files.")
]
StrictOpt = Annotated[
    bool, typer.Option("--strict", help="Exit non-zero on any warning, not only on skipped input.")
]


def _targets(
    outputs: list[str] | None, fmt: str | None, quiet: bool = False
) -> list[tuple[str | None, str]]:
    """(path or None for stdout, format) pairs to write."""
    if fmt is not None and fmt not in FORMATS and fmt != "markdown":
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    targets: list[tuple[str | None, str]] = []
    for path in outputs or []:
        chosen = fmt or format_for_path(path)
        if chosen is None:
            raise ConfigError(
                f"cannot tell the format of {path!r}: use .html, .md or .json, or pass --format"
            )
        targets.append((path, chosen))
    if not targets:
        targets.append((None, fmt or "terminal"))
    elif not quiet and all(path not in (None, "-") for path, _ in targets):
        targets.insert(0, (None, "terminal"))  # writing files: still show the brief
    return targets


def _run(inputs: list[str], words: int) -> Result:
    check_range("--words", words, *WORDS_RANGE)
    settings = Settings(summary_words=words)
    return Engine(settings).run(inputs)


def _finish(result: Result, strict: bool) -> None:
    report_warnings(result.warnings)
    code = exit_code_for(result.warnings)
    if strict and result.warnings:
        code = code or 1
    if code:
        raise typer.Exit(code)


def brief(
    inputs: InputsArg,
    output: OutputOpt = None,
    fmt: FormatOpt = None,
    words: WordsOpt = DEFAULT_WORDS,
    quiet: QuietOpt = False,
    strict: StrictOpt = False,
) -> None:
    """Write the brief of one event: summary with citations, agreements, conflicts,
    framing, quotes and timeline."""
    with storyweave_errors():
        targets = _targets(output, fmt, quiet)
        result = _run(inputs, words)
        for path, chosen in targets:
            if chosen == "terminal":
                for part in renderables(result.brief):
                    stdout.print(part)
            else:
                write_text(path, render(result.brief, chosen))
                if path not in (None, "-"):
                    stdout.print(f"wrote {escape(path)}", style="green", highlight=False)
    _finish(result, strict)


def compare(
    inputs: InputsArg,
    output: OutputOpt = None,
    fmt: FormatOpt = None,
    quiet: QuietOpt = False,
    strict: StrictOpt = False,
) -> None:
    """Line the outlets up: corroborated and single-source facts, conflicts, framing."""
    with storyweave_errors():
        targets = _targets(output, fmt, quiet)
        result = _run(inputs, Settings().summary_words)
        # The comparison view is the brief without its summary, quotes and timeline.
        view = result.brief.model_copy(
            update={"summary": Summary(words=0), "quotes": (), "timeline": ()}
        )
        for path, chosen in targets:
            if chosen == "terminal":
                for part in renderables(view):
                    stdout.print(part)
            else:
                write_text(path, render(view, chosen))
    _finish(result, strict)


def schema(
    output: Annotated[
        str | None, typer.Option("--output", "-o", help="Write to this file.", callback=writable)
    ] = None,
) -> None:
    """Print the JSON Schema of the brief."""
    run_guarded(lambda: write_text(output, schema_json()))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.command()(brief)
    app.command()(compare)
    app.command()(schema)
