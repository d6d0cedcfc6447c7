"""What the renderers show: how each quote is worded, and when a summary section appears."""

from __future__ import annotations

from collections.abc import Callable

from storyweave import Quote
from storyweave._model import Brief, Comparison, Fact, Sentence, SourceInfo, Span, Summary
from storyweave.render import render
from storyweave.render._view import BriefView

SENTENCE = (
    "The U.S. has been urging Russian Federation not to get involved, "
    "and Pompeo is claiming that Maduro was on a plane."
)


def view() -> BriefView:
    sentence = Sentence(id="a#s0", article="a", index=0, text=SENTENCE, start=100, end=200)
    return BriefView(
        Brief(
            title="T",
            articles=(SourceInfo(id="a", outlet="Outlet"),),
            sentences={sentence.id: sentence},
            summary=Summary(words=0),
        )
    )


def quote(content: str, cue: str | None, direct: bool = False) -> Quote:
    """A quote whose spans sit where ``SENTENCE`` has them (the sentence starts at 100)."""
    content_at = 100 + SENTENCE.find(content)
    cue_at = 100 + SENTENCE.find(cue) if cue else 0
    return Quote(
        id="a#q0",
        article="a",
        sentence="a#s0",
        content=Span(text=content, start=content_at, end=content_at + len(content)),
        cue=Span(text=cue, start=cue_at, end=cue_at + len(cue)) if cue else None,
        direct=direct,
    )


def test_reported_speech_keeps_the_outlets_verb() -> None:
    claimed = quote("that Maduro was on a plane", "is claiming")
    assert view().quote_text(claimed) == "is claiming that Maduro was on a plane"


def test_the_verbs_object_stays_with_it() -> None:
    urged = quote("not to get involved", "has been urging")
    assert view().quote_text(urged) == "has been urging Russian Federation not to get involved"


def test_reported_speech_without_a_cue_is_its_words() -> None:
    assert view().quote_text(quote("not to get involved", None)) == "not to get involved"


def test_a_clause_cut_from_its_sentence_keeps_no_trailing_comma() -> None:
    words = "that “all options are on the table,”"
    cut = Quote(id="a#q2", article="a", direct=False, content=Span(text=words, start=0, end=36))
    assert view().quote_text(cut) == "that “all options are on the table”"


def test_a_direct_quote_is_its_words_in_one_pair_of_marks() -> None:
    direct = Quote(id="a#q1", article="a", content=Span(text="“We go,”", start=0, end=8))
    assert view().quote_text(direct) == "“We go”"


def test_the_comparison_view_has_no_summary_section() -> None:
    comparison = view().brief  # a summary of 0 words: none was asked for
    for fmt in ("md", "html", "terminal"):
        assert "What happened" not in render(comparison, fmt)
    asked = comparison.model_copy(update={"summary": Summary(words=100)})
    for fmt in ("md", "html", "terminal"):
        shown = render(asked, fmt)
        assert "No sentence of these articles could be chosen" in shown
    assert "What happened" in render(asked, "md")


def one_sentence(text: str) -> tuple[BriefView, Callable[[str], Span]]:
    """The view of a brief of one article of one sentence, and a maker of its spans."""
    sentence = Sentence(id="b#s0", article="b", index=0, text=text, start=0, end=len(text))
    brief = Brief(
        title="T",
        articles=(SourceInfo(id="b", outlet="Outlet"),),
        sentences={sentence.id: sentence},
        summary=Summary(words=0),
    )

    def span(words: str) -> Span:
        return Span(text=words, start=text.find(words), end=text.find(words) + len(words))

    return BriefView(brief), span


def test_a_claim_made_with_others_names_them() -> None:
    shown, span = one_sentence("Mike Pompeo and others have claimed the US got together a deal.")
    shared = Quote(id="b#q0", article="b", sentence="b#s0", direct=False,
                   source=span("Mike Pompeo and others"), cue=span("have claimed"),
                   content=span("the US got together a deal"))  # fmt: skip
    assert shown.quote_text(shared) == (
        "Mike Pompeo and others have claimed the US got together a deal"
    )
    alone = shared.model_copy(update={"source": span("Mike Pompeo")})
    assert shown.quote_text(alone) == "have claimed the US got together a deal"


def test_a_fact_is_listed_without_the_connective_that_tied_it_to_its_context() -> None:
    fact = Fact(
        id="F1", text="However, Lopez fled to the embassy.", citations=(), outlets=(), support=0
    )
    assert BriefView.fact_wording(fact) == "Lopez fled to the embassy."
    kept = Fact(id="F2", text="However, he fled.", citations=(), outlets=(), support=0)
    assert BriefView.fact_wording(kept) == "However, he fled."  # "he" needs the context


def test_several_outlets_list_sentences_before_captions() -> None:
    def fact(n: int, text: str, support: int) -> Fact:
        return Fact(id=f"F{n}", text=text, citations=(), outlets=(), support=support)

    facts = (
        fact(1, "MOBB DEEP", 5),
        fact(2, "Prodigy died in Las Vegas on Tuesday at age 42.", 4),
        fact(3, "Lopez fled to the embassy.", 1),
        fact(4, "The rapper was hospitalized after a performance.", 4),
        fact(5, "What about impeachment?", 3),
        fact(6, "Email Sign Up By signing up you agree to receive email newsletters.", 2),
    )
    brief = view().brief.model_copy(update={"comparison": Comparison(facts=facts)})
    listed = [f.id for f in BriefView(brief).corroborated]
    assert listed == ["F2", "F4", "F5", "F1"]  # statements, a question, a heading; no furniture
    markdown = render(brief, "md")
    assert markdown.index("Prodigy died") < markdown.index("MOBB DEEP")


def _after(text: str, content: str, cue: str) -> str:
    """``quote_text`` of a sentence whose cue follows its words ("..., police said.")."""
    shown, span = one_sentence(text)
    said = Quote(id="b#q0", article="b", sentence="b#s0", direct=False,
                 content=span(content), cue=span(cue))  # fmt: skip
    return shown.quote_text(said)


def test_words_before_their_verb_read_on_after_it() -> None:
    # Found in a Multi-News brief: "said When the doors opened, ..." under "police".
    text = "When the doors opened, the woman stepped forward, police said."
    content = "When the doors opened, the woman stepped forward"
    assert _after(text, content, "said") == "said when the doors opened, the woman stepped forward"
    named = "Aber Al-Rahabi did not see the car, police said."
    assert _after(named, "Aber Al-Rahabi did not see the car", "said").startswith("said Aber")
    us = "US officials were briefed, the agency said."
    assert _after(us, "US officials were briefed", "said") == "said US officials were briefed"


def test_according_to_after_the_words_is_not_put_before_them() -> None:
    text = "The elevator passed an inspection in January, according to the buildings department."
    content = "The elevator passed an inspection in January"
    assert _after(text, content, "according to") == content
