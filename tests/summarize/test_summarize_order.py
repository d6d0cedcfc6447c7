"""Story order: the opener first, then the days the sentences narrate, in order."""

from __future__ import annotations

import datetime as dt

from _candidates import candidate
from storyweave.summarize._order import story_order

TUESDAY = dt.date(2019, 4, 30)
WEDNESDAY = dt.date(2019, 5, 1)
AIRPORT = "Rebels seized the capital's main airport on Wednesday."
TALKS = "The government called for talks with rebel leaders."
BARRACKS = "Troops left the city's barracks before dawn on Tuesday."


def test_without_days_the_articles_follow_their_publication_order() -> None:
    lead = candidate(AIRPORT, 0, article="a", order=1)
    older = candidate("Troops left the city's barracks before dawn.", 3, article="b", order=0)
    later = candidate(TALKS, 5, article="a", order=1)
    assert story_order([later, older, lead]) == [lead, older, later]


def test_days_put_tuesday_before_wednesday_whatever_the_article() -> None:
    lead = candidate(AIRPORT, 0, article="a", order=0)
    wednesday = candidate(TALKS, 4, article="a", order=0)
    tuesday = candidate(BARRACKS, 6, article="b", order=1)
    carried = candidate(
        "Hundreds of residents fled toward the border crossing.", 9, article="b", order=1
    )
    when = {
        lead.sentence.id: (WEDNESDAY, True),
        wednesday.sentence.id: (WEDNESDAY, False),
        tuesday.sentence.id: (TUESDAY, True),
        carried.sentence.id: (TUESDAY, False),
    }
    ordered = story_order([wednesday, carried, lead, tuesday], when=when)
    assert ordered == [lead, tuesday, carried, wednesday]


def test_a_dependent_sentence_stays_after_its_predecessor() -> None:
    lead = candidate(AIRPORT, 0, article="c", order=2)
    first = candidate(BARRACKS, 2, article="a", order=0)
    second = candidate(
        "They were back in their barracks on Friday evening.", 3, article="a", order=0
    )
    thursday = candidate("Rebel leaders met the mediators on Thursday.", 4, article="b", order=1)
    assert second.dependent
    when = {
        lead.sentence.id: (WEDNESDAY, True),
        first.sentence.id: (TUESDAY, True),
        second.sentence.id: (dt.date(2019, 5, 3), True),
        thursday.sentence.id: (dt.date(2019, 5, 2), True),
    }
    ordered = story_order([thursday, second, lead, first], when=when)
    assert ordered == [lead, first, second, thursday]
