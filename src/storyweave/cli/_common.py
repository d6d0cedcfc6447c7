"""Helpers shared by the CLI commands: consoles, errors and exit codes."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from .._config import Settings
from .._errors import ConfigError, RenderError, StoryweaveError
from .._model import ArticleWarning
from ..ingest._source import printable  # the "?" ingest shows for a control character

T = TypeVar("T")


def writable(value: T) -> T:
    """Option callback: refuse an output path that cannot be written before any work is done.

    A brief or an evaluation can take minutes; finding then that its folder is
    missing would lose it. ``value`` is a path, a list of paths, or None.
    """
    for path in value if isinstance(value, list) else [value]:
        problem = _unwritable(path)
        if problem is not None:
            raise typer.BadParameter(problem)
    return value


def _unwritable(path: object) -> str | None:
    if path is None or str(path) == "-":
        return None
    target = Path(str(path))
    folder = target.parent
    try:
        if target.is_dir():
            return f"cannot write {path}: it is a folder; name a file in it"
        if not folder.is_dir():
            return f"cannot write {path}: the folder {folder} does not exist"
        if not os.access(folder, os.W_OK) or (target.exists() and not os.access(target, os.W_OK)):
            return f"cannot write {path}: permission denied"
    except OSError as exc:  # a name too long for the file system, a loop of links...
        return f"cannot write {path}: {exc.strerror or exc}"
    return None


# The articles a command reads.
InputsArg = Annotated[
    list[str],
    typer.Argument(
        help="Files, folders (read recursively) or '-' for standard input.", show_default=False
    ),
]
# Options every `storyweave eval ...` command takes.
DataOpt = Annotated[
    Path | None, typer.Option(help="Development data folder (default: ../shared/data).")
]
JsonOpt = Annotated[
    Path | None,
    typer.Option("--json", help="Write the results here as JSON.", callback=writable),
]
ClustersOpt = Annotated[int | None, typer.Option("--limit", help="Only the first K clusters.")]
# ... and those that score summaries of a dataset's clusters.
DatasetArg = Annotated[
    str, typer.Argument(help="Dataset folder, or its name under --data (e.g. duc2002).")
]
DatasetWordsOpt = Annotated[
    int | None,
    typer.Option("--words", "-w", help="Summary length (default: the dataset's meta.json)."),
]

# Results go to stdout; messages and warnings to stderr, so output can be piped.
stdout = Console(soft_wrap=False)
stderr = Console(stderr=True)
# The summary budget the commands default to: the library's own default.
DEFAULT_WORDS = Settings().summary_words
# ... and the budgets it accepts (Field(ge=..., le=...) on Settings.summary_words).
WORDS_RANGE = tuple(
    bound
    for rule in Settings.model_fields["summary_words"].metadata
    for bound in (getattr(rule, "ge", None), getattr(rule, "le", None))
    if bound is not None
)

EXIT_INPUT_SKIPPED = 10  # some input was skipped; the rest was analysed


@contextmanager
def storyweave_errors() -> Iterator[None]:
    """Turn a StoryweaveError into a one-line message and its exit code."""
    try:
        yield
    except StoryweaveError as exc:
        stderr.print(f"[bold red]error:[/] {shown(str(exc))}", highlight=False)
        raise typer.Exit(exc.exit_code) from None


# Notes (articles kept) with the same reason printed one by one before a count:
# an undated feed of 10,000 items gave 10,000 identical "no publication date" lines.
NOTES_SHOWN = 5


def report_warnings(warnings: tuple[ArticleWarning, ...] | list[ArticleWarning]) -> None:
    """Print one line per skipped input, and per partly used input up to a few of a kind,
    then a count. Every skipped input is always named."""
    notes: dict[tuple[str, str], int] = {}
    for w in warnings:
        if not w.skipped:
            seen = notes[w.stage, w.reason] = notes.get((w.stage, w.reason), 0) + 1
            if seen > NOTES_SHOWN:
                continue
        # Paths, ids and reasons come from the input: "[/x]" in a file name is not markup.
        where = shown(w.path or w.article or "input")
        verb = "skipped" if w.skipped else "warning"
        line = f"[yellow]{verb}:[/] {where}: {shown(w.reason)} [dim]({w.stage})[/]"
        stderr.print(line, highlight=False)
    for (stage, reason), count in notes.items():
        if count > NOTES_SHOWN:
            more = f"{count - NOTES_SHOWN} more: {shown(reason)}"
            stderr.print(f"[yellow]warning:[/] {more} [dim]({stage})[/]", highlight=False)
    if warnings:
        skipped = sum(1 for w in warnings if w.skipped)
        stderr.print(f"[yellow]{skipped} input(s) skipped, {len(warnings) - skipped} warning(s)[/]")


def shown(text: str) -> str:
    """Text from the input made safe to print with rich: no markup, no control characters."""
    return escape(printable(text))


def score(value: float | None) -> str:
    """A precision, recall or F1 for a table: two decimals, or '-' when undefined."""
    return "-" if value is None else f"{value:.2f}"


def exit_code_for(warnings: tuple[ArticleWarning, ...] | list[ArticleWarning]) -> int:
    return EXIT_INPUT_SKIPPED if any(w.skipped for w in warnings) else 0


def check_range(
    option: str,
    value: float | None,
    low: float,
    high: float | None = None,
    *,
    open_low: bool = False,
) -> None:
    """Raise ConfigError when a number given for ``option`` is outside its range.

    Checked here, in the CLI's words, so a bad number is a one-line error rather
    than a pydantic traceback from deep inside the run (or, worse, accepted).
    """
    if value is None:
        return
    too_low = value <= low if open_low else value < low
    if too_low or (high is not None and value > high):
        lowest = f"above {low}" if open_low else f"at least {low}"
        wanted = f"{lowest} and at most {high}" if high is not None else lowest
        raise ConfigError(f"{option} must be {wanted}, not {value}")


def write_text(path: str | None, text: str) -> None:
    """Write to a file, or to stdout when path is None or '-'."""
    if path in (None, "-"):
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        try:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise RenderError(f"cannot write {path}: {exc.strerror or exc}") from None


def run_guarded(func: Callable[[], T]) -> T:
    with storyweave_errors():
        return func()
