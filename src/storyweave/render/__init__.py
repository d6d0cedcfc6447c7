"""Renderers turn a Brief into text: terminal, JSON, Markdown or HTML.

Each is registered by name (``render.<format>.v1``) so the CLI's ``--format``,
the HTTP API's ``?format=`` and library users all run the same code.
"""

from __future__ import annotations

from .._errors import ConfigError
from .._model import Brief
from .._registry import registry
from . import html, json, markdown, terminal

FORMATS = ("terminal", "json", "md", "html")
SUFFIXES = {".json": "json", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


def render(brief: Brief, fmt: str) -> str:
    """Render ``brief`` in one of FORMATS."""
    name = {"md": "markdown", "markdown": "markdown"}.get(fmt, fmt)
    if fmt not in FORMATS and fmt != "markdown":
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    result: str = registry.get(f"render.{name}.v1")(brief)
    return result


def format_for_path(path: str) -> str | None:
    """The format implied by an output file's suffix, if any."""
    for suffix, fmt in SUFFIXES.items():
        if path.lower().endswith(suffix):
            return fmt
    return None


__all__ = ["FORMATS", "format_for_path", "html", "json", "markdown", "render", "terminal"]
