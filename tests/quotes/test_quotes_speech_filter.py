"""What the brief shows under "Who said what": speech, not every attribution."""

from __future__ import annotations

from storyweave import Quote, SpeakerQuotes
from storyweave._model import Span
from storyweave.nlp.quotes_group import is_speech, speech_only


def quote(content: str, cue: str | None, direct: bool = False) -> Quote:
    return Quote(
        id="a#q0",
        article="a",
        content=Span(text=content, start=0, end=len(content)),
        cue=Span(text=cue, start=0, end=len(cue)) if cue else None,
        direct=direct,
        outlets=("Outlet",),
    )


def test_direct_quotes_are_speech() -> None:
    assert is_speech(quote("“Your time is up.”", None, direct=True))


def test_reported_speech_needs_a_verb_of_saying_and_a_clause() -> None:
    assert is_speech(quote("that Maduro was actually on a plane", "is claiming"))
    assert is_speech(quote("this is not a coup at all", "insisted"))
    assert not is_speech(quote("the claims", "has since denied"))
    assert not is_speech(quote("Guaido's support was weak among soldiers", "seemed to think"))


def test_unknown_speakers_keep_only_their_direct_quotes() -> None:
    groups = [
        SpeakerQuotes(
            speaker="unknown",
            quotes=(
                quote("“Those who try to take Miraflores”", None, direct=True),
                quote("that the talks had failed in the end", "said"),
            ),
        ),
        SpeakerQuotes(speaker="Some reports", quotes=(quote("a plan", "mentioned"),)),
    ]
    shown = speech_only(groups)
    assert [g.speaker for g in shown] == ["unknown"]
    assert len(shown[0].quotes) == 1 and shown[0].outlets == ("Outlet",)
