"""The brief as Markdown: the same sections as the HTML page, as plain text."""

from __future__ import annotations

from collections.abc import Sequence

from .._model import Brief, Citation
from .._registry import registry
from ._view import NO_SUMMARY, BriefView, short, when

MAX_FACTS = 15
MAX_SINGLE = 5


def _md(text: str) -> str:
    """Escape characters that would turn article text into Markdown markup."""
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _cites(view: BriefView, citations: Sequence[Citation]) -> str:
    labels = [view.label(c) for c in citations]
    return f"[{', '.join(labels)}]" if labels else ""


@registry.register("render.markdown.v1")
def render_markdown(brief: Brief) -> str:
    view = BriefView(brief)
    out: list[str] = [f"# {_md(brief.title)}", ""]
    out += [
        f"_{view.counts}. Citations [n:k] point at sentence k of article n (see Sources)._",
        "",
    ]

    if view.has_summary:
        out += ["## What happened", ""]
        for s in brief.summary.sentences:
            out.append(f"- {_md(s.text)} {_cites(view, s.citations)}")
        if not brief.summary.sentences:
            out.append(f"_{NO_SUMMARY}_")
        out.append("")

    comp = brief.comparison
    if comp.note:
        out += [f"> {_md(comp.note)}", ""]
    if view.corroborated:
        out += ["## Reported by several outlets", ""]
        for f in view.corroborated[:MAX_FACTS]:
            outlets, wording = _md(", ".join(f.outlets)), _md(view.fact_wording(f))
            out.append(
                f"- **{f.support} outlets** ({outlets}): {wording} {_cites(view, f.citations)}"
            )
        out.append("")
    if comp.single_source:
        out += ["## Reported by one outlet only", ""]
        for outlet, fact_ids in comp.single_source.items():
            out.append(f"- **{_md(outlet)}** ({len(fact_ids)} facts)")
            for fid in fact_ids[:MAX_SINGLE]:
                out.append(f"  - {_md(view.fact_text(fid))}")
        out.append("")
    if comp.conflicts:
        out += ["## Conflicting details", ""]
        for c in comp.conflicts:
            out.append(f"### {c.kind.capitalize()}: {_md(short(c.subject))}")
            out.append("")
            out.append("| value | outlets | sentence |")
            out.append("|---|---|---|")
            for side in c.sides:
                out.append(
                    f"| {_md(side.value)} | {_md(', '.join(side.outlets))} | "
                    f"{_md(side.text)} {_cites(view, side.citations)} |"
                )
            out.append("")
    if comp.framing or comp.naming:
        out += ["## How each outlet frames it", ""]
    if comp.naming:
        out += ["**Different words for the same thing** (in each outlet's own voice)", ""]
        for choice in comp.naming:
            out.append(f"- _{_md(view.naming_label(choice))}_")
            for outlet, chosen, where in view.naming_rows(choice):
                out.append(f"  - {_md(outlet)}: {_md(chosen)} {_cites(view, where)}")
            if choice.only_quoting:
                outlets = _md(", ".join(choice.only_quoting))
                out.append(f"  - only when quoting others: {outlets}")
        out.append("")
    if comp.framing:
        for loaded in (False, True):
            terms = [t for t in comp.framing if t.loaded is loaded]
            if not terms:
                continue
            out.append("**Loaded or evaluative language**" if loaded else "**Preferred wording**")
            out.append("")
            by_outlet: dict[str, list[str]] = {}
            for t in terms:
                by_outlet.setdefault(t.outlet, []).append(f"“{_md(t.term)}” ({t.score:+.1f})")
            for outlet, words in by_outlet.items():
                out.append(f"- {_md(outlet)}: {', '.join(words)}")
            out.append("")
    if brief.quotes:
        out += ["## Who said what", ""]
        for group in brief.quotes:
            out.append(f"**{_md(group.speaker)}** ({_md(', '.join(group.outlets))})")
            out.append("")
            for q in group.quotes:
                mark = _md(view.quote_text(q))
                out.append(f"- {mark} — {_md(view.outlet(q.article))}")
            out.append("")
    if brief.timeline:
        out += ["## Timeline", ""]
        for ev in brief.timeline:
            unsure = " (uncertain)" if ev.uncertain else ""
            out.append(
                f"- **{_md(when(ev.date))}**{unsure}: {_md(ev.text)} "
                f"— {_md(', '.join(ev.outlets))} {_cites(view, ev.citations)}"
            )
        out.append("")
    if view.actors:
        out += [
            "## People, organisations and places",
            "",
            "| name | type | also written | roles |",
            "|---|---|---|---|",
        ]
        for e in view.actors[:30]:
            out.append(
                f"| {_md(e.name)} | {e.label} | {_md(', '.join(e.aliases))} | "
                f"{_md(', '.join(e.roles))} |"
            )
        out.append("")

    out += ["## Sources", "", "| # | outlet | title | published | note |", "|---|---|---|---|---|"]
    for a in brief.articles:
        note = "; ".join(view.source_notes(a))
        out.append(
            f"| {view.number[a.id]} | {_md(a.outlet)} | {_md(view.source_title(a))} | "
            f"{view.date_of(a)} | {_md(note)} |"
        )
    out.append("")
    if brief.warnings:
        out += ["## Skipped input", ""]
        for w in brief.warnings:
            out.append(f"- {_md(w.path or w.article or '')}: {_md(w.reason)} ({w.stage})")
        out.append("")
    return "\n".join(out)
