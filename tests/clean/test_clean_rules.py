"""The furniture rules, line by line: what they catch and, as much, what they leave."""

from __future__ import annotations

import pytest

from storyweave import Article
from storyweave.clean import RULES, clean_article, match_line


def reasons(line: str, *, tail: bool = False) -> list[str] | None:
    segments = match_line(line, tail=tail)
    return None if segments is None else [s.rule.reason for s in segments]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Leave a Reply Cancel reply", ["comment form"]),
        (
            "You are commenting using your WordPress.com account. Log Out / Change )",
            ["comment form"],
        ),
        ("Downloading PDF. Please wait... Issue 2653", ["page furniture", "issue number"]),
        ("Sign up for our daily email update ‘Breakfast in Red’", ["newsletter prompt"]),
        ("Advertisement Continue reading the main story", ["navigation", "navigation"]),
        ("Read more about: Budgets, Bridges", ["related link"]),
        ("► Related: Council budget vote delayed", ["separator", "related link"]),
        ("Share this article", ["share button"]),
        (
            "Facebook Twitter Pinterest Photograph: Jane Doe/Getty Images",
            ["share button", "photo caption"],
        ),
        ("The mayor opens the bridge on Thursday. (Photo: Jane Doe/AP)", ["photo caption"]),
        ("Image copyright Reuters Image caption The bridge at night", ["photo caption"]),
        ("Jane Doe/Getty Images", ["photo credit"]),
        ("Copyright 2021 Northport Gazette. All rights reserved.", ["copyright notice"]),
        ("(Reporting by Jane Doe; Editing by John Roe)", ["credit"]),
        ("Follow Jane Doe on Twitter: @janedoe", ["social prompt"]),
        ("By Jane Doe and John Roe", ["byline"]),
        ("Posted by", ["byline"]),
        ("Source: Northport Gazette", ["source line"]),
        ("Published on Apr 29, 2015", ["date line"]),
        ("Tuesday, 30 April, 2019 10:32 GMT", ["date line"]),
        ("___", ["separator"]),
        ("Please enable Javascript to watch this video", ["media placeholder"]),
        ("This article is more than 2 years old", ["page furniture"]),
    ],
)
def test_furniture_lines(line: str, expected: list[str]) -> None:
    assert reasons(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "By the time the bridge reopened, most shops had closed for the day.",
        "Share prices fell 3 percent on Tuesday after the announcement.",
        "Twitter said it had suspended the account on Monday.",
        "Source: the city council said the figures were preliminary.",
        "Sign up numbers for the programme doubled, the ministry said.",
        "He said the photo was taken in 2019.",
        "The newsletter, published weekly, reached 40,000 readers.",
        "Help arrived within an hour, according to witnesses.",
        "Jane Doe is a journalist who covered the trial for a decade, prosecutors said.",
        "Issue 2653 of the magazine was pulped after the error was found, the publisher said.",
        "Latest news from the front suggests the offensive has stalled.",
        "Maduro called the uprising a failed coup attempt.",
        "“We have to mobilise,” he added. “It’s time to conquer freedom.”",
    ],
)
def test_article_text_is_not_furniture(line: str) -> None:
    assert reasons(line) is None


def test_author_bio_only_at_the_end() -> None:
    bio = "Jane Doe is a freelance journalist based in Northport."
    assert reasons(bio) is None
    assert reasons(bio, tail=True) == ["author bio"]
    body = "The bridge reopened on Thursday after five weeks of repairs.\n\n"
    cleaned = clean_article(Article(id="a", text=body + bio + "\n\nLeave a Reply"))
    assert [r.reason for r in cleaned.removals] == ["author bio", "comment form"]
    assert cleaned.article.authors == ("Jane Doe",)
    middle = clean_article(Article(id="b", text=bio + "\n\n" + body))
    assert middle.removals == ()


def test_author_bio_needs_a_full_name() -> None:
    assert reasons("He is also the editor of the school paper.", tail=True) is None
    assert reasons("Mr. Doe is a contributing editor of the Gazette.", tail=True) == ["author bio"]


def test_rules_have_unique_names_and_reasons() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.reason for rule in RULES)


def test_repeated_caption_removed_both_times() -> None:
    caption = "The mayor cuts the ribbon on the rebuilt harbour bridge on Thursday morning"
    text = (
        f"{caption}\n{caption} (Pic: Jane Doe)\n\n"
        "The bridge reopened on Thursday after five weeks of repairs."
    )
    cleaned = clean_article(Article(id="a", text=text))
    assert [r.reason for r in cleaned.removals] == ["photo caption", "photo caption"]
    assert cleaned.text.strip() == "The bridge reopened on Thursday after five weeks of repairs."


def test_repeated_paragraph_kept_once() -> None:
    para = "The council will vote on the budget for the bridge repairs next Tuesday evening."
    text = f"{para}\n\nOfficials declined to comment.\n\n{para}"
    cleaned = clean_article(Article(id="a", text=text))
    assert [r.reason for r in cleaned.removals] == ["repeated line"]
    assert cleaned.text.count(para) == 1


def test_short_repeats_are_kept() -> None:
    text = "Group 1: Known carcinogens\n\nBenzene\n\nGroup 1: Known carcinogens\n\nAsbestos"
    assert clean_article(Article(id="a", text=text)).removals == ()


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        (
            "The bridge reopened. Engineers said a rock called serpentinite that’s",
            "Engineers said a rock called serpentinite that’s",
        ),
        (
            "The bridge reopened on Thursday.\n\nThe repairs were paid for by the",
            "The repairs were paid for by the",
        ),
        ("The bridge reopened on Thursday.\n\nWood dust", None),  # a list item, not a cut
        ("The mayor said: 'Nobody knows yet what the final cost is'.", None),
        ("It is what it is", None),
        (
            "The bridge reopened. Repairs were paid for by a fund that’s",
            "Repairs were paid for by a fund that’s",
        ),
        ("The bridge reopened on Thursday.\n\n— Jane Doe", None),
    ],
)
def test_truncated_fragment(text: str, removed: str | None) -> None:
    cleaned = clean_article(Article(id="a", text=text))
    fragments = [r.text for r in cleaned.removals if r.reason == "truncated fragment"]
    assert fragments == ([removed] if removed else [])


def test_metadata_does_not_override_the_source() -> None:
    article = Article(id="a", text="By Jane Doe\n\nThe bridge reopened.", authors=("Feed Author",))
    cleaned = clean_article(article)
    assert cleaned.metadata["byline"] == "Jane Doe"
    assert cleaned.article.authors == ("Feed Author",)


def test_empty_and_blank_text() -> None:
    for text in ("", "   ", "\n\n\n"):
        cleaned = clean_article(Article(id="a", text=text))
        assert cleaned.text == text and cleaned.removals == ()


def test_html_article_headline_blanked() -> None:
    from pathlib import Path

    from storyweave import Settings
    from storyweave.ingest import read_inputs

    page = Path(__file__).resolve().parents[1] / "fixtures" / "ingest" / "harbour-bridge.html"
    (article,) = read_inputs([page], Settings())[0]
    cleaned = clean_article(article)
    assert [r.reason for r in cleaned.removals] == ["title"]
    assert cleaned.text.lstrip().startswith("The harbour bridge in Northport reopened")
    assert cleaned.article.authors == ("Maria Lindqvist",)  # from the page, not the text


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Make a donation to Socialist Worker", "Socialist Worker"),
        ("Donate to Antiwar.com", "Antiwar.com"),
        ("Copyright 2019 The Associated Press. All rights reserved.", "The Associated Press"),
        ("Copyright © 2017 NPR. All rights reserved.", "NPR"),
        ("Make a donation", None),
        ("Subscribe to our newsletter", None),
    ],
)
def test_outlet_implied_by_furniture(line: str, publisher: str | None) -> None:
    cleaned = clean_article(Article(id="a", text=f"The bridge reopened on Monday.\n\n{line}"))
    assert cleaned.metadata.get("publisher") == publisher
    assert cleaned.article.source == publisher
    assert cleaned.text.split() == ["The", "bridge", "reopened", "on", "Monday."]


def test_a_photo_agency_copyright_is_no_outlet() -> None:
    cleaned = clean_article(Article(id="a", text="The bridge reopened.\n\nCopyright Getty Images"))
    assert cleaned.article.source is None


def test_a_source_line_outranks_a_donation_prompt() -> None:
    text = "Make a donation to Friends of the Bridge\n\nThe bridge reopened.\n\nSource: Daily Post"
    assert clean_article(Article(id="a", text=text)).article.source == "Daily Post"
