"""``storyweave eval voice``: whose words these are, scored on PolNeAR (dev by default).

Framing and naming count an outlet's own words only (``compare/_voice.py``):
words inside reported speech, quotation marks or a name someone gives are the
speaker's. Here that rule is scored word by word against PolNeAR, whose
annotators marked every attributed content: a word is *someone else's* in the
gold when it lies inside a gold content, and in a system's output when it lies
inside one of the spans the system leaves out. Precision: of the words left
out, the share that are attributed; recall: of the attributed words, the share
left out. Each word error moves a framing count, so both matter.

Rows, side by side on the same parses:

- ``storyweave``: the rule framing and naming use (``_voice.is_attributed``:
  the attributions the quotes stage finds, less short objects of verbs that
  are neither saying nor thinking), quotation marks, names someone gives;
- ``reported speech``: the same, with only the attributions the brief's
  "Who said what" shows (``is_speech``: quotations and verbs of saying);
- ``quotation marks``: the naive rule, only text between quotation marks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from .._model import AnalysedArticle, Article
from .._stretches import Stretches
from ..compare._voice import quotation_mark_spans, quoted_spans
from ..nlp.quotes import extract_quotes
from ..nlp.quotes_group import is_speech
from ..nlp.quotes_polnear import GoldArticle, read_split

_WORD = re.compile(r"\w+")


@dataclass
class VoiceCounts:
    """Words left out that are attributed, words left out, attributed words."""

    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def row(self) -> dict[str, float]:
        p = self.true_positive / self.predicted if self.predicted else 0.0
        r = self.true_positive / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": p, "recall": r, "f1": f, "gold_words": self.gold,
                "predicted_words": self.predicted}  # fmt: skip


def count_words(text: str, gold: Stretches, predicted: Stretches, counts: VoiceCounts) -> None:
    """Add one article's words to ``counts``; a word is judged by its first character."""
    for word in _WORD.finditer(text):
        g, p = word.start() in gold, word.start() in predicted
        counts.gold += g
        counts.predicted += p
        counts.true_positive += g and p


def score_docs(articles: Sequence[GoldArticle], docs: Iterable[Doc]) -> dict[str, VoiceCounts]:
    """Score the three rules on parsed articles."""
    systems = {"storyweave": VoiceCounts(), "reported speech": VoiceCounts(),
               "quotation marks": VoiceCounts()}  # fmt: skip
    for gold_article, doc in zip(articles, docs, strict=True):
        article = Article(id=gold_article.name, text=gold_article.text)
        quotes = tuple(extract_quotes(doc, article, []))
        speech = tuple(q for q in quotes if is_speech(q))
        gold = Stretches(fragment for a in gold_article.attributions for fragment in a.content)
        for name, predicted in [
            ("storyweave", quoted_spans(AnalysedArticle(article=article, quotes=quotes))),
            ("reported speech", quoted_spans(AnalysedArticle(article=article, quotes=speech))),
            ("quotation marks", Stretches(quotation_mark_spans(article.text))),
        ]:
            count_words(article.text, gold, predicted, systems[name])
    return systems


def evaluate_voice(
    data: Path, nlp: Language, split: str = "dev", limit: int | None = None
) -> dict[str, dict[str, float]]:
    articles = read_split(data, split, limit)
    docs = nlp.pipe((a.text for a in articles), batch_size=16)
    return {name: counts.row() for name, counts in score_docs(articles, docs).items()}
