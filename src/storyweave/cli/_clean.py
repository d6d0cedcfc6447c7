"""CLI commands; see register()."""

from __future__ import annotations

import typer


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    """Add this module's commands to the CLI (filled in by the owner of this stage)."""
