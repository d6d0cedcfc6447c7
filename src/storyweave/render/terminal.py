"""The brief for a terminal, with rich: panels and tables, article text never markup."""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence

from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .._model import Brief, Citation
from .._registry import registry
from ._view import NO_SUMMARY, BriefView, short, when

MAX_ROWS = 12
COMPARISON_ONLY = "Where the outlets agree, where they differ, and how they frame it."


def _cites(view: BriefView, citations: Sequence[Citation]) -> Text:
    return Text(" [" + ", ".join(view.label(c) for c in citations) + "]", style="cyan")


def renderables(brief: Brief) -> Iterator[RenderableType]:
    """The brief as rich renderables. Article text is wrapped in Text, never parsed as markup."""
    view = BriefView(brief)
    summary = Text()
    for s in brief.summary.sentences:
        summary.append("• " + s.text)
        summary.append_text(_cites(view, s.citations))
        summary.append("\n")
    if view.has_summary and not brief.summary.sentences:
        summary.append(NO_SUMMARY, style="italic")
    yield Panel(
        summary if view.has_summary else Text(COMPARISON_ONLY, style="italic"),
        title=Text(brief.title, style="bold"),
        subtitle=view.counts,
    )
    comp = brief.comparison
    if comp.note:
        yield Text(comp.note, style="italic yellow")
    if view.corroborated:
        t = Table("support", "fact", "outlets", title="Reported by several outlets", expand=True)
        for f in view.corroborated[:MAX_ROWS]:
            t.add_row(str(f.support), Text(view.fact_wording(f)), Text(", ".join(f.outlets)))
        yield t
    if comp.single_source:
        t = Table("outlet", "facts only it reports", title="Single-source facts", expand=True)
        for outlet, fact_ids in comp.single_source.items():
            t.add_row(
                Text(outlet),
                Text(
                    "\n".join("– " + view.fact_text(f) for f in fact_ids[:3])
                    + (f"\n(+{len(fact_ids) - 3} more)" if len(fact_ids) > 3 else "")
                ),
            )
        yield t
    if comp.conflicts:
        t = Table(
            "kind",
            "about",
            "one side",
            "other side",
            title="Conflicting details",
            expand=True,
            show_lines=True,
        )
        for c in comp.conflicts:
            cells = [
                Text(f"{s.value}\n", style="bold").append(
                    f"{', '.join(s.outlets)}: {s.text}", style=""
                )
                for s in c.sides[:2]
            ]
            t.add_row(c.kind, Text(short(c.subject, 60)), *cells)
        yield t
    if comp.naming:
        t = Table("what is named", "outlet", "its words (own voice)", title="Naming", expand=True)
        for choice in comp.naming:
            label = view.naming_label(choice)
            for outlet, words, _ in view.naming_rows(choice):
                t.add_row(Text(label), Text(outlet), Text(words))
                label = ""
            if choice.only_quoting:
                t.add_row("", Text(", ".join(choice.only_quoting)), "only when quoting others")
        yield t
    if comp.framing:
        t = Table("outlet", "preferred wording", "loaded language", title="Framing", expand=True)
        by_outlet: dict[str, tuple[list[str], list[str]]] = {}
        for term in comp.framing:
            neutral, loaded = by_outlet.setdefault(term.outlet, ([], []))
            (loaded if term.loaded else neutral).append(term.term)
        for outlet, (neutral, loaded) in by_outlet.items():
            t.add_row(Text(outlet), Text(", ".join(neutral[:8])), Text(", ".join(loaded[:6])))
        yield t
    if brief.quotes:
        t = Table("speaker", "said", "outlets", title="Who said what", expand=True)
        for group in brief.quotes[:MAX_ROWS]:
            said = "\n".join(view.quote_text(q) for q in group.quotes[:3])
            t.add_row(Text(group.speaker), Text(said), Text(", ".join(group.outlets)))
        yield t
    if brief.timeline:
        t = Table("date", "event", "outlets", title="Timeline", expand=True)
        for ev in brief.timeline[: MAX_ROWS * 2]:
            t.add_row(
                when(ev.date) + (" ?" if ev.uncertain else ""), Text(ev.text), str(len(ev.outlets))
            )
        yield t
    t = Table("#", "outlet", "title", "published", title="Sources", expand=True)
    for a in brief.articles:
        title = view.source_title(a)
        notes = view.source_notes(a)
        if notes:
            title += f" ({'; '.join(notes)})"
        t.add_row(str(view.number[a.id]), Text(a.outlet), Text(title), view.date_of(a))
    yield t


@registry.register("render.terminal.v1")
def render_terminal(brief: Brief, width: int = 100) -> str:
    """The terminal view as plain text (no colour codes), e.g. for tests and logs."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, soft_wrap=False)
    console.print(Group(*renderables(brief)))
    return buffer.getvalue()
