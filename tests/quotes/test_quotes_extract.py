"""Attributions in real parses: the example articles and made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from storyweave._model import Article, Quote
from storyweave.nlp.analyse import sentences_of
from storyweave.nlp.quotes import extract_quotes


def quotes_of(nlp: Language, text: str, article_id: str = "a") -> list[Quote]:
    doc = nlp(text)
    return extract_quotes(doc, Article(id=article_id, text=text), sentences_of(doc, article_id))


@pytest.fixture(scope="module")
def example_quotes(nlp: Language, example_dir: Path) -> list[Quote]:
    out: list[Quote] = []
    for path in sorted(example_dir.glob("*.txt")):
        out += quotes_of(nlp, path.read_text(encoding="utf-8"), path.stem)
    return out


def speaker_of(quotes: list[Quote], opening: str) -> str | None:
    found = [q for q in quotes if opening in q.content.text]
    assert found, f"no quote contains {opening!r}"
    return found[0].speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        ("We literally had Nicolas Maduro", "Pompeo"),
        ("Your time is up", "John Bolton"),
        ("The self-proclaimed, Juan Guaido", "Maduro"),
        ("The president has been briefed", "Sarah Sanders"),
        ("Clearly this was a failure", "David Smilde"),
        ("All agreed that Maduro had to go", "Bolton"),
        ("If that’s what’s required", "Mike Pompeo"),
        ("a suggestion by made by the United States", "Russia's Ministry of Foreign Affairs"),
    ],
)
def test_example_quotes_have_their_speakers(
    example_quotes: list[Quote], opening: str, speaker: str
) -> None:
    assert speaker_of(example_quotes, opening) == speaker


def test_quote_without_opening_mark_is_taken_whole(example_quotes: list[Quote]) -> None:
    quote = next(q for q in example_quotes if "We literally had" in q.content.text)
    assert quote.direct
    assert quote.content.text.endswith("direction of the Russians,”")
    assert quote.cue is not None and quote.cue.text == "said"


def test_unresolvable_pronoun_stays_unknown(example_quotes: list[Quote]) -> None:
    assert speaker_of(example_quotes, "Those who try to take Miraflores") is None


def test_pronoun_takes_previous_speaker(example_quotes: list[Quote]) -> None:
    assert (
        speaker_of(example_quotes, "Venezuela had been a victim")
        == "his security adviser, a retired general"
    )


def test_offsets_point_into_the_text(nlp: Language, example_dir: Path) -> None:
    text = (example_dir / "004_963c8e0ce4245619.txt").read_text(encoding="utf-8")
    quotes = quotes_of(nlp, text, "004")
    assert quotes
    for q in quotes:
        for span in (q.content, q.source, q.cue):
            if span is not None:
                assert text[span.start : span.end] == span.text
    assert len({q.id for q in quotes}) == len(quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("According to the ministry, the talks failed.", "ministry", "the talks failed"),
        ("Senator Ann Smith said that taxes would rise.", "Ann Smith", "that taxes would rise"),
        ("“We will win,” said Ann Smith, the mayor.", "Ann Smith", "“We will win,”"),
        ("Ann Smith denied the claims.", "Ann Smith", "the claims"),
        ("Ann Smith said: “We are ready.”", "Ann Smith", "“We are ready.”"),
    ],
)
def test_attribution_forms(nlp: Language, text: str, speaker: str, content: str) -> None:
    quotes = quotes_of(nlp, text)
    assert any(q.speaker == speaker and q.content.text == content for q in quotes), quotes


def test_split_quote_is_one_content(nlp: Language) -> None:
    text = "“We are ready,” Ann Smith said. “The rest will follow soon enough.”"
    [quote] = quotes_of(nlp, text)
    assert quote.content.text == text[: len(text)]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.sampled_from(list('ab said he “”"‘’\n.,:')), max_size=120))
def test_hostile_text_never_crashes(nlp: Language, text: str) -> None:
    for quote in quotes_of(nlp, text):
        assert text[quote.content.start : quote.content.end] == quote.content.text


def test_quote_continued_over_paragraphs_is_one_content(nlp: Language) -> None:
    text = "“We will fight for every vote in this state.\n“And we will win it,” Ann Smith said."
    quotes = quotes_of(nlp, text)
    assert any(q.content.text == text[: text.index(",”") + 2] and q.direct for q in quotes), quotes


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a partial quotation takes its sentence's lead-in words (PolNeAR contents)
        (
            "The new plans “will not solve this challenge,” Anne Richards said.",
            "The new plans “will not solve this challenge,”",
        ),
        (
            "That, the commission said, “would be helpful in avoiding uncertainty.”",
            "That, the commission said, “would be helpful in avoiding uncertainty.”",
        ),
        # words that set the scene before the speaker stay out of the content
        (
            "At the same time, U.S. officials have repeatedly said that “all options are on"
            " the table,” and both sides seem to be acting with that warning in mind.",
            "that “all options are on the table,”",
        ),
        # the one named goes with the quoted name for them
        ("Jeb Bush called Trump “unhinged.”", "Trump “unhinged.”"),
    ],
)
def test_partial_quotation_contents(nlp: Language, text: str, content: str) -> None:
    quotes = quotes_of(nlp, text)
    assert any(q.content.text == content and not q.direct for q in quotes), quotes


def test_quotation_paragraph_goes_on_with_the_quote_before(nlp: Language) -> None:
    text = "“We are ready,” Ann Smith said.\n\n“The rest will follow soon enough.”\n\nThen rain."
    quotes = quotes_of(nlp, text)
    assert [q.content.text for q in quotes if q.cue] == [text[: text.index("\n\nThen")]]


def test_quoted_title_is_not_speech(nlp: Language) -> None:
    text = "On Fox News Channel’s “Sunday Morning Futures,” Ann Smith said taxes would rise."
    quotes = quotes_of(nlp, text)
    assert quotes and all("Futures" not in q.content.text for q in quotes), quotes
    assert any(q.content.text == "taxes would rise" for q in quotes), quotes


def test_headline_and_credit_forms(nlp: Language) -> None:
    text = (
        "Trump: ‘I’m the Worst Thing That Ever Happened.’\n\n"
        "STORMS AHEAD “The rain will not stop before Friday, forecasters warned.” [AP.]"
    )
    quotes = quotes_of(nlp, text)
    contents = {q.content.text: q for q in quotes}
    assert contents["‘I’m the Worst Thing That Ever Happened.’"].speaker == "Trump"
    credited = next(q for q in quotes if q.cue is not None and q.cue.text == "[AP.]")
    assert credited.direct and credited.content.text.startswith("“The rain")


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("a U.S. official, speaking on condition of anonymity", "U.S. official"),
        ("one vacationer who was returning home to California through Miami", "one vacationer"),
        ("a factory worker, who waited several hours for her hamburger", "factory worker"),
        # kept whole: an apposition to the speaker, a list, a bare noun's clause
        ("his security adviser, a retired general", "his security adviser, a retired general"),
        ("losses at Geico, Travelers and Allstate", "losses at Geico, Travelers and Allstate"),
        ("the man who succeeded him as leader", "man who succeeded him as leader"),
    ],
)
def test_a_described_speaker_is_named_without_the_clauses_after_it(
    nlp: Language, source: str, speaker: str
) -> None:
    from storyweave.nlp.quotes_speakers import name_of_source

    assert name_of_source(nlp(source), 0, len(source)) == speaker
