"""The ``storyweave`` command line. It only parses options and calls the library.

Each command group lives in its own module with a ``register(app, eval_app)``
function, so the CLI reads like a table of contents.
"""

from __future__ import annotations

import typer

from . import _brief, _citations, _clean, _compare, _quotes, _stories, _summarize

app = typer.Typer(
    name="storyweave",
    help="Turn many news articles about one event into an evidence-backed brief.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
eval_app = typer.Typer(help="Measure quality on development datasets.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

for _module in (_brief, _summarize, _citations, _compare, _quotes, _stories, _clean):
    _module.register(app, eval_app)


def main() -> None:
    app()
