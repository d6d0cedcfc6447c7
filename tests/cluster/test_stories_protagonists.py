"""The protagonist slot: who the lead is about, and the penalty for different people (real MiniLM).

The articles are written for these tests: two drunk-driving arrests of players
of one team, a few weeks apart, reported in the same words; only the player
differs.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyweave._model import Article
from storyweave.cluster import Stories, StoriesConfig
from storyweave.cluster._features import ArticleFeatures, term_counts
from storyweave.cluster._protagonists import protagonists
from storyweave.cluster._store import StateStore
from storyweave.cluster._story import OpenStory

JACKSON_1 = (
    "Chargers receiver Vincent Jackson arrested on suspicion of drunk driving\n"
    "San Diego Chargers wide receiver Vincent Jackson was arrested early Tuesday on "
    "suspicion of driving under the influence, police said. Jackson was stopped on "
    "Interstate 5 after officers saw his car weaving between lanes. The Chargers said "
    "they were aware of the arrest and were gathering information. Jackson was released "
    "on bail a few hours later and is expected to play in the playoff game on Sunday."
)
JACKSON_2 = (
    "Jackson will play Sunday despite DUI arrest\n"
    "Vincent Jackson, the Chargers receiver arrested on suspicion of drunk driving, will "
    "play against the Steelers, coach Norv Turner said. Jackson apologised to the team "
    "and its fans. Police said Jackson failed a field sobriety test on Interstate 5. The "
    "Chargers have not said whether the receiver faces a fine from the club."
)
WILLIAMS_1 = (
    "Chargers lineman Jamal Williams arrested on suspicion of drunk driving\n"
    "San Diego Chargers defensive tackle Jamal Williams was arrested early Sunday on "
    "suspicion of driving under the influence, police said. Williams was stopped on "
    "Interstate 15 after officers saw his car weaving between lanes. The Chargers said "
    "they were aware of the arrest and were gathering information. Williams was released "
    "on bail a few hours later; it is the second arrest of a Chargers player this season."
)
WILLIAMS_2 = (
    "Williams apologises after DUI arrest\n"
    "Jamal Williams, the Chargers defensive tackle arrested on suspicion of drunk "
    "driving, apologised to the team and its fans. Police said Williams failed a field "
    "sobriety test on Interstate 15. The Chargers have not said whether the lineman "
    "faces a fine from the club. It is the second arrest of a Chargers player this season."
)


def _article(article_id: str, text: str) -> Article:
    title, body = text.split("\n", 1)
    return Article(id=article_id, title=title, text=body)


def test_protagonists_are_the_people_the_lead_names_in_full_then_by_surname() -> None:
    # "The Chargers said": a team is written like a person, and shared by both events.
    assert protagonists(_article("j", JACKSON_1)) == {"chargers", "jackson"}
    assert protagonists(_article("w", WILLIAMS_2)) == {"williams"}  # "the Chargers" never leads
    # Places and bodies keep their full name: "San Diego", "New Orleans" are not shortened.
    assert protagonists(Article(id="p", text="New Orleans fans cheered in New Orleans.")) == set()
    # A full name that the text never uses alone is not taken for the subject.
    assert protagonists(Article(id="q", text="Coach Norv Turner spoke. The team met.")) == set()


def test_protagonists_come_from_the_lead_only() -> None:
    filler = "The team met on the practice field and trained for two hours. " * 6
    late = Article(id="l", text=f"{filler}Receiver Vincent Jackson was arrested. Jackson said.")
    assert protagonists(late) == set()
    # Dateline furniture written with capitals is not a person.
    dated = Article(id="d", text="Updated Tue March 3\nJackson spoke. Posted Jackson")
    assert protagonists(dated) == set()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=600), st.one_of(st.none(), st.text(max_size=80)))
def test_protagonists_of_any_text(text: str, title: str | None) -> None:
    found = protagonists(Article(id="a", text=text, title=title))
    assert all(name == name.lower() and len(name) > 2 for name in found)


def _features(article: Article) -> ArticleFeatures:
    """Features with raw name counts (the penalty only reads which names occur)."""
    _, names = term_counts(article)
    return ArticleFeatures(
        np.ones(4, dtype=np.float32) / 2,
        {},
        {name: 1.0 for name in names},
        None,
        protagonists(article),
    )


def test_protagonist_penalty_by_case() -> None:
    config = StoriesConfig(protagonist_penalty=0.1)
    story = OpenStory(id="s", number=0, label="x", last=None, embedding=np.zeros(4))
    story.add("j1", _features(_article("j1", JACKSON_1)), None)
    assert story.protagonists(config.protagonist_share) == {"chargers", "jackson"}
    # Same person: nothing.
    assert story.protagonist_penalty(_features(_article("j2", JACKSON_2)), config) == 0.0
    # Another person, and the story's protagonist never mentioned: the penalty.
    assert story.protagonist_penalty(_features(_article("w1", WILLIAMS_1)), config) == 0.1
    # Another person who leads, but the story's protagonist is mentioned too: nothing.
    recalls = _article("w3", WILLIAMS_1 + " Vincent Jackson was arrested last month.")
    assert story.protagonist_penalty(_features(recalls), config) == 0.0
    # No protagonist on one side: nothing to compare.
    plain = Article(id="n", text="Police arrested a driver on Interstate 5 on Tuesday.")
    assert story.protagonist_penalty(_features(plain), config) == 0.0
    assert story.protagonist_penalty(_features(_article("w1", WILLIAMS_1)), config) == 0.1
    off = StoriesConfig(protagonist_penalty=0.0)
    assert story.protagonist_penalty(_features(_article("w1", WILLIAMS_1)), off) == 0.0


def test_a_story_leads_with_the_people_most_of_its_members_lead_with() -> None:
    story = OpenStory(id="s", number=0, label="x", last=None, embedding=np.zeros(4))
    for n, text in enumerate((JACKSON_1, JACKSON_2, WILLIAMS_1)):
        story.add(f"a{n}", _features(_article(f"a{n}", text)), None)
    # Led with: Chargers and Jackson (2 of 3 members each), Williams (1 of 3).
    assert story.protagonists(0.5) == {"chargers", "jackson"}
    assert story.protagonists(0.3) == {"chargers", "jackson", "williams"}


def _arrests() -> list[Article]:
    return [
        _article("jackson-1", JACKSON_1),
        _article("williams-1", WILLIAMS_1),
        _article("jackson-2", JACKSON_2),
        _article("williams-2", WILLIAMS_2),
    ]


def _second_joins(config: StoriesConfig) -> tuple[bool, float]:
    """Whether Williams's arrest joined Jackson's story, and its score."""
    first, second = Stories(config).add_many(_arrests()[:2])
    assert first is not None and second is not None
    return first.story == second.story, second.score or 0.0


def test_another_protagonist_costs_the_penalty() -> None:
    # The two arrests are written in the same words: they join at any sane threshold,
    # and the one difference is the person, which costs exactly the penalty.
    joined_off, score_off = _second_joins(StoriesConfig(protagonist_penalty=0.0))
    joined_on, score_on = _second_joins(StoriesConfig(protagonist_penalty=0.1))
    assert joined_off and joined_on
    assert score_off - score_on == pytest.approx(0.1, abs=1e-4)


def test_a_hard_protagonist_penalty_keeps_the_two_arrests_apart() -> None:
    assigned = Stories(StoriesConfig(protagonist_penalty=1.0)).add_many(_arrests())
    story = {a.article: a.story for a in assigned if a is not None}
    assert story["jackson-1"] == story["jackson-2"]
    assert story["williams-1"] == story["williams-2"]
    assert story["jackson-1"] != story["williams-1"]


def test_the_protagonists_are_derived_again_on_replay(tmp_path: Path) -> None:
    stories = Stories.open(tmp_path)
    stories.add_many(_arrests())
    stories.close()
    store = StateStore(tmp_path / "stories.sqlite3")
    replayed = {row.article.id: row.features for row in store.rows()}
    store.close()
    assert {k: f.protagonists for k, f in replayed.items() if f is not None} == {
        "jackson-1": {"chargers", "jackson"},
        "williams-1": {"chargers", "williams"},
        "jackson-2": {"jackson"},
        "williams-2": {"williams"},
    }
