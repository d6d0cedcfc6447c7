"""The light sentence splitter and word functions of the summarizer."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave.summarize._candidates import (
    drop_connective,
    is_cut_off,
    is_dependent,
    is_presentable,
    quotes_balanced,
    reads_alone,
    strip_dateline,
    text_features,
)
from storyweave.summarize._text import (
    bigram_concepts,
    sentence_spans,
    truncate_words,
    word_count,
    words_of,
)


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end, _ in sentence_spans(text)]


def test_splits_on_sentence_ends_but_not_abbreviations() -> None:
    text = "Mr. J. Smith left at 3 p.m. Monday. U.S. officials agreed.\n\n“Why?” she asked."
    assert sentences(text) == [
        "Mr. J. Smith left at 3 p.m. Monday.",
        "U.S. officials agreed.",
        "“Why?” she asked.",
    ]


def test_splits_sentences_a_scrape_glued_together() -> None:
    text = (
        "They care for a child.Less than a week later, police came. Visit Amazon.com or e.g.Texas."
    )
    assert sentences(text) == [
        "They care for a child.",
        "Less than a week later, police came.",
        "Visit Amazon.com or e.g.Texas.",
    ]


def test_keeps_closing_quotes_with_their_sentence() -> None:
    text = "He said, ``Go now.'' The crowd left. \"It is over.\" Then rain fell."
    assert sentences(text) == [
        "He said, ``Go now.''",
        "The crowd left.",
        '"It is over."',
        "Then rain fell.",
    ]


def test_paragraph_numbers_follow_blank_lines() -> None:
    text = "One here. Two here.\n\nThree here.\n\n\n\nFour here."
    assert [p for _, _, p in sentence_spans(text)] == [0, 0, 1, 2]


def test_words_and_bigram_concepts() -> None:
    assert words_of("Guaido’s U.S.-backed bid") == ["guaido's", "u", "s", "backed", "bid"]
    concepts = bigram_concepts(words_of("The storm hit the coast of Jamaica"))
    assert ("storm", "hit") in concepts
    assert ("the", "storm") in concepts  # one stop word is enough to keep a bigram
    assert ("of", "the") not in concepts


def test_truncate_words_counts_whitespace_words() -> None:
    assert truncate_words("a b  c\nd", 3) == "a b c"
    assert word_count("a b  c\nd") == 4


def test_readability_checks() -> None:
    assert is_dependent("He said the vote was fair.")
    assert is_dependent("However, the army stayed loyal.")
    assert is_dependent("The vote was fair, she said.")
    assert not is_dependent("Hezbollah said the vote was fair.")
    assert not quotes_balanced("“We had him on the plane, Pompeo said.")
    assert not is_presentable("Crawls of supported sites are donated to the Internet Archive.", 10)
    assert not is_presentable("Share your thoughts on the ceremony in the comments below.", 10)
    assert is_presentable("The National Gallery reopened on Monday after a long closure.", 10)
    # First-person speech (a long quotation, a transcript, a columnist) names its
    # speaker before it, if at all; a document's own introduction is not news.
    assert is_dependent("I just don't believe the people want that in the White House.")
    assert is_dependent("We will fight on until the last vote is counted tonight.")
    assert is_dependent("Let's help the Kleins through this hard time.")  # an appeal to readers
    assert is_dependent("Let me offer a premature opinion: he has sealed his reputation.")
    assert is_dependent("Please keep Collin and his family in your thoughts and prayers.")
    assert not is_dependent("Thanks to the rain, the fire was contained on Monday.")
    # a short opening phrase that names nobody, then a pronoun
    assert is_dependent("Recently, they repeatedly inquired about the flood situation.")
    assert is_dependent("In 1987, he was fired from his university posts.")
    assert is_dependent("On Thursday night, he was set to speak at the Fox Theatre.")
    assert not is_dependent("When Smith arrived, he was told the talks had failed.")
    assert not is_dependent("Kuiper, it turns out, worked for the Department of Agriculture.")
    assert not is_dependent("In 1987, the university fired him from his posts.")
    assert not is_presentable("In 1987, he was fired from his university posts.", 8)
    assert not is_dependent("Lethal injections were halted in the state.")
    assert not is_dependent("US officials said the embassy would stay open.")
    assert not is_presentable("Here is a transcript of the speech by Sen. Dole on Thursday.", 11)
    assert is_presentable("US officials said the embassy would stay open on Monday.", 10)
    assert quotes_balanced("``Go,'' he said.")
    assert reads_alone("“We are ready,” Ann Smith said.")
    assert not reads_alone("Stopped really at the direction of the Russians,” Pompeo said.")
    assert not reads_alone("BUT he was stopped only by a call from Russia.")
    assert (
        strip_dateline("KINGSTON, Jamaica (AP) _ Hurricane Gilbert hit.")
        == "Hurricane Gilbert hit."
    )
    assert strip_dateline("The UN (United Nations) met.") == "The UN (United Nations) met."


def test_openings_that_continue_a_story_and_openings_that_say_when() -> None:
    # Found by the readability audit of `eval summaries` on multinews-val.
    assert is_dependent("Eventually, though, child mortality declined across the region.")
    assert is_dependent("Later, the police arrived at the house.")
    assert is_dependent("Either way that seems to be a lot of people.")
    assert is_dependent("This was the end of the talks.")
    assert not is_dependent("This month, the council voted to close the plant.")
    assert not is_dependent("That year the river rose higher than ever before.")
    assert not is_presentable("Sorry, the page you requested could not be found on the site.", 12)
    assert not is_presentable("Details on her potential Dancing dreams after the jump!", 9)


def test_a_sentence_cut_off_on_an_ellipsis_is_not_shown() -> None:
    # A teaser or a caption cut to fit: found opening a Multi-News brief.
    assert is_cut_off("Stormy Daniels, whose real name is Stephanie Clifford, is suing Trump...")
    assert is_cut_off("Four people are dead after a man opened…")
    assert is_cut_off('He said, "we have always said how easy it would be ..."')
    assert not is_presentable("Four people are dead and one is hurt after a man opened...", 11)
    # An ellipsis after a whole sentence marks words left out, not a cut.
    assert not is_cut_off("We touched nothing and took nothing. ...")
    assert not is_cut_off("He has been dissatisfied for many years. . . .")
    assert not is_cut_off("The talks ended on Friday.")
    assert is_presentable("Breaking news shocked the town on Friday morning.", 8)
    furniture = "Breaking News Emails Get breaking news alerts and special reports."
    assert not is_presentable(furniture, 10)
    # A page's pointer at its video opened a held-out Multi-News brief.
    video = "The video shown here explains Williams syndrome and can be shared to help others."
    assert not is_presentable(video, 14)
    assert is_presentable("The suspect was shown here in a 2010 photograph by police.", 11)


# Found by reading storyweave's own multinews-val summaries, whose pages are raw scrapes.
@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("DENVER – A woman faces charges.", "A woman faces charges."),
        ("Image The White House spokeswoman said so.", "The White House spokeswoman said so."),
        (
            "CLOSE Police confirmed the bodies were found.",
            "Police confirmed the bodies were found.",
        ),
        ("Updated | When the first humans left Africa.", "When the first humans left Africa."),
    ],
)
def test_page_markers_before_a_sentence_are_cut(text: str, shown: str) -> None:
    assert strip_dateline(text) == shown


@pytest.mark.parametrize(
    "text",
    [
        "MARTIN: Now she has made her walk across the country.",  # a transcript's turn
        "OPAL LEE: I kept telling family and friends about it.",
        "FILE - In this May 24, 2016, photo, Rep. Conyers speaks.",  # captions
        "Activist Zainab al-Khawaja (L) is greeted by a friend.",
        "Soldiers used live ammunition [Reuters] Gaddafi appeared.",
        "Just fill in your details to join our mailing list today.",  # prompts
        "Updated at 9:23 a.m. to correct the name of the driver.",
        "Watch his trip to Moscow in the Late Show clip above.",
        "Check out the posts below from the rapper's friends.",
        "Download the Us Weekly iPhone app now for the news!",
        "Click below to sign the petition for the holiday.",
        "Image Credit: John Smith for the city council.",
        "When you click one it will take you to the search results.",
        "Watch The Late Show with Stephen Colbert weeknights at 11:35 PM ET.",
        "For more on Rihanna, head over to Billboard.",
        "The goal is to fix all broken links on the web .",
        "Reporter Carol Christian contributed to this article.",
        "If you need additional information, please visit our help center.",
        "The news and stories that matter, delivered weekday mornings.",
        "A: Relax; breathe; take time to think about your next move.",
        "By submitting your registration, you agree to our Terms of Service.",
        "Correction: An earlier version of this story misstated her title.",
        "Walter did not respond to requests for comment for this article.",
        "The editors will take your questions about them in a free webinar.",
        "Get the CBS app for iPhone & iPad!",
        "More information: For tips on starting to exercise, see the Heart Association.",
        "If you are looking for an older news story, it may no longer be here.",
        "S did members of the audience at the concert hall.",  # "So did ..."
        # a heading or a byline glued onto the sentence after it
        "VIP Member Credits If you don't shop by the 5th, your card is charged.",
        "By Carmen D. Siering and Katherine Spillar Sure, the film is breaking records.",
        "By Jane Smith The council voted on Monday to close the plant.",
    ],
)
def test_scrape_furniture_is_never_a_summary_sentence(text: str) -> None:
    assert not is_presentable(text, len(text.split()))


@pytest.mark.parametrize(
    "text",
    [
        "File sharing services were shut down on Monday by police.",
        "The video appeared online on Monday and was shared widely.",
        "Rep. Steve King (R) said the bill would pass this week.",  # a party, not a caption
        "It is the only franchise to reach a total of MORE THAN $3 billion.",
        "By Monday Morgan Stanley had sold most of its shares in the firm.",
        "By John Smith's account, the council voted on Monday to close it.",
        "Prime Minister Theresa May said the vote would go ahead.",
        "Users who click on the link are taken to a fake bank page.",
        "New York City Mayor Bill de Blasio said the schools would open.",
        "A spokesman said the schools would open on Monday morning.",
    ],
)
def test_news_sentences_that_look_like_furniture_stay(text: str) -> None:
    assert is_presentable(text, len(text.split()))


def test_a_link_box_inside_a_sentence_is_cut() -> None:
    text = (
        "Donald Trump Donald John TrumpTrump Jr. getting ok to speak Trump learned from "
        "his fight MORE panned the committee chairwoman on Monday morning."
    )
    assert text_features(text)[0] == (
        "Donald Trump panned the committee chairwoman on Monday morning."
    )


def test_fragments_that_point_back() -> None:
    assert is_dependent("Which, as you may have noticed, isn't a denial.")
    assert is_dependent("No, I'm not running for Congress this year.")
    assert is_dependent("Similarly, the court threw out the second case.")
    assert not is_dependent("Nobody came to the hearing on Monday morning.")
    assert drop_connective("In fact, television makes the race attractive.") == (
        "Television makes the race attractive."
    )


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=600))
def test_spans_are_ordered_trimmed_and_inside_the_text(text: str) -> None:
    previous_end = 0
    for start, end, paragraph in sentence_spans(text):
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert paragraph >= 0
        previous_end = end
