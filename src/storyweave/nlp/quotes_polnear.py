"""Reading PolNeAR's brat standoff annotations (research data, read in place, never copied).

One ``GoldAttribution`` per ``E`` line: its source, cue and content as sets of
fragments (PolNeAR contents are often discontinuous).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .._errors import InputError

Fragments = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    content: Fragments
    source: Fragments = ()
    cue: Fragments = ()
    content_text: str = ""

    @property
    def direct(self) -> bool:
        """A quotation: the content opens with a quotation mark."""
        text = self.content_text.strip()
        return bool(text) and text[0] in '“"‘'


@dataclass(frozen=True)
class GoldArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


def _fragments(spec: str) -> Fragments:
    out = []
    for part in spec.split(";"):
        start, end = part.split()
        out.append((int(start), int(end)))
    return tuple(out)


def read_ann(path: Path) -> list[GoldAttribution]:
    """Parse one .ann file into attributions (ill-formed lines are skipped)."""
    spans: dict[str, tuple[str, Fragments, str]] = {}
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) >= 2:
            label, _, spec = fields[1].partition(" ")
            try:
                spans[fields[0]] = (label, _fragments(spec), fields[2] if len(fields) > 2 else "")
            except ValueError:
                continue
        elif line.startswith("E") and len(fields) >= 2:
            relations.append(dict(p.split(":", 1) for p in fields[1].split() if ":" in p))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        source = spans.get(rel.get("Source", ""))
        cue = spans.get(rel.get("Cue", ""))
        out.append(
            GoldAttribution(
                content=content[1],
                source=source[1] if source else (),
                cue=cue[1] if cue else (),
                content_text=content[2],
            )
        )
    return out


def read_split(data: Path, split: str, limit: int | None = None) -> list[GoldArticle]:
    """The articles of one split, each with the first annotator's attributions."""
    folder = data / "polnear" / split
    texts = sorted((folder / "text").glob("*.txt"))
    if not texts:
        raise InputError(
            f"no PolNeAR texts under {folder}; pass --data DIR (the shared data folder)"
        )
    articles = []
    for text_path in texts[:limit]:
        anns = sorted((folder / "attributions").glob(f"{text_path.stem}_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        articles.append(GoldArticle(text_path.stem, text, tuple(read_ann(anns[0]))))
    return articles
