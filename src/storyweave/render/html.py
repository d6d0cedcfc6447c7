"""The brief as one self-contained HTML page (no external assets, readable on a phone).

Every string from an article goes through Jinja's autoescaping; nothing from the
input is ever placed in a script, a style or an attribute without escaping.
Citations link to the cited sentence, shown in place in its article below.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import jinja2

from .._model import Brief
from .._registry import registry
from ._view import NO_SUMMARY, BriefView, short, when

MAX_MATRIX_FACTS = 24


def anchor(sentence_id: str) -> str:
    """An HTML id for a sentence id (ids may hold characters unsafe in a fragment)."""
    return "s-" + re.sub(r"[^A-Za-z0-9_-]", "_", sentence_id)


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    env = jinja2.Environment(
        autoescape=True,  # article text is hostile input
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["anchor"] = anchor
    env.filters["short"] = short
    env.filters["when"] = when
    source = resources.files("storyweave.render").joinpath("templates/brief.html.j2")
    return env.from_string(source.read_text(encoding="utf-8"))


def _paragraphs(brief: Brief, article_id: str) -> list[list[str]]:
    """Sentence ids of one article, grouped by paragraph, in reading order."""
    grouped: dict[int, list[str]] = {}
    for s in brief.sentences.values():
        if s.article == article_id:
            grouped.setdefault(s.paragraph, []).append(s.id)
    return [
        sorted(ids, key=lambda i: brief.sentences[i].index) for _, ids in sorted(grouped.items())
    ]


@registry.register("render.html.v1")
def render_html(brief: Brief) -> str:
    view = BriefView(brief)
    comp = brief.comparison
    by_support = sorted(comp.facts, key=lambda f: (-f.support, f.id))
    matrix_facts = [f for f in by_support if f.support >= 2][:MAX_MATRIX_FACTS]
    outlets = sorted({a.outlet for a in brief.articles})
    covered = {(o, f.id) for f in matrix_facts for o in f.outlets}
    dates = [ev.date for ev in brief.timeline]
    return _template().render(
        brief=brief,
        view=view,
        corroborated=view.corroborated,
        matrix_facts=matrix_facts,
        outlets=outlets,
        covered=covered,
        paragraphs={a.id: _paragraphs(brief, a.id) for a in brief.articles},
        timeline_span=(min(dates), max(dates)) if dates else None,
        max_support=max((f.support for f in comp.facts), default=1),
        no_summary=NO_SUMMARY,
    )
