"""``storyweave eval timex``: TIMEX3 recognition and normalisation on TimeBank + AQUAINT.

Scores as TempEval-3 Task A does: strict and relaxed span P/R/F1, and value
(and type) accuracy over the gold expressions found by relaxed match. The
TimeML files are read from ``../shared/data/timebank`` and never copied.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .._errors import InputError
from ..nlp.timex import Timex, find_timexes


@dataclass(frozen=True)
class TimeMLDoc:
    """The plain text of a TimeML TEXT element, its DCT and its gold TIMEX3s."""

    name: str
    text: str
    dct: dt.date
    gold: tuple[Timex, ...]


def _walk(element: ET.Element, parts: list[str], gold: list[Timex], offset: int) -> int:
    """Append the element's text to ``parts``, recording TIMEX3 spans; return the new offset."""
    start = offset
    if element.text:
        parts.append(element.text)
        offset += len(element.text)
    for child in element:
        offset = _walk(child, parts, gold, offset)
        if child.tail:
            parts.append(child.tail)
            offset += len(child.tail)
    if element.tag == "TIMEX3":
        text = "".join(parts)[start:offset]
        kind = element.get("type", "DATE")
        gold.append(Timex(start, offset, text, kind, element.get("value")))  # type: ignore[arg-type]
    return offset


def read_timeml(path: Path) -> TimeMLDoc:
    """Parse one .tml file; raises InputError when it is not usable TimeML."""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        raise InputError(f"{path}: not readable TimeML ({exc})") from exc
    dct_timex = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if dct_timex is None or body is None:
        raise InputError(f"{path}: no DCT or TEXT element")
    dct = dt.date.fromisoformat(dct_timex.get("value", "")[:10])
    parts: list[str] = []
    gold: list[Timex] = []
    body_copy = ET.Element("TEXT")
    body_copy.text, body_copy[:] = body.text, list(body)
    _walk(body_copy, parts, gold, 0)
    return TimeMLDoc(path.stem, "".join(parts), dct, tuple(sorted(gold)))


def timebank_files(data: Path) -> list[Path]:
    folder = data / "timebank"
    files = sorted(folder.glob("*/*.tml"))
    if not files:
        raise InputError(
            f"no TimeML files under {folder}; pass --data DIR (the shared data folder)"
        )
    return files


@dataclass
class TimexScores:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_predicted: int = 0
    value_correct: int = 0
    type_correct: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)

    def add(self, doc: TimeMLDoc, predicted: Sequence[Timex]) -> None:
        self.gold += len(doc.gold)
        self.predicted += len(predicted)
        spans = {(p.start, p.end) for p in predicted}
        self.strict += sum((g.start, g.end) in spans for g in doc.gold)
        self.relaxed_predicted += sum(any(_overlap(p, g) for g in doc.gold) for p in predicted)
        for g in doc.gold:
            match = next((p for p in predicted if _overlap(p, g)), None)
            if match is None:
                self.errors.append(
                    {"doc": doc.name, "kind": "missed", "gold": g.text, "value": str(g.value)}
                )
                continue
            self.relaxed_gold += 1
            self.type_correct += match.type == g.type
            if match.value == g.value:
                self.value_correct += 1
            else:
                got = f"{match.text} {match.value}"
                self.errors.append(
                    {
                        "doc": doc.name,
                        "kind": "value",
                        "gold": g.text,
                        "value": str(g.value),
                        "got": got,
                    }
                )
        for p in predicted:
            if not any(_overlap(p, g) for g in doc.gold):
                self.errors.append(
                    {"doc": doc.name, "kind": "spurious", "got": f"{p.text} {p.value}"}
                )

    def table(self) -> dict[str, float]:
        def f1(p: float, r: float) -> float:
            return 2 * p * r / (p + r) if p + r else 0.0

        strict_p = self.strict / self.predicted if self.predicted else 0.0
        strict_r = self.strict / self.gold if self.gold else 0.0
        relaxed_p = self.relaxed_predicted / self.predicted if self.predicted else 0.0
        relaxed_r = self.relaxed_gold / self.gold if self.gold else 0.0
        value_acc = self.value_correct / self.relaxed_gold if self.relaxed_gold else 0.0
        type_acc = self.type_correct / self.relaxed_gold if self.relaxed_gold else 0.0
        relaxed_f1 = f1(relaxed_p, relaxed_r)
        return {
            "gold": self.gold, "predicted": self.predicted,
            "strict_p": strict_p, "strict_r": strict_r, "strict_f1": f1(strict_p, strict_r),
            "relaxed_p": relaxed_p, "relaxed_r": relaxed_r, "relaxed_f1": relaxed_f1,
            "value_accuracy": value_acc, "value_f1": value_acc * relaxed_f1,
            "type_accuracy": type_acc, "type_f1": type_acc * relaxed_f1,
        }  # fmt: skip


def _overlap(a: Timex, b: Timex) -> bool:
    return a.start < b.end and b.start < a.end


def iter_predictions(docs: Sequence[TimeMLDoc]) -> Iterator[tuple[TimeMLDoc, list[Timex]]]:
    for doc in docs:
        yield doc, find_timexes(doc.text, doc.dct)


def evaluate_timex(
    data: Path, predictions: Path | None = None, limit: int | None = None
) -> TimexScores:
    """Tag every TimeBank/AQUAINT document and score it against the gold TIMEX3s."""
    docs = [read_timeml(path) for path in timebank_files(data)[:limit]]
    scores = TimexScores()
    out = predictions.open("w", encoding="utf-8") if predictions else None
    try:
        for doc, predicted in iter_predictions(docs):
            scores.add(doc, predicted)
            for p in predicted if out else ():
                record = {"doc": doc.name, "start": p.start, "end": p.end, "text": p.text,
                          "type": p.type, "value": p.value}  # fmt: skip
                out.write(json.dumps(record) + "\n")  # type: ignore[union-attr]
    finally:
        if out:
            out.close()
    return scores
