"""Wire datelines: the agency becomes the outlet, and the dateline stays in its sentence."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyweave._model import Article
from storyweave.clean import clean_article
from storyweave.clean._dateline import place_dateline, wire_dateline


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("KATHMANDU, Nepal (AP) — A Swiss climber found the bodies.", "AP"),
        ("KINGSTON, Jamaica (AP) _ Hurricane Gilbert hit.", "AP"),
        ("WASHINGTON (CNN) -- The Senate voted.", "CNN"),
        ("LONDON (Reuters Health) - Smoking kills.", "Reuters Health"),
        ("NEW YORK (CNNMoney) The index fell.", None),  # no dash: not sure it is an agency
        ("NASA (National Aeronautics and Space Administration) - It said.", None),  # too long
    ],
)
def test_the_agency_of_a_dateline(text: str, agency: str | None) -> None:
    found = wire_dateline(text)
    assert found is not None and found[1] == agency
    assert text[found[0] :][:1].isupper()  # the sentence resumes right after it


def test_no_agency_in_ordinary_openings() -> None:
    for text in ("The UN (United Nations) met.", "Juan Guaido on Tuesday (local time) - spoke."):
        found = wire_dateline(text)
        assert found is None or found[1] is None


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # Found in the summaries of multinews-val, whose pages are raw scrapes.
        ("ALLENTOWN, Pa. - The Humane Society came.", "The Humane Society came."),
        ("OSAN AIR BASE, South Korea — With the stakes high.", "With the stakes high."),
        ("WASHINGTON—The chairman promised.", "The chairman promised."),
        ("NEW YORK, Jan. 5, 2010 -- The index fell.", "The index fell."),
        ("MONDAY, July 2 (HealthDay News) -- Whether pain lasts.", "Whether pain lasts."),
        ("UNITED NATIONS _ The United States urged.", "The United States urged."),
        ("DUBAI A Bahraini court ruled.", "A Bahraini court ruled."),  # a dash the scrape lost
        ("SINGAPORE/BEIJING Flamboyant Rodman arrived.", "Flamboyant Rodman arrived."),
        ("NEW YORK/LONDON Stocks fell.", "Stocks fell."),
    ],
)
def test_a_place_dateline_without_an_agency(text: str, sentence: str) -> None:
    end = place_dateline(text)
    assert end is not None and text[end:] == sentence


@pytest.mark.parametrize(
    "text",
    [
        "FBI Director James Comey said so.",  # capitals, then no dash
        "AC/DC Singer Brian Johnson said so.",  # a slash inside one name
        "NASA — the agency — said so.",  # the dash does not open a sentence
        "US - China talks resumed.",  # too short for a place
        "USA TODAY watched the evening unfold.",
        "Kingston - The capital.",  # the place is not in capitals
    ],
)
def test_no_place_dateline_in_ordinary_openings(text: str) -> None:
    assert place_dateline(text) is None


def test_the_agency_becomes_the_outlet_when_the_page_names_none() -> None:
    text = "Climbers found\n\nKATHMANDU (Reuters) - The bodies were found.\n\nThey were left."
    cleaned = clean_article(Article(id="a", text=text))
    assert cleaned.article.source == "Reuters" and cleaned.metadata["wire"] == "Reuters"
    named = clean_article(Article(id="a", text=text, source="Daily Post"))
    assert named.article.source == "Daily Post"  # what the feed says wins


def test_a_dateline_alone_on_its_line_is_furniture() -> None:
    text = "KATHMANDU (Reuters) -\n\nThe bodies were found on Monday."
    cleaned = clean_article(Article(id="a", text=text))
    assert [r.reason for r in cleaned.removals] == ["dateline"]
    assert cleaned.article.source == "Reuters"
    assert cleaned.text.split() == ["The", "bodies", "were", "found", "on", "Monday."]


def test_a_dateline_deep_in_the_text_names_no_outlet() -> None:
    text = "One.\n\nTwo.\n\nThree.\n\nPARIS (AFP) - A quoted wire story."
    assert clean_article(Article(id="a", text=text)).article.source is None


def test_the_parser_keeps_a_dateline_in_its_sentence(nlp: Language) -> None:
    text = (
        "KATHMANDU (Reuters) - The bodies of two climbers have been left untouched, "
        "one of the mountaineers said on Monday.\n\nUeli Steck spoke. He left."
    )
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences[0].startswith("KATHMANDU (Reuters) - The bodies")
    assert sentences[1:] == ["Ueli Steck spoke.", "He left."]
